#!/usr/bin/env bash
# Side-by-side speed floors, on the same inputs in one run:
#   1. `rightscheck scan` vs `rg -F -f WORDS` and `grep -F -f WORDS` over the
#      same corpus, WORDS being as many plain words as the framework has
#      patterns (the least any scanner of that many terms must pay);
#   2. PDF ingest (`rightscheck extract`, parser in its isolated child) vs
#      Debian's `pdftotext -layout` on the same PDF;
#   3. peak resident memory of `rightscheck scan` for a 1 MB and a 100 MB
#      statute.
#
#   bench/compare.sh [BUILD_DIR] [MEGABYTES]
#
# Inputs: the shared dev corpus (../shared/corpus/dev/*.txt or
# $SHARED_DIR/corpus/dev), else examples/*.txt, repeated up to MEGABYTES
# (default 100). Each timing is the best of five runs (user + sys CPU
# seconds, the process being single-threaded).
set -euo pipefail

source "$(dirname "$0")/common.sh" "$@"
for tool in rg grep pdftotext python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (scripts/install-deps.sh installs it)" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/rightscheck-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Best CPU seconds (user + sys) of five runs of a command; peak RSS in MB of
# the last run is left in $work/peak.txt (best_cpu runs in a subshell).
best_cpu() {
  local best="" run
  for run in 1 2 3 4 5; do
    /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" > /dev/null 2>"$work/err.txt" || {
      local status=$?
      ((status <= 1)) || { echo "failed ($status): $*" >&2; cat "$work/err.txt" >&2; exit 1; }
    }
    local cpu
    cpu=$(awk '{ printf "%.3f", $1 + $2 }' "$work/time.txt")
    awk '{ printf "%.0f", $3 / 1024 }' "$work/time.txt" > "$work/peak.txt"
    if [[ -z "$best" ]] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$cpu; fi
  done
  echo "$best"
}
rate() { awk -v mb="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? mb / s : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rightscheck: $rightscheck; $("$rightscheck" frameworks list | head -1)"

# --- 1. scan vs a plain word list ------------------------------------------
corpus="$work/corpus.txt"
make_file "$corpus" $((megabytes * 1024 * 1024))
mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.1f", b / 1048576 }')
# An English document is scanned with the English database only: about
# 1,600 patterns (the build prints "precompiled foc-2016/en: N patterns").
patterns=${WORDS:-1600}
# The framework's own words: every run of four or more letters in its terms.
python3 - "$source_dir/frameworks/foc-2016" "$patterns" > "$work/words.txt" <<'PY'
import pathlib, re, sys
root, wanted = pathlib.Path(sys.argv[1]), int(sys.argv[2])
words = []
for path in sorted(root.glob("terms/*.yaml")) + sorted(root.glob("indicators/*.yaml")):
    for word in re.findall(r"[a-z]{4,}", path.read_text(encoding="utf-8")):
        if word not in words:
            words.append(word)
print("\n".join(words[:wanted]))
PY
nwords=$(wc -l < "$work/words.txt")
scan_s=$(best_cpu "$rightscheck" --max-bytes $(( $(stat -c %s "$corpus") + 1 )) scan --format json "$corpus")
scan_peak=$(cat "$work/peak.txt")
rg_s=$(best_cpu rg -F -i -c -f "$work/words.txt" "$corpus")
grep_s=$(best_cpu grep -F -i -c -f "$work/words.txt" "$corpus")
echo "corpus: $mb MB (${#inputs[@]} documents repeated); word list: $nwords words of the framework's English terms"
echo "| command | CPU s | MB/s | × rg |"
echo "|---|---|---|---|"
echo "| rightscheck scan --format json | $scan_s | $(rate "$mb" "$scan_s") | $(ratio "$scan_s" "$rg_s") |"
echo "| rg -F -i -c -f words | $rg_s | $(rate "$mb" "$rg_s") | 1.00 |"
echo "| grep -F -i -c -f words | $grep_s | $(rate "$mb" "$grep_s") | $(ratio "$grep_s" "$rg_s") |"
# The vocabulary the engine really matches: its English terms expanded into
# literals (bench_pattern_cost --literals; built by `ninja bench`). One run:
# rg takes far longer on it.
if [[ -x "$build/bench/bench_pattern_cost" ]]; then
  "$build/bench/bench_pattern_cost" --literals | sort -u > "$work/literals.txt"
  /usr/bin/time -f '%U %S' -o "$work/time.txt" rg -F -i -c -f "$work/literals.txt" "$corpus" > /dev/null || true
  literals_s=$(awk '{ printf "%.3f", $1 + $2 }' "$work/time.txt")
  echo "| rg -F -i -c -f literals ($(wc -l < "$work/literals.txt") strings the engine matches as literals) | $literals_s | $(rate "$mb" "$literals_s") | $(ratio "$literals_s" "$rg_s") |"
fi

# --- 2. PDF ingest vs pdftotext ----------------------------------------------
pdf_text="$work/pdf-source.txt"
make_file "$pdf_text" $((2 * 1024 * 1024))
python3 "$source_dir/tests/tools/convert.py" pdf "$pdf_text" "$work/corpus.pdf"
pdf_mb=$(awk -v b="$(stat -c %s "$work/corpus.pdf")" 'BEGIN { printf "%.1f", b / 1048576 }')
pages=$(pdfinfo "$work/corpus.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
extract_s=$(best_cpu "$rightscheck" --max-bytes $(( $(stat -c %s "$work/corpus.pdf") + 1 )) extract "$work/corpus.pdf")
pdftotext_s=$(best_cpu pdftotext -layout "$work/corpus.pdf" -)
echo
echo "PDF: $pdf_mb MB, ${pages:-?} pages (tests/tools/convert.py from the corpus)"
echo "| command | CPU s | × pdftotext |"
echo "|---|---|---|"
echo "| rightscheck extract (isolated child) | $extract_s | $(ratio "$extract_s" "$pdftotext_s") |"
echo "| pdftotext -layout | $pdftotext_s | 1.00 |"

# --- 3. peak memory ----------------------------------------------------------
# A statute is in one language: the 1 MB one is made of the English
# documents only (a file mixing three languages loads three databases).
one="$work/one.txt"
english=("$shared"/corpus/dev/en-*.txt)
[[ -e "${english[0]}" ]] && inputs=("${english[@]}")
make_file "$one" $((1024 * 1024))
best_cpu "$rightscheck" scan --format json "$one" > /dev/null
peak_mb=$(cat "$work/peak.txt")
echo
echo "| input | peak RSS |"
echo "|---|---|"
echo "| $(awk -v b="$(stat -c %s "$one")" 'BEGIN { printf "%.1f", b / 1048576 }') MB statute | $peak_mb MB |"
echo "| $mb MB statute | $scan_peak MB |"
