#!/usr/bin/env bash
# Sanctions benchmark (not a timed test): release build, embedded OFAC + UN + UK index, the plain-text
# corpus (BBC + Reuters-21578, ../shared/data/corpus). Prints the index load time (from the compact
# file) and the single-thread scan throughput, both as wall time and as CPU time of the scanning
# thread (MB/s per core, independent of other load on the machine).
# Usage: Benchmarks/sanctions-scan.sh [PATH...]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${SHARED:-$repo/../shared}/data/corpus"
source "$(dirname "${BASH_SOURCE[0]}")/../Scripts/lib/release-copydesk.sh"
copydesk=$(release_copydesk "$repo")
if [ "$#" -eq 0 ]; then set -- "$corpus/bbc" "$corpus/reuters21578"; fi
paths=()
for path in "$@"; do paths+=("$(cd "$(dirname "$path")" && pwd)/$(basename "$path")"); done
cd "$(mktemp -d)"
printf 'packs: []\n' > .copydesk.yml
"$copydesk" sanctions scan --config .copydesk.yml "${paths[@]}"
