"""Peer figure for the typeset benchmark: the same paragraphs through Typst (PyPI `typst`), same font, same width.

Usage: python3 typst_peer.py <paragraphs.txt> <font_dir> <width_mm> <size_pt>
Prints JSON: cold compile (layout + PDF) and an incremental compile after a one-character edit, in seconds.
"""
import json
import sys
import time

import typst

SPECIAL = set("\\#$*_`<>@[]~=-+/")


def escape(s):
    return "".join("\\" + c if c in SPECIAL else c for c in s)


def source(paras, width, size):
    head = (
        f'#set page(width: {width}mm, height: auto, margin: 0mm)\n'
        f'#set text(font: "Noto Sans CJK SC", size: {size}pt, lang: "zh", region: "cn")\n'
        f'#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.6em)\n\n'
    )
    return head + "\n\n".join(escape(p) for p in paras) + "\n"


def main():
    path, font_dir, width, size = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    paras = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    src = source(paras, width, size).encode("utf-8")
    t0 = time.perf_counter()
    c = typst.Compiler(src, font_paths=[font_dir], ignore_system_fonts=True)
    t1 = time.perf_counter()
    pdf = c.compile(format="pdf")
    t2 = time.perf_counter()
    # Edit one character in the middle paragraph, as a user would, and compile again (Typst is incremental).
    mid = len(paras) // 2
    edited = list(paras)
    edited[mid] = edited[mid][:-1] + "。"
    src2 = source(edited, width, size).encode("utf-8")
    t3 = time.perf_counter()
    c.compile(input=src2, format="pdf")
    t4 = time.perf_counter()
    print(json.dumps({
        "typst_version": getattr(typst, "__version__", "?"),
        "fonts_s": t1 - t0,
        "cold_compile_s": t2 - t1,
        "edit_compile_s": t4 - t3,
        "pdf_bytes": len(pdf),
    }))


if __name__ == "__main__":
    main()
