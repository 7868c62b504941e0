#!/usr/bin/env bash
# Moderation evaluation through the CLI: builds copydesk (release; COPYDESK=binary uses that one),
# writes each comment of ../shared/eval/moderation/dev.jsonl to <id>.txt, lints the folder once
# with the `comments` profile on one core (-j1) and prints:
#   - the shipped scorer's figures (a comment is flagged when any moderation/ rule reports on it;
#     the verdict fact tag is turned off for this pass so that it cannot flag anything itself),
#   - per moderation rule, the comments it flagged by gold label,
#   - comments per second on one core, sarif-check on the log (exact regions in UTF-16),
#   - the verdicts of a second pass with the profile as shipped (verdict on),
#   - a third pass with the default (article) configuration, every built-in plugin and pack on,
#     which must lint every comment without a file error (crash, timeout).
#
#   Scripts/eval/moderation.sh [GOLD.jsonl]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${COPYDESK_SHARED:-$root/../shared}
eval_dir=$shared/eval/moderation
gold=${1:-$eval_dir/dev.jsonl}
[ -f "$eval_dir/score.py" ] || { echo "moderation.sh: no scorer at $eval_dir/score.py" >&2; exit 2; }
source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
copydesk=$(release_copydesk "$root")
copydesk=$(cd "$(dirname "$copydesk")" && pwd)/$(basename "$copydesk")   # the runs below change folder
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$root/Scripts/eval/moderation

python3 "$here/split.py" "$gold" "$work/texts"
count=$(find "$work/texts" -name '*.txt' | wc -l)
cd "$work/texts"

printf 'root: true\nprofile: comments\nrules:\n  moderation/verdict: off\n' >"$work/flags.yml"
TIMEFORMAT='%R %U %S'
{ time "$copydesk" lint . --config "$work/flags.yml" -j 1 --format sarif --output "$work/flags.sarif" --fail-level none --quiet; } 2>"$work/time.txt"
read -r wall user system <"$work/time.txt"
python3 "$here/flags.py" "$work/flags.sarif" "$gold" "$work/flagged.jsonl" >"$work/per-rule.txt"
echo "== $(basename "$gold") ($count comments, profile: comments)"
python3 "$eval_dir/score.py" "$gold" "$work/flagged.jsonl"
echo
cat "$work/per-rule.txt"
awk -v n="$count" -v w="$wall" -v u="$user" -v s="$system" 'BEGIN {
  printf "throughput on one core (-j1, the whole run: start-up, reading, every rule, SARIF): %d comments in %.2f s wall, %.2f s CPU: %.0f comments/s (CPU time), %.0f (wall)\n", n, w, u + s, n / (u + s), n / w }'

failed=0
if [ -x "$shared/tools/sarif/sarif-check" ]; then
  if "$shared/tools/sarif/sarif-check" --root "$work/texts" "$work/flags.sarif" >"$work/sarif-check.log" 2>&1; then
    echo "sarif-check: $(tail -1 "$work/sarif-check.log")"
  else
    echo "sarif-check: FAILED" >&2; tail -20 "$work/sarif-check.log" >&2; failed=1
  fi
else
  echo "moderation.sh: no sarif-check at $shared/tools/sarif/sarif-check" >&2; failed=1
fi

printf 'root: true\nprofile: comments\n' >"$work/comments.yml"
"$copydesk" lint . --config "$work/comments.yml" --format sarif --output "$work/verdicts.sarif" --fail-level none --quiet
python3 "$here/flags.py" "$work/verdicts.sarif" "$gold" "$work/unused.jsonl" | sed -n '/^verdicts/,$p'

printf 'root: true\n' >"$work/article.yml"
"$copydesk" lint . --config "$work/article.yml" --format sarif --output "$work/article.sarif" --fail-level none --quiet
echo "default configuration (article profile, every plugin and default pack on):"
python3 "$here/flags.py" "$work/article.sarif" "$gold" "$work/unused.jsonl" --errors | sed 's/^/  /' || failed=1
[ "$failed" -eq 0 ] || { echo "moderation.sh: FAILED" >&2; exit 1; }
