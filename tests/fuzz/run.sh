#!/usr/bin/env bash
# Runs every libFuzzer target of a -DRIGHTSCHECK_FUZZ=ON build for a fixed
# time each, on a scratch copy of its seeds and regression inputs (the
# committed corpus is never written), and fails when any target reports a
# crash, a leak, a timeout or running out of memory.
#
#   tests/fuzz/run.sh [BUILD_DIR]        (default build-fuzz; `make fuzz` calls it)
#
# Environment: FUZZ_SECONDS per target (60), FUZZ_TARGETS (all),
# FUZZ_RSS_MB (2048), FUZZ_TIMEOUT seconds per input (30).
# Logs, the grown corpus and any crashing input stay in BUILD_DIR/fuzz-run/<target>/.
set -uo pipefail

build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-html pdf docx akoma_ntoso text segmenter framework report patterns}
rss_mb=${FUZZ_RSS_MB:-2048}
per_input=${FUZZ_TIMEOUT:-30}
here=$(cd "$(dirname "$0")" && pwd)
work=$build/fuzz-run
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

failed=()
summary=()
for target in $targets; do
  binary=$build/fuzz/fuzz_$target
  if [ ! -x "$binary" ]; then
    echo "fuzz: $binary is missing (build the fuzz_targets target)" >&2
    exit 2
  fi
  dir=$work/$target
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp -R "$here/corpus/$target/." "$dir/corpus/"
  [ -d "$here/regressions/$target" ] && cp -R "$here/regressions/$target/." "$dir/corpus/"
  options=(-max_total_time="$seconds" -rss_limit_mb="$rss_mb" -timeout="$per_input"
           -artifact_prefix="$dir/artifacts/" -print_final_stats=1)
  [ -f "$here/dictionaries/$target.dict" ] && options+=(-dict="$here/dictionaries/$target.dict")

  echo "fuzz: $target for ${seconds}s"
  TIMEFORMAT='%U %S'
  { time "$binary" "${options[@]}" "$dir/corpus" >"$dir/log" 2>&1; } 2>"$dir/cpu"
  status=$?
  cpu=$(awk '{printf "%.0f", $1 + $2}' "$dir/cpu")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  found=$(find "$dir/artifacts" -type f | head -5 | tr '\n' ' ')
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    failed+=("$target")
    echo "fuzz: $target FAILED (exit $status): ${found:-see $dir/log}" >&2
    grep -m3 -E 'ERROR: |runtime error:|fuzz invariant broken' "$dir/log" >&2
  fi
  summary+=("$(printf '%-12s cpu %5ss  execs %10s  %s' "$target" "$cpu" "${execs:-?}" \
    "$([ "$status" -eq 0 ] && [ -z "$found" ] && echo ok || echo FAILED)")")
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]} (inputs in $work/<target>/artifacts/)" >&2
  exit 1
fi
