#!/usr/bin/env bash
# bench/phases.sh [ROWS] [LEVEL ...]   (default: 1000000, levels 1 4 6)
# Time per phase of one generation (read, compute, build, write raw rows) and the output size,
# once per deflate level of the raw data sheet, on the input bench/run.sh wrote for ROWS rows.
# Serial collector, as bin/journeydash runs large inputs.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
shift || true
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(1 4 6)
csv=target/bench/bench-$rows.csv
[ -f "$csv" ] || { echo "no $csv: run bench/run.sh $rows first" >&2; exit 2; }
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
for level in "${levels[@]}"; do
  echo "raw data sheet at deflate level $level:"
  java -XX:+UseSerialGC -cp "$cp" dev.journeydash.bench.Phases target/bench/bench.yaml "$csv" "target/bench/phases-$level.xlsx" "$level"
  echo
done
