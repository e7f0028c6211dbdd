#!/usr/bin/env bash
# Installs the Debian packages rightscheck needs to build and test, only those
# missing. Safe to run again and again; quiet when nothing is to do.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3 clang
  libvectorscan-dev libicu-dev libpoppler-cpp-dev libgumbo-dev libpugixml-dev
  libzip-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  libsodium-dev libgtest-dev libgmock-dev libbenchmark-dev
  # untrusted parsers run in a child under a seccomp filter
  libseccomp-dev
  # bench/ only: the floors rightscheck is compared with (rg -F, pdftotext)
  ripgrep poppler-utils
  # tests only: the HTML report in a headless browser (node modules: scripts/install-node-deps.sh)
  chromium nodejs
)
# Debian's npm, unless an npm came with another node build (NodeSource bundles
# its own, and Debian's would conflict with it).
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
