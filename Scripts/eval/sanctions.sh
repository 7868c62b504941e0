#!/usr/bin/env bash
# Scores the sanctions plugin on ../shared/eval/sanctions/dev.jsonl through the CLI:
# each dev text becomes <id>.txt, `copydesk lint` writes <id>.sarif, and the shipped scorer reads them.
# Lists: OFAC SDN + UN + UK (the shipped default's sources) plus the EU journal annexes, which are
# licensed for non-commercial use and so are read from ../shared at run time, never shipped.
# With SHIPPED=1 the embedded default index is used instead (no EU annexes, no list files read).
# GOLD_LISTS=ofac-sdn,un,uk scores only the gold mentions of entities those lists carry (what the
# shipped index can know); PER_CATEGORY=1 adds a row per line category (the lines' first tag).
# Usage: [SHIPPED=1] [GOLD_LISTS=…] [PER_CATEGORY=1] Scripts/eval/sanctions.sh [GOLD.jsonl] [--details|--per-kind]
# COPYDESK_EVAL_KEEP=DIR keeps the texts and logs in DIR instead of a temporary folder (Scripts/compare-outputs).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
gold="${1:-$shared/eval/sanctions/dev.jsonl}"
shift || true
data="$shared/data/sanctions"
source "$(dirname "${BASH_SOURCE[0]}")/../lib/eval-workdir.sh"
eval_workdir

source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
bin=$(release_copydesk "$repo")

mkdir -p "$work/texts" "$work/sarif"
if [ -n "${GOLD_LISTS:-}" ]; then
  python3 "$repo/Scripts/eval/sanctions/restrict_gold.py" "$gold" "$work/gold.jsonl" "$GOLD_LISTS"
  gold="$work/gold.jsonl"
fi
python3 "$repo/Scripts/eval/sanctions/write_texts.py" "$gold" "$work/texts"
if [ -n "${SHIPPED:-}" ]; then
  cat > "$work/texts/.copydesk.yml" <<YAML
packs: []
plugins:
  dates: off
  attribution: off
  stale-timestamps: off
  sanctions:
    maxListAge: 0
YAML
else
cat > "$work/texts/.copydesk.yml" <<YAML
packs: []
plugins:
  dates: off
  attribution: off
  stale-timestamps: off
  sanctions:
    maxListAge: 0
    cacheDirectory: $work/cache
    lists:
      - {format: ofac-sdn, path: $data/ofac_sdn, namesFrom: $data/ofac_non_sdn/cons_prim.csv}
      - {format: un-xml, path: $data/un_sc/consolidated.xml}
      - {format: uk-fcdo, path: $data/uk_fcdo}
      - {format: eu-journal, path: $data/eu_oj/consolidated}
YAML
fi
cd "$work/texts"
# Compile the lists' index into the cache once; every lint below loads it from there.
[ -n "${SHIPPED:-}" ] || "$bin" sanctions update --config .copydesk.yml >&2
# Status 1 means findings; anything else (a crash on a trap sentence) stops the evaluation: a text
# without a log would count as "nothing found" and could raise precision.
ls -- *.txt | xargs -P 2 -I{} sh -c \
  'status=0; "$0" lint "$1" --config .copydesk.yml --format sarif --output "$2/$(basename "$1" .txt).sarif" --min-level note >/dev/null || status=$?
   [ "$status" -le 1 ] || { echo "sanctions.sh: copydesk lint $1 failed with status $status" >&2; exit 255; }' \
  "$bin" {} "$work/sarif"
texts=$(ls -- *.txt | wc -l)
logs=$(ls -- "$work/sarif" | wc -l)
[ "$texts" -eq "$logs" ] || { echo "sanctions.sh: $texts texts but $logs SARIF logs" >&2; exit 1; }
[ -z "${PER_CATEGORY:-}" ] || python3 "$repo/Scripts/eval/sanctions/per_category.py" "$shared/eval/sanctions/score.py" "$gold" "$work/sarif"
python3 "$shared/eval/sanctions/score.py" "$gold" "$work/sarif" "$@"
