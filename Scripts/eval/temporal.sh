#!/usr/bin/env bash
# Runs the dates plugin over the TempEval-3 training set through the copydesk CLI (one SARIF file
# per document) and prints the shipped scorer's figures (strict/relaxed P/R/F1, type F1, value F1).
#
# Usage: Scripts/eval/temporal.sh [extra scorer flags, e.g. --errors]
# Needs ../shared/eval/temporal (beside the repository) and python3.
# COPYDESK_EVAL_KEEP=DIR keeps the texts and logs in DIR instead of a temporary folder (Scripts/compare-outputs).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
eval_dir="${COPYDESK_TEMPORAL_EVAL:-$repo/../shared/eval/temporal}"
gold="$eval_dir/train/train.jsonl"
if [[ ! -f "$gold" ]]; then
    echo "temporal.sh: $gold not found (expected ../shared/eval/temporal beside the repository)" >&2
    exit 2
fi

cd "$repo"
source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
copydesk="$(release_copydesk "$repo")"

source "$(dirname "${BASH_SOURCE[0]}")/../lib/eval-workdir.sh"
eval_workdir
mkdir -p "$work/text" "$work/sarif"

# Only the dates plugin's fact tag: the scorer reads every result whose rule id starts with "date".
cat > "$work/copydesk.yml" <<'YAML'
plugins:
  attribution: off
  sanctions: off
  stale-timestamps: off
  policies: off
rules:
  dates/weekday-mismatch: off
  dates/invalid-date: off
  dates/ambiguous-numeric: off
  dates/unresolved-relative: off
  dates/house-style: off
YAML

# One text file per document, and its reference date (the raw DCT value when it has a time).
python3 "$repo/Scripts/eval/temporal/split_documents.py" "$gold" "$work/text" > "$work/documents.tsv"

export copydesk work
run_one() {
    local doc="$1" reference="$2"
    "$copydesk" lint "$work/text/$doc.txt" --reference-date "$reference" --config "$work/copydesk.yml" \
        --format sarif --fail-level none --quiet --output "$work/sarif/$doc.sarif"
}
export -f run_one
started=$(date +%s.%N)
xargs -P2 -L1 bash -c 'run_one "$0" "$1"' < "$work/documents.tsv"
finished=$(date +%s.%N)
echo "linted $(wc -l < "$work/documents.tsv") documents in $(python3 -c "print(f'{$finished - $started:.1f}')") s" >&2

python3 "$eval_dir/score.py" "$gold" "$work/sarif" "$@"
