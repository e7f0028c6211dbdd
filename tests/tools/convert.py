#!/usr/bin/env python3
"""Turn a plain-text statute into an HTML page, a DOCX file or a PDF.

Usage:
  convert.py {html|docx|pdf} IN.txt OUT [--lang CODE]

The output is what a person's website or word processor would produce from
the same text, so the same statute can be fed through each of rightscheck's
readers and the results compared with the plain-text original:

  html  a complete HTML5 page: <title>, a <nav> of links, a <style> and a
        <script> (which a reader must drop), and a <main> in which every block
        of lines (blocks are separated by blank lines) is a <p>, or an <h2>
        when the block is one short all-caps line; lines of a block are
        separated by <br>; leading indentation is dropped.
  docx  a minimal WordprocessingML package: one <w:p> per non-empty line,
        indentation as <w:ind w:left>, the text split into two runs the way
        Word splits them, the title in docProps/core.xml.
  pdf   a PDF 1.4 written by hand: A4 pages of 55 lines of 9 pt Helvetica
        (WinAnsiEncoding), each line one Tj placed at an x offset that
        reflects its indentation, a centred "- N -" footer on every page,
        a correct xref table, /Info with /Title.

Standard library only: the CI machines have nothing but Debian's python3.
The output is deterministic (no timestamps), so fixtures are reproducible.
"""
import argparse
import html
import sys
import zipfile
import zlib

# --------------------------------------------------------------------------
# Shared helpers


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).split("\n")


def title_of(lines):
    for line in lines:
        if line.strip():
            return " ".join(line.split())
    return "Untitled"


def indent_of(line):
    return len(line) - len(line.lstrip(" "))


# --------------------------------------------------------------------------
# HTML


def _html_text(s):
    """Escape text for HTML content; dashes become named entities as many CMSs write them."""
    s = html.escape(s, quote=False)
    return s.replace("\u2014", "&mdash;").replace("\u2013", "&ndash;")


def _is_heading_block(block):
    if len(block) != 1:
        return False
    line = block[0].strip()
    return len(line) <= 70 and any(c.isalpha() for c in line) and line == line.upper()


def to_html(lines, lang="en"):
    title = title_of(lines)
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    out = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_html_text(title)}</title>",
        "<style>",
        "  body { font-family: Georgia, serif; max-width: 48em; margin: auto; }",
        "  nav a { margin-right: 1em; } /* site chrome: not part of the law */",
        "</style>",
        "<script>",
        "  // Site analytics: a reader must never take this for text of the law.",
        "  var visits = 0; if (visits < 1 && document.title.length > 0) { visits += 1; }",
        "</script>",
        "</head>",
        "<body>",
        '<nav><a href="/">Home</a> <a href="/legislation/">Legislation</a> '
        '<a href="/search?q=act&amp;year=2026">Search</a></nav>',
        "<main>",
    ]
    for block in blocks:
        if _is_heading_block(block):
            out.append(f"<h2>{_html_text(block[0])}</h2>")
        else:
            out.append("<p>" + "<br>\n".join(_html_text(line) for line in block) + "</p>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out).encode("utf-8")


# --------------------------------------------------------------------------
# DOCX

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def xml_escape(s, attribute=False):
    # Characters XML 1.0 forbids are dropped; the rest escaped.
    s = "".join(c for c in s if c in "\t\n\r" or ord(c) >= 0x20)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        s = s.replace('"', "&quot;")
    return s


def _run(text):
    return f'<w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r>'


def docx_document_xml(lines):
    body = []
    for line in lines:
        if not line.strip():
            continue
        indent = indent_of(line)
        text = line.strip(" ")
        ppr = f'<w:pPr><w:ind w:left="{indent * 120}"/></w:pPr>' if indent else ""
        # Word splits a paragraph's text into runs wherever formatting or
        # editing history changes, often inside a word; a reader must join
        # runs without adding anything.
        if len(text) > 12:
            cut = len(text) // 2
            runs = _run(text[:cut]) + _run(text[cut:])
        else:
            runs = _run(text)
        body.append(f"<w:p>{ppr}{runs}</w:p>")
    return (
        _XML_DECL
        + f'<w:document xmlns:w="{_W_NS}"><w:body>\n'
        + "\n".join(body)
        + '\n<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
        "</w:body></w:document>\n"
    )


CONTENT_TYPES_XML = (
    _XML_DECL
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>\n"
)

ROOT_RELS_XML = (
    _XML_DECL
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>\n"
)


def core_xml(title):
    return (
        _XML_DECL
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_escape(title)}</dc:title><dc:creator>convert.py</dc:creator>"
        "</cp:coreProperties>\n"
    )


def zip_entry(name):
    """A ZipInfo with a fixed date, so the archive bytes are reproducible."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_docx(lines, out_path, parts=None):
    """Writes the DOCX package. parts overrides or removes (value None) members by name."""
    members = {
        "[Content_Types].xml": CONTENT_TYPES_XML,
        "_rels/.rels": ROOT_RELS_XML,
        "word/document.xml": docx_document_xml(lines),
        "docProps/core.xml": core_xml(title_of(lines)),
    }
    members.update(parts or {})
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            if content is None:
                continue
            zf.writestr(zip_entry(name), content.encode("utf-8") if isinstance(content, str) else content)


# --------------------------------------------------------------------------
# PDF

PAGE_W, PAGE_H = 595, 842  # A4 in points
FONT_SIZE = 9
LEADING = 13
LINES_PER_PAGE = 55
LEFT = 56
TOP = PAGE_H - 64  # baseline of the first line
FOOTER_Y = 36
INDENT_STEP = 4.5  # points per leading space in the source

# Approximate Helvetica advance widths (1/1000 em), enough to centre a footer
# and to decide when a line must wrap; poppler uses the real metrics.
_NARROW = set("ijl.,:;'!|")
_SEMI = set("frt()[]-\" /\\")
_WIDE = set("mwMW@%")


def _glyph_width(c):
    if c == " ":
        return 278
    if c in _NARROW:
        return 240
    if c in _SEMI:
        return 333
    if c in _WIDE:
        return 900
    if c.isupper():
        return 722
    return 556


def text_width(s, size=FONT_SIZE):
    return sum(_glyph_width(c) for c in s) * size / 1000.0


_CP1252_FALLBACK = {
    "\u00a0": " ",  # no-break space: keep it a space
    "\u2212": "-",  # minus sign
    "\u2010": "-", "\u2011": "-",  # hyphens cp1252 lacks
}


def pdf_string(s):
    """A PDF literal string of s in WinAnsiEncoding (cp1252); unknown characters become '?'."""
    out = bytearray(b"(")
    for c in s:
        c = _CP1252_FALLBACK.get(c, c)
        try:
            b = c.encode("cp1252")
        except UnicodeEncodeError:
            b = b"?"
        for byte in b:
            if byte in b"()\\":
                out += b"\\" + bytes([byte])
            elif byte < 0x20 or byte > 0x7E:
                out += b"\\%03o" % byte
            else:
                out.append(byte)
    out += b")"
    return bytes(out)


def pdf_text_string(s):
    """A text string for /Info: UTF-16BE with a byte-order mark, as hex."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def wrap_line(line, width):
    """Splits a source line that would run off the page, as a word processor would."""
    indent = indent_of(line)
    words = line.strip(" ").split(" ")
    out, current = [], ""
    for w in words:
        candidate = (current + " " + w) if current else w
        if current and INDENT_STEP * indent + text_width(candidate) > width:
            out.append(" " * indent + current)
            current = w
        else:
            current = candidate
    out.append(" " * indent + current)
    return out


def page_content(page_lines, number):
    ops = [b"BT", b"/F1 %d Tf" % FONT_SIZE]
    y = TOP
    for line in page_lines:
        if line.strip():
            x = LEFT + INDENT_STEP * indent_of(line)
            ops.append(b"1 0 0 1 %.2f %.2f Tm " % (x, y) + pdf_string(line.strip(" ")) + b" Tj")
        y -= LEADING
    footer = f"- {number} -"
    x = (PAGE_W - text_width(footer)) / 2
    ops.append(b"1 0 0 1 %.2f %d Tm " % (x, FOOTER_Y) + pdf_string(footer) + b" Tj")
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


class PdfWriter:
    """Collects numbered objects and writes them with a correct xref table."""

    def __init__(self):
        self.objects = {}

    def reserve(self):
        n = len(self.objects) + 1
        self.objects[n] = None
        return n

    def set(self, n, body):
        self.objects[n] = body

    def add(self, body):
        n = self.reserve()
        self.set(n, body)
        return n

    def stream(self, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            head = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            head = b"<< /Length %d >>" % len(data)
        return head + b"\nstream\n" + data + b"\nendstream"

    def serialise(self, root, info=None, extra_trailer=b""):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for n in sorted(self.objects):
            offsets[n] = len(out)
            out += b"%d 0 obj\n" % n + self.objects[n] + b"\nendobj\n"
        xref_at = len(out)
        size = max(self.objects) + 1
        out += b"xref\n0 %d\n" % size
        out += b"0000000000 65535 f \n"
        for n in range(1, size):
            out += b"%010d 00000 n \n" % offsets[n]
        trailer = b"<< /Size %d /Root %d 0 R" % (size, root)
        if info:
            trailer += b" /Info %d 0 R" % info
        trailer += extra_trailer + b" >>"
        out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref_at
        return bytes(out)


def build_pdf(pages_content, title, extra_objects=None, extra_trailer=b"", font=True):
    """Assembles a PDF from one content stream (bytes) per page."""
    w = PdfWriter()
    catalog = w.reserve()
    pages = w.reserve()
    font_ref = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>") if font else None
    info = w.add(b"<< /Title " + pdf_text_string(title) + b" /Producer (rightscheck tests/tools/convert.py) >>")
    kids = []
    for content in pages_content:
        contents = w.add(w.stream(content))
        resources = b"<< /Font << /F1 %d 0 R >> >>" % font_ref if font else b"<< >>"
        kids.append(w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                          % (pages, PAGE_W, PAGE_H, resources, contents)))
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    w.set(pages, b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
          + b"] /Count %d >>" % len(kids))
    for body in extra_objects or []:
        extra_trailer = extra_trailer.replace(b"{obj}", b"%d 0 R" % w.add(body), 1)
    return w.serialise(catalog, info, extra_trailer)


def paginate(lines):
    width = PAGE_W - 2 * LEFT
    laid = []
    for line in lines:
        laid.extend(wrap_line(line, width) if line.strip() else [""])
    while laid and not laid[-1].strip():
        laid.pop()
    pages = [laid[i:i + LINES_PER_PAGE] for i in range(0, len(laid), LINES_PER_PAGE)]
    return pages or [[]]


def to_pdf(lines):
    pages = paginate(lines)
    return build_pdf([page_content(p, i + 1) for i, p in enumerate(pages)], title_of(lines))


# --------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("format", choices=["html", "docx", "pdf"])
    ap.add_argument("input", help="plain-text statute, UTF-8")
    ap.add_argument("output")
    ap.add_argument("--lang", default="en", help="language of the HTML page (default: en)")
    args = ap.parse_args(argv)
    try:
        lines = read_lines(args.input)
    except (OSError, UnicodeDecodeError) as e:
        print(f"convert.py: {args.input}: {e}", file=sys.stderr)
        return 2
    if args.format == "html":
        with open(args.output, "wb") as f:
            f.write(to_html(lines, args.lang))
    elif args.format == "docx":
        write_docx(lines, args.output)
    else:
        with open(args.output, "wb") as f:
            f.write(to_pdf(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
