#!/usr/bin/env python3
"""The process behind the storefront pods' port 8080.

kwok forwards `kubectl port-forward` streams for that port here, so a request
through a port-forward gets a real HTTP answer. Each request is also appended
to the storefront container log in CRI format, so `kubectl logs -f` on a
storefront pod shows live traffic.

POST /echo answers with the request body, streamed back as it arrives (for
port-forward integrity and throughput tests); it is not logged, so a benchmark
does not flood the storefront log.

Usage: demo_server.py PORT LOG_FILE
"""
import datetime as dt
import http.server
import json
import sys

BODY = b"kaji demo storefront: hello through port-forward\n"


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "storefront/1.4.2"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without this, a small
    # keep-alive exchange waits ~40 ms on Nagle and the client's delayed ACK.
    disable_nagle_algorithm = True

    def do_GET(self):
        status, body = (200, b"ok\n") if self.path == "/healthz" else (200, BODY)
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Kaji-Demo", "storefront")
        self.end_headers()
        self.wfile.write(body)
        self.record(status)

    def do_POST(self):
        if self.path != "/echo":
            self.send_error(404)
            return
        remaining = int(self.headers.get("Content-Length", "0"))
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(remaining))
        self.end_headers()
        while remaining > 0:
            chunk = self.rfile.read1(min(remaining, 1 << 16))
            if not chunk:
                break
            self.wfile.write(chunk)
            remaining -= len(chunk)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()

    def record(self, status):
        now = dt.datetime.now(dt.timezone.utc)
        line = json.dumps({"level": "info", "ts": now.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                           "msg": "request", "method": self.command, "path": self.path, "status": status,
                           "user_agent": self.headers.get("User-Agent", "")}, separators=(",", ":"))
        with open(self.server.log_file, "a") as f:
            f.write(f"{now.strftime('%Y-%m-%dT%H:%M:%S.%f')}000Z stdout F {line}\n")

    def log_message(self, fmt, *args):
        pass  # the container log above is the access log


def main():
    # The default listen backlog (5) resets connections when a test opens
    # dozens of forwarded connections at once.
    http.server.ThreadingHTTPServer.request_queue_size = 128
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.log_file = sys.argv[2]
    server.serve_forever()


if __name__ == "__main__":
    main()
