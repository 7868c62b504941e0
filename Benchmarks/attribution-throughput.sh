#!/usr/bin/env bash
# Throughput of the attribution plugin on the shared plain-text corpus (bbc + reuters21578),
# release build: lints the corpus with only the attribution plugin on, then with every plugin off
# (the engine's own cost: reading, prose extraction, SARIF), and prints MB/s for both; then runs
# the plugin alone in-process on one thread (AttributionThroughputTests).
#
#   Benchmarks/attribution-throughput.sh [CORPUS_DIR...]   (default: ../shared/data/corpus/{bbc,reuters21578})
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${COPYDESK_SHARED:-$root/../shared}
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$shared/data/corpus/bbc" "$shared/data/corpus/reuters21578")
for dir in "${dirs[@]}"; do [ -d "$dir" ] || { echo "no such corpus folder: $dir" >&2; exit 2; }; done

source "$(dirname "${BASH_SOURCE[0]}")/../Scripts/lib/release-copydesk.sh"
copydesk=$(release_copydesk "$root")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/none.yml" <<'YAML'
plugins:
  dates: off
  sanctions: off
  stale-timestamps: off
  attribution: off
  policies: off
YAML

bytes=$(find "${dirs[@]}" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
files=$(find "${dirs[@]}" -type f | wc -l)
echo "corpus: $files files, $bytes bytes"

run() {
  local label=$1 config=$2
  local start end
  start=$(date +%s.%N)
  "$copydesk" lint "${dirs[@]}" --config "$config" --format sarif --output "$work/$label.sarif" --fail-level none --quiet
  end=$(date +%s.%N)
  python3 - "$label" "$bytes" "$start" "$end" "$work/$label.sarif" <<'PY'
import json, sys
label, size, start, end, log = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
seconds = end - start
results = sum(len(run.get("results", [])) for run in json.load(open(log, encoding="utf-8"))["runs"])
print(f"{label}: {seconds:.2f} s, {size / seconds / 1e6:.2f} MB/s, {results} results")
PY
  python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$end" >"$work/$label.seconds"
}
run attribution-only "$root/Scripts/eval/attribution/attribution-only.yml"
run engine-only "$work/none.yml"
python3 - "$bytes" "$(cat "$work/attribution-only.seconds")" "$(cat "$work/engine-only.seconds")" <<'PY'
import sys
size, with_plugin, without = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
extra = with_plugin - without
if extra > 0:
    print(f"attribution plugin alone (extra time over the engine, results included): {extra:.2f} s, {size / extra / 1e6:.2f} MB/s")
PY
echo "cores: $(nproc)"
# The plugin alone, in-process and single-threaded (release build of the test target).
corpus=$(IFS=:; echo "${dirs[*]}")
status=0
(cd "$root" && ATTRIBUTION_THROUGHPUT_CORPUS="$corpus" swift test -c release --filter AttributionThroughputTests) \
  >"$work/in-process.log" 2>&1 || status=$?
grep -E "attribution plugin in-process|error:" "$work/in-process.log" || true
if [ "$status" -ne 0 ] || ! grep -q "attribution plugin in-process" "$work/in-process.log"; then
  tail -30 "$work/in-process.log" >&2
  echo "attribution-throughput.sh: the in-process measurement failed (swift test exited $status)" >&2
  exit 1
fi
