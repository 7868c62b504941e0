#!/usr/bin/env python3
"""Scores the copydesk CLI on the stale-timestamps article set, end to end.

Usage: stale-timestamps-cli.py COPYDESK_BINARY FIXTURES_DIR [--predictions DIR]

Lints each article of FIXTURES_DIR/manifest.json with its --reference-date and --now, reads the JSON
report, and compares the stale-timestamps results (rule, line, snippet without markup) with the
expected findings. Articles that need metadata the CLI cannot be given (modifiedDate, lastCommitDate)
or plugin options are left to the in-process test; Markdown/HTML articles are skipped while the CLI
still reads that format as plain text. Prints the score as JSON; exits 1 unless precision and recall
are both 1.0. With --predictions DIR, each article's JSON report is also written to DIR/<article>.json
(for comparing two builds, Scripts/compare-outputs).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

PREFIX = "stale-timestamps/"


def lint(binary, path, config, reference_date=None, now=None, keep=None):
    command = [binary, "lint", path, "--format", "json", "--min-level", "note", "--fail-level", "none",
               "--config", config, "--quiet"]
    if reference_date:
        command += ["--reference-date", reference_date]
    if now:
        command += ["--now", now]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(f"copydesk failed on {path} ({completed.returncode}): {completed.stderr.strip()}")
    if keep:
        os.makedirs(os.path.dirname(keep), exist_ok=True)
        with open(keep, "w") as handle:
            handle.write(completed.stdout)
    report = json.loads(completed.stdout)
    if report.get("errors"):
        raise SystemExit(f"copydesk could not read {path}: {report['errors']}")
    return [r for r in report["results"] if r["rule"].startswith(PREFIX)]


def visible_text(snippet):
    """The snippet as prose: tags dropped, the common entities decoded."""
    text = re.sub(r"<[^>]*>", "", snippet)
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def formats_with_real_readers(binary, config, scratch):
    """Formats whose reader keeps code and markup out of the prose, judged by linting a probe."""
    formats = {".txt"}
    probes = {
        ".md": "Probe\n\n```\nUpdated 8 sec ago\n```\n",
        ".html": "<html><body><p>Probe.</p><script>\nUpdated 8 sec ago\n</script></body></html>\n",
    }
    for extension, text in probes.items():
        path = os.path.join(scratch, "probe" + extension)
        with open(path, "w") as handle:
            handle.write(text)
        if not lint(binary, path, config):
            formats.add(extension)
    return formats


def main():
    if len(sys.argv) == 5 and sys.argv[3] == "--predictions":
        predictions = sys.argv[4]
        os.makedirs(predictions, exist_ok=True)
    elif len(sys.argv) == 3:
        predictions = None
    else:
        raise SystemExit(__doc__)
    binary, fixtures = sys.argv[1], sys.argv[2]
    with open(os.path.join(fixtures, "manifest.json")) as handle:
        manifest = json.load(handle)
    with tempfile.TemporaryDirectory() as scratch:
        config = os.path.join(scratch, "copydesk.yml")
        with open(config, "w") as handle:
            handle.write("rules:\n  stale-timestamps/git-modified: warning\n")
        readable = formats_with_real_readers(binary, config, scratch)
        true_positives, false_positives, false_negatives, skipped, scored = 0, [], [], [], 0
        for fixture in manifest["fixtures"]:
            name = fixture["file"]
            if any(key in fixture for key in ("modifiedDate", "lastCommitDate", "options")) \
                    or os.path.splitext(name)[1] not in readable:
                skipped.append(name)
                continue
            scored += 1
            results = lint(binary, os.path.join(fixtures, name), config, fixture.get("referenceDate"),
                           fixture.get("now", manifest["defaults"]["now"]),
                           os.path.join(predictions, name + ".json") if predictions else None)
            expected = {(e["rule"], e["line"], e["text"]) for e in fixture["expected"]}
            for result in results:
                found = (result["rule"][len(PREFIX):], result["line"], visible_text(result["snippet"]))
                if found in expected:
                    expected.remove(found)
                    true_positives += 1
                else:
                    false_positives.append(f"{name}: unexpected {found}: {result['message']}")
            false_negatives += [f"{name}: missed {e}" for e in sorted(expected)]
    found_total = true_positives + len(false_positives)
    expected_total = true_positives + len(false_negatives)
    score = {
        "fixtures": len(manifest["fixtures"]), "scored": scored, "skipped": skipped,
        "truePositives": true_positives, "falsePositives": false_positives, "falseNegatives": false_negatives,
        "precision": true_positives / found_total if found_total else 1.0,
        "recall": true_positives / expected_total if expected_total else 1.0,
    }
    print(json.dumps(score, indent=2, sort_keys=True))
    if score["precision"] != 1.0 or score["recall"] != 1.0:
        sys.exit(1)


if __name__ == "__main__":
    main()
