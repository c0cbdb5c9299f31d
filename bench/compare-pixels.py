#!/usr/bin/env python3
"""Compares two folders of PDFs page by page at 60 dpi (pdftoppm, greyscale), as the PDF backend tests do.

Usage: bench/compare-pixels.py OURS OTHER   (folders holding PDFs of the same names, e.g. `pages --out` of two backends)
Prints, per PDF, the pages, the share of pixels that differ at all and that differ by more than a quarter of the
grey range, and the worst page."""
import os, subprocess, sys, tempfile

def pages(pdf, folder):
    subprocess.run(["pdftoppm", "-gray", "-r", "60", pdf, os.path.join(folder, "p")], check=True)
    return [os.path.join(folder, f) for f in sorted(os.listdir(folder))]

def pgm(path):
    data = open(path, "rb").read()
    fields, at = [], 0
    while len(fields) < 4:  # magic, width, height, maximum
        while data[at:at + 1].isspace(): at += 1
        start = at
        while not data[at:at + 1].isspace(): at += 1
        fields.append(data[start:at])
    return int(fields[1]), int(fields[2]), data[at + 1:]

ours, other = sys.argv[1], sys.argv[2]
for name in sorted(f for f in os.listdir(ours) if f.endswith(".pdf")):
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        left, right = pages(os.path.join(ours, name), a), pages(os.path.join(other, name), b)
        total = changed = strong = 0
        worst = (0.0, 0)
        for number, (l, r) in enumerate(zip(left, right), 1):
            wl, hl, pl = pgm(l)
            wr, hr, pr = pgm(r)
            if (wl, hl) != (wr, hr):
                print(f"{name} page {number}: sizes differ {wl}x{hl} against {wr}x{hr}")
                continue
            page_changed = sum(1 for x, y in zip(pl, pr) if x != y)
            strong += sum(1 for x, y in zip(pl, pr) if abs(x - y) > 64)
            changed += page_changed
            total += len(pl)
            worst = max(worst, (page_changed / len(pl), number))
        print(f"{name}: {len(left)} pages against {len(right)}; pixels differing {100 * changed / max(total, 1):.2f} %, "
              f"by more than 64 of 255 {100 * strong / max(total, 1):.2f} %; worst page {worst[1]} ({100 * worst[0]:.2f} %)")
