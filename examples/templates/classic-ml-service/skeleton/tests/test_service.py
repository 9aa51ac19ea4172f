"""The service answers predictions and reports each as a record to the portal."""
import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

import data
import model
import service


class FakePortal:
    """Takes record batches as the portal's records route does (202), and keeps them."""

    def __init__(self, status=202):
        self.batches = []
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                portal.batches.append((self.path, self.headers["Authorization"], body))
                self.send_response(portal.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.status = status
        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture(scope="module")
def fitted():
    x_train, _, y_train, _, _, _ = data.split(*data.load_dataset())
    return model.fit(x_train, y_train)


def post(port, body):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/predict",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def start(fitted, reporter):
    server = service.serve(fitted, reporter, 0, flush_seconds=3600)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_predicts_and_reports_the_record(fitted):
    portal = FakePortal()
    reporter = service.RecordReporter(portal.url, "token-1")
    server = start(fitted, reporter)
    features = {name: 0.5 for name in data.FEATURES}
    status, answer = post(server.server_address[1], {"features": features, "group": "group_a"})
    assert status == 200 and 0 <= answer["prediction"] <= 1
    assert reporter.flush() == 1
    path, auth, body = portal.batches[0]
    assert path == f"/api/aiops/v1/models/{service.MODEL_REF[0]}/{service.MODEL_REF[1]}/records"
    assert auth == "Bearer token-1"
    assert body["idempotencyKey"]
    [record] = body["records"]
    assert record["features"] == features
    assert record["groups"] == {data.GROUP_FIELD: "group_a"}
    assert record["latencyMs"] >= 0
    server.shutdown()


def test_refuses_bad_features_and_retries_a_batch_under_its_own_key(fitted):
    portal = FakePortal(status=503)
    reporter = service.RecordReporter(portal.url, "token-1")
    server = start(fitted, reporter)
    status, answer = post(server.server_address[1], {"features": {"feature_1": "x"}})
    assert status == 400 and "feature_1" in answer["error"]
    post(server.server_address[1], {"features": {name: 1 for name in data.FEATURES}})
    assert reporter.flush() == 0
    portal.status = 202
    assert reporter.flush() == 1
    # the retry carried the first try's key: the portal applies the batch once
    assert portal.batches[0][2]["idempotencyKey"] == portal.batches[1][2]["idempotencyKey"]
    assert reporter.flush() == 0
    server.shutdown()


def test_drops_a_batch_the_portal_refuses(fitted):
    portal = FakePortal(status=403)
    reporter = service.RecordReporter(portal.url, "wrong-token")
    reporter.add({"features": {name: 1.0 for name in data.FEATURES}})
    assert reporter.flush() == 0
    assert reporter.unsent is None and reporter.pending == []
