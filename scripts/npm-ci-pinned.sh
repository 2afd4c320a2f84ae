#!/usr/bin/env bash
# Installs the npm packages pinned by DIR/package-lock.json into DIR/node_modules with `npm ci`,
# unless node_modules already matches that lockfile (a copy of it is kept as a stamp). Needs
# Debian's nodejs and npm (scripts/install-deps.sh). Safe to run repeatedly.
#
#   scripts/npm-ci-pinned.sh DIR
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1/package-lock.json" ]; then
  echo "usage: $0 DIR   (DIR holds package.json and package-lock.json)" >&2
  exit 2
fi
cd "$1"
stamp=node_modules/.blastradius-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
