"""Recall per line category (the gold lines' first tag) of a sanctions run: scores each category's
lines with the shared scorer and prints one row per category.

    python3 per_category.py SCORE.py GOLD.jsonl SARIF_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

scorer, gold, predictions = sys.argv[1:4]
by_tag = {}
with open(gold, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            doc = json.loads(line)
            by_tag.setdefault((doc.get("tags") or ["untagged"])[0], []).append(line.rstrip("\n"))
print("per category (lines, gold mentions, precision, recall, F1):")
with tempfile.TemporaryDirectory() as work:
    for tag in sorted(by_tag):
        path = os.path.join(work, tag + ".jsonl")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(by_tag[tag]) + "\n")
        report = subprocess.run([sys.executable, scorer, path, predictions], capture_output=True, text=True, check=True).stdout
        values = dict(line.split(": ", 1) for line in report.splitlines() if line.startswith(("Precision", "Recall", "F1")))
        mentions = sum(len(json.loads(l)["mentions"]) for l in by_tag[tag])
        if mentions == 0:
            false_positives = next(l for l in report.splitlines() if l.startswith("gold mentions:")).split("FP: ")[1].split()[0]
            print(f"  {tag:<22} {len(by_tag[tag]):>3} {mentions:>4}  false positives {false_positives}")
        else:
            print(f"  {tag:<22} {len(by_tag[tag]):>3} {mentions:>4}  P {values['Precision']}  R {values['Recall']}  F1 {values['F1']}")
