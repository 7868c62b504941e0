#!/usr/bin/env python3
"""Precision and recall of the attribution check flags against flag gold.

    flags_score.py GOLD.jsonl PREDICTIONS [--details]

GOLD: JSONL `{"id", "text", "flags": [{"rule", "start", "end"}]}`, offsets in Unicode scalars, end
exclusive. PREDICTIONS: a SARIF 2.1.0 log (one run or several) from linting the gold texts written
as `<id>.txt`, or a directory of `<id>.sarif` logs. A result's document is the file name of its
artifact URI (or of its log) minus the extension; its region is `charOffset`/`charLength`, read as
UTF-16 code units unless the run declares `columnKind: unicodeCodePoints`.

Scored rules: unattributed-quote, vague-source, anonymous-source, first-reference (every level).
A predicted flag is right when a gold flag of the same rule overlaps it; a gold flag is found when a
predicted flag of the same rule overlaps it. Prints P, R and F1 per rule and over all four.
`--details` lists each false alarm and each miss with its text.
"""
import argparse
import json
import os
import sys
from urllib.parse import unquote, urlparse

RULES = ["attribution/unattributed-quote", "attribution/vague-source",
         "attribution/anonymous-source", "attribution/first-reference"]


def utf16_to_scalar(text: str):
    """A map from UTF-16 offsets to scalar offsets (only the offsets that start a scalar, plus the end)."""
    table, unit = {}, 0
    for index, char in enumerate(text):
        table[unit] = index
        unit += 2 if ord(char) > 0xFFFF else 1
    table[unit] = len(text)
    return table


def document_id(uri: str, fallback: str) -> str:
    path = unquote(urlparse(uri).path) if uri else fallback
    return os.path.splitext(os.path.basename(path))[0]


def read_logs(path: str):
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            if name.endswith(".sarif") or name.endswith(".sarif.json"):
                with open(os.path.join(path, name), encoding="utf-8") as log:
                    yield json.load(log), name.split(".sarif")[0]
    else:
        with open(path, encoding="utf-8") as log:
            yield json.load(log), None


def predictions(path: str, texts: dict):
    """(id, rule, start, end) in scalars for every scored result; unknown documents are counted, not scored."""
    found, unknown = [], 0
    for log, log_id in read_logs(path):
        for run in log.get("runs", []):
            scalar_units = run.get("columnKind") == "unicodeCodePoints"
            for result in run.get("results", []):
                rule = result.get("ruleId") or result.get("rule", {}).get("id")
                if rule not in RULES or not result.get("locations"):
                    continue
                location = result["locations"][0].get("physicalLocation", {})
                uri = location.get("artifactLocation", {}).get("uri", "")
                identifier = log_id if log_id is not None else document_id(uri, "")
                if identifier not in texts:
                    unknown += 1
                    continue
                region = location.get("region", {})
                start, length = region.get("charOffset"), region.get("charLength", 0)
                if start is None:
                    raise SystemExit(f"flags_score.py: a {rule} result in {identifier} has no charOffset")
                if not scalar_units:
                    table = utf16_to_scalar(texts[identifier])
                    start, end = table[start], table[start + length]
                else:
                    end = start + length
                found.append((identifier, rule, start, end))
    return found, unknown


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] and b[0] <= a[0] < b[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("predictions")
    parser.add_argument("--details", action="store_true", help="list false alarms and misses")
    arguments = parser.parse_args()

    texts, gold = {}, []
    with open(arguments.gold, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                document = json.loads(line)
                texts[document["id"]] = document["text"]
                gold += [(document["id"], flag["rule"], flag["start"], flag["end"]) for flag in document["flags"]]
    predicted, unknown = predictions(arguments.predictions, texts)

    def matches(item, pool):
        return any(other[0] == item[0] and other[1] == item[1] and overlaps(item[2:], other[2:]) for other in pool)

    false_alarms = [p for p in predicted if not matches(p, gold)]
    misses = [g for g in gold if not matches(g, predicted)]
    print(f"documents: {len(texts)}  gold flags: {len(gold)}  predicted flags: {len(predicted)}"
          f"  (results for unknown documents: {unknown})")
    print(f"{'rule':<32} {'P':>6} {'R':>6} {'F1':>6}  right/predicted  found/gold")
    totals = [0, 0, 0, 0]
    for rule in RULES + ["all four"]:
        chosen = RULES if rule == "all four" else [rule]
        p = [x for x in predicted if x[1] in chosen]
        g = [x for x in gold if x[1] in chosen]
        right = len(p) - len([x for x in false_alarms if x[1] in chosen])
        found = len(g) - len([x for x in misses if x[1] in chosen])
        precision = right / len(p) if p else 0.0
        recall = found / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        name = rule.split("/", 1)[-1]
        shown = [f"{value:6.3f}" if defined else f"{'n/a':>6}"
                 for value, defined in ((precision, bool(p)), (recall, bool(g)), (f1, bool(p) and bool(g)))]
        print(f"{name:<32} {' '.join(shown)}  {right:>5}/{len(p):<9} {found:>5}/{len(g)}")
    if arguments.details:
        for title, items in (("false alarms", false_alarms), ("misses", misses)):
            print(f"\n== {title}: {len(items)}")
            for identifier, rule, start, end in sorted(items):
                text = texts[identifier]
                context = text[max(0, start - 30):end + 30].replace("\n", "⏎")
                print(f"{identifier}\t{rule.split('/', 1)[1]}\t{start}-{end}\t{text[start:end]!r}\t…{context}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
