#!/usr/bin/env bash
# Report benchmark: bench/report.sh [RUNS] [ROWS]   (defaults: 5 runs, 1000000 raw rows)
# 1. The e-commerce sample: `generate` (the workbook alone) against `generate --html` (workbook
#    and HTML summary in one run), RUNS alternating pairs in one run, JVM start included, through
#    bin/journeydash; prints the medians and their ratio (aim: at most 1.3x).
# 2. ROWS raw rows (bench/run.sh's synthetic data): what the report adds to a run (aim: under a
#    second), two ways, 3 alternating runs each: `validate` (read and compute, nothing written)
#    against `report` (the same, then the HTML), which isolates the report's own cost; and
#    `generate` against `generate --html`, where the report overlaps the workbook on the second core
#    (noisier: the workbook's time varies by more than the report costs).
# Logs and files in target/bench/report/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
rows=${2:-1000000}
. bench/common.sh
setup
work=target/bench/report
mkdir -p "$work"


machine
sample=(--quiet --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --out "$work/sample.xlsx")
alone=(); both=()
for i in $(seq "$runs"); do
  run "alone-$i" bin/journeydash generate "${sample[@]}"
  alone+=("$wall")
  run "both-$i" bin/journeydash generate "${sample[@]}" --html "$work/sample.html"
  both+=("$wall")
done
a=$(median "${alone[@]}"); b=$(median "${both[@]}")
echo "sample, median of $runs: workbook ${a}s, workbook + report ${b}s, ratio $(echo "scale=2; $b / $a" | bc)x"
echo "  workbook:          ${alone[*]}"
echo "  workbook + report: ${both[*]}"

java -cp "$cp" dev.journeydash.bench.SyntheticData "$work" "$rows" >/dev/null
input=(--template "$work/bench.yaml" --data "$work/bench-$rows.csv")
computed=(); reported=()
for i in 1 2 3; do
  run "big-validate-$i" bin/journeydash validate "${input[@]}"
  computed+=("$wall")
  run "big-report-$i" bin/journeydash report "${input[@]}" --out "$work/big-alone.html"
  reported+=("$wall")
done
c=$(median "${computed[@]}"); r=$(median "${reported[@]}")
echo "$rows raw rows, median of 3: validate ${c}s, report ${r}s: the report itself adds $(echo "scale=2; $r - $c" | bc)s"
echo "  validate: ${computed[*]}"
echo "  report:   ${reported[*]}"
big=(--quiet "${input[@]}" --out "$work/big.xlsx")
bigalone=(); bigboth=(); rss_alone=0; rss_both=0
for i in 1 2 3; do
  run "big-alone-$i" bin/journeydash generate "${big[@]}"
  bigalone+=("$wall"); rss_alone=$(( rss_mb > rss_alone ? rss_mb : rss_alone ))
  run "big-both-$i" bin/journeydash generate "${big[@]}" --html "$work/big.html"
  bigboth+=("$wall"); rss_both=$(( rss_mb > rss_both ? rss_mb : rss_both ))
done
wa=$(median "${bigalone[@]}"); wb=$(median "${bigboth[@]}")
echo "$rows raw rows, median of 3: workbook ${wa}s (peak ${rss_alone} MB), workbook + report ${wb}s (peak ${rss_both} MB): the report adds $(echo "scale=2; $wb - $wa" | bc)s"
echo "  workbook:          ${bigalone[*]}"
echo "  workbook + report: ${bigboth[*]}"
