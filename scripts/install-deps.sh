#!/usr/bin/env bash
# Installs the Debian packages Blastradius builds and tests against, only those a machine lacks.
# Runs as root (apt-get install -y). Safe to run repeatedly.
set -euo pipefail
pkgs=(cmake g++ make ninja-build lld clang-14 libclang-rt-14-dev libgtest-dev libgmock-dev
      librapidcheck-dev nlohmann-json3-dev libre2-dev libbenchmark-dev libicu-dev libssl-dev
      pkg-config python3-jsonschema  # python3-jsonschema: the sarif_output_validates test
      libhiredis-dev redis-server)  # the Redis state store, and the server its tests start
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The MCP end-to-end tests need node and npm (scripts/mcp-e2e-deps.sh installs their pinned npm
# packages). A machine may already have them from another Node.js package, whose nodejs
# conflicts with Debian's npm: install Debian's only where the commands are missing.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
