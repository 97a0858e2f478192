#!/usr/bin/env bash
# Runs every test of the repository: the generated parser is up to date, the solution builds with warnings as
# errors, all test projects pass (property tests at full strength), every benchmark runs once (quick mode), the
# README's example command works, the VS Code extension passes its tests and packages (for every platform, and for
# linux-x64 with a self-contained server that must answer `initialize` with no dotnet on PATH), and certc installs and
# runs as a .NET tool. The tests include the deterministic fuzz mutation run (tests/CertLang.Fuzz.Tests, 3,000 mutants
# per target); `./test.sh --full` or CERTLANG_FULL=1 runs 50,000.
# Needs only the .NET SDK, node and npm; the browser check of the HTML pages (tests/browser) also needs Chromium, which it
# installs with apt-get when run as root and the package is available, and skips with a message otherwise.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export CERTLANG_PROPERTY_ITERATIONS=${CERTLANG_PROPERTY_ITERATIONS:-40000}
if [ "${1:-}" = --full ] || [ "${CERTLANG_FULL:-}" = 1 ]; then
  export CERTLANG_FUZZ_MUTATIONS=${CERTLANG_FUZZ_MUTATIONS:-50000}
fi
export SNAPSHOOTER_STRICT_MODE=true   # a missing snapshot fails instead of being written

step() { printf '\n== %s\n' "$*"; }

step "generated parser matches grammar/CertLang.g4"
generated=$(mktemp -d)
trap 'rm -rf "$generated"' EXIT
grammar/generate.sh "$generated/Generated"
if ! diff -r "$generated/Generated" src/CertLang.Syntax/Generated; then
  echo "src/CertLang.Syntax/Generated is stale: run grammar/generate.sh and commit the result." >&2
  exit 1
fi

step "build"
dotnet build CertLang.sln --nologo -v quiet -clp:NoSummary

step "tests"
log="$generated/test.log"
set +e
dotnet test CertLang.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')
[ "$status" -eq 0 ] || { echo "dotnet test failed"; echo "$passed passed, $failed failed"; exit 1; }

step "benchmarks, quick mode: each runs once in process, so that they cannot rot (figures: docs/performance.md)"
dotnet benchmarks/CertLang.Benchmarks/bin/Debug/net10.0/CertLang.Benchmarks.dll quick > "$generated/benchmarks.log" 2>&1 \
  || { tail -40 "$generated/benchmarks.log"; exit 1; }
tail -1 "$generated/benchmarks.log"

step "README: certc check examples, and the planner on an example product"
root=$PWD
certc() { dotnet run --project "$root/src/CertLang.Cli" --no-build -- "$@"; }
certc check examples
certc test examples
certc plan --pack examples --product examples/products/hair_dryer.json --markets CN,DE --ship 2027-06-01
certc explain --pack examples --product examples/products/hair_dryer.json --regime CCC --ship 2027-06-01 > /dev/null

step "examples/products/portfolio.csv is what its generator writes (the README walk-through runs in the CLI tests)"
node examples/products/generate-portfolio.mjs --check

step "HTML pages in headless Chromium: no sideways scrolling at 1280 and 480 px (tests/browser)"
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --silent && time node check-pages.mjs)
else
  echo "skipped: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (apt-get install chromium, or set CHROMIUM to one)"
fi

step "VS Code extension: grammar and protocol tests, then the .vsix with its grammar, configuration, snippets and server"
(cd editors/vscode && npm ci --no-audit --no-fund && npm test && npm run package)

step "VS Code extension for linux-x64: a self-contained server that answers initialize with no dotnet on PATH"
(cd editors/vscode && npm run package:platform -- linux-x64)

step "certc as a .NET tool: packed, installed into a temporary tool path, run on the examples"
dotnet pack src/CertLang.Cli -c Release -o "$generated/tool-package" --nologo -v quiet
dotnet tool install --tool-path "$generated/tool" --add-source "$generated/tool-package" certc
"$generated/tool/certc" --version
"$generated/tool/certc" check examples

echo
echo "$passed passed, $failed failed"
