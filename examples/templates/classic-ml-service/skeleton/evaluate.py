"""Evaluates the model on the held-out split and writes the CI gate's evidence:

- eval/metrics.json: {"auc": ..., "accuracy": ...}
- eval/bias.json: {"<group field>": {"<group>": <share predicted positive>, ...}}
- eval/reference.json: the held-out rows as inference records, the drift reference a
  release sets in the portal

python evaluate.py  (trains first when model/model.joblib is missing)
"""
import json
import os

import numpy as np
from sklearn.metrics import accuracy_score, roc_auc_score

import data
import model

OUT_DIR = "eval"
MAX_REFERENCE_RECORDS = 2000


def evaluate():
    x_train, x_test, y_train, y_test, _g_train, g_test = data.split(*data.load_dataset())
    fitted = (
        model.load() if os.path.exists(model.MODEL_PATH) else model.fit(x_train, y_train)
    )
    scores = fitted.predict_proba(x_test)[:, 1]
    decisions = scores >= 0.5
    metrics = {
        "auc": round(float(roc_auc_score(y_test, scores)), 4),
        "accuracy": round(float(accuracy_score(y_test, decisions)), 4),
    }
    bias = {
        data.GROUP_FIELD: {
            str(group): round(float(np.mean(decisions[g_test == group])), 4)
            for group in sorted(set(g_test))
        }
    }
    reference = [
        {
            "features": {
                name: round(float(value), 6) for name, value in zip(data.FEATURES, row)
            },
            "prediction": round(float(score), 6),
            "label": int(label),
            "groups": {data.GROUP_FIELD: str(group)},
        }
        for row, score, label, group in list(zip(x_test, scores, y_test, g_test))[
            :MAX_REFERENCE_RECORDS
        ]
    ]
    return metrics, bias, reference


def main():
    metrics, bias, reference = evaluate()
    os.makedirs(OUT_DIR, exist_ok=True)
    for name, content in (
        ("metrics.json", metrics),
        ("bias.json", bias),
        ("reference.json", reference),
    ):
        with open(os.path.join(OUT_DIR, name), "w") as f:
            json.dump(content, f)
    print(f"AUC {metrics['auc']}, accuracy {metrics['accuracy']}; {len(reference)} reference records")


if __name__ == "__main__":
    main()
