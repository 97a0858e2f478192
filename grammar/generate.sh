#!/usr/bin/env bash
# Regenerates the CertLang parser from CertLang.g4 with the pinned antlr-ng (package-lock.json).
# Usage: grammar/generate.sh [OUT_DIR]   (default: src/CertLang.Syntax/Generated, which is committed)
# The generated types are made internal: no ANTLR type is visible outside CertLang.Syntax.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../src/CertLang.Syntax/Generated"}
cd "$here"
[ -x node_modules/.bin/antlr-ng ] || npm ci --no-audit --no-fund --silent
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node_modules/.bin/antlr-ng -Dlanguage=CSharp --generate-listener false --generate-visitor false \
  -p CertLang.Syntax.Generated -o "$tmp" CertLang.g4
rm -rf "$out"
mkdir -p "$out"
for file in "$tmp"/*.cs; do
  sed -e 's/^public partial class /internal partial class /' \
      -e 's/[[:space:]]*$//' "$file" > "$out/$(basename "$file")"
done
