#!/usr/bin/env bash
# Precision and recall of the attribution check flags (unattributed-quote, vague-source,
# anonymous-source, first-reference) on the project's flag-labelled set: writes each paragraph to
# <id>.txt, lints them all with only the attribution plugin on at its default levels, checks the log
# with sarif-check when it is there, and scores it with flags_score.py.
#
#   Scripts/eval/attribution-flags.sh [--details] [GOLD.jsonl]
#       (default gold: Tests/AttributionPluginTests/Fixtures/flags.jsonl)
#
# COPYDESK=binary uses that binary instead of building one; COPYDESK_SHARED locates ../shared;
# COPYDESK_EVAL_KEEP=DIR keeps the texts and the log in DIR.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${COPYDESK_SHARED:-$root/../shared}
details=()
gold=$root/Tests/AttributionPluginTests/Fixtures/flags.jsonl
for argument in "$@"; do
  case "$argument" in
    --details) details=(--details) ;;
    -*) echo "usage: attribution-flags.sh [--details] [GOLD.jsonl]" >&2; exit 2 ;;
    *) gold=$argument ;;
  esac
done
[ -f "$gold" ] || { echo "attribution-flags.sh: no gold at $gold" >&2; exit 2; }

source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
copydesk=$(release_copydesk "$root")
config=$root/Scripts/eval/attribution/attribution-only.yml
source "$(dirname "${BASH_SOURCE[0]}")/../lib/eval-workdir.sh"
eval_workdir

python3 "$root/Scripts/eval/attribution/split.py" "$gold" "$work/texts"
(cd "$work/texts" && "$copydesk" lint . --config "$config" --format sarif --output "$work/flags.sarif" --fail-level none --quiet)
if [ -x "$shared/tools/sarif/sarif-check" ]; then
  mkdir -p "$work/sarif" && cp "$work/flags.sarif" "$work/sarif/"
  if "$shared/tools/sarif/sarif-check" --root "$work/texts" "$work/sarif" >"$work/sarif-check.log" 2>&1; then
    echo "sarif-check: $(tail -1 "$work/sarif-check.log")"
  else
    echo "sarif-check: FAILED" >&2
    grep -v "run-category" "$work/sarif-check.log" | tail -20 >&2
    exit 1
  fi
fi
echo "== $(basename "$gold" .jsonl)"
python3 "$root/Scripts/eval/attribution/flags_score.py" "$gold" "$work/flags.sarif" "${details[@]}"
