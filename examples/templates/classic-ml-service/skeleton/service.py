"""The prediction service, reporting every inference to the AI DevOps portal.

POST /predict with {"features": {"feature_1": ..., ...}, "group": "<group>"} answers
{"prediction": <probability>}. Each inference becomes a record of the model in the
portal (features, prediction, latency, group), sent in batches in the background. A batch
keeps its idempotency key until the portal took it, so a retry after a lost answer is not
counted twice; one the portal refuses (a bad token, a bad record) is dropped with the
reason; at most MAX_PENDING records wait meanwhile.

Environment: BACKSTAGE_URL (the portal's backend), AIOPS_TOKEN (a token allowed
aiops.records.create), PORT (8080), MODEL_PATH (model/model.joblib).
"""
import json
import os
import threading
import time
import urllib.error
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

import data
import model

MODEL_REF = ("default", "${{ values.name }}")
MAX_PENDING = 50_000


class RecordReporter:
    """Buffers inference records and posts them to the portal's records route.

    A batch keeps its idempotency key until the portal took it: when an answer is lost
    the retry carries the same key, and the portal applies it once. A batch the portal
    refuses (4xx other than 429: a bad token, a bad record) is dropped with the reason
    printed, not retried forever.
    """

    def __init__(self, backstage_url, token, namespace=MODEL_REF[0], name=MODEL_REF[1]):
        self.url = f"{backstage_url.rstrip('/')}/api/aiops/v1/models/{namespace}/{name}/records"
        self.token = token
        self.pending = []
        self.unsent = None  # (key, records) of the batch the portal has not taken yet
        self.lock = threading.Lock()

    def add(self, record):
        with self.lock:
            self.pending.append(record)
            del self.pending[:-MAX_PENDING]

    def flush(self):
        """Posts the unsent batch, else what is buffered; answers the records taken."""
        with self.lock:
            if self.unsent is None and self.pending:
                self.unsent = (str(uuid.uuid4()), self.pending)
                self.pending = []
            batch = self.unsent
        if batch is None:
            return 0
        key, records = batch
        body = json.dumps({"idempotencyKey": key, "records": records}).encode()
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
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
            if 400 <= status < 500 and status != 429:
                print(f"The portal refused {len(records)} records ({status}): {error.read()[:500]!r}")
                with self.lock:
                    self.unsent = None
                return 0
        except OSError as error:
            print(f"Records not reported, kept for the next try: {error}")
            return 0
        if status == 202:
            with self.lock:
                self.unsent = None
            return len(records)
        print(f"Records not reported ({status}), kept for the next try")
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
