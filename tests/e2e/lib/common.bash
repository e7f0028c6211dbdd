# Shared set-up of the end-to-end tests; sourced, not run (CMake registers
# only tests/e2e/*.sh, so this folder holds no tests).
#
# Environment (set by CTest, see CMakeLists.txt):
#   RIGHTSCHECK  the binary under test (also an ASan/UBSan build)
#   SOURCE_DIR   the source tree
#   SHARED_DIR   the shared corpus folder; may not exist
#   WORK_DIR     scratch space under the build directory; every file a test
#                writes goes under "$WORK_DIR/<test name>"
#
# Exit statuses of a test: 0 passed, 1 failed, 77 skipped.

e2e_init() {
  TEST_NAME=$1
  if [ -z "${RIGHTSCHECK:-}" ] || [ -z "${WORK_DIR:-}" ]; then
    echo "FAIL: RIGHTSCHECK and WORK_DIR must be set (run through ctest)" >&2
    exit 1
  fi
  if [ ! -x "$RIGHTSCHECK" ]; then
    echo "FAIL: binary not found or not executable: $RIGHTSCHECK" >&2
    exit 1
  fi
  SOURCE_DIR=${SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
  SHARED_DIR=${SHARED_DIR:-}
  WORK="$WORK_DIR/$TEST_NAME"
  rm -rf -- "$WORK"
  mkdir -p -- "$WORK" || { echo "FAIL: cannot create $WORK" >&2; exit 1; }
  FAILURES=0
  CHECKS=0
}

# Prints what is being checked.
check() {
  CHECKS=$((CHECKS + 1))
  echo "-- $*"
}

fail() {
  FAILURES=$((FAILURES + 1))
  echo "FAIL: $*"
}

# Shows a captured file, indented, for a failure message.
show() {
  local label=$1 file=$2
  if [ -s "$file" ]; then
    echo "   $label:"
    head -c 2000 "$file" | sed 's/^/     | /'
    echo
  else
    echo "   $label: (empty)"
  fi
}

# Runs the binary with a 60 s timeout; stdout to $WORK/stdout, stderr to
# $WORK/stderr, exit status in $RC. A timeout (124) or a kill is reported by
# the callers as a failure, never as a pass.
rc_run() {
  timeout 60 "$RIGHTSCHECK" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  RC=$?
}

# True when $WORK/stderr is exactly one newline-terminated, non-empty line.
stderr_is_one_line() {
  local f="$WORK/stderr"
  [ -s "$f" ] || return 1
  [ "$(wc -l <"$f")" -eq 1 ] || return 1
  [ "$(tail -c 1 "$f" | od -An -tx1 | tr -d ' ')" = "0a" ] || return 1
  [ "$(wc -c <"$f")" -gt 1 ]
}

# Ends the test: exit 1 when any check failed.
e2e_finish() {
  if [ "$FAILURES" -gt 0 ]; then
    echo "$TEST_NAME: $FAILURES of $CHECKS checks FAILED"
    exit 1
  fi
  echo "$TEST_NAME: all $CHECKS checks passed"
  exit 0
}

# The anchor-rate tests: anchor_rate.py over the shared development corpus.
run_anchor_rate() {
  local format=$1 min_rate=$2
  local labels="$SHARED_DIR/corpus/dev/labels.jsonl"
  if [ -z "$SHARED_DIR" ] || [ ! -f "$labels" ]; then
    echo "SKIPPED: ../shared corpus not present"
    exit 77
  fi
  echo "-- anchors of labelled quotes, $format input, at least $min_rate of them right"
  timeout 1200 python3 "$SOURCE_DIR/tests/tools/anchor_rate.py" --binary "$RIGHTSCHECK" \
    --labels "$labels" --format "$format" --workdir "$WORK" --min-rate "$min_rate" -v
  local rc=$?
  case $rc in
    0) echo "$TEST_NAME: passed" ;;
    1) echo "FAIL: $TEST_NAME: anchor rate below $min_rate" ;;
    124) echo "FAIL: $TEST_NAME: anchor_rate.py timed out" ;;
    *) echo "FAIL: $TEST_NAME: anchor_rate.py could not measure (exit $rc)" ;;
  esac
  [ $rc -eq 0 ] && exit 0
  exit 1
}

# Accuracy floor: the shared corpus's own scorer on the dev documents of one
# language must reach macro-F1 FLOOR. Exits 77 (skipped) when ../shared or
# its scorer is absent; records a failure otherwise.
check_accuracy() {  # check_accuracy LANG FLOOR
  local lang=$1 floor=$2
  local labels="$SHARED_DIR/corpus/dev/labels.jsonl" scorer="$SHARED_DIR/tools/score.py"
  if [ ! -f "$labels" ] || [ ! -f "$scorer" ]; then
    echo "SKIPPED: ../shared corpus or scorer not present"
    exit 77
  fi
  check "macro-F1 on dev/$lang-* is at least $floor"
  timeout 600 python3 "$scorer" --labels "$labels" --only "dev/$lang-*" --min-f1 "$floor" \
    --scan "$RIGHTSCHECK scan --format json {files}" >"$WORK/score-$lang.txt" 2>&1
  local rc=$?
  tail -n 3 "$WORK/score-$lang.txt"
  [ "$rc" -eq 0 ] || fail "score.py exit $rc for $lang (macro-F1 below $floor, or the scan failed)"
}
