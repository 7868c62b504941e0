#!/usr/bin/env bash
# Hand-judging aid for the attribution check flags on real copy: lints the plain-text corpus
# (../shared/data/corpus/{bbc,reuters21578}) with only the attribution plugin on at its default
# levels, prints how many results each check flag has, then a seeded random sample of them with
# their context (corpus_flag_sample.py), for a person to judge. Nothing from the corpus is written
# into the repository: record verdicts by path and offset (see attribution/corpus-flag-judgements*.tsv).
#
#   Scripts/eval/attribution-corpus-sample.sh [--seed N] [--per-flag N] [--context N] [--flag RULE]
#       (defaults: seed 17, 20 per flag, 200 characters of context, all four check flags)
#
# COPYDESK=binary uses that binary instead of building one; COPYDESK_SHARED locates ../shared;
# COPYDESK_EVAL_KEEP=DIR keeps the SARIF log in DIR.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${COPYDESK_SHARED:-$root/../shared}
corpus=$shared/data/corpus
sample=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seed|--per-flag|--context|--flag)
      [ $# -ge 2 ] || { echo "attribution-corpus-sample.sh: $1 needs a value" >&2; exit 2; }
      sample+=("$1" "$2"); shift 2 ;;
    *) echo "usage: attribution-corpus-sample.sh [--seed N] [--per-flag N] [--context N] [--flag RULE]" >&2; exit 2 ;;
  esac
done
for dir in bbc reuters21578; do
  [ -d "$corpus/$dir" ] || { echo "attribution-corpus-sample.sh: no corpus folder $corpus/$dir" >&2; exit 2; }
done

source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
copydesk=$(release_copydesk "$root")
config=$root/Scripts/eval/attribution/attribution-only.yml
source "$(dirname "${BASH_SOURCE[0]}")/../lib/eval-workdir.sh"
eval_workdir

(cd "$corpus" && "$copydesk" lint bbc reuters21578 --config "$config" --format sarif --output "$work/corpus.sarif" --fail-level none --quiet)
python3 "$root/Scripts/eval/attribution/corpus_flag_sample.py" "$corpus" "$work/corpus.sarif" "${sample[@]}"
