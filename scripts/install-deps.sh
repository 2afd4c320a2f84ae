#!/usr/bin/env bash
# Installs the Debian packages Blastradius builds against, only those a machine lacks.
# Runs as root (apt-get install -y). Safe to run repeatedly.
set -euo pipefail
pkgs=(cmake g++ make clang-14 libclang-rt-14-dev libgtest-dev libgmock-dev librapidcheck-dev
      nlohmann-json3-dev libre2-dev libbenchmark-dev libicu-dev libssl-dev pkg-config
      nodejs npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
