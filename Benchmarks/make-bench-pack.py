#!/usr/bin/env python3
"""Writes a policy pack with one existence rule per line of a patterns file (one PCRE2 pattern per line).

    make-bench-pack.py PATTERNS OUTDIR    -> OUTDIR/bench/rules.yml

or, with --words, two packs that find the same words (one word per line of WORDS): one rule whose
word list holds them all, and one rule per word.

    make-bench-pack.py --words WORDS OUTDIR    -> OUTDIR/one-rule/rules.yml, OUTDIR/rule-per-word/rules.yml

The packs are generated for the benchmark run only; they are not shipped.
"""
import os
import sys


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def rule(out, rule_id, message, description, key, values):
    out.write(f"  - id: {rule_id}\n")
    out.write("    kind: existence\n")
    out.write(f"    message: '{message}: {{match}}'\n")
    out.write(f"    description: {description}.\n")
    out.write("    help: Generated for the throughput benchmark.\n")
    out.write("    level: note\n")
    out.write(f"    {key}: [{', '.join(quote(value) for value in values)}]\n")
    out.write("    examples: {triggers: [], passes: []}\n")


def word_packs(words_file, folder):
    words = [line.strip() for line in open(words_file, encoding="utf-8") if line.strip()]
    for name, rules in (("one-rule", [("words", words)]),
                        ("rule-per-word", [(f"word-{n:04d}", [word]) for n, word in enumerate(words, 1)])):
        pack = os.path.join(folder, name)
        os.makedirs(pack, exist_ok=True)
        with open(os.path.join(pack, "rules.yml"), "w", encoding="utf-8") as out:
            out.write("rules:\n")
            for rule_id, values in rules:
                rule(out, rule_id, f"benchmark word list {rule_id}", f"Benchmark word list {rule_id}", "tokens", values)
    print(len(words))


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--words":
        word_packs(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    patterns = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    pack = os.path.join(sys.argv[2], "bench")
    os.makedirs(pack, exist_ok=True)
    with open(os.path.join(pack, "rules.yml"), "w", encoding="utf-8") as out:
        out.write("rules:\n")
        for number, pattern in enumerate(patterns, 1):
            rule(out, f"pattern-{number:02d}", f"benchmark pattern {number}", f"Benchmark pattern {number} of {len(patterns)}",
                 "patterns", [pattern])
    print(len(patterns))


if __name__ == "__main__":
    main()
