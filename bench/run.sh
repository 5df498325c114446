#!/usr/bin/env bash
# Benchmark harness: bench/run.sh [ROWS ...]   (default: 1000 10000 100000 1000000)
# Generates deterministic synthetic data (5 stages, 20 KPIs, 15 measures; daily rows of several
# stores for a monthly journey), then for each size measures journeydash's whole run (JVM start,
# CSV parse, compute, workbook) and two baselines writing the same raw-data cells: Apache POI
# SXSSF and dhatim fastexcel (write time alone, data already in memory). Prints one table.
# journeydash runs through bin/journeydash (serial GC, client compiler, default heap size); the
# largest size is also run with plain `java -jar` (all JVM defaults) and with -Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 1000000)
. bench/common.sh
setup
work=target/bench
mkdir -p "$work"
java -cp "$cp" dev.journeydash.bench.SyntheticData "$work" "${sizes[@]}"

mb() { echo "scale=1; $(stat -c %s "$1") / 1048576" | bc; }

echo
machine
printf '%-9s | %8s %8s %7s %8s %9s | %9s %8s | %9s %8s | %8s %8s\n' rows jd_wall jd_cpu jd_rss jd_MB us/row \
  sxssf_w sxssf_MB fastx_w fastx_MB jd/fastx jd/sxssf
for n in "${sizes[@]}"; do
  csv="$work/bench-$n.csv"
  run "jd-$n" bin/journeydash generate --quiet --template "$work/bench.yaml" --data "$csv" --out "$work/jd-$n.xlsx"
  jd_wall=$wall; jd_cpu=$cpu; jd_rss=$rss_mb; jd_mb=$(mb "$work/jd-$n.xlsx")
  run "sxssf-$n" java -cp "$cp" dev.journeydash.bench.Baseline sxssf "$csv" "$work/sxssf-$n.xlsx"
  sx=$(sed -n 's/write_seconds=//p' "$work/sxssf-$n.log"); sx_mb=$(mb "$work/sxssf-$n.xlsx")
  run "fastexcel-$n" java -cp "$cp" dev.journeydash.bench.Baseline fastexcel "$csv" "$work/fastexcel-$n.xlsx"
  fx=$(sed -n 's/write_seconds=//p' "$work/fastexcel-$n.log"); fx_mb=$(mb "$work/fastexcel-$n.xlsx")
  us=$(echo "scale=2; $jd_wall * 1000000 / $n" | bc)
  printf '%-9s | %7ss %7ss %5sMB %8s %9s | %8ss %8s | %8ss %8s | %7sx %7sx\n' "$n" "$jd_wall" "$jd_cpu" "$jd_rss" "$jd_mb" "$us" \
    "$sx" "$sx_mb" "$fx" "$fx_mb" "$(echo "scale=2; $jd_wall / $fx" | bc)" "$(echo "scale=2; $jd_wall / $sx" | bc)"
done

big=${sizes[-1]}
if run "jd-$big-jar" java -jar target/journeydash.jar generate --quiet --template "$work/bench.yaml" \
     --data "$work/bench-$big.csv" --out "$work/jd-$big-jar.xlsx"; then
  echo "java -jar (JVM defaults: G1, default heap), $big rows: ${wall}s wall, ${cpu}s CPU, peak RSS ${rss_mb} MB"
fi
if run "jd-$big-xmx256" java -Xmx256m -jar target/journeydash.jar generate --quiet --template "$work/bench.yaml" \
     --data "$work/bench-$big.csv" --out "$work/jd-$big-xmx256.xlsx"; then
  echo "-Xmx256m, $big rows: completed in ${wall}s, peak RSS ${rss_mb} MB"
fi
run sample bin/journeydash generate --quiet --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --out "$work/ecommerce.xlsx"
echo "e-commerce sample (bin/journeydash, JVM start included): ${wall}s wall, peak RSS ${rss_mb} MB"
