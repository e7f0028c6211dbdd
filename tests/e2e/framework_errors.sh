#!/usr/bin/env bash
# A framework folder with one error of each kind gets a precise
# FILE:LINE:COLUMN message from `frameworks validate` and `scan --framework`,
# and exit status 2; the built-in framework validates cleanly.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init framework_errors

# A small valid framework to break one way at a time.
make_framework() {
  local dir=$1
  mkdir -p "$dir/indicators"
  cat >"$dir/framework.yaml" <<'YAML'
id: test
version: "1"
title: Test framework
recommendations:
  - number: 8
    text: Encryption and anonymity enable human rights.
YAML
  cat >"$dir/indicators/r8.yaml" <<'YAML'
- id: R8.key-disclosure
  recommendations: [8]
  kind: risk
  severity: high
  message: Power to compel the disclosure of keys
  rationale: Compelled key disclosure exposes every message the key protects.
  suggestion: Require a judge's order for a named person's key only.
  terms:
    key:
      - keys?
  detect:
    modality: {of: key, is: [power, duty]}
  examples:
    must_match:
      - The Director may require a person to hand over a key.
    must_not_match:
      - No person shall be required to disclose a key.
YAML
}

# expect_error NAME PATTERN: validate and scan both refuse with a message
# that names the file, line and column and matches PATTERN.
expect_error() {
  local name=$1 pattern=$2 dir="$WORK/$1"
  check "$name: frameworks validate exits 2 with FILE:LINE:COLUMN"
  rc_run frameworks validate "$dir"
  if [ "$RC" -ne 2 ]; then fail "$name: exit $RC, expected 2"; show stderr "$WORK/stderr"; fi
  if ! grep -Eq "[a-z0-9_./-]+\.yaml:[0-9]+:[0-9]+: .*$pattern" "$WORK/stderr"; then
    fail "$name: message lacks FILE:LINE:COLUMN or '$pattern'"
    show stderr "$WORK/stderr"
  fi
  check "$name: scan --framework exits 2"
  rc_run scan --framework "$dir" "$SOURCE_DIR/examples/cybercrime-bill.txt"
  [ "$RC" -eq 2 ] || fail "$name: scan exit $RC, expected 2"
  [ -s "$WORK/stdout" ] && fail "$name: scan wrote a report despite the broken framework"
}

make_framework "$WORK/valid"
check "a valid framework validates"
rc_run frameworks validate "$WORK/valid"
[ "$RC" -eq 0 ] || { fail "valid framework: exit $RC"; show stderr "$WORK/stderr"; }

make_framework "$WORK/syntax"
printf -- '- id: R8.broken\n  recommendations: [8\n' >"$WORK/syntax/indicators/r9.yaml"
expect_error syntax "[Yy][Aa][Mm][Ll]|syntax|end of|flow"

make_framework "$WORK/unknown_field"
sed -i 's/^  severity: high/  severity: high\n  colour: red/' "$WORK/unknown_field/indicators/r8.yaml"
expect_error unknown_field "unknown field 'colour'"

make_framework "$WORK/bad_pattern"
sed -i 's/- keys?$/- "keys(?<=x)"/' "$WORK/bad_pattern/indicators/r8.yaml"
expect_error bad_pattern "bad pattern"

make_framework "$WORK/unknown_recommendation"
sed -i 's/recommendations: \[8\]/recommendations: [8, 14]/' "$WORK/unknown_recommendation/indicators/r8.yaml"
expect_error unknown_recommendation "unknown recommendation 14"

make_framework "$WORK/duplicate_id"
cp "$WORK/duplicate_id/indicators/r8.yaml" "$WORK/duplicate_id/indicators/r8-copy.yaml"
expect_error duplicate_id "duplicate"

make_framework "$WORK/failing_example"
sed -i 's/- The Director may require a person to hand over a key./- The weather is fine today./' \
  "$WORK/failing_example/indicators/r8.yaml"
check "an example that does not behave as written fails validation"
rc_run frameworks validate "$WORK/failing_example"
[ "$RC" -eq 2 ] || fail "failing example: exit $RC, expected 2"
grep -q "must_match" "$WORK/stderr" || { fail "failing example: message does not say must_match"; show stderr "$WORK/stderr"; }

check "the built-in framework validates"
rc_run frameworks validate "$SOURCE_DIR/frameworks/foc-2016"
[ "$RC" -eq 0 ] || { fail "built-in framework: exit $RC"; show stderr "$WORK/stderr"; }

e2e_finish
