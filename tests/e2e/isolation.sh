#!/usr/bin/env bash
# PDF and DOCX parsing runs in a child process under limits (docs/
# architecture.md, "Isolation"). A hostile PDF — a real one that makes
# poppler exhaust its memory, and the RIGHTSCHECK_PARSER_FAULT hook for a
# parser that loops or crashes — is refused with one line naming the file
# and the limit, exit 2, by every command; in a run over several files the
# others are still evaluated and reported.
#
# Sanitizer builds set no address-space limit (see isolation.h), so there
# the real memory-hungry PDF is not fed: it would take the machine's memory.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init isolation

IN="$WORK/in"
mkdir -p "$IN"
EXAMPLE="$SOURCE_DIR/examples/cybercrime-bill.txt"
cp "$EXAMPLE" "$IN/good.txt"
if ! python3 "$SOURCE_DIR/tests/tools/convert.py" pdf "$EXAMPLE" "$IN/good.pdf" ||
   ! python3 "$SOURCE_DIR/tests/tools/convert.py" docx "$EXAMPLE" "$IN/good.docx" ||
   ! python3 "$SOURCE_DIR/tests/tools/make_hostile_pdf.py" "$IN/hostile.pdf"; then
  echo "FAIL: could not write the fixtures"
  exit 1
fi
sanitized=0
grep -q __asan_init "$RIGHTSCHECK" && sanitized=1

# expect_one_line_error WHAT PATTERN: the last run exited 2 with nothing on
# stdout and one stderr line holding PATTERN (a fixed string).
expect_one_line_error() {
  local what=$1 pattern=$2 ok=1
  if [ "$RC" -ne 2 ]; then fail "$what: exit status $RC, expected 2"; ok=0; fi
  if [ -s "$WORK/stdout" ]; then fail "$what: printed on stdout"; ok=0; fi
  if ! stderr_is_one_line; then
    fail "$what: stderr is not exactly one line"; ok=0
  elif ! grep -qF -- "$pattern" "$WORK/stderr"; then
    fail "$what: the error line does not say '$pattern'"; ok=0
  fi
  if [ $ok -eq 0 ]; then show stdout "$WORK/stdout"; show stderr "$WORK/stderr"; else echo "   ok: $(cat "$WORK/stderr")"; fi
}

# --- One hostile file, every command ------------------------------------

if [ $sanitized -eq 0 ]; then
  for cmd in scan extract structure; do
    check "$cmd of a PDF that exhausts the parser's memory"
    rc_run --parse-memory 256 "$cmd" "$IN/hostile.pdf"
    expect_one_line_error "$cmd hostile.pdf" "$IN/hostile.pdf: PDF extraction exceeded its 256 MiB memory limit"
  done
else
  echo "-- (sanitizer build: the memory-hungry PDF is not fed)"
fi

check "a parser that loops hits the CPU limit"
RIGHTSCHECK_PARSER_FAULT=loop rc_run --parse-timeout 1 scan "$IN/good.pdf"
expect_one_line_error "looping PDF parser" "$IN/good.pdf: PDF extraction exceeded its 1 s CPU limit"

check "a DOCX parser that loops hits the CPU limit"
RIGHTSCHECK_PARSER_FAULT=loop rc_run --parse-timeout 1 extract "$IN/good.docx"
expect_one_line_error "looping DOCX parser" "$IN/good.docx: DOCX extraction exceeded its 1 s CPU limit"

check "a parser that crashes"
RIGHTSCHECK_PARSER_FAULT=crash rc_run structure "$IN/good.pdf"
expect_one_line_error "crashing parser" "$IN/good.pdf: PDF extraction failed: the parser crashed (signal 11, SIGSEGV)"

check "a parser that allocates without bound hits the memory limit"
RIGHTSCHECK_PARSER_FAULT=memory rc_run --parse-memory 128 scan "$IN/good.docx"
expect_one_line_error "memory-hungry parser" "$IN/good.docx: DOCX extraction exceeded its 128 MiB memory limit"

# --- A run over several files --------------------------------------------

# batch_run NAME [ENV...] -- FILE...: scans the files to $WORK/NAME.json and
# checks that only hostile.pdf is refused and every other file is reported
# with findings.
batch_run() {
  local name=$1
  shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local report="$WORK/$name.json"
  check "a run over several files with one hostile PDF ($name)"
  env "${envs[@]}" timeout 60 "$RIGHTSCHECK" --parse-timeout 1 --parse-memory 256 scan --format json -o "$report" "$@" \
    >"$WORK/stdout" 2>"$WORK/stderr"
  RC=$?
  expect_one_line_error "$name" "$IN/hostile.pdf: PDF extraction"
  if [ ! -s "$report" ]; then
    fail "$name: no report written"
    return
  fi
  local expected=()
  for f in "$@"; do [ "$f" != "$IN/hostile.pdf" ] && expected+=("$f"); done
  if ! python3 - "$report" "${expected[@]}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
expected = sys.argv[2:]
paths = [d["path"] for d in report["documents"]]
if paths != expected:
    sys.exit(f"documents reported: {paths}, expected {expected}")
for d in report["documents"]:
    if not d["findings"]:
        sys.exit(f"{d['path']}: no findings")
print("   ok: reported " + ", ".join(f"{p.rsplit('/', 1)[-1]} ({len(d['findings'])} findings)"
                                    for p, d in zip(paths, report["documents"])))
PY
  then
    fail "$name: the other files are not all reported"
  fi
}

if [ $sanitized -eq 0 ]; then
  batch_run memory-bomb -- "$IN/good.txt" "$IN/hostile.pdf" "$IN/good.pdf" "$IN/good.docx"
fi
batch_run looping-parser RIGHTSCHECK_PARSER_FAULT=loop:hostile.pdf -- \
  "$IN/good.txt" "$IN/hostile.pdf" "$IN/good.pdf" "$IN/good.docx"
batch_run crashing-parser RIGHTSCHECK_PARSER_FAULT=crash:hostile.pdf -- \
  "$IN/good.pdf" "$IN/hostile.pdf" "$IN/good.txt"

e2e_finish
