#!/usr/bin/env bash
# Policy-engine throughput: Copydesk against ripgrep on the same 30 patterns, in the same run.
#
#   Benchmarks/policy-throughput.sh [-r RUNS] [-b COPYDESK_BINARY]
#
# Writes ../shared/bench/patterns30.txt as a policy pack (one existence rule per pattern) into a
# temporary folder, then lints ../shared/data/corpus/{bbc,reuters21578} single-threaded with a
# release build (`copydesk lint --jobs 1`, only the policies plugin on, every finding written as
# JSON) and runs `rg -j1 --json` with the same patterns over the same files. Runs alternate; the
# best of RUNS (default 3) counts. Two more Copydesk runs split the time: one with the findings
# computed but not reported (`--min-level error`; the rules are notes) and one with the policies
# plugin off (reading, parsing and walking only). MB/s is given on wall time and on CPU time
# (user+sys, steadier on a shared machine); the ratio is Copydesk's throughput over ripgrep's.
#
# Then word lists: 3,000 lower-case words sampled across Plugins/Sanctions/Resources/english-words.txt,
# once as one caseless rule with 3,000 `tokens` and once as 3,000 one-word rules, each linted over
# the same files the same way (best of RUNS). It prints each one's setup time (loading and compiling
# the pack: the CPU time of a lint of one file minus that of the same lint with policies off), the
# engine's CPU time over the corpus
# (lint minus the policies-off run) and the ratio of the two engines' throughput (one rule over
# many: at least 1 means the list is at least as fast as the rules).
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
    *) sed -n '2,15p' "$0"; exit 2;;
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
  source "$repo/Scripts/lib/release-copydesk.sh"
  binary=$(release_copydesk "$repo")
fi

work=$(mktemp -d -t copydesk-policy-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
count=$(python3 "$here/make-bench-pack.py" "$patterns" "$work")
word_count=$(python3 "$here/make-bench-pack.py" --words "$repo/Plugins/Sanctions/Resources/english-words.txt" 3000 "$work")
plugins_off='  dates: off
  attribution: off
  sanctions: off
  stale-timestamps: off
  moderation: off'
printf 'packs: [./bench]\nplugins:\n%s\n' "$plugins_off" > "$work/copydesk.yml"
for pack in wordlist-one wordlist-many; do
  printf 'packs: [./%s]\nplugins:\n%s\n' "$pack" "$plugins_off" > "$work/$pack.yml"
done
printf 'plugins:\n%s\n  policies: off\n' "$plugins_off" > "$work/engine-only.yml"

bytes=$(find "$corpus/bbc" "$corpus/reuters21578" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$corpus/bbc" "$corpus/reuters21578" -type f | wc -l)

source "$repo/Scripts/lib/timing.sh"

cd "$corpus"
lint=("$binary" lint --jobs 1 --format json --quiet bbc reuters21578)
for _ in $(seq "$runs"); do
  timed "$work/full.times" /dev/null "${lint[@]}" --config "$work/copydesk.yml" --output "$work/copydesk.json"
  timed "$work/rg.times" "$work/rg.json" rg -j1 --json --no-ignore --hidden -f "$patterns" bbc reuters21578
  timed "$work/silent.times" /dev/null "${lint[@]}" --config "$work/copydesk.yml" --min-level error --output "$work/silent.json"
  timed "$work/engine.times" /dev/null "${lint[@]}" --config "$work/engine-only.yml" --output "$work/engine.json"
  for pack in wordlist-one wordlist-many; do
    timed "$work/$pack.times" /dev/null "${lint[@]}" --config "$work/$pack.yml" --output "$work/$pack.json"
  done
done
# Setup (pack loading and compiling) of each word-list pack: a lint of one file, against policies off.
one_file=$(find bbc -type f | sort | head -1)
for _ in $(seq "$runs"); do
  for config in engine-only wordlist-one wordlist-many; do
    timed "$work/$config.setup" /dev/null "${lint[@]:0:7}" --config "$work/$config.yml" --output "$work/setup.json" "$one_file"
  done
done
findings_of() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$1"; }

findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/copydesk.json")
rg_lines=$(grep -c '"type":"match"' "$work/rg.json" || true)

awk -v b="$bytes" -v f="$files" -v n="$count" -v r="$runs" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    -v fw="$(best_wall "$work/full.times")" -v fc="$(best_cpu "$work/full.times")" \
    -v sw="$(best_wall "$work/silent.times")" -v sc="$(best_cpu "$work/silent.times")" \
    -v ew="$(best_wall "$work/engine.times")" -v ec="$(best_cpu "$work/engine.times")" \
    -v rw="$(best_wall "$work/rg.times")" -v rc="$(best_cpu "$work/rg.times")" \
    -v findings="$findings" -v lines="$rg_lines" 'BEGIN {
  mb = b / 1e6
  printf "# corpus: bbc + reuters21578, %d files, %.2f MB; %d patterns; best of %d runs; load average %s\n", f, mb, n, r, load
  printf "%-44s %8s %8s %8s %9s\n", "run (single-threaded)", "wall_s", "MB/s", "cpu_s", "cpuMB/s"
  printf "%-44s %8.3f %8.2f %8.3f %9.2f\n", "copydesk lint --jobs 1 (" findings " findings as JSON)", fw, mb / fw, fc, mb / fc
  printf "%-44s %8.3f %8.2f %8.3f %9.2f\n", "rg -j1 --json (" lines " matching lines)", rw, mb / rw, rc, mb / rc
  printf "%-44s %8.3f %8.2f %8.3f %9.2f\n", "copydesk, findings not reported", sw, mb / sw, sc, mb / sc
  printf "%-44s %8.3f %8.2f %8.3f %9.2f\n", "copydesk, policies off (read/parse/walk)", ew, mb / ew, ec, mb / ec
  if (sc > ec) printf "policy engine alone (cpu, not-reported minus off): %.2f MB/s\n", mb / (sc - ec)
  printf "RATIO copydesk/rg -j1: %.2f (wall), %.2f (cpu)\n", rw / fw, rc / fc
}'

awk -v b="$bytes" -v n="$word_count" -v ec="$(best_cpu "$work/engine.times")" \
    -v oc="$(best_cpu "$work/wordlist-one.times")" -v mc="$(best_cpu "$work/wordlist-many.times")" \
    -v s0="$(best_cpu "$work/engine-only.setup")" \
    -v os="$(best_cpu "$work/wordlist-one.setup")" -v ms="$(best_cpu "$work/wordlist-many.setup")" \
    -v of="$(findings_of "$work/wordlist-one.json")" -v mf="$(findings_of "$work/wordlist-many.json")" 'BEGIN {
  mb = b / 1e6
  printf "# word lists: %d words, caseless; setup = one-file lint cpu minus policies off; engine = lint cpu minus policies off\n", n
  printf "%-44s %8s %8s %9s %9s\n", "run (single-threaded)", "setup_s", "cpu_s", "engine_s", "engMB/s"
  printf "%-44s %8.3f %8.3f %9.3f %9.2f\n", "one rule, " n " tokens (" of " findings)", os - s0, oc, oc - ec, (oc > ec ? mb / (oc - ec) : 0)
  printf "%-44s %8.3f %8.3f %9.3f %9.2f\n", n " one-word rules (" mf " findings)", ms - s0, mc, mc - ec, (mc > ec ? mb / (mc - ec) : 0)
  printf "RATIO word list one rule/%d rules: %.2f (engine cpu throughput), %.2f (whole lint cpu)\n", n, (oc > ec && mc > ec ? (mc - ec) / (oc - ec) : 0), mc / oc
}'
