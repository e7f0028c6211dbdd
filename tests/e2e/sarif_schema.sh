#!/usr/bin/env bash
# SARIF output validates against the official SARIF 2.1.0 JSON schema (Ajv
# from the repo's node_modules, offline): for the example bill with the
# built-in framework, with suppressions, and for several documents at once.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init sarif_schema

if ! command -v node >/dev/null || [ ! -d "$SOURCE_DIR/node_modules/ajv" ]; then
  echo "SKIPPED: node or node_modules missing (make test installs them with scripts/install-node-deps.sh)"
  exit 77
fi
validator="$SOURCE_DIR/tests/tools/validate_sarif.cjs"

check "the validator rejects an invalid log (the test can fail)"
echo '{"version": "2.1.0", "runs": [{"tool": {}}]}' >"$WORK/invalid.sarif"
node "$validator" "$WORK/invalid.sarif" >"$WORK/v.out" 2>&1 && fail "an invalid SARIF log was accepted"

check "the example bill, built-in framework"
rc_run scan --format sarif -o "$WORK/example.sarif" "$SOURCE_DIR/examples/cybercrime-bill.txt"
[ "$RC" -eq 0 ] || { fail "scan exit $RC"; show stderr "$WORK/stderr"; }
node "$validator" "$WORK/example.sarif" >"$WORK/v.out" 2>&1 || { fail "example.sarif is not valid"; show validator "$WORK/v.out"; }

check "suppressions and several documents"
cat >"$WORK/config.yaml" <<'YAML'
suppressions:
  - indicator: R6.service-suspension
    justification: Reviewed by counsel.
YAML
cp "$SOURCE_DIR/examples/cybercrime-bill.txt" "$WORK/a.txt"
cp "$SOURCE_DIR/examples/cybercrime-bill.txt" "$WORK/b.txt"
rc_run scan --framework "$SOURCE_DIR/tests/data/report-framework" --config "$WORK/config.yaml" \
  --format sarif -o "$WORK/two.sarif" "$WORK/a.txt" "$WORK/b.txt"
[ "$RC" -eq 0 ] || { fail "scan exit $RC"; show stderr "$WORK/stderr"; }
node "$validator" "$WORK/two.sarif" >"$WORK/v.out" 2>&1 || { fail "two.sarif is not valid"; show validator "$WORK/v.out"; }
grep -q '"justification": "Reviewed by counsel."' "$WORK/two.sarif" || fail "suppression justification missing"

check "fingerprints survive renumbering"
sed 's/^7\.  The Minister/17.  The Minister/; s/^6\.  (1)/16.  (1)/' "$WORK/a.txt" >"$WORK/renumbered.txt"
rc_run scan --framework "$SOURCE_DIR/tests/data/report-framework" --format sarif -o "$WORK/re.sarif" "$WORK/renumbered.txt"
rc_run scan --framework "$SOURCE_DIR/tests/data/report-framework" --format sarif -o "$WORK/orig.sarif" "$WORK/a.txt"
python3 - "$WORK/orig.sarif" "$WORK/re.sarif" <<'PY' || fail "fingerprints changed with the section numbers"
import json, sys
def prints(p):
    r = json.load(open(p))["runs"][0]["results"]
    return sorted(x["partialFingerprints"]["rightscheckEvidence/v1"] for x in r)
a, b = prints(sys.argv[1]), prints(sys.argv[2])
assert a and a == b, (a, b)
anchors = [l["logicalLocations"][0]["name"] for x in json.load(open(sys.argv[2]))["runs"][0]["results"] for l in x["locations"] if "logicalLocations" in l]
assert "s. 17" in anchors, anchors
PY
e2e_finish
