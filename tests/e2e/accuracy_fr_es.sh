#!/usr/bin/env bash
# Regression floor for French and Spanish: the built-in framework's accuracy
# on the French and Spanish documents of the shared development corpus, each
# language on its own, measured with the corpus's own scorer. Skipped (77)
# when ../shared is absent.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init accuracy_fr_es

FLOOR_FR=${ACCURACY_FLOOR_FR:-0.90}  # reached 0.91 on 2026-11-28
FLOOR_ES=${ACCURACY_FLOOR_ES:-0.93}  # reached 0.96 on 2026-11-28
labels="$SHARED_DIR/corpus/dev/labels.jsonl"
scorer="$SHARED_DIR/tools/score.py"
if [ ! -f "$labels" ] || [ ! -f "$scorer" ]; then
  echo "SKIPPED: ../shared corpus or scorer not present"
  exit 77
fi
for pair in "fr:$FLOOR_FR" "es:$FLOOR_ES"; do
  lang=${pair%%:*}
  floor=${pair#*:}
  check "macro-F1 on dev/$lang-* is at least $floor"
  timeout 600 python3 "$scorer" --labels "$labels" --only "dev/$lang-*" --min-f1 "$floor" \
    --scan "$RIGHTSCHECK scan --format json {files}" >"$WORK/score-$lang.txt" 2>&1
  rc=$?
  tail -n 3 "$WORK/score-$lang.txt"
  [ "$rc" -eq 0 ] || fail "score.py exit $rc for $lang (macro-F1 below $floor, or the scan failed)"
done
e2e_finish
