#!/usr/bin/env bash
# Lints the shared news corpus (bbc + reuters21578) for sanctions/listed-entity with every list the dev
# evaluation uses (or the shipped default index with --shipped), prints the mention count and a random
# sample with context for judging by hand.
# Usage: Scripts/eval/sanctions-corpus.sh [--shipped] [--seed N] [--sample K] [--all FILE]
# --all FILE writes every mention (path, offset, matched text, entry) to FILE, for comparing two builds.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
data="$shared/data/sanctions"
shipped=""; seed=1; sample=50; all=/dev/null
while [ $# -gt 0 ]; do
  case "$1" in
    --shipped) shipped=1 ;;
    --seed) seed="$2"; shift ;;
    --sample) sample="$2"; shift ;;
    --all) all="$2"; shift ;;
  esac
  shift
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/../lib/release-copydesk.sh"
bin=$(release_copydesk "$repo")
if [ -n "$shipped" ]; then
  lists="    {}"
else
  lists="    cacheDirectory: $work/cache
    lists:
      - {format: ofac-sdn, path: $data/ofac_sdn, namesFrom: $data/ofac_non_sdn/cons_prim.csv}
      - {format: un-xml, path: $data/un_sc/consolidated.xml}
      - {format: uk-fcdo, path: $data/uk_fcdo}
      - {format: eu-journal, path: $data/eu_oj/consolidated}"
fi
cat > "$work/config.yml" <<YAML
packs: []
plugins:
  dates: off
  attribution: off
  stale-timestamps: off
  sanctions:
$lists
YAML
[ -n "$shipped" ] || "$bin" sanctions update --config "$work/config.yml" >&2
status=0
"$bin" lint "$shared/data/corpus/bbc" "$shared/data/corpus/reuters21578" --config "$work/config.yml" \
  --format json --output "$work/out.json" --min-level note >/dev/null || status=$?
# 1 means findings; 2 and above (a configuration error, a crash) must not pass as "no mentions".
[ "$status" -le 1 ] || { echo "sanctions-corpus.sh: copydesk lint failed with status $status" >&2; exit 1; }
python3 - "$work/out.json" "$seed" "$sample" "$all" <<'PY'
import json, random, sys
out = json.load(open(sys.argv[1]))
hits = [r for r in out["results"] if r.get("ruleID", r.get("rule", "")).endswith("listed-entity")]
print(f"listed-entity mentions: {len(hits)}")
with open(sys.argv[4], "w") as out:
    for r in hits:
        text = open(r["path"], encoding="utf-8", errors="replace").read()[r["offset"]:r["offset"] + r["length"]]
        out.write(f"{r['path'].split('/corpus/')[-1]}\t{r['offset']}\t{text}\t{r['properties']['sanctions']['entries'][0]['name']}\n")
rng = random.Random(int(sys.argv[2]))
for r in sorted(rng.sample(hits, min(int(sys.argv[3]), len(hits))), key=lambda r: (r["path"], r["offset"])):
    raw = open(r["path"], encoding="utf-8", errors="replace").read()
    a, b = r["offset"], r["offset"] + r["length"]
    ctx = (raw[max(0, a - 70):a] + "[[" + raw[a:b] + "]]" + raw[b:b + 70]).replace("\n", " ")
    entry = r["properties"]["sanctions"]["entries"][0]
    print(f"- {r['path'].split('/corpus/')[-1]} | {entry['name']} ({entry['type']}) | {ctx}")
PY
