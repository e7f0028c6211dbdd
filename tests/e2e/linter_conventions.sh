#!/usr/bin/env bash
# Linter conventions: --fail-on and its exit statuses, .rightscheck.yaml found
# upward from the document, --config, suppressions with a reason reported in
# every format, a warning for a suppression that matches nothing, and no
# colour when the output is not a terminal.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init linter_conventions

FW="$SOURCE_DIR/tests/data/report-framework"
BILL="$WORK/project/bills/bill.txt"
mkdir -p "$WORK/project/bills"
cp "$SOURCE_DIR/examples/cybercrime-bill.txt" "$BILL"

expect_rc() {  # expect_rc WANT DESCRIPTION ARGS...
  local want=$1 what=$2
  shift 2
  check "$what: exit $want"
  rc_run "$@"
  [ "$RC" -eq "$want" ] || { fail "$what: exit $RC, expected $want"; show stderr "$WORK/stderr"; }
}

# The example bill has a high risk (R6), a medium risk (R4) and a safeguard.
expect_rc 0 "no --fail-on" scan --framework "$FW" "$BILL"
expect_rc 1 "--fail-on high with a high risk" scan --framework "$FW" --fail-on high "$BILL"
expect_rc 1 "--fail-on medium" scan --framework "$FW" --fail-on medium "$BILL"
expect_rc 0 "--fail-on none" scan --framework "$FW" --fail-on none "$BILL"
expect_rc 2 "--fail-on with a bad value" scan --framework "$FW" --fail-on severe "$BILL"
expect_rc 2 "a missing file wins over findings" scan --framework "$FW" --fail-on low "$BILL" "$WORK/missing.txt"

check "the listing has no colour codes when not on a terminal"
rc_run scan --framework "$FW" "$BILL"
grep -q $'\x1b\[' "$WORK/stdout" && fail "escape codes in piped output"

# A configuration file two folders up is found and used.
cat >"$WORK/project/.rightscheck.yaml" <<YAML
framework: $FW
fail-on: high
disable: [R4.traffic-data-order]
suppressions:
  - indicator: R6.service-suspension
    anchor: "s. 7"
    justification: The Minister's power lapses under the Emergency Powers Act review.
  - indicator: R9.research-exemption
    anchor: "s. 99"
    justification: Kept to show the warning.
YAML
check "config found upward: fail-on, disable, suppression"
rc_run scan --format json "$BILL"
[ "$RC" -eq 0 ] || { fail "config: exit $RC, expected 0 (the only high risk is suppressed)"; show stderr "$WORK/stderr"; }
python3 - "$WORK/stdout" <<'PY' || fail "config: JSON findings wrong"
import json, sys
doc = json.load(open(sys.argv[1]))["documents"][0]
ids = [f["indicator"] for f in doc["findings"]]
assert "R4.traffic-data-order" not in ids, ids      # disabled
assert "R6.service-suspension" not in ids, ids      # suppressed, not in force
assert "R9.research-exemption" in ids, ids
PY
grep -q "warning: .*\.rightscheck\.yaml:[0-9]*:[0-9]*: suppression of R9.research-exemption at s. 99 matched no finding" \
  "$WORK/stderr" || { fail "no warning for the suppression that matches nothing"; show stderr "$WORK/stderr"; }

check "suppressed findings are reported as suppressed in every format"
rc_run scan --format sarif "$BILL"
python3 - "$WORK/stdout" <<'PY' || fail "SARIF suppression missing"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
s = [r for r in results if r["ruleId"] == "R6.service-suspension"]
assert s and s[0]["suppressions"][0]["justification"].startswith("The Minister's power"), s
PY
rc_run scan --format csv "$BILL"
python3 - "$WORK/stdout" <<'PY' || fail "CSV suppression missing"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
s = [r for r in rows if r["indicator"] == "R6.service-suspension"]
assert s and s[0]["suppressed"] == "yes" and s[0]["justification"].startswith("The Minister's power"), s
PY
rc_run scan --format md "$BILL"
grep -q "Suppressed: The Minister's power lapses" "$WORK/stdout" || fail "Markdown suppression missing"
rc_run scan "$BILL"
[ "$RC" -eq 0 ] || fail "listing with config: exit $RC"

check "--fail-on on the command line wins over the config"
printf 'fail-on: none\n' >"$WORK/lenient.yaml"
expect_rc 0 "config fail-on: none" scan --framework "$FW" --config "$WORK/lenient.yaml" "$BILL"
expect_rc 1 "--fail-on high over config fail-on: none" scan --framework "$FW" --config "$WORK/lenient.yaml" --fail-on high "$BILL"

check "--config names another file; errors name FILE:LINE:COLUMN"
printf 'fail-on: high\ncolour: red\n' >"$WORK/bad.yaml"
rc_run scan --config "$WORK/bad.yaml" "$BILL"
[ "$RC" -eq 2 ] || fail "bad config: exit $RC, expected 2"
grep -q "bad.yaml:2:1: unknown field 'colour'" "$WORK/stderr" || { fail "bad config message"; show stderr "$WORK/stderr"; }
printf 'suppressions:\n  - indicator: R6.service-suspension\n' >"$WORK/nojust.yaml"
rc_run scan --config "$WORK/nojust.yaml" "$BILL"
[ "$RC" -eq 2 ] || fail "suppression without justification: exit $RC, expected 2"
grep -q "needs a justification" "$WORK/stderr" || { fail "no justification message"; show stderr "$WORK/stderr"; }

e2e_finish
