#!/usr/bin/env python3
"""Lints a folder of articles on a Dask distributed cluster through Copydesk's JSON-lines pipe, and
checks that the results equal a plain `copydesk lint` of the same files.

Each Dask task reads its share of the files, writes them as records ({id, path, text}) into one
`copydesk lint --input jsonl - --format json` process (one warm engine per task) and parses the
lines that come back, one per record, in order. The same task body runs on a real cluster
(Examples/batch/README.md); here it runs on a LocalCluster of worker processes.

    pip install "dask[distributed]"
    Examples/batch/dask_lint.py [--corpus ../shared/data/corpus/bbc] [--workers 2] [--partitions 16]

COPYDESK names the binary (default: the release build, built first). Prints records/s for the Dask
run and for the plain run on the same machine; exits 1 when the results differ.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
# The same clock for both runs, so that checks against "now" agree.
NOW = "2026-01-01T00:00:00Z"


def release_copydesk():
    if os.environ.get("COPYDESK"):
        return os.path.abspath(os.environ["COPYDESK"])
    subprocess.run(["swift", "build", "-c", "release", "--product", "copydesk"], cwd=ROOT, check=True, stdout=sys.stderr)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "copydesk")


def lint_partition(paths, corpus, copydesk):
    """A Dask task: the files as JSON-lines records through one copydesk process; its output lines, parsed."""
    records = []
    for path in paths:
        with open(os.path.join(corpus, path), encoding="utf-8") as article:
            records.append(json.dumps({"id": path, "path": path, "text": article.read()}, ensure_ascii=False))
    run = subprocess.run([copydesk, "lint", "--input", "jsonl", "-", "--format", "json", "--now", NOW, "--quiet", "--jobs", "1"],
                         cwd=corpus, input=("\n".join(records) + "\n").encode(), capture_output=True)
    if run.returncode > 1:
        raise RuntimeError(f"copydesk failed ({run.returncode}): {run.stderr.decode()}")
    return [json.loads(line) for line in run.stdout.decode().splitlines()]


def utf8_articles(corpus, limit):
    paths = []
    for folder, _, names in os.walk(corpus):
        for name in names:
            if name.lower().endswith(EXTENSIONS):
                paths.append(os.path.relpath(os.path.join(folder, name), corpus))
    paths.sort()
    readable = []
    for path in paths:
        try:
            open(os.path.join(corpus, path), encoding="utf-8").read()
            readable.append(path)
        except UnicodeDecodeError:
            pass  # a JSON record cannot carry bytes that are not UTF-8; both runs leave the file out
    return readable[:limit] if limit else readable, len(paths) - len(readable)


def comparable(result):
    return json.dumps(result, sort_keys=True, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "data", "corpus", "bbc"))
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (at least 2)")
    parser.add_argument("--partitions", type=int, default=16, help="tasks, each one copydesk process")
    parser.add_argument("--limit", type=int, default=0, help="lint only the first N files (0: all)")
    args = parser.parse_args()
    if args.workers < 2:
        sys.exit("--workers must be at least 2: the point is several processes")
    from dask.distributed import Client, LocalCluster

    copydesk = release_copydesk()
    corpus = os.path.abspath(args.corpus)
    paths, skipped = utf8_articles(corpus, args.limit)
    size = sum(os.path.getsize(os.path.join(corpus, p)) for p in paths)
    print(f"{len(paths)} articles ({size / 1e6:.1f} MB) in {corpus}" + (f"; {skipped} not UTF-8, left out of both runs" if skipped else ""))

    # The plain run: every file named on one command line, one process with one thread per core.
    start = time.perf_counter()
    plain = subprocess.run([copydesk, "lint", "--format", "json", "--now", NOW, "--quiet", "--"] + paths,
                           cwd=corpus, capture_output=True)
    plain_seconds = time.perf_counter() - start
    if plain.returncode > 1:
        sys.exit(f"copydesk lint failed ({plain.returncode}): {plain.stderr.decode()}")
    plain_report = json.loads(plain.stdout)

    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        chunks = [paths[i::args.partitions] for i in range(args.partitions)]
        start = time.perf_counter()
        futures = client.map(lint_partition, [sorted(c) for c in chunks if c], corpus=corpus, copydesk=copydesk, pure=False)
        lines = [line for part in client.gather(futures) for line in part]
        dask_seconds = time.perf_counter() - start
        workers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        cluster.close()

    batch_results = sorted((comparable(r) for line in lines for r in line["results"]))
    plain_results = sorted(comparable(r) for r in plain_report["results"])
    batch_errors = sorted(line["id"] for line in lines if any(p["level"] == "error" for p in line["problems"]))
    plain_errors = sorted(e["path"] for e in plain_report["errors"])
    print(f"plain copydesk lint:        {plain_seconds:7.2f} s  {len(paths) / plain_seconds:8.1f} records/s  "
          f"{len(plain_results)} results")
    print(f"Dask, {workers} worker processes: {dask_seconds:7.2f} s  {len(paths) / dask_seconds:8.1f} records/s  "
          f"{len(batch_results)} results ({len(lines)} records back)")
    same = len(lines) == len(paths) and batch_results == plain_results and batch_errors == plain_errors
    if not same:
        missing = set(plain_results) - set(batch_results)
        extra = set(batch_results) - set(plain_results)
        print(f"DIFFERENT: {len(missing)} results only in the plain run, {len(extra)} only in the Dask run, "
              f"errors {len(plain_errors)} vs {len(batch_errors)}")
        for result in list(missing)[:3] + list(extra)[:3]:
            print("  " + result[:300])
        sys.exit(1)
    print("results equal: every result of the plain run, byte for byte as JSON, and no other")


if __name__ == "__main__":
    main()
