#!/usr/bin/env python3
"""Reference line hashes for the tests: a direct port of the rolling hash GitHub's upload action
uses for `primaryLocationLineHash`, over the file's UTF-16 code units.

    line_hashes_reference.py FILE   -> one "LINE HASH:COUNT" per line, in the order they are produced
"""
import sys

BLOCK = 100
MOD = 37
MASK = (1 << 64) - 1


def hashes(text):
    units = list(text.encode("utf-16-le"))
    units = [units[i] | units[i + 1] << 8 for i in range(0, len(units), 2)]
    first_mod = pow(MOD, BLOCK, 1 << 64)
    window = [0] * BLOCK
    line_numbers = [-1] * BLOCK
    state = {"hash": 0, "index": 0, "line": 0, "line_start": True, "prev_cr": False}
    counts = {}
    out = []

    def output():
        value = format(state["hash"], "x")
        counts[value] = counts.get(value, 0) + 1
        out.append((line_numbers[state["index"]], f"{value}:{counts[value]}"))
        line_numbers[state["index"]] = -1

    def update(current):
        begin = window[state["index"]]
        window[state["index"]] = current
        state["hash"] = (MOD * state["hash"] + current - first_mod * begin) & MASK
        state["index"] = (state["index"] + 1) % BLOCK

    def process(current):
        if current in (0x20, 0x09) or (state["prev_cr"] and current == 0x0A):
            state["prev_cr"] = False
            return
        if current == 0x0D:
            current = 0x0A
            state["prev_cr"] = True
        else:
            state["prev_cr"] = False
        if line_numbers[state["index"]] != -1:
            output()
        if state["line_start"]:
            state["line_start"] = False
            state["line"] += 1
            line_numbers[state["index"]] = state["line"]
        if current == 0x0A:
            state["line_start"] = True
        update(current)

    for unit in units:
        process(unit)
    process(65535)
    for _ in range(BLOCK):
        if line_numbers[state["index"]] != -1:
            output()
        update(0)
    return out


def main():
    with open(sys.argv[1], encoding="utf-8", newline="") as handle:
        text = handle.read()
    for line, value in hashes(text):
        print(line, value)


if __name__ == "__main__":
    main()
