#!/usr/bin/env bash
# The whole product against ripgrep, every figure of issue #16 in one run, each beside its target:
#
#   Benchmarks/product-vs-rg.sh [-r RUNS] [-s]        COPYDESK=binary to use a built one
#
#   1. A full default lint of ../shared/data/corpus/{bbc,reuters21578} (every default plugin and
#      pack, SARIF written to a file) at the default thread count and with --jobs 1, alternating
#      with `rg -j1 --json -f ../shared/bench/patterns30.txt` on the same files: wall against rg's
#      wall, -j1 CPU against rg's CPU (best of RUNS, default 3).
#   2. Peak memory of that lint on 1, 2 and 4 copies of the corpus (../shared/data/corpus/scale.sh,
#      measured by Benchmarks/corpus-run.sh): the three within 15% of each other.
#   3. One article (Examples/harbour-council.md, default configuration, SARIF) against rg on the
#      same file, best of 10; `copydesk --version` against `rg --version`, best of 10.
#   4. Each default plugin alone on the corpus with --jobs 1, its results written as SARIF: MB of
#      articles per CPU-second (best of RUNS); moderation, which the article profile runs too, has
#      no target of its own and is reported.
#   5. Word lists: one policy rule of 3,000 words against 3,000 rules of one word each (words of
#      the corpus, made at run time), the policies plugin alone with --jobs 1: CPU time of the lint
#      and the plugin's set-up time (`--timings`, compiling the pack).
#
# -s (smoke): one run and a 500-file slice of the corpus, copies included, to check that the
# script works (a minute or two); its figures say nothing about the targets. Not run in CI: a full
# run takes some 10 minutes on the 2-core machine. Every target line ends in "met" or "NOT met".
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
shared=${COPYDESK_SHARED:-$repo/../shared}
runs=3
smoke=0
while getopts "r:s" opt; do
  case $opt in
    r) runs=$OPTARG;;
    s) smoke=1; runs=1;;
    *) sed -n '2,24p' "$0"; exit 2;;
  esac
done

patterns="$shared/bench/patterns30.txt"
corpus="$shared/data/corpus"
article="$repo/Examples/harbour-council.md"
[ -f "$patterns" ] && [ -d "$corpus/bbc" ] && [ -d "$corpus/reuters21578" ] && [ -x "$corpus/scale.sh" ] || {
  echo "needs $patterns, $corpus/{bbc,reuters21578} and $corpus/scale.sh" >&2; exit 2; }
command -v rg >/dev/null || { echo "ripgrep not found: apt-get install ripgrep" >&2; exit 2; }

source "$repo/Scripts/lib/release-copydesk.sh"
copydesk=$(release_copydesk "$repo")
copydesk=$(cd "$(dirname "$copydesk")" && pwd)/$(basename "$copydesk")
source "$repo/Scripts/lib/timing.sh"

work=$(mktemp -d -t copydesk-product-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The corpus as linted: the two sets, or with -s a slice of them.
tree="$work/corpus"
mkdir -p "$tree"
if [ "$smoke" -eq 1 ]; then
  (cd "$corpus" && { find bbc -type f | sort | sed -n 1,250p; find reuters21578 -type f | sort | sed -n 1,250p; } | while read -r f; do
     mkdir -p "$tree/$(dirname "$f")"; cp "$f" "$tree/$f"; done)
else
  ln -s "$corpus/bbc" "$tree/bbc"
  ln -s "$corpus/reuters21578" "$tree/reuters21578"
fi
bytes=$(find -L "$tree" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find -L "$tree" -type f | wc -l)
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.2f", b / 1e6}')

results="$work/results.tsv"   # measure <TAB> copydesk <TAB> peer <TAB> ratio/figure <TAB> target <TAB> met
: > "$results"
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$results"; }
met() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op == "<=") ? (v <= t) : (v >= t); print ok ? "met" : "NOT met"}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
# Every built-in plugin the default (article) configuration runs.
plugins="dates attribution sanctions stale-timestamps moderation policies"
only() {  # a configuration with only plugin $1 on
  echo "plugins:"
  for p in $plugins; do [ "$p" = "$1" ] || echo "  $p: off"; done
}

echo "product-vs-rg: $copydesk, $files files, $mb MB, best of $runs; load average $(cut -d' ' -f1 /proc/loadavg)" >&2

# 1. Full default lint against rg, alternating.
cd "$tree"
for _ in $(seq "$runs"); do
  timed "$work/rg.times" "$work/rg.json" rg -j1 --json --no-ignore --hidden -f "$patterns" bbc reuters21578
  timed "$work/full.times" /dev/null "$copydesk" lint bbc reuters21578 --format sarif --output "$work/full.sarif" --fail-level none --quiet
  timed "$work/full-j1.times" /dev/null "$copydesk" lint --jobs 1 bbc reuters21578 --format sarif --output "$work/full.sarif" --fail-level none --quiet
done
rg_wall=$(best_wall "$work/rg.times"); rg_cpu=$(best_cpu "$work/rg.times")
full_wall=$(best_wall "$work/full.times"); j1_cpu=$(best_cpu "$work/full-j1.times")
r=$(ratio "$full_wall" "$rg_wall")
row "full default lint, wall (default -j) vs rg -j1 --json" "$full_wall s" "$rg_wall s" "${r}x" "<= 1.0x" "$(met "$r" "<=" 1.0)"
r=$(ratio "$j1_cpu" "$rg_cpu")
row "full default lint -j1, CPU vs rg -j1 CPU" "$j1_cpu s" "$rg_cpu s" "${r}x" "<= 2.5x" "$(met "$r" "<=" 2.5)"
results_count=$(grep -o '"ruleId":' "$work/full.sarif" | wc -l)
row "  (the lint's SARIF: results, bytes)" "$results_count" "" "$(stat -c %s "$work/full.sarif") B" "" ""

# 2. Peak memory on 1, 2 and 4 copies (Benchmarks/corpus-run.sh on each tree).
declare -A rss
for n in 1 2 4; do
  if [ "$smoke" -eq 1 ]; then  # the slice, copied n times as scale.sh lays copies out
    for i in $(seq "$n"); do mkdir -p "$work/x$n/copy-$i"; cp -r "$tree/." "$work/x$n/copy-$i"; done
  else
    "$corpus/scale.sh" "$n" "$work/x$n" bbc reuters21578 >/dev/null
  fi
  best=""
  for _ in $(seq "$runs"); do
    m=$(COPYDESK="$copydesk" "$here/corpus-run.sh" "$work/x$n" | awk '/^peak memory/ {print $3}')
    if [ -z "$best" ] || [ "$m" -lt "$best" ]; then best=$m; fi
  done
  rss[$n]=$best
  rm -rf "$work/x$n"
done
spread=$(awk -v a="${rss[1]}" -v b="${rss[2]}" -v c="${rss[4]}" 'BEGIN {
  lo = a; hi = a; if (b < lo) lo = b; if (c < lo) lo = c; if (b > hi) hi = b; if (c > hi) hi = c
  printf "%.1f", 100 * (hi - lo) / lo }')
row "peak RSS x1 / x2 / x4 corpus (MiB)" "${rss[1]} / ${rss[2]} / ${rss[4]}" "" "spread ${spread}%" "<= 15%" "$(met "$spread" "<=" 15)"

# 3. One article, and start-up alone.
mkdir -p "$work/article"
cp "$article" "$work/article/"
cd "$work/article"
for _ in $(seq 10); do
  timed "$work/article.times" /dev/null "$copydesk" lint harbour-council.md --format sarif --fail-level none
  timed "$work/article-rg.times" /dev/null rg -j1 --json -f "$patterns" harbour-council.md
  timed "$work/version.times" /dev/null "$copydesk" --version
  timed "$work/version-rg.times" /dev/null rg --version
done
a=$(best_wall "$work/article.times"); ar=$(best_wall "$work/article-rg.times")
ms() { awk -v s="$1" 'BEGIN {printf "%.1f", 1000 * s}'; }
row "one article (harbour-council.md, SARIF), wall" "$(ms "$a") ms" "$(ms "$ar") ms" "$(ratio "$a" "$ar")x" "<= 20 ms" "$(met "$(ms "$a")" "<=" 20)"
v=$(best_wall "$work/version.times"); vr=$(best_wall "$work/version-rg.times")
row "--version, wall" "$(ms "$v") ms" "$(ms "$vr") ms" "$(ratio "$v" "$vr")x" "(reported)" ""

# 4. Each plugin alone, results written.
cd "$tree"
for plugin in $plugins; do
  only "$plugin" > "$work/$plugin.yml"
  for _ in $(seq "$runs"); do
    timed "$work/$plugin.times" /dev/null "$copydesk" lint --jobs 1 bbc reuters21578 --config "$work/$plugin.yml" \
      --format sarif --output "$work/$plugin.sarif" --fail-level none --quiet
  done
  c=$(best_cpu "$work/$plugin.times")
  rate=$(awk -v b="$bytes" -v c="$c" 'BEGIN {printf "%.1f", b / 1e6 / c}')
  case $plugin in sanctions|stale-timestamps) target=60;; moderation) target="";; *) target=30;; esac
  if [ -n "$target" ]; then
    row "$plugin alone, -j1, SARIF written: MB/s per core" "$rate MB/s" "" "$c CPU-s" ">= $target MB/s" "$(met "$rate" ">=" "$target")"
  else
    row "$plugin alone, -j1, SARIF written: MB/s per core" "$rate MB/s" "" "$c CPU-s" "(reported)" ""
  fi
  rm -f "$work/$plugin.sarif"
done

# 5. Word lists: one rule of 3,000 words against 3,000 one-word rules.
find -L bbc -type f -exec cat {} + | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' | awk 'length($0) >= 6' | sort | uniq -c | sort -k1,1nr -k2 |
  awk 'NR > 1000 && NR <= 4000 {print $2}' > "$work/words.txt"
words=$(wc -l < "$work/words.txt")
python3 "$here/make-bench-pack.py" --words "$work/words.txt" "$words" "$work/words" >/dev/null
for pack in wordlist-one wordlist-many; do
  { printf 'packs: [%s]\n' "$work/words/$pack"; only policies; } > "$work/$pack.yml"
  for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o "$work/clock" "$copydesk" lint --jobs 1 bbc reuters21578 --config "$work/$pack.yml" \
      --format sarif --output "$work/$pack.sarif" --fail-level none --quiet --timings 2> "$work/$pack.timings" || {
      echo "lint with $pack failed" >&2; cat "$work/$pack.timings" >&2; exit 1; }
    end=$(date +%s.%N)
    setup=$(awk '$3 == "setup" && $4 == "policies" {print $1}' "$work/$pack.timings")
    tail -1 "$work/clock" | awk -v s="$start" -v e="$end" -v setup="${setup:-0}" '{printf "%.3f %.3f %s\n", e - s, $1 + $2, setup}' >> "$work/$pack.times"
  done
done
one_cpu=$(best_cpu "$work/wordlist-one.times"); many_cpu=$(best_cpu "$work/wordlist-many.times")
one_setup=$(sort -k3 -n "$work/wordlist-one.times" | head -1 | cut -d' ' -f3)
many_setup=$(sort -k3 -n "$work/wordlist-many.times" | head -1 | cut -d' ' -f3)
r=$(ratio "$one_cpu" "$many_cpu")
row "one rule of $words words vs $words one-word rules, -j1 CPU" "$one_cpu s" "$many_cpu s" "${r}x" "<= 1.0x" "$(met "$r" "<=" 1.0)"
row "  compiling the $words-word rule (policies set-up)" "$one_setup s" "$many_setup s" "" "< 0.1 s" "$(met "$one_setup" "<=" 0.1)"

echo
echo "# copydesk $("$copydesk" --version) against $(rg --version | sed -n 1p); $files files, $mb MB; best of $runs; load average $(cut -d' ' -f1 /proc/loadavg)"
[ "$smoke" -eq 0 ] || echo "# SMOKE RUN (-s): a 500-file slice, one run; the figures do not measure the targets"
awk -F'\t' 'BEGIN {printf "%-62s %-22s %-12s %-14s %-13s %s\n", "measure", "copydesk", "peer (rg)", "ratio/figure", "#16 target", "status"}
  {printf "%-62s %-22s %-12s %-14s %-13s %s\n", $1, $2, $3, $4, $5, $6}' "$results"
