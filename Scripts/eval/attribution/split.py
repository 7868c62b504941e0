#!/usr/bin/env python3
"""Write each document of a gold JSONL file to OUTDIR/<id>.txt, byte for byte (UTF-8, no newline translation)."""
import json
import os
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: split.py GOLD.jsonl OUTDIR", file=sys.stderr)
        return 2
    gold, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    count = 0
    with open(gold, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            document = json.loads(line)
            with open(os.path.join(out, document["id"] + ".txt"), "w", encoding="utf-8", newline="") as text:
                text.write(document["text"])
            count += 1
    print(f"split.py: {count} documents -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
