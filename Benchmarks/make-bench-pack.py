#!/usr/bin/env python3
"""Writes the policy packs the throughput benchmark lints with (generated for the run, not shipped).

    make-bench-pack.py PATTERNS OUTDIR
        -> OUTDIR/bench/rules.yml: one existence rule per line of PATTERNS (one PCRE2 pattern a line);
           prints the number of rules
    make-bench-pack.py --words WORDS COUNT OUTDIR
        -> OUTDIR/wordlist-one/rules.yml: one caseless existence rule whose `tokens` are COUNT words
           of WORDS (one word a line; every len/COUNT-th lower-case word, so the sample spans the list);
           OUTDIR/wordlist-many/rules.yml: COUNT rules, one word each; prints the number of words
"""
import os
import sys


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def write_rule(out, rule_id, number, total, matching):
    out.write(f"  - id: {rule_id}\n")
    out.write("    kind: existence\n")
    out.write(f"    message: 'benchmark rule {number}: {{match}}'\n")
    out.write(f"    description: Benchmark rule {number} of {total}.\n")
    out.write("    help: Generated for the throughput benchmark.\n")
    out.write("    level: note\n")
    out.write(matching)
    out.write("    examples: {triggers: [], passes: []}\n")


def write_pack(outdir, name, rules):
    pack = os.path.join(outdir, name)
    os.makedirs(pack, exist_ok=True)
    with open(os.path.join(pack, "rules.yml"), "w", encoding="utf-8") as out:
        out.write("rules:\n")
        for number, (rule_id, matching) in enumerate(rules, 1):
            write_rule(out, rule_id, number, len(rules), matching)


def pattern_pack(patterns_file, outdir):
    patterns = [line.rstrip("\n") for line in open(patterns_file, encoding="utf-8") if line.strip()]
    write_pack(outdir, "bench", [(f"pattern-{number:02d}", f"    patterns: [{quote(pattern)}]\n")
                                 for number, pattern in enumerate(patterns, 1)])
    print(len(patterns))


def word_packs(words_file, count, outdir):
    lower = [line.strip() for line in open(words_file, encoding="utf-8")
             if line.strip().isalpha() and line.strip().islower()]
    if len(lower) < count:
        sys.exit(f"{words_file} has {len(lower)} lower-case words, fewer than {count}")
    step = len(lower) / count
    words = [lower[int(index * step)] for index in range(count)]
    listed = "".join(f"      - {quote(word)}\n" for word in words)
    write_pack(outdir, "wordlist-one", [("words", "    ignorecase: true\n    tokens:\n" + listed)])
    write_pack(outdir, "wordlist-many", [(f"word-{number:04d}", f"    ignorecase: true\n    tokens: [{quote(word)}]\n")
                                         for number, word in enumerate(words, 1)])
    print(len(words))


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--words":
        word_packs(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 3:
        pattern_pack(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
