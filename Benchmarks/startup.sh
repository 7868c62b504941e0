#!/usr/bin/env bash
# Start-up benchmark (not a timed test): one small article linted with the default configuration
# as SARIF (Examples/harbour-council.md, the shipped index and packs), `copydesk --version`, and
# ripgrep searching the same file, run side by side by hyperfine. Prints each one's best wall time
# of RUNS (default 10), its mean CPU time (user + system: on a machine shared with builds, the
# figure to compare), the ratio to rg, and the shared libraries the executable loads.
# Usage: [RUNS=10] Benchmarks/startup.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
source "$(dirname "${BASH_SOURCE[0]}")/../Scripts/lib/release-copydesk.sh"
copydesk=$(release_copydesk "$repo")
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install hyperfine" >&2; exit 2; }
command -v rg >/dev/null || { echo "ripgrep not found: apt-get install ripgrep" >&2; exit 2; }
runs=${RUNS:-10}
article="$repo/Examples/harbour-council.md"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
cd "$repo"
hyperfine --style none --shell none --warmup 3 --runs "$runs" --ignore-failure --export-json "$json" \
    -n article "$copydesk lint $article --format sarif --output /dev/null" \
    -n version "$copydesk --version" \
    -n rg "rg -j1 --json ferry $article" 2>&1 >/dev/null | grep -v "Ignoring non-zero exit code" >&2 || true
python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rg = results["rg"]
def cpu(r): return (r["user"] + r["system"]) * 1000
print(f"{'run':<8} {'best wall ms':>12} {'mean CPU ms':>12} {'wall ×rg':>9} {'CPU ×rg':>8}")
for name in ("article", "version", "rg"):
    r = results[name]
    print(f"{name:<8} {r['min'] * 1000:>12.1f} {cpu(r):>12.1f} {r['min'] / rg['min']:>9.1f} {cpu(r) / cpu(rg):>8.1f}")
PY
echo "shared libraries loaded by copydesk: $(ldd "$copydesk" | wc -l)"
