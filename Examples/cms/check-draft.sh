#!/usr/bin/env bash
# Checks a draft with a running `copydesk serve` (see README.md, "HTTP service"):
#   Examples/cms/check-draft.sh FILE [markdown|html|text]
# COPYDESK_URL (default http://127.0.0.1:8080) and COPYDESK_TOKEN (when the service requires one).
set -euo pipefail
file=${1:?usage: check-draft.sh FILE [markdown|html|text]}
format=${2:-markdown}
python3 -c 'import json, sys; print(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read(), "format": sys.argv[2],
  "path": sys.argv[1], "minLevel": "warning"}))' "$file" "$format" |
curl -sS --fail-with-body "${COPYDESK_URL:-http://127.0.0.1:8080}/v1/check" \
  ${COPYDESK_TOKEN:+-H "Authorization: Bearer $COPYDESK_TOKEN"} \
  -H 'Content-Type: application/json' --data-binary @-
