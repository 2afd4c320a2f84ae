#!/usr/bin/env bash
# Installs the pinned npm packages of the MCP end-to-end tests (mcp/e2e/package.json and its
# committed package-lock.json: @modelcontextprotocol/sdk 1.32.2 and server-everything) with
# `npm ci`, skipped when node_modules already matches the lockfile (scripts/npm-ci-pinned.sh).
set -euo pipefail
exec "$(dirname "$0")/npm-ci-pinned.sh" "$(dirname "$0")/../mcp/e2e"
