#!/usr/bin/env bash
# The structure analyser must put each labelled quote of the development
# corpus, read as html, under the anchor people cite for it (rate >= 0.90).
# Skipped (77) when the shared corpus is not present.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.bash"
e2e_init anchors_html
run_anchor_rate html 0.90
