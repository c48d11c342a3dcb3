#!/usr/bin/env bash
# Runs every measurement of docs/performance.md and keeps the raw output in $OUT (default /tmp/listing-bench-results).
# Usage: tests/ListingLsp.Benchmarks/run-all.sh [artifacts-path]
set -euo pipefail
cd "$(dirname "$0")/../.."
ART=${1:-/tmp/art-bench}
OUT=${OUT:-/tmp/listing-bench-results}
mkdir -p "$OUT"

dotnet build tests/ListingLsp.Benchmarks -c Release --artifacts-path "$ART"
BENCH="$ART/bin/ListingLsp.Benchmarks/release/ListingLsp.Benchmarks"

{ uptime; nproc; grep -m1 'model name' /proc/cpuinfo; grep MemTotal /proc/meminfo; dotnet --list-runtimes | grep NETCore; } > "$OUT/machine.txt"
"$BENCH" --filter '*' | tee "$OUT/bdn.txt"
"$BENCH" memory | tee "$OUT/memory.txt"
uptime >> "$OUT/machine.txt"

dotnet publish src/ListingLsp.Cli -c Release -o "$ART/listing-cli" --artifacts-path "$ART"
# The form the VS Code extension ships (client-vscode/scripts/package.mjs): NativeAOT.
dotnet publish src/ListingLsp.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$ART/listing-aot" --artifacts-path "$ART"
uptime >> "$OUT/machine.txt"
"$BENCH" check --cli "$ART/listing-aot/listing" --entries 100000 | tee "$OUT/check-aot.txt"
"$BENCH" check --cli "$ART/listing-cli/listing" --entries 100000 | tee "$OUT/check-jit.txt"
"$BENCH" lsp --cli "$ART/listing-aot/listing" --label NativeAOT --entries 10000,100000 | tee "$OUT/lsp-aot.txt"
# Tail latency and peak memory move from run to run: two more runs at 100k show by how much.
for run in 2 3; do "$BENCH" lsp --cli "$ART/listing-aot/listing" --label "NativeAOT run $run" --entries 100000; done | tee "$OUT/lsp-aot-repeats.txt"
"$BENCH" gc-pause --entries 100000 --edits 2000 | tee "$OUT/gc-pause.txt"
"$BENCH" lsp --cli "$ART/listing-cli/listing" --label JIT --entries 10000,100000 | tee "$OUT/lsp-jit.txt"
uptime >> "$OUT/machine.txt"
