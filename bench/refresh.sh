#!/usr/bin/env bash
# Refresh benchmark: bench/refresh.sh [RUNS] [ROWS]   (defaults: 5 runs, 1000000 raw rows)
# 1. The e-commerce sample: `generate` against `refresh` of the workbook generate made, the same
#    data, RUNS alternating pairs in one run (JVM start included, through bin/journeydash);
#    prints the medians and refresh / generate (aim: at most 1.5x).
# 2. A workbook of ROWS raw rows (bench/run.sh's synthetic data: daily rows of several stores for
#    a monthly journey): generate it, then refresh it with the same data; prints wall time, CPU and
#    peak RSS of each (aim for refresh: under 600 MB, the raw sheet streamed, never held in memory).
# Logs and workbooks in target/bench/refresh/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
rows=${2:-1000000}
. bench/common.sh
setup
work=target/bench/refresh
mkdir -p "$work"


machine
book="$work/sample.xlsx"
bin/journeydash generate --quiet --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --out "$book"
gen=(); ref=()
for i in $(seq "$runs"); do
  run "generate-$i" bin/journeydash generate --quiet --template templates/ecommerce.yaml --data sample-data/ecommerce.csv \
    --out "$work/generated.xlsx"
  gen+=("$wall")
  run "refresh-$i" bin/journeydash refresh --quiet --no-backup --workbook "$book" --data sample-data/ecommerce.csv
  ref+=("$wall")
done
g=$(median "${gen[@]}"); r=$(median "${ref[@]}")
echo "sample, median of $runs: generate ${g}s, refresh ${r}s, refresh / generate $(echo "scale=2; $r / $g" | bc)x"
echo "  generate: ${gen[*]}"
echo "  refresh:  ${ref[*]}"

java -cp "$cp" dev.journeydash.bench.SyntheticData "$work" "$rows" >/dev/null
big="$work/big.xlsx"
run "big-generate" bin/journeydash generate --quiet --template "$work/bench.yaml" --data "$work/bench-$rows.csv" --out "$big"
echo "$rows raw rows: generate ${wall}s wall, ${cpu}s CPU, ${rss_mb} MB peak RSS, $(( $(stat -c %s "$big") / 1048576 )) MB file"
run "big-refresh" bin/journeydash refresh --quiet --no-backup --workbook "$big" --data "$work/bench-$rows.csv"
echo "$rows raw rows: refresh  ${wall}s wall, ${cpu}s CPU, ${rss_mb} MB peak RSS"
