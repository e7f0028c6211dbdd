#!/usr/bin/env bash
# Whole-process throughput of `rightscheck scan --format json`.
#
#   bench/throughput.sh [BUILD_DIR] [MEGABYTES]
#
# 1. Corpus: repeats the shared dev corpus (../shared/corpus/dev/*.txt, or
#    examples/*.txt when ../shared is absent) into a temporary folder of many
#    files until it holds MEGABYTES (default 100) and scans them in batches
#    of 200 files per process (argv stays small; each process pays the
#    framework load once). Prints MB, seconds, MB/s and documents/s.
# 2. One file of at least MEGABYTES (the documents concatenated) and one of
#    1 MB, each scanned alone under /usr/bin/time -v: seconds, MB/s and the
#    peak resident memory.
# The scan is single-threaded, so MB/s is also MB/s per core.
set -euo pipefail

source "$(dirname "$0")/common.sh" "$@"
batch=200

work="$(mktemp -d "${TMPDIR:-/tmp}/rightscheck-throughput.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"

now() { date +%s.%N; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# --- the corpus of many files ---------------------------------------------
target=$((megabytes * 1024 * 1024))
total=0
count=0
while ((total < target)); do
  for f in "${inputs[@]}"; do
    cp "$f" "$work/corpus/$(printf '%06d' "$count")-$(basename "$f")"
    total=$((total + $(stat -c %s "$f")))
    count=$((count + 1))
    ((total >= target)) && break
  done
done
mb=$(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "inputs: ${#inputs[@]} distinct documents from $(dirname "${inputs[0]}")"
echo "corpus: $count files, $mb MB in $work/corpus"

start=$(now)
find "$work/corpus" -name '*.txt' -print0 | sort -z |
  xargs -0 -n "$batch" sh -c '"$0" scan --format json "$@" > /dev/null; s=$?; [ $s -le 1 ] || exit 255' "$rightscheck"
end=$(now)
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
echo "corpus scan: $mb MB, $count documents in $seconds s: $(rate "$mb" "$seconds") MB/s, $(rate "$count" "$seconds") documents/s (batches of $batch)"

# --- single large files -----------------------------------------------------
single() {  # single NAME BYTES
  local file="$work/$1.txt" size
  make_file "$file" "$2"
  size=$(stat -c %s "$file")
  local megs
  megs=$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }')
  local s e status=0
  s=$(now)
  /usr/bin/time -v -o "$work/time.txt" "$rightscheck" --max-bytes $((size + 1)) scan --format json "$file" > /dev/null || status=$?
  e=$(now)
  ((status <= 1)) || { echo "$1: rightscheck exited $status" >&2; cat "$work/time.txt" >&2; }
  local secs rss
  secs=$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.2f", b - a }')
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")
  echo "single file $1: $megs MB in $secs s: $(rate "$megs" "$secs") MB/s, peak RSS $rss MB"
}
single one-megabyte $((1024 * 1024))
single large "$target"
