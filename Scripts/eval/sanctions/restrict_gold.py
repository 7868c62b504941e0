"""Writes a copy of a sanctions gold file keeping only the mentions of entities that the given lists
carry (any of matched_list_id and also_ids has one of the list prefixes), so that an index built
from those lists is scored on what it can know. Lines keep their text; a line left with no mention
still counts its false positives.

    python3 restrict_gold.py GOLD.jsonl OUT.jsonl ofac-sdn,un,uk
"""
import json
import sys

source, target, lists = sys.argv[1], sys.argv[2], tuple(p + ":" for p in sys.argv[3].split(","))
kept = dropped = 0
with open(source, encoding="utf-8") as fh, open(target, "w", encoding="utf-8") as out:
    for line in fh:
        if not line.strip():
            continue
        doc = json.loads(line)
        mentions = []
        for mention in doc["mentions"]:
            ids = [mention["matched_list_id"], *mention.get("also_ids", [])]
            if any(i.lower().startswith(lists) for i in ids):
                mentions.append(mention)
                kept += 1
            else:
                dropped += 1
        doc["mentions"] = mentions
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
print(f"gold restricted to {','.join(p[:-1] for p in lists)}: {kept} mentions kept, {dropped} left out", file=sys.stderr)
