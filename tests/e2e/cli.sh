#!/usr/bin/env bash
# The command line as a person and a CI job use it: help, usage errors, a
# scan of the bundled example, the JSON report's fixed fields, extract and -o.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init cli

EXAMPLE="$SOURCE_DIR/examples/cybercrime-bill.txt"
if [ ! -f "$EXAMPLE" ]; then
  echo "FAIL: the bundled example is missing: $EXAMPLE"
  exit 1
fi

timed_out() { [ "$RC" -eq 124 ] || [ "$RC" -gt 128 ]; }

# --- help ----------------------------------------------------------------
for sub in "" scan extract structure; do
  want=${sub:-scan}  # the top-level help must list the commands
  check "rightscheck ${sub:+$sub }--help: exit 0 and mentions '$want'"
  # shellcheck disable=SC2086  # $sub is one word or nothing
  rc_run $sub --help
  if [ "$RC" -ne 0 ]; then
    fail "${sub:-top-level} --help: exit status $RC, expected 0"
    show stderr "$WORK/stderr"
  elif ! grep -q -- "$want" "$WORK/stdout"; then
    fail "${sub:-top-level} --help does not mention '$want'"
    show stdout "$WORK/stdout"
  fi
done

# --- usage errors --------------------------------------------------------
check "an unknown option exits 2"
rc_run --no-such-option scan "$EXAMPLE"
if [ "$RC" -ne 2 ]; then fail "unknown top-level option: exit status $RC, expected 2"; show stderr "$WORK/stderr"; fi

check "an unknown scan option exits 2"
rc_run scan --no-such-option "$EXAMPLE"
if [ "$RC" -ne 2 ]; then fail "unknown scan option: exit status $RC, expected 2"; show stderr "$WORK/stderr"; fi

check "an unknown subcommand exits 2"
rc_run frobnicate "$EXAMPLE"
if [ "$RC" -ne 2 ]; then fail "unknown subcommand: exit status $RC, expected 2"; show stderr "$WORK/stderr"; fi

check "no subcommand at all exits 2"
rc_run
if [ "$RC" -ne 2 ]; then fail "no subcommand: exit status $RC, expected 2"; show stderr "$WORK/stderr"; fi

# --- scan ----------------------------------------------------------------
check "scan examples/cybercrime-bill.txt exits 0 and prints a listing"
rc_run scan "$EXAMPLE"
if timed_out || [ "$RC" -ne 0 ]; then
  fail "scan of the example: exit status $RC, expected 0"
  show stderr "$WORK/stderr"
elif [ ! -s "$WORK/stdout" ]; then
  fail "scan of the example printed nothing"
fi

check "scan --format json: valid JSON, schema_version 1, sha256 of the file"
rc_run scan "$EXAMPLE" --format json
cp "$WORK/stdout" "$WORK/report-stdout.json"
if [ "$RC" -ne 0 ]; then
  fail "scan --format json: exit status $RC, expected 0"
  show stderr "$WORK/stderr"
else
  expected_sha=$(sha256sum "$EXAMPLE" | cut -d' ' -f1)
  if ! python3 - "$WORK/report-stdout.json" "$EXAMPLE" "$expected_sha" <<'PY'
import json, sys
path, doc_path, sha = sys.argv[1:4]
try:
    report = json.load(open(path, encoding="utf-8"))
except (ValueError, UnicodeDecodeError) as e:
    sys.exit(f"not JSON: {e}")
problems = []
if report.get("schema_version") != 1:
    problems.append(f"schema_version is {report.get('schema_version')!r}, expected 1")
docs = report.get("documents")
if not isinstance(docs, list) or len(docs) != 1:
    problems.append(f"expected one document, got {docs if not isinstance(docs, list) else len(docs)!r}")
else:
    d = docs[0]
    if d.get("path") != doc_path:
        problems.append(f"path is {d.get('path')!r}, expected {doc_path!r}")
    if d.get("sha256") != sha:
        problems.append(f"sha256 is {d.get('sha256')!r}, sha256sum says {sha}")
    for key in ("provisions", "findings"):
        if not isinstance(d.get(key), list):
            problems.append(f"{key} is not a list")
if problems:
    sys.exit("; ".join(problems))
PY
  then
    fail "scan --format json: the report does not hold to the contract"
    show stdout "$WORK/report-stdout.json"
  fi
fi

# --- extract -------------------------------------------------------------
check "extract of a .txt prints the file byte for byte"
rc_run extract "$EXAMPLE"
if [ "$RC" -ne 0 ]; then
  fail "extract: exit status $RC, expected 0"
  show stderr "$WORK/stderr"
elif ! cmp -s "$EXAMPLE" "$WORK/stdout"; then
  fail "extract output differs from the file: $(cmp "$EXAMPLE" "$WORK/stdout" 2>&1 | head -1)"
fi

# --- -o ------------------------------------------------------------------
check "scan --format json -o FILE writes what stdout would, and nothing on stdout"
rc_run scan "$EXAMPLE" --format json -o "$WORK/report-o.json"
if [ "$RC" -ne 0 ]; then
  fail "scan -o: exit status $RC, expected 0"
  show stderr "$WORK/stderr"
elif [ ! -f "$WORK/report-o.json" ]; then
  fail "scan -o did not write $WORK/report-o.json"
else
  if ! cmp -s "$WORK/report-stdout.json" "$WORK/report-o.json"; then
    fail "the -o report differs from the stdout report"
    diff "$WORK/report-stdout.json" "$WORK/report-o.json" | head -20
  fi
  if [ -s "$WORK/stdout" ]; then fail "scan -o also printed on stdout"; show stdout "$WORK/stdout"; fi
  leftovers=$(ls -A "$WORK" | grep -F 'report-o.json.' || true)
  if [ -n "$leftovers" ]; then fail "scan -o left temporary files: $leftovers"; fi
fi

e2e_finish
