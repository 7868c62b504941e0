#!/usr/bin/env bash
# Linear time and bounded memory on every input shape: for each shape of synthetic input
# (Benchmarks/make-shape.py: ordinary prose, one long line, Markdown tables, deep nesting, many
# quote marks, digits, dates, names, comments, HTML...), lints 0.1, 1 and 10 MB with the default
# configuration (every plugin, the default packs), once as SARIF to a file and once as text to a
# pipe, and prints seconds per MB (CPU = user + sys, and wall), the text output's size against the
# input's, and peak memory. Exits 1 when, for a shape, the per-MB CPU time at the largest size is
# more than MAX_RATIO (1.5) times that at the middle size, in either format, or a run timed out.
#
#   Benchmarks/input-shapes.sh [SHAPE...]     (default: every shape; make-shape.py --list)
#
# Environment: COPYDESK (a built binary: nothing is built), SIZES (MB, default "0.1 1 10"), RUNS
# (best of, default 3), TIMEOUT (seconds a run may take, default 600), MAX_RATIO (default 1.5).
#
# The ratio is taken on time beyond the start-up cost (a run on a one-line file, measured first),
# which would otherwise hide growth: per MB, (t(10 MB) - t0) / 10 against (t(1 MB) - t0) / 1 (the
# whole times when t(1 MB) - t0 is under 0.1 s, too little to compare).
# RSS/size is likewise (peak RSS - start-up peak RSS) / input size.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/Scripts/lib/release-copydesk.sh"
copydesk=$(release_copydesk "$root")
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
sizes=(${SIZES:-0.1 1 10})
runs=${RUNS:-3}
limit=${TIMEOUT:-600}
max_ratio=${MAX_RATIO:-1.5}
shapes=("$@")
[ ${#shapes[@]} -eq 0 ] && mapfile -t shapes < <(python3 "$root/Benchmarks/make-shape.py" --list)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
options=(--jobs 1 --fail-level none --quiet --max-file-size 200000000 --now 2025-12-06T09:00:00Z)

# measure FILE FORMAT -> "wall cpu rss_kib out_bytes" (best wall, best CPU, largest RSS over RUNS),
# or "timeout" when a run took longer than TIMEOUT.
measure() {
    local file=$1 format=$2 i best_wall="" best_cpu="" rss=0 out=0 status
    for ((i = 0; i < runs; i++)); do
        set +e
        if [ "$format" = sarif ]; then
            /usr/bin/time -f '%e %U %S %M' -o "$work/time" timeout "$limit" \
                "$copydesk" lint "$file" "${options[@]}" --format sarif --output "$work/out.sarif"
            status=$?
            out=$(stat -c %s "$work/out.sarif" 2>/dev/null || echo 0)
        else
            # Standard output, not --output: the text's size is counted on its way to nowhere.
            out=$( { /usr/bin/time -f '%e %U %S %M' -o "$work/time" timeout "$limit" \
                "$copydesk" lint "$file" "${options[@]}" --format text --color never; echo $? > "$work/status"; } | wc -c)
            status=$(cat "$work/status")
        fi
        set -e
        if [ "$status" -eq 124 ]; then echo timeout; return; fi
        [ "$status" -le 1 ] || { echo "copydesk failed on $file ($format): status $status" >&2; exit 2; }
        read -r wall user sys kib < <(tail -1 "$work/time")
        local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.3f", u + s}')
        if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then best_wall=$wall; fi
        if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN {exit !(a < b)}'; then best_cpu=$cpu; fi
        [ "$kib" -gt "$rss" ] && rss=$kib
    done
    echo "$best_wall $best_cpu $rss $out"
}

printf 'Hello.\n' > "$work/empty.txt"
read -r w0 c0 r0 _ < <(measure "$work/empty.txt" sarif)
read -r tw0 tc0 tr0 _ < <(measure "$work/empty.txt" text)
echo "copydesk: $copydesk"
echo "start-up (one-line file): SARIF ${c0} CPU-s ${w0} s wall, $((r0 / 1024)) MiB; text ${tc0} CPU-s; best of $runs runs"
echo
results=$work/results
: > "$results"
for shape in "${shapes[@]}"; do
    for size in "${sizes[@]}"; do
        dir=$work/$shape-$size
        mkdir -p "$dir"
        file=$(python3 "$root/Benchmarks/make-shape.py" "$shape" "$(awk -v s="$size" 'BEGIN {printf "%d", s * 1000000}')" "$dir")
        bytes=$(stat -c %s "$file")
        sarif=$(measure "$file" sarif)
        text=timeout
        [ "$sarif" = timeout ] || text=$(measure "$file" text)
        echo "$shape $size $bytes $sarif | $text" >> "$results"
        rm -rf "$dir"
        printf '  %-14s %5s MB: SARIF %s | text %s\n' "$shape" "$size" "$sarif" "$text" >&2
        [ "$sarif" != timeout ] && [ "$text" != timeout ] || break
    done
done

python3 - "$results" "$c0" "$r0" "$tc0" "$max_ratio" "$limit" "${sizes[@]}" <<'PY'
import sys
path, c0, r0, tc0, max_ratio, limit, *sizes = sys.argv[1:]
c0, r0, tc0, max_ratio = float(c0), int(r0), float(tc0), float(max_ratio)
rows = {}
for line in open(path):
    left, text = line.split(" | ")
    shape, size, nbytes, *sarif = left.split()
    rows.setdefault(shape, {})[size] = (int(nbytes), sarif, text.split())

def per_mb(value, nbytes, base=0.0):
    return (float(value) - base) / (nbytes / 1e6)

failed = []
head = f"{'shape':<14}" + "".join(f"{'CPU s/MB ' + s:>14}" for s in sizes) + "".join(f"{'wall s/MB ' + s:>15}" for s in sizes)
head += f"{'ratio SARIF':>12}{'ratio text':>11}{'text out/in':>12}{'peak RSS':>10}{'RSS/size':>9}"
print(head)
for shape, by_size in rows.items():
    cells, walls = [], []
    for s in sizes:
        if s not in by_size:
            cells.append(f"{'-':>14}"); walls.append(f"{'-':>15}"); continue
        nbytes, sarif, text = by_size[s]
        if sarif == ["timeout"]:
            cells.append(f"{'>' + limit + ' s':>14}"); walls.append(f"{'-':>15}"); continue
        cells.append(f"{per_mb(sarif[1], nbytes):>14.3f}")
        walls.append(f"{per_mb(sarif[0], nbytes):>15.3f}")
    ratios = []
    for index, base in ((1, c0), (None, tc0)):
        small, large = by_size.get(sizes[-2]), by_size.get(sizes[-1])
        pick = (lambda r: r[1]) if index == 1 else (lambda r: r[2])
        if not small or not large or "timeout" in pick(small) or "timeout" in pick(large):
            ratios.append(float("inf")); continue
        a = per_mb(pick(small)[1], small[0], base)
        b = per_mb(pick(large)[1], large[0], base)
        if a * small[0] / 1e6 < 0.1:
            # Under a tenth of a second beyond start-up: noise; compare the whole times instead.
            a, b = per_mb(pick(small)[1], small[0]), per_mb(pick(large)[1], large[0])
        ratios.append(b / a if a > 0 else float("inf"))
    largest = by_size.get(sizes[-1])
    if largest and largest[2] != ["timeout"] and largest[1] != ["timeout"]:
        nbytes, sarif, text = largest
        rss = max(int(sarif[2]), int(text[2]))
        amplification = f"{int(text[3]) / nbytes:>12.2f}"
        memory = f"{rss / 1024:>6.0f} MiB{(rss - r0) * 1024 / nbytes:>9.1f}"
    else:
        amplification, memory = f"{'-':>12}", f"{'-':>10}{'-':>9}"
    print(f"{shape:<14}" + "".join(cells) + "".join(walls) + f"{ratios[0]:>12.2f}{ratios[1]:>11.2f}" + amplification + memory)
    if max(ratios) > max_ratio:
        failed.append(shape)
print()
print("ratio: per-MB CPU time beyond start-up, largest size against the one before; text out/in, peak RSS and")
print("RSS/size (beyond start-up) at the largest size")
if failed:
    print(f"over {max_ratio}x (or timed out): {', '.join(failed)}")
    sys.exit(1)
print(f"every shape within {max_ratio}x")
PY
