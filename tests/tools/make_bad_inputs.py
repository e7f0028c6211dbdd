#!/usr/bin/env python3
"""Write the bad-input fixtures of tests/e2e/bad_input.sh into a folder.

Usage:
  make_bad_inputs.py OUTDIR SAMPLE.txt

SAMPLE.txt is a small, good plain-text statute (the bundled example bill);
it is copied as good.txt and is the source of the DOCX fixtures. Every
fixture is deterministic (fixed seeds, fixed zip dates), so a failure can be
reproduced byte for byte. Files written:

  good.txt            the sample, unchanged
  empty.txt           0 bytes
  blank.txt           spaces, tabs and newlines only
  garbage.txt/.bin    4 KiB of seeded random bytes, NULs included
  bad-utf8.txt        English text with invalid UTF-8 sequences
  text.pdf/.docx      plain text under a binary format's extension
  encrypted.pdf       a PDF with a Standard-security /Encrypt dictionary whose
                      empty user password does not open it
  image-only.pdf      a valid two-page PDF that draws rectangles and has no text
  truncated.docx      a good DOCX cut in half
  no-document.docx    a DOCX package without word/document.xml
  malformed-xml.docx  a DOCX whose word/document.xml is not well-formed
  malformed-akn.xml   Akoma Ntoso cut off inside <section>
  not-akn.xml         well-formed XML of another vocabulary (a book catalogue)
  bomb.docx           a DOCX whose document.xml inflates to about 60 MB
  big.txt             5 KiB of text, for --max-bytes 1000
"""
import os
import random
import sys

sys.dont_write_bytecode = True  # importing convert must not write __pycache__ into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert  # noqa: E402

SEED = 20260101


def write(outdir, name, data):
    with open(os.path.join(outdir, name), "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def garbage():
    rng = random.Random(SEED)
    data = bytearray(rng.getrandbits(8) for _ in range(4096))
    for i in range(0, len(data), 97):  # NULs for certain, not by luck
        data[i] = 0
    # Nothing a format detector could take for a PDF, a ZIP or a known image.
    assert b"%PDF-" not in data[:1024] and not data.startswith(b"PK")
    return bytes(data)


def encrypted_pdf():
    rng = random.Random(SEED + 1)
    o = bytes(rng.getrandbits(8) for _ in range(32))
    u = bytes(rng.getrandbits(8) for _ in range(32))
    file_id = bytes(rng.getrandbits(8) for _ in range(16)).hex().upper().encode()
    encrypt = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o.hex().upper().encode() + b"> /U <"
               + u.hex().upper().encode() + b"> /P -4 >>")
    trailer = b" /Encrypt {obj} /ID [<" + file_id + b"> <" + file_id + b">]"
    # The content streams are not really encrypted: with a password nobody
    # knows, a reader must refuse the file before it gets to them.
    page = convert.page_content(["Section 1. This page is behind a password."], 1)
    return convert.build_pdf([page], "Encrypted", extra_objects=[encrypt], extra_trailer=trailer)


def image_only_pdf():
    pages = [
        b"q 0.2 0.4 0.8 rg 72 500 300 200 re f Q\nq 0 0 0 RG 2 w 60 60 475 722 re S Q\n",
        b"q 0.8 0.3 0.2 rg 150 300 250 250 re f Q\n",
    ]
    return convert.build_pdf(pages, "Scanned bill", font=False)


def bomb_docx(path, lines):
    """A DOCX whose document.xml is ~60 MB of one character, deflated while it is written."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(convert.zip_entry("[Content_Types].xml"), convert.CONTENT_TYPES_XML)
        zf.writestr(convert.zip_entry("_rels/.rels"), convert.ROOT_RELS_XML)
        zf.writestr(convert.zip_entry("docProps/core.xml"), convert.core_xml("Bomb"))
        with zf.open(convert.zip_entry("word/document.xml"), "w") as f:
            f.write((convert._XML_DECL + f'<w:document xmlns:w="{convert._W_NS}"><w:body><w:p><w:r>'
                     '<w:t xml:space="preserve">').encode())
            chunk = b"A" * (1 << 20)
            for _ in range(60):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>\n")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    outdir, sample = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    with open(sample, "rb") as f:
        good = f.read()
    lines = convert.read_lines(sample)

    write(outdir, "good.txt", good)
    write(outdir, "empty.txt", b"")
    write(outdir, "blank.txt", b"   \n\t\n\n        \t  \n" * 20)
    write(outdir, "garbage.txt", garbage())
    write(outdir, "garbage.bin", garbage())
    write(outdir, "bad-utf8.txt",
          b"Section 1. Short title\n  This Act may be cited as the Caf\xe9 Act.\n"
          b"Section 2. \xc3\x28 broken sequence and a lone \xff byte.\n")
    write(outdir, "text.pdf", "Section 1. This is plain text, not a PDF.\n")
    write(outdir, "text.docx", "Section 1. This is plain text, not a Word document.\n")
    write(outdir, "encrypted.pdf", encrypted_pdf())
    write(outdir, "image-only.pdf", image_only_pdf())

    full = os.path.join(outdir, "full.docx.tmp")
    convert.write_docx(lines, full)
    with open(full, "rb") as f:
        whole = f.read()
    os.remove(full)
    write(outdir, "truncated.docx", whole[: len(whole) // 2])
    convert.write_docx(lines, os.path.join(outdir, "no-document.docx"), parts={"word/document.xml": None})
    convert.write_docx(lines, os.path.join(outdir, "malformed-xml.docx"), parts={
        "word/document.xml": convert._XML_DECL + f'<w:document xmlns:w="{convert._W_NS}"><w:body>'
        '<w:p><w:r><w:t>Section 1. This Act may be cited</w:r></w:p><w:p><w:r><w:t>as the'})

    write(outdir, "malformed-akn.xml",
          '<?xml version="1.0" encoding="UTF-8"?>\n'
          '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n'
          '  <act name="act">\n    <body>\n      <section eId="sec_1">\n        <num>1.</num>\n'
          '        <heading>Short title</heading>\n        <content>This Act may be cited as\n')
    write(outdir, "not-akn.xml",
          '<?xml version="1.0" encoding="UTF-8"?>\n<catalog>\n'
          '  <book id="b1">\n    <title>Laws of the Sea</title>\n    <author>A. Mariner</author>\n'
          '    <publisher>Harbour Press</publisher>\n    <price currency="EUR">12.50</price>\n  </book>\n'
          '  <book id="b2">\n    <title>Cyber Statutes Annotated</title>\n    <author>B. Clerk</author>\n'
          '    <publisher>Capital Books</publisher>\n    <price currency="EUR">40.00</price>\n  </book>\n'
          '</catalog>\n')
    bomb_docx(os.path.join(outdir, "bomb.docx"), lines)

    para = ("Section {n}. A person who, intentionally and without right, accesses a computer "
            "system commits an offence.\n")
    big = "".join(para.format(n=n) for n in range(1, 200))
    write(outdir, "big.txt", big[: 5 * 1024].rsplit("\n", 1)[0] + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
