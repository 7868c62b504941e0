#!/usr/bin/env bash
# Rebuilds the embedded default index (OFAC SDN + UN + UK: public domain and OGL lists only; never
# the EU files) from the snapshots in ../shared/data/sanctions. OFSI's Consolidated List (the UK's
# other publication, a workbook in the snapshot) is read as a supplement: it adds the positions
# ("President of Belarus") and non-Latin names of the UK entries, and no entry of its own (its
# snapshot is older than the UK Sanctions List tables, so entries since delisted stay out).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
data="${SHARED:-$repo/../shared}/data/sanctions"
(cd "$repo" && swift build -c release --product copydesk >&2)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$repo/Scripts/eval/sanctions/xlsx_to_csv.py" "$data/uk_ofsi/UK_Sanctions_List.xlsx" "$work/ConList.csv"
"$repo/.build/release/copydesk" sanctions build-index \
  --list "ofac-sdn=$data/ofac_sdn@2025-12-24 (names 2024-07-02, aliases 2025-12-24)" \
  --names-from "$data/ofac_non_sdn/cons_prim.csv" \
  --list "un-xml=$data/un_sc/consolidated.xml" \
  --list "uk-fcdo=$data/uk_fcdo" \
  --supplement "uk-ofsi=$work/ConList.csv" \
  --output "$repo/Plugins/Sanctions/Resources/default-index.cdsx"
# The index is linked into copydesk: record its new checksum so that the build takes it.
"$repo/Scripts/embed-shipped-data"
