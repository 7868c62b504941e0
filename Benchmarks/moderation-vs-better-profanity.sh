#!/usr/bin/env bash
# Moderation throughput on short texts against a peer, in the same run: `copydesk lint -j1` with
# the comments profile (every moderation rule, the pii pack; verdict off) and better_profanity 0.7
# (`pip install better_profanity`, a word-list filter with leetspeak variants) checking every
# comment, each single-threaded, over the same comments written one file each.
#
#   Benchmarks/moderation-vs-better-profanity.sh [-r RUNS] [GOLD.jsonl]
#
# GOLD defaults to ../shared/eval/moderation/dev.jsonl (2,000 comments). Runs alternate; the best of
# RUNS (default 3) counts. Comments per second on wall time and on CPU time (user+sys, steadier on
# a shared machine), both including start-up (Copydesk: one process for the folder; the peer: one
# Python process that loads its list once); the ratio is Copydesk's rate over the peer's.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=3
while getopts "r:" opt; do
  case $opt in
    r) runs=$OPTARG;;
    *) sed -n '2,11p' "$0"; exit 2;;
  esac
done
shift $((OPTIND - 1))
gold=${1:-${COPYDESK_SHARED:-$repo/../shared}/eval/moderation/dev.jsonl}
[ -f "$gold" ] || { echo "no such file: $gold" >&2; exit 2; }
python3 -c 'import better_profanity' 2>/dev/null || { echo "better_profanity not found: pip install better_profanity" >&2; exit 2; }

source "$repo/Scripts/lib/release-copydesk.sh"
source "$repo/Scripts/lib/timing.sh"
copydesk=$(release_copydesk "$repo")
work=$(mktemp -d -t copydesk-moderation-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$repo/Scripts/eval/moderation/split.py" "$gold" "$work/texts"
printf 'root: true\nprofile: comments\nrules:\n  moderation/verdict: off\n' >"$work/comments.yml"
cat >"$work/peer.py" <<'PY'
import os, sys
from better_profanity import profanity
profanity.load_censor_words()
folder = sys.argv[1]
flagged = 0
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        flagged += profanity.contains_profanity(f.read())
print(flagged)
PY
files=$(find "$work/texts" -name '*.txt' | wc -l)
for _ in $(seq "$runs"); do
  timed "$work/copydesk.times" "$work/copydesk.json" "$copydesk" lint --jobs 1 --config "$work/comments.yml" --format json --fail-level none "$work/texts"
  timed "$work/peer.times" "$work/peer.out" python3 "$work/peer.py" "$work/texts"
done
flagged=$(python3 -c 'import json,sys; print(len({r["path"] for r in json.load(open(sys.argv[1]))["results"]}))' "$work/copydesk.json")
awk -v n="$files" -v r="$runs" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    -v cw="$(best_wall "$work/copydesk.times")" -v cc="$(best_cpu "$work/copydesk.times")" \
    -v pw="$(best_wall "$work/peer.times")" -v pc="$(best_cpu "$work/peer.times")" \
    -v flagged="$flagged" -v peer="$(cat "$work/peer.out")" 'BEGIN {
  printf "# %d comments; best of %d runs; load average %s\n", n, r, load
  printf "%-52s %8s %10s %8s %10s\n", "run (single-threaded)", "wall_s", "comments/s", "cpu_s", "per cpu_s"
  printf "%-52s %8.3f %10.0f %8.3f %10.0f\n", "copydesk lint --profile comments (" flagged " with findings)", cw, n / cw, cc, n / cc
  printf "%-52s %8.3f %10.0f %8.3f %10.0f\n", "better_profanity 0.7 (" peer " flagged)", pw, n / pw, pc, n / pc
  printf "RATIO copydesk/better_profanity: %.2f (wall), %.2f (cpu)\n", pw / cw, pc / cc
}'
