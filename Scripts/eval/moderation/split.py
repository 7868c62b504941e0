#!/usr/bin/env python3
"""Writes each comment of a moderation gold file to FOLDER/<id>.txt (exactly its text).
usage: split.py GOLD.jsonl FOLDER"""
import json, os, sys

gold, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)
with open(gold, encoding="utf-8") as lines:
    for line in lines:
        if line.strip():
            item = json.loads(line)
            with open(os.path.join(folder, item["id"] + ".txt"), "w", encoding="utf-8", newline="") as out:
                out.write(item["text"])
