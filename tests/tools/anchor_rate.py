#!/usr/bin/env python3
"""Measure how often the structure analyser puts a labelled quote under the
anchor people cite for it.

Usage:
  anchor_rate.py --binary build/rightscheck --labels ../shared/corpus/dev/labels.jsonl \
      --format {txt,html,docx,pdf} --workdir DIR --min-rate 0.95 [--only GLOB] [-v]

For every label with a quote: the label's document (converted into --workdir
with convert.py when --format is not txt) is scanned, with every other
document, by one `BINARY scan --format json` run; the quote is located in the
document's text the way ../shared/tools/score.py does it (its words joined by
\\s+, over the bytes; the text is the file for txt and `BINARY extract FILE`
otherwise); the innermost provision whose span holds the whole quote is taken
(the smallest span; on a tie the later one in the report); and its anchor is
compared with the label's after normalisation (lower case, unit words such as
"s.", "Art.", "Sec." dropped, spaces removed, trailing period dropped).

The last line is the summary: `anchors FORMAT: FOUND/TOTAL = PCT%`.
Exit status: 0; 1 when the rate is below --min-rate; 2 on unusable input
(binary or labels missing, scan output not JSON).
"""
import argparse
import fnmatch
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONVERT = os.path.join(HERE, "convert.py")

UNIT_WORDS = {
    "s.", "ss.", "sec.", "sec", "section", "art.", "art", "article", "r.", "reg.",
    "regulation", "rule", "cl.", "clause", "para.", "paragraph", "subsection", "artículo",
}


def fail(msg):
    print(f"anchor_rate.py: {msg}", file=sys.stderr)
    sys.exit(2)


def normalise_anchor(anchor):
    tokens = [t for t in (anchor or "").lower().split() if t not in UNIT_WORDS]
    joined = "".join(tokens)
    return joined[:-1] if joined.endswith(".") else joined


def find_quote(text, quote):
    """(start, end) byte span of quote in text, whitespace-insensitive, or None; and the hit count."""
    pattern = rb"\s+".join(re.escape(w.encode("utf-8")) for w in quote.split())
    hits = [m.span() for m in re.finditer(pattern, text)]
    return (hits[0] if len(hits) == 1 else None), len(hits)


def innermost(provisions, span):
    """The smallest provision holding span; on equal size the later one in the list."""
    best = None
    for p in provisions:
        try:
            start, end = int(p["start"]), int(p["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if start <= span[0] and span[1] <= end:
            if best is None or end - start <= best[0]:
                best = (end - start, p)
    return best[1] if best else None


def load_labels(path, only):
    labels = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    lab = json.loads(line)
                except json.JSONDecodeError as e:
                    fail(f"{path}:{n}: {e}")
                if lab.get("kind") == "gap" or not lab.get("quote"):
                    continue
                if not lab.get("doc") or not lab.get("anchor"):
                    fail(f"{path}:{n}: a label with a quote needs doc and anchor")
                if only and not any(fnmatch.fnmatch(lab["doc"], g) for g in only):
                    continue
                lab["_line"] = n
                labels.append(lab)
    except OSError as e:
        fail(f"cannot read labels: {e}")
    return labels


def convert(fmt, src, workdir):
    stem = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(workdir, f"{stem}.{fmt}")
    cmd = [sys.executable, CONVERT, fmt, src, out]
    lang = stem.split("-", 1)[0]
    if fmt == "html" and len(lang) == 2 and lang.isalpha():
        cmd += ["--lang", lang]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"convert.py failed on {src}: {proc.stderr.strip()}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the rightscheck binary")
    ap.add_argument("--labels", required=True, help="labels.jsonl of a corpus")
    ap.add_argument("--format", required=True, choices=["txt", "html", "docx", "pdf"])
    ap.add_argument("--workdir", required=True, help="where converted documents are written")
    ap.add_argument("--min-rate", type=float, required=True, help="fail below this fraction (0-1)")
    ap.add_argument("--only", metavar="GLOB", action="append", help="only documents matching, e.g. 'dev/en-*'")
    ap.add_argument("-v", "--verbose", action="store_true", help="also show the anchor found for each miss")
    args = ap.parse_args()

    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        fail(f"binary not found or not executable: {args.binary}")
    if not os.path.isfile(args.labels):
        fail(f"labels not found: {args.labels}")
    labels = load_labels(args.labels, args.only)
    if not labels:
        fail("no label with a quote" + (f" matches {args.only}" if args.only else ""))

    corpus_root = os.path.dirname(os.path.dirname(os.path.abspath(args.labels)))
    docs = sorted({lab["doc"] for lab in labels})
    sources = {}
    for d in docs:
        p = os.path.join(corpus_root, d)
        if not os.path.isfile(p):
            fail(f"labelled document missing: {p}")
        sources[d] = p

    if args.format == "txt":
        inputs = dict(sources)
    else:
        os.makedirs(args.workdir, exist_ok=True)
        inputs = {d: convert(args.format, sources[d], args.workdir) for d in docs}

    proc = subprocess.run([args.binary, "scan", "--format", "json"] + [inputs[d] for d in docs],
                          capture_output=True)
    stderr = proc.stderr.decode("utf-8", errors="replace").strip()
    if stderr:
        print(f"scan (exit {proc.returncode}) said:")
        for line in stderr.splitlines()[:40]:
            print("  " + line)
    try:
        report = json.loads(proc.stdout)
        reported = report["documents"]
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as e:
        fail(f"scan output is not a JSON report (exit {proc.returncode}): {e}")

    by_path, by_name = {}, {}
    for doc in reported:
        if isinstance(doc, dict):
            by_path[doc.get("path", "")] = doc
            by_name[os.path.basename(doc.get("path", ""))] = doc

    found = total = 0
    misses, notes = [], []
    for d in docs:
        path = inputs[d]
        doc_labels = [lab for lab in labels if lab["doc"] == d]
        report_doc = by_path.get(path) or by_name.get(os.path.basename(path))
        if report_doc is None:
            total += len(doc_labels)
            misses.append(f"{d}: not in the report ({len(doc_labels)} labels missed)")
            continue
        if args.format == "txt":
            with open(path, "rb") as f:
                text = f.read()
        else:
            ex = subprocess.run([args.binary, "extract", path], capture_output=True)
            if ex.returncode != 0:
                total += len(doc_labels)
                err = ex.stderr.decode("utf-8", errors="replace").strip()
                misses.append(f"{d}: extract failed, exit {ex.returncode}: {err[:200]} "
                              f"({len(doc_labels)} labels missed)")
                continue
            text = ex.stdout
        provisions = [p for p in report_doc.get("provisions") or [] if isinstance(p, dict)]
        for lab in doc_labels:
            span, hits = find_quote(text, lab["quote"])
            if span is None:
                notes.append(f"{d} {lab['anchor']} (labels line {lab['_line']}): quote found {hits} times, skipped")
                continue
            total += 1
            prov = innermost(provisions, span)
            got = prov.get("anchor", "") if prov else None
            if got is not None and normalise_anchor(got) == normalise_anchor(lab["anchor"]):
                found += 1
                continue
            if args.verbose:
                shown = "(no provision holds the quote)" if got is None else repr(got)
                misses.append(f"{d}: label {lab['anchor']!r}, found {shown}")
            else:
                misses.append(f"{d}: label {lab['anchor']!r}")

    if notes:
        print(f"skipped ({len(notes)}), the quote not found exactly once in the text:")
        for n in notes:
            print("  " + n)
    print(f"misses ({len(misses)}):")
    for m in misses:
        print("  " + m)
    rate = found / total if total else 0.0
    print(f"anchors {args.format}: {found}/{total} = {100 * rate:.1f}%")
    if rate < args.min_rate:
        print(f"anchor_rate.py: rate {rate:.3f} is below the minimum {args.min_rate:.3f}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
