#!/usr/bin/env python3
"""Writes each document of a TempEval JSONL file to OUTDIR/<doc>.txt and prints one line per
document: its id and the reference date to lint it against (the DCT value, with its time when it
has one; else the DCT date)."""
import json
import os
import re
import sys


def reference_date(record):
    raw = record.get("dct_value") or ""
    # ISO date or date-time the CLI accepts: YYYY-MM-DD[THH:MM[:SS]].
    if re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?", raw):
        return raw
    return record["dct"]


def main():
    gold, outdir = sys.argv[1], sys.argv[2]
    with open(gold, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            doc = record["doc"]
            with open(os.path.join(outdir, doc + ".txt"), "w", encoding="utf-8", newline="") as out:
                out.write(record["text"])
            print(f"{doc} {reference_date(record)}")


if __name__ == "__main__":
    main()
