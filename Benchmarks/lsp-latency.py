#!/usr/bin/env python3
"""Latency of `copydesk lsp`: the time from an edit (textDocument/didChange) to the diagnostics for
that version (textDocument/publishDiagnostics), on a 5 KB article, measured by a client over the
real stdio protocol. Prints p50, p90, p99 and max over the edits.

    Benchmarks/lsp-latency.py [--edits 300] [--debounce-ms 0] [--bytes 5120]

COPYDESK names the binary (default: the release build, built first). The article is made up by
Benchmarks/make-shape.py (the `prose` shape: names, quotes, dates), never taken from a corpus.
--debounce-ms 0 measures the engine; the editor-facing figure adds the debounce (default 150 ms).
"""
import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from release_copydesk import release_copydesk  # noqa: E402


class Client:
    def __init__(self, command, cwd):
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        threading.Thread(target=self.read_loop, daemon=True).start()
        self.next_id = 1

    def read_loop(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            body = stream.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m)[1]

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, matches, timeout=60):
        deadline = time.time() + timeout
        while True:
            at, message = self.messages.get(timeout=max(0.01, deadline - time.time()))
            if matches(message):
                return at, message


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--debounce-ms", type=float, default=0)
    parser.add_argument("--bytes", type=int, default=5120)
    args = parser.parse_args()
    copydesk = release_copydesk()
    with tempfile.TemporaryDirectory() as work:
        made = subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "make-shape.py"), "prose", str(args.bytes), work],
                              check=True, capture_output=True, text=True).stdout.strip()
        text = open(made, encoding="utf-8").read()
        path = os.path.join(work, "article.md")
        open(path, "w", encoding="utf-8").write(text)
        uri = "file://" + path
        client = Client([copydesk, "lsp"], work)
        client.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + work, "capabilities": {},
                                      "initializationOptions": {"debounceMs": args.debounce_ms}})
        client.notify("initialized", {})
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        _, opened = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == 1)
        latencies = []
        for edit in range(args.edits):
            version = edit + 2
            # Type a word into the middle of the article, then take it out again.
            middle = len(text) // 2
            edited = text[:middle] + (" harbour" if edit % 2 == 0 else "") + text[middle:]
            start = time.perf_counter()
            client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [{"text": edited}]})
            at, _ = client.wait(lambda m, v=version: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"].get("version") == v)
            latencies.append((at - start) * 1000)
        client.request("shutdown", None)
        client.notify("exit", None)
        client.process.wait(timeout=30)
    print(f"copydesk lsp: {len(text.encode())} bytes, {len(opened['params']['diagnostics'])} diagnostics, {args.edits} edits, "
          f"debounce {args.debounce_ms:g} ms")
    print("edit -> diagnostics (ms): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f" % (
        percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99), max(latencies)))


if __name__ == "__main__":
    main()
