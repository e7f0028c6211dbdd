#!/usr/bin/env bash
# Golden files for each report format on the example bill, with a fixed
# framework so the goldens change only when a format does. On a difference
# the test prints a unified diff; regenerate with UPDATE_GOLDEN=1 after
# checking the new output by eye.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init golden_reports

cd "$SOURCE_DIR" || exit 1
for format in text json md csv sarif; do
  golden="tests/golden/cybercrime-bill.$format"
  check "$format matches $golden"
  timeout 60 "$RIGHTSCHECK" scan --framework tests/data/report-framework --format "$format" \
    examples/cybercrime-bill.txt >"$WORK/out.$format" 2>"$WORK/err.$format"
  rc=$?
  if [ "$rc" -ne 0 ]; then fail "$format: exit $rc"; show stderr "$WORK/err.$format"; continue; fi
  # The version changes with releases, not with the format.
  sed -i 's/"version": "[0-9.]*"/"version": "VERSION"/' "$WORK/out.$format"
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$WORK/out.$format" "$golden"
    echo "   updated $golden"
  elif ! diff -u "$golden" "$WORK/out.$format" >"$WORK/diff.$format"; then
    fail "$format differs from $golden (UPDATE_GOLDEN=1 regenerates):"
    head -80 "$WORK/diff.$format"
  fi
done
e2e_finish
