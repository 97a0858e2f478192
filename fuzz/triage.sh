#!/usr/bin/env bash
# Replays every crash and hang AFL++ saved for a target with the uninstrumented harness and counts them by signature
# (exception type and the CertLang method that threw it): fuzz/triage.sh TARGET
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/triage.sh cert|pack|product}
findings=out/findings/$target/default
dotnet build CertLang.Fuzz --nologo -v quiet -clp:NoSummary >/dev/null
shopt -s nullglob
inputs=("$findings"/crashes/id:* "$findings"/hangs/id:*)
[ ${#inputs[@]} -gt 0 ] || { echo "no crashes or hangs for $target"; exit 0; }
dotnet CertLang.Fuzz/bin/Debug/net10.0/CertLang.Fuzz.dll "$target" "${inputs[@]}" | grep -E '^(CRASH|ok) ' \
  | sed -E 's/^(CRASH|ok) +[^ ]+ ?:? ?/\1 /' | sort | uniq -c | sort -rn
