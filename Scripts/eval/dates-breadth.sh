#!/usr/bin/env bash
# Scores the dates plugin on the breadth set of issue #19 (clock times, ranges, holidays of every
# calendar, compound and relative phrases, tense, numeric forms, readers' comments, not-dates):
# detection, value, type and extent accuracy per category and overall, through the copydesk CLI.
#
# Usage: Scripts/eval/dates-breadth.sh [--details] [--category NAME]
# The set is Tests/DatesPluginTests/Fixtures/breadth/breadth.jsonl, written by
# Scripts/eval/dates/make_breadth.py. COPYDESK=binary skips the release build; COPYDESK_EVAL_KEEP=DIR
# keeps each sentence's text and the JSON reports. Needs python3.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$repo/Scripts/lib/release-copydesk.sh"
copydesk="$(release_copydesk "$repo")"

source "$repo/Scripts/lib/eval-workdir.sh"
eval_workdir

python3 "$repo/Scripts/eval/dates/breadth_score.py" "$copydesk" --work "$work" "$@"
