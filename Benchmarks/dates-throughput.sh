#!/usr/bin/env bash
# Throughput of the dates plugin on the benchmark corpus (../shared/data/corpus: bbc/ and
# reuters21578/, 21,268 plain-text articles). Builds copydesk in release mode and times two lint
# runs on one thread: every plugin off (reading, prose building), and the dates plugin alone with
# all its rules. Both report only errors (--min-level error), so that writing the ~110,000
# dates/expression notes does not count as the plugin's time. The difference is the plugin's own
# time; each run is repeated and the fastest kept.
#
# Usage: Benchmarks/dates-throughput.sh [jobs]   (default 1 thread, for a per-core figure)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${COPYDESK_CORPUS:-$repo/../shared/data/corpus}"
jobs="${1:-1}"
if [[ ! -d "$corpus/bbc" || ! -d "$corpus/reuters21578" ]]; then
    echo "dates-throughput.sh: $corpus/bbc and $corpus/reuters21578 not found" >&2
    exit 2
fi

cd "$repo"
swift build -c release --product copydesk >&2
copydesk="$(swift build -c release --show-bin-path)/copydesk"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/none.yml" <<'YAML'
plugins:
  dates: off
  attribution: off
  sanctions: off
  stale-timestamps: off
  policies: off
YAML
cat > "$work/dates.yml" <<'YAML'
plugins:
  attribution: off
  sanctions: off
  stale-timestamps: off
  policies: off
rules:
  dates/house-style: warning
YAML

bytes=$(find "$corpus/bbc" "$corpus/reuters21578" -type f -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)

time_run() {
    local config="$1" started finished
    started=$(date +%s.%N)
    "$copydesk" lint "$corpus/bbc" "$corpus/reuters21578" --config "$config" --reference-date 1987-06-01 \
        --format json --min-level error --fail-level none --quiet --jobs "$jobs" --output "$work/out.json"
    finished=$(date +%s.%N)
    python3 -c "print($finished - $started)"
}

fastest() {
    local config="$1" best="" t
    for _ in 1 2 3; do
        t=$(time_run "$config")
        best=$(python3 -c "print(min(float('$t'), float('${best:-$t}')))")
    done
    echo "$best"
}

# A warm-up run fills the page cache.
time_run "$work/none.yml" > /dev/null
baseline=$(fastest "$work/none.yml")
with_dates=$(fastest "$work/dates.yml")
findings=$(python3 -c "import json,sys; d=json.load(open('$work/out.json')); r=d.get('results', d.get('findings', d)) if isinstance(d, dict) else d; print(len(r) if isinstance(r, list) else '?')" 2>/dev/null || echo "?")

python3 - "$bytes" "$baseline" "$with_dates" "$jobs" "$findings" <<'PY'
import sys
size, base, dates, jobs, findings = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
mb = size / 1e6
plugin = max(dates - base, 1e-9)
print(f"corpus: {mb:.1f} MB (bbc + reuters21578), {jobs} thread(s)")
print(f"lint, all plugins off:   {base:6.2f} s  {mb / base:7.1f} MB/s")
print(f"lint, dates plugin only: {dates:6.2f} s  {mb / dates:7.1f} MB/s  ({findings} error findings reported)")
print(f"dates plugin alone:      {plugin:6.2f} s  {mb / plugin:7.1f} MB/s")
PY
