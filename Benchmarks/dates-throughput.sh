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
source "$(dirname "${BASH_SOURCE[0]}")/../Scripts/lib/release-copydesk.sh"
copydesk="$(release_copydesk "$repo")"

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

# Prints "wall cpu" seconds of one lint run (cpu = user + system, less sensitive to a busy machine).
# A failed lint (any status but 0: --fail-level none) stops the script: inside $(…) `set -e` is
# off, so the status is checked by hand, not read from a pipeline's last command.
time_run() {
    local config="$1" started finished status=0
    started=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$work/time.txt" "$copydesk" lint "$corpus/bbc" "$corpus/reuters21578" --config "$config" \
        --reference-date 1987-06-01 --format json --min-level error --fail-level none --quiet --jobs "$jobs" \
        --output "$work/out.json" >/dev/null || status=$?
    finished=$(date +%s.%N)
    if [ "$status" -ne 0 ]; then
        echo "dates-throughput.sh: copydesk lint --config $config failed with status $status" >&2
        return 1
    fi
    python3 -c "u, s = open('$work/time.txt').read().split()[-2:]; print($finished - $started, float(u) + float(s))"
}

# The fastest of three runs, wall and CPU separately.
fastest() {
    local config="$1" runs="" run
    for _ in 1 2 3; do run=$(time_run "$config") || exit 1; runs="$runs$run;"; done
    python3 -c "r = [tuple(map(float, x.split())) for x in '$runs'.split(';') if x]; print(min(w for w, _ in r), min(c for _, c in r))"
}

# A warm-up run fills the page cache.
time_run "$work/none.yml" > /dev/null
baseline=$(fastest "$work/none.yml") || exit 1
with_dates=$(fastest "$work/dates.yml") || exit 1

python3 - "$bytes" "$jobs" $baseline $with_dates <<'PY'
import sys
size, jobs = int(sys.argv[1]), sys.argv[2]
base_wall, base_cpu, dates_wall, dates_cpu = map(float, sys.argv[3:7])
mb = size / 1e6
print(f"corpus: {mb:.1f} MB (bbc + reuters21578), {jobs} thread(s); fastest of 3 runs")
print(f"                          wall          CPU")
print(f"lint, all plugins off:   {base_wall:6.2f} s      {base_cpu:6.2f} s")
print(f"lint, dates plugin only: {dates_wall:6.2f} s      {dates_cpu:6.2f} s")
wall, cpu = max(dates_wall - base_wall, 1e-9), max(dates_cpu - base_cpu, 1e-9)
print(f"dates plugin alone:      {wall:6.2f} s ({mb / wall:5.1f} MB/s)  {cpu:6.2f} s ({mb / cpu:5.1f} MB/s of CPU)")
PY
