#!/usr/bin/env python3
"""Writes synthetic input of one shape and about a given size, for Benchmarks/input-shapes.sh.

    make-shape.py SHAPE BYTES OUTDIR   -> prints the path written (OUTDIR/SHAPE.txt, .md or .html)
    make-shape.py --list               -> the shapes, one a line

Every text is made up here from small word lists (no corpus text), deterministically: the same
shape and size give the same bytes. Sizes are met to within one line (one sentence for one-line
shapes), so a 10 MB file is ten times a 1 MB one of the same make-up.
"""
import os
import random
import sys

FIRST = ["Anna", "Tomas", "Mirela", "Jonas", "Priya", "Kwame", "Lena", "Osman", "Carla", "Dmitri",
         "Helga", "Rafael", "Ines", "Yusuf", "Marta", "Oskar", "Nadia", "Pavel", "Sofia", "Emeka"]
LAST = ["Keller", "Varga", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Castell", "Brennan",
        "Ferreira", "Takeda", "Albrecht", "Mensah", "Duval", "Petrov", "Rinaldi", "Sorensen", "Quist"]
ORGS = ["the harbour board", "the regional council", "the ferry operator", "the port authority",
        "the fishing cooperative", "the transport ministry", "the city planning office"]
VERBS = ["said", "told reporters", "added", "warned", "explained", "insisted"]
NOUNS = ["harbour", "budget", "ferry", "quay", "tender", "contract", "dredging", "terminal",
         "warehouse", "crane", "berth", "schedule", "inspection", "levy", "report", "tide"]
ADJS = ["new", "delayed", "costly", "revised", "disputed", "seasonal", "northern", "temporary"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Words:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def name(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def date(self):
        r = self.r
        year, month, day = r.randrange(1990, 2030), r.randrange(12), r.randrange(1, 29)
        forms = [f"{day} {MONTHS[month]} {year}", f"{MONTHS[month]} {day}, {year}", f"{year}-{month + 1:02d}-{day:02d}",
                 f"last {self.pick(DAYS)}", f"on {self.pick(DAYS)}", f"{month + 1}/{day}/{year}",
                 f"{self.pick(DAYS)}, {day} {MONTHS[month]}", f"{r.randrange(2, 9)} days ago", f"in {MONTHS[month]}"]
        return self.pick(forms)

    def number(self):
        r = self.r
        forms = [str(r.randrange(10 ** r.randrange(1, 9))), f"{r.randrange(100)}.{r.randrange(10)}",
                 f"{r.randrange(1, 999):,}{r.randrange(1000):03d}", f"{r.randrange(100)} per cent", f"£{r.randrange(1, 90)}m"]
        return self.pick(forms)

    def clause(self):
        return f"the {self.pick(ADJS)} {self.pick(NOUNS)} {self.pick(['would', 'could', 'did not'])} {self.pick(['open', 'close', 'stall', 'pass', 'resume'])}"

    def sentence(self):
        r = self.r
        kind = r.randrange(6)
        if kind == 0:
            return f"“We cannot wait for {self.pick(NOUNS)}s,” {self.pick(VERBS)} {self.name()}, who chairs {self.pick(ORGS)}."
        if kind == 1:
            return f"{self.name()} {self.pick(VERBS)} on {self.date()} that {self.clause()} before {self.date()}."
        if kind == 2:
            return f"The {self.pick(NOUNS)} cost {self.number()} and {self.clause()}, according to {self.pick(ORGS)}."
        if kind == 3:
            return f"A spokesperson for {self.pick(ORGS)} {self.pick(VERBS)}: “The {self.pick(NOUNS)} is {self.pick(ADJS)}.”"
        if kind == 4:
            return f"Sources close to {self.pick(ORGS)} said {self.clause()}."
        return f"In {self.pick(MONTHS)}, {self.pick(ORGS)} said {self.clause()}, {self.name()} {self.pick(VERBS)}."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.r.randrange(2, 6)))


def lines_until(size, make, join="\n"):
    """Items from make() joined by `join` until the text reaches size bytes."""
    out, total = [], 0
    while total < size:
        item = make()
        out.append(item)
        total += len(item.encode()) + len(join.encode())
    return join.join(out) + "\n"


def prose(w, size):
    return lines_until(size, lambda: w.paragraph() + "\n")


def one_line(w, size):
    return lines_until(size, w.sentence, join=" ").rstrip("\n")


def md_table(w, size):
    head = "| date | who | what | amount | note |\n| --- | --- | --- | ---: | --- |\n"
    row = lambda: f"| {w.date()} | {w.name()} | “The {w.pick(NOUNS)} is {w.pick(ADJS)},” {w.pick(VERBS)} {w.name()} | {w.number()} | {w.clause()} |"
    return "# Harbour figures\n\n" + head + lines_until(size, row)


def md_paragraph(w, size):
    # Table rows without a delimiter row: CommonMark reads them as one paragraph of soft breaks.
    row = lambda: f"| {w.date()} | {w.name()} | “The {w.pick(NOUNS)} is {w.pick(ADJS)},” {w.pick(VERBS)} {w.name()} | {w.number()} |"
    return "# Harbour figures\n\n" + lines_until(size, row)


def md_nested(w, size):
    def block():
        depth = w.r.randrange(1, 40)
        prefix = "".join(w.pick(["> ", "- ", "1. "]) for _ in range(depth))
        return prefix + w.sentence()
    return "# Nested\n\n" + lines_until(size, block)


def md_deep(w, size):
    # One blockquote 100 levels deep, holding every line.
    return "# Deep\n\n" + lines_until(size, lambda: "> " * 100 + w.sentence())


def quotes(w, size):
    # One sentence: a quotation and its speaker, again and again, never a full stop.
    return lines_until(size, lambda: "“x”, he said,", join=" ").rstrip("\n")


def quote_marks(w, size):
    marks = ["\"", "'", "“", "”", "‘", "’", "«", "»"]
    return lines_until(size, lambda: " ".join(w.pick(marks) + w.pick(NOUNS) for _ in range(12)) + ".")


def digits(w, size):
    return lines_until(size, lambda: " ".join(w.number() for _ in range(16)) + ".")


def dates(w, size):
    return lines_until(size, lambda: ", ".join(w.date() for _ in range(8)) + ".")


def names(w, size):
    return lines_until(size, lambda: ", ".join(w.name() for _ in range(8)) + f" and {w.name()} met {w.name()}.")


def short_lines(w, size):
    return lines_until(size, lambda: w.pick(NOUNS))


def long_words(w, size):
    # Words of about 8 KiB without a space, four a line.
    return lines_until(size, lambda: " ".join(w.pick(NOUNS) * (8192 // 6) for _ in range(4)))


def md_comments(w, size):
    def line():
        kind = w.r.randrange(4)
        if kind == 0:
            return f"<!-- note {w.pick(NOUNS)} --> {w.sentence()}"
        if kind == 1:
            return f"{w.sentence()} <!-- open comment {w.pick(NOUNS)}"
        if kind == 2:
            return "<!-- copydesk-disable-next-line newsroom/cliche -- checked -->\n" + w.sentence()
        return w.sentence() + "\n"
    return "# Comments\n\n" + lines_until(size, line)


def html_element(w, size):
    body = lines_until(size, w.sentence, join=" ").rstrip("\n")
    return f"<!doctype html>\n<html><head><title>Harbour</title></head><body><p>{body}</p></body></html>\n"


def html_tags(w, size):
    def para():
        words = w.paragraph().split(" ")
        return "<p>" + " ".join(f"<span class=\"w\">{word}</span>" if i % 3 == 0 else word for i, word in enumerate(words)) + "</p>"
    return "<!doctype html>\n<html><head><title>Harbour</title></head><body>\n" + lines_until(size, para) + "</body></html>\n"


def html_comments(w, size):
    return ("<!doctype html>\n<html><body>\n"
            + lines_until(size, lambda: f"<p>{w.sentence()} <!-- {w.pick(NOUNS)} --> {w.sentence()}</p>")
            + "</body></html>\n")


SHAPES = {
    "prose": (prose, "txt"),
    "one-line": (one_line, "txt"),
    "md-table": (md_table, "md"),
    "md-paragraph": (md_paragraph, "md"),
    "md-nested": (md_nested, "md"),
    "md-deep": (md_deep, "md"),
    "quotes": (quotes, "txt"),
    "quote-marks": (quote_marks, "txt"),
    "digits": (digits, "txt"),
    "dates": (dates, "txt"),
    "names": (names, "txt"),
    "short-lines": (short_lines, "txt"),
    "long-words": (long_words, "txt"),
    "md-comments": (md_comments, "md"),
    "html-element": (html_element, "html"),
    "html-tags": (html_tags, "html"),
    "html-comments": (html_comments, "html"),
}


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(SHAPES))
        return
    if len(sys.argv) != 4 or sys.argv[1] not in SHAPES:
        sys.exit(__doc__ + "\nshapes: " + ", ".join(SHAPES))
    shape, size, outdir = sys.argv[1], int(float(sys.argv[2])), sys.argv[3]
    make, extension = SHAPES[shape]
    text = make(Words(shape), size)
    path = os.path.join(outdir, f"{shape}.{extension}")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    print(path)


if __name__ == "__main__":
    main()
