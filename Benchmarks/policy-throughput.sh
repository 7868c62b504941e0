#!/usr/bin/env bash
# Policy-engine throughput: Copydesk against ripgrep on the same 30 patterns, in the same run.
#
#   Benchmarks/policy-throughput.sh [-r RUNS] [-b COPYDESK_BINARY]
#
# Writes ../shared/bench/patterns30.txt as a policy pack (one existence rule per pattern) into a
# temporary folder, then lints ../shared/data/corpus/{bbc,reuters21578} single-threaded with a
# release build (`copydesk lint --jobs 1`, only the policies plugin on) and runs `rg -j1` with the
# same patterns over the same files. Runs alternate; the best wall time of RUNS (default 3) counts.
# Prints MB/s on wall time and on CPU time (user+sys, steadier on a shared machine) and the ratios.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=${COPYDESK_SHARED:-$repo/../shared}
runs=3
binary=""
while getopts "r:b:" opt; do
  case $opt in
    r) runs=$OPTARG;;
    b) binary=$OPTARG;;
    *) sed -n '2,10p' "$0"; exit 2;;
  esac
done

patterns="$shared/bench/patterns30.txt"
corpus="$shared/data/corpus"
[ -f "$patterns" ] && [ -d "$corpus/bbc" ] && [ -d "$corpus/reuters21578" ] || {
  echo "needs $patterns and $corpus/{bbc,reuters21578}" >&2; exit 2; }
command -v rg >/dev/null || { echo "ripgrep not found: apt-get install ripgrep" >&2; exit 2; }

if [ -n "$binary" ]; then
  binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
else
  (cd "$repo" && swift build -c release --product copydesk >&2)
  binary="$repo/.build/release/copydesk"
fi

work=$(mktemp -d -t copydesk-policy-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
count=$(python3 "$here/make-bench-pack.py" "$patterns" "$work")
cat > "$work/copydesk.yml" <<YAML
packs: [./bench]
plugins:
  dates: off
  attribution: off
  sanctions: off
  stale-timestamps: off
YAML

bytes=$(find "$corpus/bbc" "$corpus/reuters21578" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$corpus/bbc" "$corpus/reuters21578" -type f | wc -l)

# One timed run: prints "wall cpu"; fails when the tool exits with 2 or more.
timed() {
  local out=$1; shift
  local start end status
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" > "$out"
  status=$?
  set -e
  end=$(date +%s.%N)
  if [ "$status" -ge 2 ]; then echo "$1 failed with status $status" >&2; exit 1; fi
  awk -v s="$start" -v e="$end" '{printf "%.3f %.3f\n", e - s, $1 + $2}' "$work/time"
}

cd "$corpus"
best() { sort -n | head -1; }
: > "$work/copydesk.times"; : > "$work/rg.times"
for _ in $(seq "$runs"); do
  timed "$work/copydesk.json" "$binary" lint --config "$work/copydesk.yml" --jobs 1 --format json --quiet \
    --output "$work/copydesk.out.json" bbc reuters21578 >> "$work/copydesk.times"
  timed "$work/rg.json" rg -j1 --json --no-ignore --hidden -f "$patterns" bbc reuters21578 >> "$work/rg.times"
done

findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/copydesk.out.json" 2>/dev/null || echo "?")
rg_matches=$(grep -c '"type":"match"' "$work/rg.json" || true)
read -r cd_wall cd_cpu < <(sort -n "$work/copydesk.times" | head -1)
read -r rg_wall rg_cpu < <(sort -n "$work/rg.times" | head -1)
cd_cpu=$(sort -k2 -n "$work/copydesk.times" | head -1 | cut -d' ' -f2)
rg_cpu=$(sort -k2 -n "$work/rg.times" | head -1 | cut -d' ' -f2)

awk -v b="$bytes" -v f="$files" -v n="$count" -v r="$runs" -v cw="$cd_wall" -v cc="$cd_cpu" -v rw="$rg_wall" -v rc="$rg_cpu" \
    -v cf="$findings" -v rm="$rg_matches" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  mb = b / 1e6
  printf "# corpus: bbc + reuters21578, %d files, %.2f MB; %d patterns; best of %d runs; load %s\n", f, mb, n, r, load
  printf "%-22s %9s %9s %9s %10s  %s\n", "tool", "wall_s", "MB/s", "cpu_s", "cpuMB/s", "output"
  printf "%-22s %9.3f %9.2f %9.3f %10.2f  %s findings\n", "copydesk lint --jobs 1", cw, mb / cw, cc, mb / cc, cf
  printf "%-22s %9.3f %9.2f %9.3f %10.2f  %s matching lines\n", "rg -j1", rw, mb / rw, rc, mb / rc, rm
  printf "ratio copydesk/rg: %.2f (wall), %.2f (cpu)\n", rw / cw, rc / cc
}'
