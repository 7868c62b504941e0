#!/usr/bin/env python3
"""Writes a policy pack with one existence rule per line of a patterns file (one PCRE2 pattern per line).

    make-bench-pack.py PATTERNS OUTDIR    -> OUTDIR/bench/rules.yml

The pack is generated for the benchmark run only; it is not shipped.
"""
import os
import sys


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    patterns = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    pack = os.path.join(sys.argv[2], "bench")
    os.makedirs(pack, exist_ok=True)
    with open(os.path.join(pack, "rules.yml"), "w", encoding="utf-8") as out:
        out.write("rules:\n")
        for number, pattern in enumerate(patterns, 1):
            out.write(f"  - id: pattern-{number:02d}\n")
            out.write("    kind: existence\n")
            out.write(f"    message: 'benchmark pattern {number}: {{match}}'\n")
            out.write(f"    description: Benchmark pattern {number} of {len(patterns)}.\n")
            out.write("    help: Generated for the throughput benchmark.\n")
            out.write("    level: note\n")
            out.write(f"    patterns: [{quote(pattern)}]\n")
            out.write("    examples: {triggers: [], passes: []}\n")
    print(len(patterns))


if __name__ == "__main__":
    main()
