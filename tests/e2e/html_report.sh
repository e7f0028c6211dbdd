#!/usr/bin/env bash
# The HTML report: the page for the example bill matches its golden file
# (with a small fixed framework, so the golden moves only when the page
# does); hostile text stays text; --lang sets the page's language; then, in
# headless Chromium, the page renders, requests nothing beyond its own file,
# passes axe-core without serious or critical violations, and filters; and
# full-page screenshots at 360 and 1280 pixels are written beside the build
# (html-report-360.png, html-report-1280.png) for a person to look at.
#
# Regenerate the golden after checking the new page by eye:
#   UPDATE_GOLDEN=1 ctest -R e2e.html_report
# The browser part is skipped (exit 77) only when /usr/bin/chromium or the
# node modules (scripts/install-node-deps.sh) are missing.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init html_report

cd "$SOURCE_DIR" || exit 1
EXAMPLE=examples/cybercrime-bill.txt
GOLDEN=tests/golden/cybercrime-bill.html

# --- golden --------------------------------------------------------------
check "the page for $EXAMPLE matches $GOLDEN"
rc_run scan --framework tests/data/golden-framework --format html "$EXAMPLE"
if [ "$RC" -ne 0 ]; then
  fail "scan --format html: exit $RC"
  show stderr "$WORK/stderr"
else
  # The version changes with releases, not with the page.
  sed 's/rightscheck [0-9][0-9.]*,/rightscheck VERSION,/' "$WORK/stdout" >"$WORK/golden.html"
  if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$WORK/golden.html" "$GOLDEN"
    echo "   updated $GOLDEN"
  elif ! diff -u "$GOLDEN" "$WORK/golden.html" >"$WORK/golden.diff"; then
    fail "the page differs from $GOLDEN (check it by eye, then UPDATE_GOLDEN=1 regenerates it):"
    head -120 "$WORK/golden.diff"
  fi
fi

# --- the command line ------------------------------------------------------
check "-o writes one self-contained page; the language defaults to the document's"
rc_run scan --format html -o "$WORK/report.html" "$EXAMPLE"
if [ "$RC" -ne 0 ] || [ ! -s "$WORK/report.html" ]; then
  fail "scan --format html -o: exit $RC, file $(wc -c <"$WORK/report.html" 2>/dev/null || echo missing)"
  show stderr "$WORK/stderr"
else
  grep -q '<html lang="en">' "$WORK/report.html" || fail "no <html lang=\"en\">"
  if grep -Eq 'https?://|src=|@import|url\(' "$WORK/report.html"; then
    fail "the page names something outside itself:"
    grep -Eo '.{40}(https?://|src=|@import|url\().{40}' "$WORK/report.html" | head -5
  fi
fi

check "--lang sets the page's language"
rc_run scan --format html --lang fr "$EXAMPLE"
grep -q '<html lang="fr">' "$WORK/stdout" || fail "--lang fr: no <html lang=\"fr\">"

check "a bill holding markup is shown as text"
printf '%s\n' 'Rogue provisions' \
  '1.  The Minister may suspend any electronic communications service <script>alert(1)</script>.' \
  '2.  <img src=x onerror=alert(2)> &amp; "quoted" '"'"'words'"'"'' >"$WORK/hostile.txt"
rc_run scan --format html "$WORK/hostile.txt"
if [ "$RC" -ne 0 ]; then
  fail "hostile bill: exit $RC"
  show stderr "$WORK/stderr"
else
  [ "$(grep -o '<script' "$WORK/stdout" | wc -l)" -eq 1 ] || fail "a <script> element came from the document"
  grep -q '<img' "$WORK/stdout" && fail "an <img> element came from the document"
  grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$WORK/stdout" || fail "the script text is not shown escaped"
  grep -q '&amp;amp;' "$WORK/stdout" || fail "an ampersand in the document is not escaped"
fi

# --- in a browser ------------------------------------------------------------
if [ "$FAILURES" -gt 0 ]; then e2e_finish; fi
if [ ! -x /usr/bin/chromium ]; then
  echo "SKIPPED (browser part): /usr/bin/chromium is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi
if ! command -v node >/dev/null; then
  echo "SKIPPED (browser part): node is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  echo "SKIPPED (browser part): node_modules lacks playwright-core or axe-core (run scripts/install-node-deps.sh)"
  exit 77
fi
check "headless Chromium: renders, no request leaves the page, axe-core, filters, screenshots"
SHOTS="$WORK_DIR/../html-report"
timeout 300 node tests/browser/render_report.mjs "$WORK/report.html" "$SHOTS"
rc=$?
case $rc in
  0) ;;
  77) exit 77 ;;
  124) fail "the browser run timed out" ;;
  *) fail "the browser checks failed (exit $rc)" ;;
esac

check "a French bill with --lang fr: the page, its labels and its findings in French; screenshots"
rc_run scan --format html --lang fr -o "$WORK/report-fr.html" examples/projet-loi-cybersecurite.txt
if [ "$RC" -ne 0 ] || [ ! -s "$WORK/report-fr.html" ]; then
  fail "scan --format html --lang fr: exit $RC"
  show stderr "$WORK/stderr"
else
  grep -q '<html lang="fr">' "$WORK/report-fr.html" || fail "no <html lang=\"fr\">"
  grep -q 'Tableau de bord' "$WORK/report-fr.html" || fail "the scorecard heading is not in French"
  grep -q 'Pourquoi c&#39;est important\|Pourquoi c'"'"'est important' "$WORK/report-fr.html" || fail "finding labels are not in French"
  grep -q 'déchiffr' "$WORK/report-fr.html" || fail "no finding about decryption in French"
  timeout 300 node tests/browser/render_report.mjs "$WORK/report-fr.html" "$WORK_DIR/../html-report-fr"
  rc=$?
  [ $rc -eq 0 ] || fail "the browser checks of the French page failed (exit $rc)"
fi
e2e_finish
