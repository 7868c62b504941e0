"""Writes the first sheet of an .xlsx workbook as CSV (UTF-8), with the Python standard library only.
The snapshot of OFSI's Consolidated List in ../shared is a workbook; OFSI publishes the same table
as ConList.csv, which is what `copydesk` reads (format `uk-ofsi`).

    python3 xlsx_to_csv.py BOOK.xlsx OUT.csv
"""
import csv
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def column(reference):
    number = 0
    for letter in re.match(r"[A-Z]+", reference).group():
        number = number * 26 + ord(letter) - 64
    return number - 1


def main(book_path, out_path):
    book = zipfile.ZipFile(book_path)
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
            shared.append("".join(text.text or "" for text in item.iter(MAIN + "t")))
    sheet = sorted(name for name in book.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name))[0]
    with open(out_path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        for _, element in ET.iterparse(book.open(sheet)):
            if element.tag != MAIN + "row":
                continue
            cells = {}
            for cell in element.iter(MAIN + "c"):
                kind, value = cell.get("t"), cell.find(MAIN + "v")
                if kind == "inlineStr":
                    text = "".join(t.text or "" for t in cell.iter(MAIN + "t"))
                elif value is None:
                    text = ""
                elif kind == "s":
                    text = shared[int(value.text)]
                else:
                    text = value.text or ""
                cells[column(cell.get("r"))] = text
            writer.writerow([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
            element.clear()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
