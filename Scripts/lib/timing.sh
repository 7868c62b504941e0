# Sourced by the benchmark scripts: timed runs recorded as "wall cpu" lines, and the best of them.
#
#   timed TIMES OUT COMMAND...   runs COMMAND with stdout to OUT, appends "wall_s cpu_s" to TIMES;
#                                fails when COMMAND exits with 2 or more (1 means "findings")
#   best_wall TIMES / best_cpu TIMES   the least wall / CPU time recorded in TIMES
timed() {
    local times=$1 out=$2; shift 2
    local start end status clock
    clock=$(mktemp)
    start=$(date +%s.%N)
    set +e
    /usr/bin/time -f '%U %S' -o "$clock" "$@" > "$out"
    status=$?
    set -e
    end=$(date +%s.%N)
    if [ "$status" -ge 2 ]; then echo "$1 failed with status $status" >&2; rm -f "$clock"; exit 1; fi
    # GNU time writes "Command exited with non-zero status N" before the figures when N > 0.
    tail -1 "$clock" | awk -v s="$start" -v e="$end" '{printf "%.3f %.3f\n", e - s, $1 + $2}' >> "$times"
    rm -f "$clock"
}

best_wall() { sort -n "$1" | head -1 | cut -d' ' -f1; }
best_cpu() { sort -k2 -n "$1" | head -1 | cut -d' ' -f2; }
