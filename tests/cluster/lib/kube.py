"""A minimal Kubernetes API client (stdlib only) for the helper scripts.

It talks to the cluster of one state dir with the admin client certificate.
One keep-alive connection per thread keeps bulk work (knobs.sh scale) fast.
A create retried after a lost response may create one pod more than asked.
"""
import http.client
import json
import os
import ssl
import threading
import time


def read_env(path):
    env = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.strip().partition("=")
            if key:
                env[key] = value
    return env


RETRY_SECONDS = 120
METADATA_LIST = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1"


class ApiError(Exception):
    def __init__(self, status, body):
        super().__init__(f"HTTP {status}: {body[:300]}")
        self.status = status


class Kube:
    def __init__(self, state_dir):
        ports = read_env(os.path.join(state_dir, "run", "ports.env"))
        self.port = int(ports["APISERVER_PORT"])
        pki = os.path.join(state_dir, "pki")
        self.ctx = ssl.create_default_context(cafile=os.path.join(pki, "ca.crt"))
        self.ctx.load_cert_chain(os.path.join(pki, "admin.crt"), os.path.join(pki, "admin.key"))
        self.local = threading.local()

    def _conn(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPSConnection("127.0.0.1", self.port, context=self.ctx, timeout=60)
            self.local.conn = conn
        return conn

    def request(self, method, path, body=None, content_type="application/json", accept="application/json"):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        headers = {"Accept": accept}
        if data is not None:
            headers["Content-Type"] = content_type
        # Like client-go, ride out a restarting or overloaded apiserver
        # (knobs.sh restart-apiserver) instead of failing the whole batch.
        deadline = time.monotonic() + RETRY_SECONDS
        delay = 0.1
        while True:
            conn = self._conn()
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                if resp.status not in (429, 503) or time.monotonic() > deadline:
                    break
            except (http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                if time.monotonic() > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
        if resp.status >= 400:
            raise ApiError(resp.status, raw.decode(errors="replace"))
        return json.loads(raw) if raw else None

    def get(self, path):
        return self.request("GET", path)

    def items(self, path):
        return self.get(path).get("items", [])

    def metadata_list(self, path):
        """A list of PartialObjectMetadata: names and labels without the bulk."""
        return self.request("GET", path, accept=METADATA_LIST)
