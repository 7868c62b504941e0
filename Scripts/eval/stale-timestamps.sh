#!/usr/bin/env bash
# Precision and recall of the stale-timestamps plugin on its own article set
# (Tests/StaleTimestampsPluginTests/Fixtures, expected findings in manifest.json).
#
# Usage: Scripts/eval/stale-timestamps.sh [--cli]
# Runs FixtureSetTests, which loads every article through the document readers, runs the plugin
# and compares its findings (rule, source line, text) with the manifest. Prints the score and
# exits non-zero unless precision and recall are both 1.0 and every article was scored.
# With --cli it also builds the release CLI and scores `copydesk lint --format json` end to end
# (stale-timestamps-cli.py; needs python3).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" = "--cli" ]; then
    source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
    python3 Scripts/eval/stale-timestamps-cli.py "$(release_copydesk .)" \
        Tests/StaleTimestampsPluginTests/Fixtures
    echo "stale-timestamps (CLI): passed"
fi

score_file="$(mktemp)"
trap 'rm -f "$score_file"' EXIT

status=0
STALE_TIMESTAMPS_SCORE="$score_file" swift test --filter 'StaleTimestampsPluginTests.FixtureSetTests' \
    >"$score_file.log" 2>&1 || status=$?
if [ ! -s "$score_file" ]; then
    cat "$score_file.log" >&2
    rm -f "$score_file.log"
    echo "stale-timestamps eval: the fixture test wrote no score (exit $status)" >&2
    exit 1
fi
rm -f "$score_file.log"

field() { sed -n "s/^  \"$1\" : \\([0-9.]*\\),\\{0,1\\}\$/\\1/p" "$score_file"; }
precision="$(field precision)"
recall="$(field recall)"
cat "$score_file"
echo
echo "stale-timestamps: fixtures $(field fixtures), scored $(field scored), true positives $(field truePositives)"
if [ "$(field fixtures)" != "$(field scored)" ]; then
    echo "stale-timestamps eval: FAILED ($(field scored) of $(field fixtures) articles scored)" >&2
    exit 1
fi
echo "stale-timestamps: precision $precision recall $recall"
if [ "$status" -ne 0 ] || [ "$precision" != "1" ] || [ "$recall" != "1" ]; then
    echo "stale-timestamps eval: FAILED (both must be 1.0)" >&2
    exit 1
fi
