#!/usr/bin/env python3
"""Draw the fixed-seed sample of attribution check flags on the corpus that is judged by hand.

    corpus_flag_sample.py CORPUS_DIR RUN.sarif [--per-flag 20] [--seed 17] [--context 200] [--flag RULE]

RUN.sarif: `copydesk lint bbc reuters21578 --config Scripts/eval/attribution/attribution-only.yml
--format sarif` run from CORPUS_DIR (artifact URIs relative to it). For each of the four check flags,
samples --per-flag results with random.Random(seed) over the results sorted by (path, offset), and
prints path, Unicode-scalar offset, flag and the flagged text in context, for a judge to read. The
judged verdicts live in corpus-flag-judgements.tsv (no corpus text is stored there).
"""
import argparse
import json
import os
import random

RULES = ["attribution/unattributed-quote", "attribution/vague-source",
         "attribution/anonymous-source", "attribution/first-reference"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("sarif")
    parser.add_argument("--per-flag", type=int, default=20)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--context", type=int, default=200)
    parser.add_argument("--flag", choices=RULES + [rule.split("/")[1] for rule in RULES],
                        help="sample this check flag only (all four by default)")
    arguments = parser.parse_args()
    with open(arguments.sarif, encoding="utf-8") as log:
        runs = json.load(log)["runs"]
    found = {rule: [] for rule in RULES}
    for run in runs:
        if run.get("columnKind") == "unicodeCodePoints":
            raise SystemExit("corpus_flag_sample.py: expects UTF-16 offsets (the copydesk default)")
        for result in run["results"]:
            if result["ruleId"] in found:
                location = result["locations"][0]["physicalLocation"]
                region = location["region"]
                found[result["ruleId"]].append((location["artifactLocation"]["uri"], region["charOffset"], region.get("charLength", 0)))
    generator = random.Random(arguments.seed)
    for rule in RULES:
        # Drawn for every flag, so that --flag shows the same sample as a run without it.
        drawn = sorted(generator.sample(sorted(found[rule]), min(arguments.per_flag, len(found[rule]))))
        if arguments.flag and arguments.flag not in (rule, rule.split("/")[1]):
            continue
        print(f"== {rule}: {len(found[rule])} results")
        for uri, offset, length in drawn:
            with open(os.path.join(arguments.corpus, uri), encoding="utf-8") as source:
                text = source.read()
            scalar_of, unit = {}, 0
            for index, char in enumerate(text):
                scalar_of[unit] = index
                unit += 2 if ord(char) > 0xFFFF else 1
            scalar_of[unit] = len(text)
            start, end = scalar_of[offset], scalar_of[offset + length]
            context = text[max(0, start - arguments.context):end + arguments.context].replace("\n", "⏎")
            print(f"{uri}\t{start}\t{rule}\t{text[start:end]!r}\n    {context}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
