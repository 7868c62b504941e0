#!/usr/bin/env bash
# What a full `copydesk lint` over the shared news corpus costs: wall time, CPU time, peak
# memory and throughput, with every built-in plugin and the default policy packs, SARIF output.
#
#   Benchmarks/corpus-run.sh [CORPUS_DIR] [JOBS]
#
# CORPUS_DIR defaults to ../shared/data/corpus (its bbc/ and reuters21578/ folders are linted:
# 21,268 plain-text files, 22 MB), or is a folder of copies made by ../shared/data/corpus/scale.sh
# (copy-0001/bbc, …: every copy is linted); JOBS defaults to one per core.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpus}
jobs=${2:-0}
source Scripts/lib/release-copydesk.sh
copydesk=$(release_copydesk .)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ -d "$corpus/bbc" ]; then targets=("$corpus/bbc" "$corpus/reuters21578"); else targets=("$corpus"/copy-*); fi
bytes=$(find "${targets[@]}" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
files=$(find "${targets[@]}" -type f | wc -l)
status=0
/usr/bin/time -v -o "$out/time.txt" "$copydesk" lint "${targets[@]}" \
  --format sarif --output "$out/corpus.sarif" --jobs "$jobs" --fail-level none || status=$?
[ "$status" -eq 0 ] || { echo "copydesk exited with $status" >&2; exit 1; }
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time.txt")
user=$(awk -F': ' '/User time/ {print $2}' "$out/time.txt")
sys=$(awk -F': ' '/System time/ {print $2}' "$out/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
seconds=$(python3 -c "import sys; p=sys.argv[1].split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))))" "$wall")
# One "ruleId" key per result (a log of several copies is too large to load whole in Python).
results=$(grep -o '"ruleId":' "$out/corpus.sarif" | wc -l)
python3 - "$files" "$bytes" "$seconds" "$user" "$sys" "$rss" "$results" <<'PY'
import sys
files, size, wall, user, system, rss, results = sys.argv[1:]
size, wall, cpu = int(size), float(wall), float(user) + float(system)
print(f"files        {int(files):,}")
print(f"bytes        {size:,}")
print(f"wall time    {wall:.2f} s")
print(f"CPU time     {cpu:.2f} s (user {float(user):.2f}, sys {float(system):.2f})")
print(f"peak memory  {int(rss) / 1024:.0f} MiB")
print(f"throughput   {size / wall / 1e6:.2f} MB/s wall, {size / cpu / 1e6:.2f} MB/s per CPU-second")
print(f"results      {int(results):,}")
PY
