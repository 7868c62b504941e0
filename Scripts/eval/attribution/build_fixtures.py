#!/usr/bin/env python3
"""Build the attribution fixtures (gold JSONL) from their marked-up sources, so offsets are never counted by hand.

    build_fixtures.py quotes SRC.txt OUT.jsonl   # challenge gold: {"id", "text", "quotes": [...], "tags"}
    build_fixtures.py flags SRC.txt OUT.jsonl    # flag gold: {"id", "text", "flags": [...], "tags"}

A source line is `id<TAB>tags<TAB>marked text`; `\\n` in the text is a newline; lines starting
with `#` and blank lines are skipped. Marks (offsets are Unicode scalars, Python str indices):

* quotes: `[[Qn|“…”]]` a quotation whose speaker is `[[Sn|…]]` (same n); `[[Q0|…]]` an
  unattributed quotation (speaker null). Several quotes may share one speaker.
* flags: `{{U|…}}` unattributed-quote, `{{V|…}}` vague-source, `{{A|…}}` anonymous-source,
  `{{F|…}}` first-reference, each on the span the flag should cover.
"""
import json
import re
import sys

MARK = re.compile(r"\[\[([QS])(\d+)\|(.*?)\]\]|\{\{([UVAF])\|(.*?)\}\}", re.S)
FLAG_RULES = {"U": "attribution/unattributed-quote", "V": "attribution/vague-source",
              "A": "attribution/anonymous-source", "F": "attribution/first-reference"}


def strip_marks(marked: str):
    """The plain text and every mark as (kind, number, start, end)."""
    text, marks, position = [], [], 0
    length = 0
    for match in MARK.finditer(marked):
        text.append(marked[position:match.start()])
        length += match.start() - position
        if match.group(1):
            kind, number, inner = match.group(1), int(match.group(2)), match.group(3)
        else:
            kind, number, inner = match.group(4), 0, match.group(5)
        if "[[" in inner or "{{" in inner:
            raise ValueError(f"nested mark in {inner!r}")
        marks.append((kind, number, length, length + len(inner)))
        text.append(inner)
        length += len(inner)
        position = match.end()
    text.append(marked[position:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain or "{{" in plain or "}}" in plain:
        raise ValueError(f"unparsed mark in {plain!r}")
    return plain, marks


def build(mode: str, line: str) -> dict:
    identifier, tags, marked = line.rstrip("\n").split("\t")
    plain, marks = strip_marks(marked.replace("\\n", "\n"))
    document = {"id": identifier, "text": plain}
    if mode == "quotes":
        speakers = {n: (s, e) for kind, n, s, e in marks if kind == "S"}
        quotes = []
        for kind, n, s, e in marks:
            if kind != "Q":
                continue
            if n == 0:
                quotes.append({"start": s, "end": e, "speaker": None, "speaker_start": None, "speaker_end": None})
            else:
                ss, se = speakers[n]
                quotes.append({"start": s, "end": e, "speaker": plain[ss:se], "speaker_start": ss, "speaker_end": se})
        document["quotes"] = sorted(quotes, key=lambda q: q["start"])
    else:
        document["flags"] = [{"rule": FLAG_RULES[kind], "start": s, "end": e} for kind, _, s, e in marks]
        if any(kind in "QS" for kind, *_ in marks):
            raise ValueError(f"{identifier}: quote marks in a flag source")
    document["tags"] = tags
    return document


def main() -> int:
    if len(sys.argv) != 4 or sys.argv[1] not in ("quotes", "flags"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, source, out = sys.argv[1:]
    documents, seen = [], set()
    with open(source, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                document = build(mode, line)
            except (ValueError, KeyError) as error:
                print(f"{source}:{number}: {error}", file=sys.stderr)
                return 1
            if document["id"] in seen:
                print(f"{source}:{number}: duplicate id {document['id']}", file=sys.stderr)
                return 1
            seen.add(document["id"])
            documents.append(document)
    with open(out, "w", encoding="utf-8", newline="\n") as sink:
        for document in documents:
            sink.write(json.dumps(document, ensure_ascii=False) + "\n")
    print(f"build_fixtures.py: {len(documents)} documents -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
