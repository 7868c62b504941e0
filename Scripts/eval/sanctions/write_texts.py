"""Writes each text of an eval JSONL file to <dir>/<id>.txt (UTF-8, exactly the text, no newline added)."""
import json
import sys

gold, directory = sys.argv[1], sys.argv[2]
with open(gold, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            doc = json.loads(line)
            with open(f"{directory}/{doc['id']}.txt", "w", encoding="utf-8", newline="") as out:
                out.write(doc["text"])
