#!/usr/bin/env bash
# Every kind of bad input is refused the same way: exit status 2, exactly one
# line on stderr that names the file, nothing on stdout, no hang (each run has
# a 60 s timeout), and no report file left behind by -o. Under an ASan/UBSan
# build a sanitizer report on stderr breaks the one-line rule: intended.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init bad_input

if ! python3 "$SOURCE_DIR/tests/tools/make_bad_inputs.py" "$WORK/in" "$SOURCE_DIR/examples/cybercrime-bill.txt"; then
  echo "FAIL: make_bad_inputs.py could not write the fixtures"
  exit 1
fi
IN="$WORK/in"
mkdir -p "$IN/a-directory"
mkfifo "$IN/fifo.txt" || { echo "FAIL: mkfifo"; exit 1; }

# expect_refused WHAT FILE [GLOBAL-OPTION...] -- COMMAND
# Runs `rightscheck [GLOBAL-OPTION...] COMMAND FILE` and checks the refusal.
expect_refused() {
  local what=$1 file=$2
  shift 2
  local globals=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do globals+=("$1"); shift; done
  shift
  local cmd=$1
  check "$cmd refuses $what: ${globals[*]:+${globals[*]} }$cmd $(basename "$file")"
  rc_run "${globals[@]}" "$cmd" "$file"
  local ok=1
  if [ "$RC" -eq 124 ] || [ "$RC" -gt 128 ]; then
    fail "$cmd $what: timed out or killed (exit $RC)"
    ok=0
  elif [ "$RC" -ne 2 ]; then
    fail "$cmd $what: exit status $RC, expected 2"
    ok=0
  fi
  if [ -s "$WORK/stdout" ]; then
    fail "$cmd $what: printed on stdout"
    ok=0
  fi
  if ! stderr_is_one_line; then
    fail "$cmd $what: stderr is not exactly one line"
    ok=0
  elif ! grep -qF -- "$file" "$WORK/stderr"; then
    fail "$cmd $what: the error line does not name $file"
    ok=0
  elif grep -qF "not supported yet" "$WORK/stderr"; then
    # The placeholder readers refuse everything; that is not the refusal
    # under test (it must say why this file, of a supported format, is bad).
    fail "$cmd $what: refused only because the reader is not written yet"
    ok=0
  fi
  if [ $ok -eq 0 ]; then
    show stdout "$WORK/stdout"
    show stderr "$WORK/stderr"
  else
    echo "   ok: $(cat "$WORK/stderr")"
  fi
}

# Both commands that read one file must refuse it.
refused_by_all() {
  local what=$1 file=$2
  shift 2
  expect_refused "$what" "$file" "$@" -- scan
  expect_refused "$what" "$file" "$@" -- extract
}

refused_by_all "a missing file" "$IN/does-not-exist.txt"
refused_by_all "a directory" "$IN/a-directory"
refused_by_all "a FIFO (not a regular file; must not block)" "$IN/fifo.txt"
refused_by_all "an empty file" "$IN/empty.txt"
refused_by_all "a whitespace-only .txt" "$IN/blank.txt"
refused_by_all "binary garbage named .txt" "$IN/garbage.txt"
refused_by_all "binary garbage named .bin" "$IN/garbage.bin"
refused_by_all "invalid UTF-8 in a .txt" "$IN/bad-utf8.txt"
refused_by_all "plain text named .pdf" "$IN/text.pdf"
refused_by_all "plain text named .docx" "$IN/text.docx"
refused_by_all "an encrypted PDF" "$IN/encrypted.pdf"
refused_by_all "an image-only PDF (no text layer)" "$IN/image-only.pdf"
refused_by_all "a truncated DOCX" "$IN/truncated.docx"
refused_by_all "a DOCX without word/document.xml" "$IN/no-document.docx"
refused_by_all "a DOCX with malformed XML" "$IN/malformed-xml.docx"
refused_by_all "malformed Akoma Ntoso XML" "$IN/malformed-akn.xml"
refused_by_all "XML that is not Akoma Ntoso" "$IN/not-akn.xml"
refused_by_all "a zip-bomb DOCX over --max-decompressed" "$IN/bomb.docx" --max-decompressed 10000000
refused_by_all "a file over --max-bytes" "$IN/big.txt" --max-bytes 1000

# One bad file among good ones: the good one is still reported, the bad one
# gets its line, and the exit status says something went wrong.
check "scan good.txt missing.txt --format json: exit 2, one error line, a report of good.txt only"
rc_run scan "$IN/good.txt" "$IN/missing.txt" --format json
if [ "$RC" -ne 2 ]; then fail "multi-file scan: exit status $RC, expected 2"; show stderr "$WORK/stderr"; fi
if ! stderr_is_one_line || ! grep -qF -- "$IN/missing.txt" "$WORK/stderr"; then
  fail "multi-file scan: stderr is not one line naming missing.txt"
  show stderr "$WORK/stderr"
fi
if ! python3 - "$WORK/stdout" "$IN/good.txt" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
paths = [d.get("path") for d in report.get("documents", [])]
if paths != [sys.argv[2]]:
    sys.exit(f"documents in the report: {paths}, expected only {sys.argv[2]}")
PY
then
  fail "multi-file scan: stdout is not a JSON report of good.txt alone"
  show stdout "$WORK/stdout"
fi

# -o with a bad input: no report file, and no temporary file beside it.
for bad in "$IN/does-not-exist.txt" "$IN/garbage.txt"; do
  check "scan $(basename "$bad") -o OUT: exit 2 and no OUT left behind"
  mkdir -p "$WORK/out"
  rm -f -- "$WORK/out/"*
  rc_run scan "$bad" --format json -o "$WORK/out/report.json"
  if [ "$RC" -ne 2 ]; then fail "scan -o with a bad input: exit status $RC, expected 2"; fi
  if [ -n "$(ls -A "$WORK/out")" ]; then
    fail "scan -o with a bad input left files behind: $(ls -A "$WORK/out" | tr '\n' ' ')"
  fi
  if ! stderr_is_one_line; then fail "scan -o with a bad input: stderr is not one line"; show stderr "$WORK/stderr"; fi
done

e2e_finish
