#!/usr/bin/env bash
# A full prose lint against a peer prose linter, in the same run: `copydesk lint` with every
# built-in plugin and the default policy packs, and proselint (`pip install proselint`) with its
# default checks, over the same articles, each single-threaded, both writing JSON.
#
#   Benchmarks/prose-lint-vs-proselint.sh [-r RUNS] [FOLDER]
#
# FOLDER defaults to ../shared/data/corpus/bbc (2,225 articles). Runs alternate; the best of RUNS
# (default 3) counts. MB/s is given on wall time and on CPU time (user+sys, steadier on a shared
# machine); the ratio is Copydesk's throughput over proselint's. The two do different checks
# (Copydesk's include dates, quotes and sanctions lists): this measures what each costs per article.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=3
while getopts "r:" opt; do
  case $opt in
    r) runs=$OPTARG;;
    *) sed -n '2,10p' "$0"; exit 2;;
  esac
done
shift $((OPTIND - 1))
folder=${1:-${COPYDESK_SHARED:-$repo/../shared}/data/corpus/bbc}
[ -d "$folder" ] || { echo "no such folder: $folder" >&2; exit 2; }
command -v proselint >/dev/null || { echo "proselint not found: pip install proselint" >&2; exit 2; }
folder=$(cd "$folder" && pwd)

source "$repo/Scripts/lib/release-copydesk.sh"
source "$repo/Scripts/lib/timing.sh"
copydesk=$(release_copydesk "$repo")
work=$(mktemp -d -t copydesk-prose-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

bytes=$(find "$folder" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')
files=$(find "$folder" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
for _ in $(seq "$runs"); do
  timed "$work/copydesk.times" "$work/copydesk.json" "$copydesk" lint --jobs 1 --format json --fail-level none "$folder"
  timed "$work/proselint.times" "$work/proselint.json" proselint check -o json "$folder"
done

findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/copydesk.json")
diagnostics=$(python3 -c 'import json,sys; print(sum(len(f["diagnostics"]) for f in json.load(open(sys.argv[1]))["result"].values()))' "$work/proselint.json")
awk -v b="$bytes" -v f="$files" -v r="$runs" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    -v cw="$(best_wall "$work/copydesk.times")" -v cc="$(best_cpu "$work/copydesk.times")" \
    -v pw="$(best_wall "$work/proselint.times")" -v pc="$(best_cpu "$work/proselint.times")" \
    -v findings="$findings" -v diagnostics="$diagnostics" 'BEGIN {
  mb = b / 1e6
  printf "# %d articles, %.2f MB; best of %d runs; load average %s\n", f, mb, r, load
  printf "%-46s %8s %8s %8s %9s\n", "run (single-threaded)", "wall_s", "MB/s", "cpu_s", "cpuMB/s"
  printf "%-46s %8.3f %8.2f %8.3f %9.2f\n", "copydesk lint (" findings " findings)", cw, mb / cw, cc, mb / cc
  printf "%-46s %8.3f %8.2f %8.3f %9.2f\n", "proselint check (" diagnostics " diagnostics)", pw, mb / pw, pc, mb / pc
  printf "RATIO copydesk/proselint: %.2f (wall), %.2f (cpu)\n", pw / cw, pc / cc
}'
