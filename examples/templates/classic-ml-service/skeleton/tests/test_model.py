"""The model learns and the evaluation writes the evidence the CI gate posts."""
import json

import data
import evaluate
import model


def test_the_model_beats_chance_on_held_out_rows():
    x_train, x_test, y_train, y_test, _, _ = data.split(*data.load_dataset())
    fitted = model.fit(x_train, y_train)
    assert fitted.score(x_test, y_test) > 0.7


def test_the_evaluation_writes_metrics_bias_and_reference(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    evaluate.main()
    metrics = json.loads((tmp_path / "eval" / "metrics.json").read_text())
    assert set(metrics) == {"auc", "accuracy"}
    assert 0.5 < metrics["auc"] <= 1
    bias = json.loads((tmp_path / "eval" / "bias.json").read_text())
    assert set(bias[data.GROUP_FIELD]) == {"group_a", "group_b"}
    reference = json.loads((tmp_path / "eval" / "reference.json").read_text())
    assert len(reference) >= 100
    assert set(reference[0]["features"]) == set(data.FEATURES)
    assert reference[0]["groups"] == {data.GROUP_FIELD: reference[0]["groups"][data.GROUP_FIELD]}
