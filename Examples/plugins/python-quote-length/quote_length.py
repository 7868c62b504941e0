#!/usr/bin/env python3
"""A Copydesk plugin in Python: flags direct quotations longer than a set number of words.

Copydesk runs this program and talks to it in JSON lines on stdin/stdout: one request per line,
one answer per line. Offsets are Unicode code points into document["text"] (Python str indexes).

    copydesk lint --plugin Examples/plugins/python-quote-length/quote_length.py Examples/
"""
import json
import re
import sys

PLUGIN_ID = "quote-length"
RULE_ID = PLUGIN_ID + "/long-quote"
QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"\n]+)[\u201d\"]")


def describe(options):
    return {
        "abi": 1,
        "id": PLUGIN_ID,
        "summary": "Direct quotations that run too long for a news story.",
        "options": [{"name": "max_words", "summary": "Longest quotation allowed, in words (default 40)."}],
        "rules": [{
            "id": RULE_ID,
            "shortDescription": "A direct quotation is longer than the desk allows.",
            "fullDescription": "Long quotations slow a story down; paraphrase most of it and quote the telling part.",
            "help": "Paraphrase and keep the sharpest words in quotation marks.",
            "defaultLevel": "warning",
            "examples": [
                {"text": "She said: \u201c" + " ".join(["word"] * 45) + ".\u201d", "expectation": "triggers"},
                {"text": "She said: \u201cShort and sharp.\u201d", "expectation": "passes"},
            ],
        }],
    }


def check(document, options):
    limit = int(options.get("max_words", 40))
    findings = []
    for match in QUOTE.finditer(document["text"]):
        words = len(match.group(1).split())
        if words > limit:
            findings.append({
                "rule": RULE_ID,
                "start": match.start(),
                "end": match.end(),
                "message": f"this quotation is {words} words long; the desk allows {limit}",
                "properties": {"words": words},
            })
    return {"findings": findings, "problems": []}


def main():
    for line in sys.stdin:
        request = json.loads(line)
        options = request.get("options") or {}
        try:
            if request.get("type") == "describe":
                answer = describe(options)
            else:
                answer = check(request["document"], options)
        except Exception as error:  # report, do not die: Copydesk shows it for this file
            answer = {"error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
