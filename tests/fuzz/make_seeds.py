#!/usr/bin/env python3
"""Write the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Every seed is made here, from examples/cybercrime-bill.txt (through
tests/tools/convert.py for HTML, DOCX and PDF) or from short texts written
for this purpose, so the corpus is reproducible:

  python3 tests/fuzz/make_seeds.py

Seeds are kept small: libFuzzer mutates small inputs far faster, and
coverage, not size, is what a seed is for. Existing files are overwritten;
nothing else is removed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
import convert  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "cybercrime-bill.txt")

# A few short statutes in the shapes the segmenter knows.
STATUTE_FR = """LOI n° 2026-14 relative à la cybersécurité

TITRE Ier — DISPOSITIONS GÉNÉRALES

Article 1er
La présente loi s'applique aux opérateurs de communications électroniques.

Article 2 —
I. – Les données de connexion sont conservées pendant un an.
II. – Le juge peut ordonner :
1° la communication des données ;
2° la suspension du service.
"""

STATUTE_ES = """LEY 5/2026, de 3 de marzo, de ciberseguridad

Artículo 1. Objeto.
1. Esta ley regula la seguridad de las redes.
2. Nada de lo dispuesto en esta ley autoriza la interceptación.
a) los proveedores;
b) las autoridades.

Disposición adicional primera. Informe anual.
El Gobierno publicará un informe.
"""

STATUTE_US = """SEC. 101. SHORT TITLE.
This Act may be cited as the "Network Safety Act".
SEC. 102. DEFINITIONS.
(a) In General.—In this Act:
(1) Provider.—The term "provider" means a person that offers a service.
(A) in general; and
(B) subject to paragraph
(2) of subsection (a).
"""

AMENDING = """Schedule 1—Amendments

Telecommunications Act 1997

1  Subsection 317A(1)
Insert:
317L  Technical assistance notices
(1) The Director-General may give a technical assistance notice.
(2) The notice must be in writing.

2  Paragraph 55(1)(b)
substitute:
(b) a person who is a carrier;
"""

STRATEGY = """National Cyber Strategy 2026-2030

Pillar 1: Resilient infrastructure
Action 1.1 Build a national incident response team.
Action 1.2 Publish guidance for operators.

Pillar 2: Rights online
Task 11. Review surveillance laws against human rights standards.
"""

MARKDOWN = """# Online Safety Bill

## Part 1 — Duties

### 3. Removal orders

(1) The Commissioner may order a platform to remove content within 24 hours.

(2) An order under subsection (1) is subject to review by a court.

- item one
- item two

| Offence | Penalty |
|---|---|
| hacking | 5 years |
"""

CONTENTS = """Contents
1. Short title ........ 1
2. Interpretation ..... 2

1. Short title
This Act is the Short Act.
2. Interpretation
In this Act "data" means information in any form; and "officer" means a person appointed under section 1.
"""


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read_example():
    with open(EXAMPLE, encoding="utf-8") as f:
        return f.read()


def lines_of(text):
    return text.replace("\r\n", "\n").split("\n")


def html_seeds(example):
    write("html", "example.html", convert.to_html(convert.read_lines(EXAMPLE)))
    write("html", "fragment.html", "<p>1. A person who <b>accesses</b> a system&nbsp;commits an offence.</p>")
    write("html", "windows-1252.html",
          b'<html><head><meta charset="windows-1252"><title>Loi</title></head>'
          b"<body><h1>Article 1er</h1><p>Le juge peut ordonner la suspension \x96 \xe9t\xe9.</p></body></html>")
    write("html", "http-equiv-latin1.html",
          b'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
          b"</head><body><p>Art\xedculo 1. Objeto.</p></body></html>")
    write("html", "tables-and-script.html",
          "<!doctype html><html lang=en><head><style>p{}</style><script>var x='<p>';</script></head>"
          "<body><nav><a href=#s1>1</a></nav><main><table><tr><th>Section</th><td>6. (1) An officer "
          "may require<br>a provider<br/>to produce data.</td></tr></table><pre>  7.  The Minister\n"
          "  may suspend any service.</pre><ol><li>one</li><li>two &amp; &#x2014; &#8212; &bogus;</li></ol>"
          "<template><p>hidden</p></template><noscript>no</noscript></main></body></html>")
    write("html", "nested.html", "<div>" * 40 + "SEC. 101. SHORT TITLE." + "</div>" * 40)


def pdf_seeds(example):
    lines = convert.read_lines(EXAMPLE)
    write("pdf", "example.pdf", convert.to_pdf(lines))
    # The same pages with uncompressed content streams: mutations then reach
    # the text operators directly instead of breaking the deflate stream.
    pages = convert.paginate(lines)
    plain = convert.PdfWriter.stream
    convert.PdfWriter.stream = lambda self, data, compress=True: plain(self, data, False)
    try:
        write("pdf", "example-uncompressed.pdf",
              convert.build_pdf([convert.page_content(p, i + 1) for i, p in enumerate(pages)],
                                convert.title_of(lines)))
        short = ["1.  A person who accesses a system", "    commits an offence.", "",
                 "2.  (1) An officer may require a provider to pro-", "    duce traffic data."]
        write("pdf", "two-pages.pdf",
              convert.build_pdf([convert.page_content(short, 1), convert.page_content(short[:2], 2)], "Two"))
        write("pdf", "no-font.pdf", convert.build_pdf([convert.page_content(short, 1)], "No font", font=False))
    finally:
        convert.PdfWriter.stream = plain


def docx_seeds(example, scratch):
    def docx_bytes(lines, parts=None):
        path = os.path.join(scratch, "seed.docx")
        convert.write_docx(lines, path, parts)
        with open(path, "rb") as f:
            data = f.read()
        os.remove(path)
        return data

    write("docx", "example.docx", docx_bytes(convert.read_lines(EXAMPLE)))
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbered = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>'
                '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Offences</w:t></w:r></w:p>'
                '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                '<w:r><w:t xml:space="preserve">A person who accesses a system </w:t></w:r>'
                '<w:r><w:tab/><w:t>commits an offence.</w:t></w:r></w:p>'
                '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                '<w:r><w:t>An officer may require a provider to produce traffic data.</w:t></w:r></w:p>'
                '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
                '</w:body></w:document>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {w}>'
                 '<w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {w}><w:style w:styleId="Heading1">'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    write("docx", "numbered.docx", docx_bytes(["x"], {"word/document.xml": numbered,
                                                     "word/numbering.xml": numbering,
                                                     "word/styles.xml": styles}))
    write("docx", "short.docx", docx_bytes(lines_of(CONTENTS)))
    # The same package as a list of parts, which fuzz_docx zips itself.
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<dc:title>Numbered Bill</dc:title></cp:coreProperties>')
    parts = [("word/document.xml", numbered), ("word/numbering.xml", numbering), ("word/styles.xml", styles),
             ("docProps/core.xml", core)]
    write("docx", "numbered.parts", "".join(f"#> {name}\n{xml}\n" for name, xml in parts))
    write("docx", "example.parts", "#> word/document.xml\n" + convert.docx_document_xml(convert.read_lines(EXAMPLE)))


def akoma_ntoso_seeds():
    ns = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'
    write("akoma_ntoso", "act.xml",
          f'<?xml version="1.0" encoding="UTF-8"?><akomaNtoso {ns}><act><meta><identification>'
          '<FRBRWork><FRBRalias value="Network Act"/></FRBRWork></identification></meta>'
          '<preface><p><docTitle>Network Act</docTitle></p></preface><body>'
          '<chapter eId="chp_1"><num>Chapter 1</num><heading>General</heading>'
          '<article eId="art_1"><num>Article 1</num><heading>Scope</heading>'
          '<paragraph eId="art_1__para_1"><num>1.</num><content><p>This Act applies to providers.</p></content></paragraph>'
          '<paragraph eId="art_1__para_2"><num>2.</num><list><intro><p>The court may order:</p></intro>'
          '<point eId="p_a"><num>(a)</num><content><p>the production of data;</p></content></point>'
          '<point eId="p_b"><num>(b)</num><content><p>the suspension<authorialNote><p>note</p></authorialNote>'
          ' of a service.</p></content></point></list></paragraph></article></chapter></body></act></akomaNtoso>')
    write("akoma_ntoso", "prefixed-bill.xml",
          '<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><akn:bill><akn:body>'
          '<akn:section><akn:num>12</akn:num><akn:heading>Orders</akn:heading><akn:subsection><akn:num>(1)</akn:num>'
          '<akn:content><akn:p>A judge may &amp; shall&#x2014;decide.</akn:p></akn:content></akn:subsection>'
          '</akn:section></akn:body></akn:bill></akn:akomaNtoso>')
    write("akoma_ntoso", "table.xml",
          '<akomaNtoso><act><body><section><num>3</num><content><table><tr><th>Offence</th><th>Penalty</th></tr>'
          '<tr><td><p>Hacking</p></td><td><p>5 years</p></td></tr></table></content></section>'
          '<section><content><p>Unnumbered.</p></content></section></body></act></akomaNtoso>')
    write("akoma_ntoso", "not-akn.xml", '<?xml version="1.0"?><root><p>text</p></root>')


def text_seeds(example):
    # The first byte chooses the file name and charset (see fuzz_text.cpp).
    utf8 = example.encode("utf-8")
    short = "Article 1er — Le juge « peut » ordonner.\n2. Ça s'applique.\n"
    write("text", "utf8-txt", b"\x00" + utf8)
    write("text", "utf8-md", b"\x01" + MARKDOWN.encode("utf-8"))
    write("text", "utf8-bom", b"\x02\xef\xbb\xbf" + short.encode("utf-8"))
    write("text", "utf16le-bom", b"\x04" + b"\xff\xfe" + short.encode("utf-16-le"))
    write("text", "utf16be-bom", b"\x08" + b"\xfe\xff" + short.encode("utf-16-be"))
    write("text", "utf16le-nobom", b"\x05" + short.encode("utf-16-le"))
    write("text", "utf16be-nobom", b"\x0a" + short.encode("utf-16-be"))
    write("text", "latin1", b"\x0c" + short.replace("—", "-").encode("latin-1"))
    write("text", "cp1252", b"\x10" + short.encode("cp1252"))
    write("text", "shift-jis", b"\x18" + "第一条 この法律は、サイバーセキュリティについて定める。\n".encode("shift_jis"))
    write("text", "invalid-utf8", b"\x00" + b"1. A person \xc3\x28 who \xed\xa0\x80 accesses \xf8\x88\x80\x80\x80.\n")
    write("text", "overlong", b"\x00" + b"2. \xc0\xaf \xe0\x80\xaf \xf4\x90\x80\x80\n")
    write("text", "truncated", b"\x00" + b"3. caf\xc3")
    write("text", "nul", b"\x00" + b"1. A person\x00 who accesses.\n")
    write("text", "cr-only", b"\x00" + utf8[:600].replace(b"\n", b"\r"))
    write("text", "crlf", b"\x01" + utf8[:600].replace(b"\n", b"\r\n"))
    write("text", "whitespace", b"\x00 \t\r\n\x0b\x0c ")
    write("text", "looks-html", b"\x00<p>1. Short title</p>")
    write("text", "looks-xml", b"\x03<?xml version='1.0'?><akomaNtoso><act/></akomaNtoso>")
    write("text", "png", b"\x00\x89PNG\r\n\x1a\n")


def segmenter_seeds(example):
    write("segmenter", "example.txt", example)
    for name, text in [("french.txt", STATUTE_FR), ("spanish.txt", STATUTE_ES), ("us.txt", STATUTE_US),
                       ("amending.txt", AMENDING), ("strategy.txt", STRATEGY), ("markdown.md", MARKDOWN),
                       ("contents.txt", CONTENTS)]:
        write("segmenter", name, text)
    write("segmenter", "prose.txt", "Cyber security matters.\n\nIt protects everyone online.\n")
    write("segmenter", "crlf.txt", STATUTE_US.replace("\n", "\r\n"))


def framework_seeds():
    def folder(path):
        parts = []
        with open(os.path.join(path, "framework.yaml"), encoding="utf-8") as f:
            parts.append(f.read())
        for sub in ("terms", "indicators"):
            d = os.path.join(path, sub)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    parts.append(f"#> {sub}/{name}\n" + f.read())
        return "\n".join(parts)

    for name in ("report-framework", "golden-framework"):
        write("framework", name + ".yaml", folder(os.path.join(ROOT, "tests", "data", name)))
    write("framework", "terms-and-gap.yaml", """id: small
version: "1"
title: Small
languages: [en]
recommendations:
  - number: 1
    text: One.
  - number: 2
    text: Two.
#> terms/shared.yaml
judge:
  - judge
  - court
order:
  - order\\w*
  - direct\\w*
#> indicators/a.yaml
- id: R1.order
  recommendations: [1, 2]
  kind: risk
  severity: high
  confidence: 0.9
  message: An order
  rationale: Why.
  suggestion: What instead.
  lowered_by: [R2.judge]
  effect: remove
  detect:
    all:
      - near: {of: [order, judge], within: 8}
      - not: {inside: {sentence: {match: judge}}}
      - unless_nearby: {of: order, unless: judge, within: 5}
- id: R2.judge
  recommendations: [2]
  kind: safeguard
  message: A judge decides
  rationale: Why.
  suggestion: Keep it.
  detect:
    any:
      - match: judge
      - modality: {of: order, is: [limit]}
- id: G1.no-judge
  recommendations: [1]
  kind: gap
  severity: low
  message: No judge
  rationale: Why.
  suggestion: Add one.
  when_any: [R1.order]
  unless_any: [R2.judge]
""")


def report_seeds(example):
    write("report", "bill", "bill.txt\n" + example)
    write("report", "odd-path", 'dir/bill, "draft" <2>.txt\n' + example[:900])
    write("report", "amending", "amend.txt\n" + AMENDING + "\nThe Minister may suspend any communications service.\n")
    write("report", "multibyte",
          "loi.txt\nArticle 1er — Le Ministre « may suspend any communications service » é\u0301.\n"
          "Article 2 — This section does not apply to security research.\n")
    write("report", "no-structure", "x.md\nAn officer may require a provider to produce any traffic data.")


def main():
    example = read_example()
    scratch = os.path.join(HERE, "corpus")
    os.makedirs(scratch, exist_ok=True)
    html_seeds(example)
    pdf_seeds(example)
    docx_seeds(example, scratch)
    akoma_ntoso_seeds()
    text_seeds(example)
    segmenter_seeds(example)
    framework_seeds()
    report_seeds(example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
