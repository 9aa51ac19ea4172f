"""The prediction service, reporting every inference to the AI DevOps portal.

POST /predict with {"features": {"feature_1": ..., ...}, "group": "<group>"} answers
{"prediction": <probability>}. Each inference becomes a record of the model in the
portal (features, prediction, latency, group), sent in batches in the background with
an idempotency key, so a retried batch is not counted twice; a batch the portal does not
take is kept for the next try (at most MAX_PENDING records).

Environment: BACKSTAGE_URL (the portal's backend), AIOPS_TOKEN (a token allowed
aiops.records.create), PORT (8080), MODEL_PATH (model/model.joblib).
"""
import json
import os
import threading
import time
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

import data
import model

MODEL_REF = ("default", "${{ values.name }}")
MAX_PENDING = 50_000


class RecordReporter:
    """Buffers inference records and posts them to the portal's records route."""

    def __init__(self, backstage_url, token, namespace=MODEL_REF[0], name=MODEL_REF[1]):
        self.url = f"{backstage_url.rstrip('/')}/api/aiops/v1/models/{namespace}/{name}/records"
        self.token = token
        self.pending = []
        self.lock = threading.Lock()

    def add(self, record):
        with self.lock:
            self.pending.append(record)
            del self.pending[:-MAX_PENDING]

    def flush(self):
        """Posts what is buffered; answers the number of records the portal took."""
        with self.lock:
            batch, self.pending = self.pending, []
        if not batch:
            return 0
        body = json.dumps({"idempotencyKey": str(uuid.uuid4()), "records": batch}).encode()
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Authorization": f"Bearer {self.token}",
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                if response.status == 202:
                    return len(batch)
        except OSError as error:
            print(f"Records not reported, kept for the next try: {error}")
        with self.lock:
            self.pending[:0] = batch
            del self.pending[:-MAX_PENDING]
        return 0


def handler_for(fitted, reporter):
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, status, content):
            body = json.dumps(content).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            if self.path != "/predict":
                return self._answer(404, {"error": "POST /predict"})
            started = time.perf_counter()
            try:
                request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                features = request["features"]
                row = np.array([[float(features[name]) for name in data.FEATURES]])
            except (ValueError, KeyError, TypeError) as error:
                return self._answer(
                    400,
                    {"error": f"features must map each of {data.FEATURES} to a number ({error})"},
                )
            prediction = float(fitted.predict_proba(row)[0, 1])
            record = {
                "features": {name: float(features[name]) for name in data.FEATURES},
                "prediction": round(prediction, 6),
                "latencyMs": round((time.perf_counter() - started) * 1000, 3),
            }
            if request.get("group") is not None:
                record["groups"] = {data.GROUP_FIELD: str(request["group"])}
            reporter.add(record)
            self._answer(200, {"prediction": prediction})

        def log_message(self, *args):
            pass

    return Handler


def serve(fitted, reporter, port, flush_seconds=5.0):
    server = ThreadingHTTPServer(("0.0.0.0", port), handler_for(fitted, reporter))

    def report():
        while True:
            time.sleep(flush_seconds)
            reporter.flush()

    threading.Thread(target=report, daemon=True).start()
    return server


if __name__ == "__main__":
    reporter = RecordReporter(os.environ["BACKSTAGE_URL"], os.environ["AIOPS_TOKEN"])
    server = serve(
        model.load(os.environ.get("MODEL_PATH", model.MODEL_PATH)),
        reporter,
        int(os.environ.get("PORT", "8080")),
    )
    print(f"Serving on port {server.server_address[1]}, reporting to {reporter.url}")
    server.serve_forever()
