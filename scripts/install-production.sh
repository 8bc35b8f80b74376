#!/bin/sh
# The production image's node_modules, installed in the current folder from package.json and package-lock.json
# (the Dockerfile's deps stage runs it; `npm run test:image` runs it in a temporary copy and starts the server
# on the result).
#
# Production dependencies only (no dev tools, no Node from npm, no embedded PostgreSQL), and of Scalar's
# reference package only what the server reads: its package.json (for the version in the bundle's URL) and
# the browser bundle it serves at /docs/scalar.js. The package's own dependencies (a Vue application, about
# 150 MB) are built into that bundle, so the server never loads them.
set -eu

# It replaces node_modules: in a checkout, that would remove the tools `npm test` needs.
if [ -e .git ]; then
  echo "install-production.sh: run it in the image's deps stage or a copy, not in a checkout" >&2
  exit 1
fi

npm ci --omit=dev --omit=optional --no-audit --no-fund

reference=node_modules/@scalar/api-reference
kept=.scalar-reference
rm -rf "$kept"
mkdir -p "$kept/dist/browser"
cp "$reference/package.json" "$kept/"
cp "$reference/dist/browser/standalone.js" "$kept/dist/browser/"
# npm removes the package and every package only it needed; --no-save leaves package.json and the lock file as
# they are, and the omits keep npm from installing what `npm ci` left out.
npm uninstall --no-save --omit=dev --omit=optional --no-audit --no-fund @scalar/api-reference
mv "$kept" "$reference"
