# Sourced by compare.sh and throughput.sh: the build under test and the
# documents a benchmark corpus is made of.
#
#   source "$(dirname "$0")/common.sh" "$@"     (arguments: [BUILD_DIR] [MEGABYTES])
#
# Sets here, source_dir, build, megabytes, rightscheck, shared and inputs
# (the shared dev corpus, ../shared/corpus/dev/*.txt or
# $SHARED_DIR/corpus/dev, else examples/*.txt), and defines make_file.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$here")"
build="$(cd "${1:-$source_dir/build-score}" && pwd)"
megabytes="${2:-100}"
rightscheck="$build/rightscheck"
shared="${SHARED_DIR:-$source_dir/../shared}"
[[ -x "$rightscheck" ]] || { echo "no $rightscheck; build it first" >&2; exit 2; }
inputs=("$shared"/corpus/dev/*.txt)
[[ -e "${inputs[0]}" ]] || inputs=("$source_dir"/examples/*.txt)

# A file of at least BYTES made of the inputs, each followed by a blank line.
make_file() {  # make_file PATH BYTES
  local size=0
  : > "$1"
  while ((size < $2)); do
    for f in "${inputs[@]}"; do
      cat "$f" >> "$1"
      printf '\n\n' >> "$1"
      size=$(stat -c %s "$1")
      ((size >= $2)) && break
    done
  done
}
