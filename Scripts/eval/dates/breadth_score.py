#!/usr/bin/env python3
"""Scores the dates plugin on the breadth set of issue #19 through the copydesk CLI.

Each sentence of the fixture (one JSON object a line: id, category, text, referenceDate, phrase,
value, type) is written to its own text file; `copydesk lint` runs once per reference date with
only the dates plugin's fact tag on, and its JSON report is read back. For each phrase:

- detection: some `timex` result overlaps the phrase (for a not-date: none does);
- value: some overlapping result has exactly the gold TIMEX3 value (for a not-date: as detection);
- type: some overlapping result has the gold value and type;
- extent: some result spans exactly the phrase, with the gold value (for a not-date: as detection).

A range is scored by its first point (see make_breadth.py for the conventions).

Usage: breadth_score.py COPYDESK [--fixture FILE] [--work DIR] [--details] [--category NAME]
"""
import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_FIXTURE = REPO / "Tests/DatesPluginTests/Fixtures/breadth/breadth.jsonl"

# Only the dates plugin's fact tag: the other plugins, the policy packs and the dates checks are off.
CONFIGURATION = """\
plugins:
  attribution: off
  sanctions: off
  stale-timestamps: off
  moderation: off
  policies: off
rules:
  dates/weekday-mismatch: off
  dates/invalid-date: off
  dates/ambiguous-numeric: off
  dates/unresolved-relative: off
  dates/house-style: off
"""


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


def load(fixture):
    rows = []
    with open(fixture, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = {"id", "category", "text", "referenceDate", "phrase", "value", "type"} - row.keys()
            if missing:
                sys.exit(f"{fixture}:{number}: missing {', '.join(sorted(missing))}")
            start = row["text"].find(row["phrase"])
            if start < 0:
                sys.exit(f"{fixture}:{number}: phrase {row['phrase']!r} is not in its sentence")
            # The CLI reports offsets in UTF-16 code units.
            row["start"] = utf16_length(row["text"][:start])
            row["end"] = row["start"] + utf16_length(row["phrase"])
            rows.append(row)
    return rows


def lint(copydesk, rows, work):
    """Returns, for each row id, the timex results of its file: (start, end, snippet, type, value)."""
    config = work / "copydesk.yml"
    config.write_text(CONFIGURATION, encoding="utf-8")
    by_reference = defaultdict(list)
    for row in rows:
        by_reference[row["referenceDate"]].append(row)
    found = defaultdict(list)
    for reference, group in sorted(by_reference.items()):
        folder = work / reference
        folder.mkdir()
        for row in group:
            (folder / f"{row['id']}.txt").write_text(row["text"] + "\n", encoding="utf-8")
        report = work / f"{reference}.json"
        command = [copydesk, "lint", str(folder), "--reference-date", reference, "--config", str(config),
                   "--format", "json", "--fail-level", "none", "--quiet", "--output", str(report)]
        completed = subprocess.run(command, capture_output=True, text=True)
        if completed.returncode != 0 or not report.exists():
            sys.exit(f"copydesk lint failed ({completed.returncode}): {completed.stderr.strip()}")
        data = json.loads(report.read_text(encoding="utf-8"))
        if data.get("errors"):
            sys.exit(f"copydesk reported errors: {data['errors']}")
        for result in data["results"]:
            timex = (result.get("properties") or {}).get("timex")
            if timex is None:
                continue
            name = Path(result["path"]).stem
            found[name].append((result["offset"], result["offset"] + result["length"], result["snippet"],
                                timex.get("type"), timex.get("value")))
    return found


def judge(row, results):
    overlapping = [r for r in results if r[0] < row["end"] and row["start"] < r[1]]
    if row["value"] is None:
        correct = not overlapping
        return overlapping, correct, correct, correct, correct
    detected = bool(overlapping)
    valued = any(r[4] == row["value"] for r in overlapping)
    typed = any(r[4] == row["value"] and r[3] == row["type"] for r in overlapping)
    exact = any(r[4] == row["value"] and (r[0], r[1]) == (row["start"], row["end"]) for r in overlapping)
    return overlapping, detected, valued, typed, exact


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("copydesk", help="the copydesk executable")
    parser.add_argument("--fixture", default=str(DEFAULT_FIXTURE))
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--category", help="score only this category")
    parser.add_argument("--work", help="an empty folder to write the texts and reports into, kept "
                                       "(default: a temporary folder, removed)")
    arguments = parser.parse_args()

    rows = load(arguments.fixture)
    if arguments.category:
        rows = [row for row in rows if row["category"] == arguments.category]
        if not rows:
            sys.exit(f"no phrases in category {arguments.category!r}")
    if arguments.work:
        work = Path(arguments.work)
        if any(work.iterdir()):
            sys.exit(f"--work {work} is not empty")
        found = lint(arguments.copydesk, rows, work)
    else:
        with tempfile.TemporaryDirectory() as temporary:
            found = lint(arguments.copydesk, rows, Path(temporary))

    totals = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses = []
    for row in rows:
        overlapping, *scores = judge(row, found.get(row["id"], []))
        detected, valued = scores[0], scores[1]
        for key in (row["category"], "overall"):
            totals[key][0] += 1
            for index, score in enumerate(scores, 1):
                totals[key][index] += score
        if not valued:
            misses.append((row, overlapping, detected))

    order = list(dict.fromkeys(row["category"] for row in rows)) + ["overall"]
    print(f"{'category':<10} {'phrases':>7} {'detection':>9} {'value':>6} {'type':>6} {'extent':>6}")
    for key in order:
        count, detected, valued, typed, exact = totals[key]
        print(f"{key:<10} {count:>7} {detected / count:>9.3f} {valued / count:>6.3f} {typed / count:>6.3f} "
              f"{exact / count:>6.3f}")

    if arguments.details:
        print(f"\n{len(misses)} phrases without the gold value:")
        for row, overlapping, detected in misses:
            got = "; ".join(f"{snippet!r} {kind} {value}" for _, _, snippet, kind, value in overlapping) or "nothing"
            status = "tagged" if row["value"] is None else ("wrong value" if detected else "not detected")
            print(f"{row['id']:<13} {status:<12} {row['phrase']!r} gold {row['value']}  got {got}")
            print(f"{'':<13} {row['text']}")


if __name__ == "__main__":
    main()
