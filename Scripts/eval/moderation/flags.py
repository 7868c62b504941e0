#!/usr/bin/env python3
"""Reads a SARIF log of linted comments (<id>.txt each) and writes the ids flagged by a moderation/
rule (any level; moderation/verdict excepted when present), one {"id": ...} a line, as the scorer
expects. Then prints, per moderation rule, how many comments it flagged by gold label, and the
verdicts when the log has them; with --errors, the files Copydesk could not lint (it exits 1 if any).
usage: flags.py LOG.sarif GOLD.jsonl FLAGGED.jsonl [--errors]"""
import collections, json, os, sys

log, gold_path, out_path = sys.argv[1:4]
gold = {}
with open(gold_path, encoding="utf-8") as lines:
    for line in lines:
        if line.strip():
            item = json.loads(line)
            gold[item["id"]] = item["label"]
sarif = json.load(open(log, encoding="utf-8"))
flagged, per_rule, verdicts = set(), collections.defaultdict(collections.Counter), collections.Counter()
errors = []
for run in sarif["runs"]:
    for result in run.get("results", []):
        rule = result["ruleId"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        cid = os.path.splitext(os.path.basename(uri))[0]
        if rule == "moderation/verdict":
            verdicts[(result["properties"]["moderation"]["verdict"], gold.get(cid))] += 1
        elif rule.startswith("moderation/"):
            flagged.add(cid)
            per_rule[rule][cid] = gold.get(cid)
    for invocation in run.get("invocations", []):
        for note in invocation.get("toolExecutionNotifications", []):
            if note.get("level") == "error":
                errors.append(note["message"]["text"])
with open(out_path, "w", encoding="utf-8") as out:
    for cid in sorted(flagged):
        out.write(json.dumps({"id": cid}) + "\n")
if "--errors" in sys.argv:
    print(f"files Copydesk could not lint: {len(errors)}")
    for message in errors[:20]:
        print("  " + message)
    sys.exit(1 if errors else 0)
labels = ["hate", "offensive", "neither"]
print(f"{'rule':<24}{'comments':>9}" + "".join(f"{label:>11}" for label in labels))
for rule in sorted(per_rule):
    counts = collections.Counter(per_rule[rule].values())
    print(f"{rule:<24}{len(per_rule[rule]):>9}" + "".join(f"{counts[label]:>11}" for label in labels))
if verdicts:
    print("verdicts (comments profile):")
    for verdict in ["allow", "review", "block"]:
        print(f"  {verdict:<8}" + "".join(f"{label} {verdicts[(verdict, label)]:<6}" for label in labels))
