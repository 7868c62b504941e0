#!/usr/bin/env bash
# Rebuilds the embedded default index (OFAC SDN + UN + UK: public domain and OGL lists only; never
# the EU files) from the snapshots in ../shared/data/sanctions.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
data="${SHARED:-$repo/../shared}/data/sanctions"
(cd "$repo" && swift build -c release --product copydesk >&2)
"$repo/.build/release/copydesk" sanctions build-index \
  --list "ofac-sdn=$data/ofac_sdn@2025-12-24 (names 2024-07-02, aliases 2025-12-24)" \
  --names-from "$data/ofac_non_sdn/cons_prim.csv" \
  --list "un-xml=$data/un_sc/consolidated.xml" \
  --list "uk-fcdo=$data/uk_fcdo" \
  --output "$repo/Plugins/Sanctions/Resources/default-index.cdsx"
# The index is linked into copydesk: record its new checksum so that the build takes it.
"$repo/Scripts/embed-shipped-data"
