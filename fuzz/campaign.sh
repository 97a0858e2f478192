#!/usr/bin/env bash
# The AFL++ campaign, one target after the other (one afl-fuzz at a time): fuzz/campaign.sh [CERT PACK PRODUCT seconds]
set -euo pipefail
cd "$(dirname "$0")"
./afl.sh cert "${1:-1800}"
./afl.sh pack "${2:-1000}"
./afl.sh product "${3:-1000}"
