# Sourced by the evaluation scripts: where a run writes its texts and predictions.
#
#   eval_workdir            # sets $work
#
# By default a fresh temporary folder, removed on exit. With COPYDESK_EVAL_KEEP=DIR the run writes
# into DIR instead (created, and refused unless empty) and leaves it there, so the predictions can be
# compared between two builds (Scripts/compare-outputs). The same DIR gives the same paths in every log.
eval_workdir() {
    if [ -n "${COPYDESK_EVAL_KEEP:-}" ]; then
        mkdir -p "$COPYDESK_EVAL_KEEP" || return 2
        if [ -n "$(ls -A "$COPYDESK_EVAL_KEEP")" ]; then
            echo "COPYDESK_EVAL_KEEP=$COPYDESK_EVAL_KEEP is not empty" >&2
            return 2
        fi
        work=$(cd "$COPYDESK_EVAL_KEEP" && pwd)
    else
        work=$(mktemp -d)
        trap 'rm -rf "$work"' EXIT
    fi
}
