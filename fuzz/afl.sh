#!/usr/bin/env bash
# Fuzzes one target of fuzz/CertLang.Fuzz with AFL++ through SharpFuzz (see fuzz/README.md).
#   fuzz/afl.sh TARGET [SECONDS]    TARGET is cert, pack or product; SECONDS bounds the run (afl-fuzz -V)
# Builds the harness (Release) into fuzz/out/bin, instruments the CertLang assemblies, and writes AFL's findings to
# fuzz/out/findings/TARGET (a second run resumes there). Needs afl-fuzz (Debian: afl++) and the sharpfuzz tool
# (dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path ~/.sharpfuzz; SHARPFUZZ names it otherwise).
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/afl.sh cert|pack|product [SECONDS]}
seconds=${2:-}
sharpfuzz=${SHARPFUZZ:-$HOME/.sharpfuzz/sharpfuzz}
bin=out/bin
findings=out/findings/$target

if [ ! -x "$sharpfuzz" ] || [ -d "$sharpfuzz" ]; then
  echo "fuzz/afl.sh: no sharpfuzz tool at $sharpfuzz: install it with" >&2
  echo "  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path ~/.sharpfuzz   (or set SHARPFUZZ)" >&2
  exit 2
fi

dotnet build CertLang.Fuzz -c Release -o "$bin" --nologo -v quiet -clp:NoSummary
for assembly in CertLang.Syntax CertLang.Semantics CertLang.Packs CertLang.Planning; do
  # sharpfuzz refuses an assembly it has already instrumented; the build above copies fresh ones only when they changed.
  "$sharpfuzz" "$bin/$assembly.dll" 2>&1 | grep -v "already instrumented" || true
done

input=corpus/$target
mkdir -p out/findings
[ -d "$findings/default/queue" ] && input=-   # resume
dictionary=dictionaries/json.dict
[ "$target" = cert ] && dictionary=dictionaries/cert.dict

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
exec nice -n 10 afl-fuzz -i "$input" -o "$findings" -x "$dictionary" -t 10000 -m none ${seconds:+-V "$seconds"} \
  -- dotnet "$bin/CertLang.Fuzz.dll" "$target"
