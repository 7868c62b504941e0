# Sourced by the evaluation and benchmark scripts.
#
#   copydesk=$(release_copydesk REPO)   # REPO's release `copydesk`, built first (output on stderr)
#
# With $COPYDESK set to an executable, that binary is used and nothing is built.
release_copydesk() {
    if [ -n "${COPYDESK:-}" ]; then
        [ -x "$COPYDESK" ] || { echo "COPYDESK=$COPYDESK is not an executable" >&2; return 2; }
        echo "$COPYDESK"
        return 0
    fi
    (cd "$1" && swift build -c release --product copydesk >&2) || return 2
    echo "$(cd "$1" && swift build -c release --show-bin-path)/copydesk"
}
