#!/usr/bin/env bash
# Installs the pinned npm packages of the MCP end-to-end tests (mcp/e2e/package.json and its
# committed package-lock.json: @modelcontextprotocol/sdk 1.32.2 and server-everything) with
# `npm ci`. Needs Debian's nodejs and npm (scripts/install-deps.sh). Skips the install when
# node_modules already matches the lockfile. Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/../mcp/e2e"
stamp=node_modules/.blastradius-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
