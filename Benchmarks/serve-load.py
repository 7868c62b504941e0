#!/usr/bin/env python3
"""Load test of `copydesk serve` with wrk on loopback: POST /v1/check with a 5 KB article at 1, 8
and 64 connections (p50 / p99 latency, requests/s, errors), then the server's resident memory
while it answers 100,000 requests (sampled after each round of wrk at 8 connections: flat means
no growth per request).

    Benchmarks/serve-load.py [--duration 15] [--total 100000] [--port 18080]

Needs wrk (apt-get install -y wrk). COPYDESK names the binary (default: the release build, built
first). The article is made up by Benchmarks/make-shape.py (`prose`), never taken from a corpus.
Targets (issue #15): p99 <= 25 ms at 8 connections, zero errors, RSS flat. The script prints the
figures and says which targets were missed; it exits 1 on errors (non-2xx answers, socket errors).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from release_copydesk import release_copydesk  # noqa: E402


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(url, script, connections, duration):
    threads = 1 if connections == 1 else 2
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency", "-s", script, url],
                         check=True, capture_output=True, text=True).stdout
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)$", out, re.M))
    if "50" not in latency:
        sys.exit("wrk gave no latency distribution:\n" + out)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", out) or [0, 0])[1])
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    socket_errors = sum(int(n) for n in socket.groups()) if socket else 0
    return {"p50": milliseconds(latency["50"]), "p99": milliseconds(latency["99"]), "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "requests": requests, "errors": non2xx + socket_errors}


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run at each connection count")
    parser.add_argument("--total", type=int, default=100_000, help="requests for the memory run")
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--min-level", choices=["note", "warning", "error"], default=None,
                        help="the request's minLevel (default: none, every result with the fact tags, as --format json)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("needs wrk: apt-get install -y wrk")
    copydesk = release_copydesk()
    work = tempfile.mkdtemp()
    made = subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "make-shape.py"), "prose", "5120", work],
                          check=True, capture_output=True, text=True).stdout.strip()
    text = open(made, encoding="utf-8").read()
    check = {"text": text, "format": "markdown", "path": "news/article.md", "referenceDate": "2025-12-05"}
    if args.min_level:
        check["minLevel"] = args.min_level
    body = json.dumps(check)
    script = os.path.join(work, "post.lua")
    with open(script, "w") as lua:
        lua.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
        lua.write("wrk.body = [==[" + body + "]==]\n")
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([copydesk, "serve", "--port", str(args.port)], stderr=log)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(600):
            try:
                if urllib.request.urlopen(base + "/readyz").status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        request = urllib.request.Request(base + "/v1/check", data=body.encode(), headers={"Content-Type": "application/json"})
        results = json.load(urllib.request.urlopen(request))["results"]
        print(f"copydesk serve: {len(text.encode())}-byte article ({len(results)} results per check, minLevel {args.min_level or 'note'}), "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the run, wrk {args.duration} s per run")
        print(f"{'connections':>11} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>7}")
        errors = 0
        rows = {}
        for connections in (1, 8, 64):
            row = run_wrk(base + "/v1/check", script, connections, args.duration)
            rows[connections] = row
            errors += row["errors"]
            print(f"{connections:>11} {row['p50']:>8.2f} {row['p99']:>8.2f} {row['rps']:>8.1f} {row['errors']:>7}")
        served = sum(row["requests"] for row in rows.values())
        print(f"RSS after {served} requests: {rss_kib(server.pid) / 1024:.1f} MiB")
        samples = []
        while served < args.total:
            rounds = max(5, min(60, int((args.total - served) / max(rows[8]["rps"], 1)) + 1))
            row = run_wrk(base + "/v1/check", script, 8, rounds)
            served += row["requests"]
            errors += row["errors"]
            samples.append((served, rss_kib(server.pid)))
            print(f"RSS after {served} requests: {samples[-1][1] / 1024:.1f} MiB")
        if rows[8]["p99"] > 25:
            print(f"target missed: p99 at 8 connections is {rows[8]['p99']:.2f} ms (target 25 ms)")
        if len(samples) >= 2:
            growth = (samples[-1][1] - samples[0][1]) / 1024
            print(f"RSS change from {samples[0][0]} to {samples[-1][0]} requests: {growth:+.1f} MiB")
        print(f"errors: {errors}")
    finally:
        server.terminate()
        status = server.wait(timeout=60)
        log.close()
        print(f"server stopped on SIGTERM with status {status}")
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
