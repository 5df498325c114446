#!/usr/bin/env bash
# Benchmark harness: bench/run.sh [ROWS ...]   (default: 1000 10000 100000 1000000)
# Generates deterministic synthetic data (5 stages, 20 KPIs, 15 measures; daily rows of several
# stores for a monthly journey), then for each size measures, in the same run:
#   - jd:   journeydash's whole run (JVM start, CSV parse, compute, the full workbook) through bin/journeydash
#   - prev: the same command of the previous release, built from git (bench/common.sh `previous`;
#           JOURNEYDASH_PREVIOUS=REV to choose another commit)
#   - baselines writing the same raw-data cells, data already in memory, write time alone
#     (dev.journeydash.bench.Baseline): fastexcel with the number formats, fastexcel without any
#     style, POI SXSSF with the number formats; each at deflate level 1 (our raw sheet's level)
#     and at the library's default (fastexcel 4, SXSSF 6).
# Prints one line per size and writer, with journeydash's wall time over each (jd/x).
# The largest size is also run with plain `java -jar` (all JVM defaults) and with -Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 1000000)
. bench/common.sh
setup
previous "${JOURNEYDASH_PREVIOUS:-}"
work=target/bench
mkdir -p "$work"
java -cp "$cp" dev.journeydash.bench.SyntheticData "$work" "${sizes[@]}"

mb() { echo "scale=1; $(stat -c %s "$1") / 1048576" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }

# one run of each launcher first: it makes the class-data archive that the measured runs map
for b in bin/journeydash "$prev_bin"; do
  "$b" generate --quiet --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --out "$work/warm-up.xlsx" >/dev/null
done

echo
machine
echo "previous release: $prev_rev"
printf '%-9s | %-26s | %8s %8s %7s %8s | %7s\n' rows writer wall cpu rss MB jd/x
for n in "${sizes[@]}"; do
  csv="$work/bench-$n.csv"
  args=(generate --quiet --template "$work/bench.yaml" --data "$csv")
  run "jd-$n" bin/journeydash "${args[@]}" --out "$work/jd-$n.xlsx"
  jd_wall=$wall
  line() { printf '%-9s | %-26s | %7ss %8s %7s %8s | %6sx\n' "$n" "$1" "$2" "$3" "$4" "$5" "$(ratio "$jd_wall" "$2")"; }
  line "journeydash" "$wall" "${cpu}s" "${rss_mb}MB" "$(mb "$work/jd-$n.xlsx")"
  run "prev-$n" "$prev_bin" "${args[@]}" --out "$work/prev-$n.xlsx"
  line "journeydash $prev_rev" "$wall" "${cpu}s" "${rss_mb}MB" "$(mb "$work/prev-$n.xlsx")"
  for kind in fastexcel fastexcel-plain sxssf; do
    default=4; [ $kind != sxssf ] || default=6
    for level in 1 $default; do
      label="$kind-$level-$n"
      run "$label" java -cp "$cp" dev.journeydash.bench.Baseline "$kind" "$csv" "$work/$label.xlsx" "$level"
      w=$(sed -n 's/write_seconds=//p' "$work/$label.log")
      name=$kind; [ $kind = fastexcel ] && name="fastexcel formats"; [ $kind = fastexcel-plain ] && name="fastexcel no style"
      [ $level = 1 ] || name="$name L$level (def)"
      [ $level != 1 ] || name="$name L1"
      line "$name" "$w" "-" "-" "$(mb "$work/$label.xlsx")"
    done
  done
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
for who in jd prev; do
  b=bin/journeydash; [ $who = jd ] || b=$prev_bin
  run "sample-$who" "$b" generate --quiet --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --out "$work/ecommerce-$who.xlsx"
  echo "e-commerce sample, $who (launcher, JVM start included): ${wall}s wall, peak RSS ${rss_mb} MB"
done
