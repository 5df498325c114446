#!/usr/bin/env bash
# Segments benchmark: bench/segments.sh [ROWS] [PAIRS]   (defaults: 1000000 rows, 3 pairs)
# bench/run.sh's synthetic daily rows (SyntheticData: 24 months, stores, 15 measures) with a
# `channel` column of 20 values in turn, run through the whole `bin/journeydash generate` (JVM
# start, CSV parse, compute, workbook) twice per pair, alternating: with the template as it is,
# and with `segments: { column: channel, top: 20 }` added (20 groups, each with its own results).
# Then the same pairs through `bin/journeydash validate` (read and compute only, no workbook), where
# the segments' own cost is a larger share. One untimed run first builds bin/journeydash's
# class-data archive, so that no timed run pays for it.
# Prints each run, the medians of wall and CPU time, the peak RSS and the ratios
# (aim: segments at most 1.5x the run without, peak RSS under 600 MB).
# Logs and files in target/bench/segments/.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
pairs=${2:-3}
. bench/common.sh
setup
work=target/bench/segments
rm -rf "$work"; mkdir -p "$work"
java -cp "$cp" dev.journeydash.bench.SyntheticData "$work" "$rows"
awk -F, 'BEGIN { OFS = "," } NR == 1 { print $0, "channel"; next } { print $0, "channel-" ((NR - 2) % 20 + 1) }' \
  "$work/bench-$rows.csv" > "$work/rows.csv"
rm "$work/bench-$rows.csv"
cp "$work/bench.yaml" "$work/plain.yaml"
{ echo "segments: { column: channel, label: Channel, top: 20 }"; cat "$work/bench.yaml"; } > "$work/segments.yaml"

machine
echo "uptime:$(uptime)"
bin/journeydash validate --template templates/ecommerce.yaml --data sample-data/ecommerce.csv >/dev/null 2>&1 || true

# pairs COMMAND ARGS...: $pairs alternating runs of `bin/journeydash COMMAND` without and with segments
pairs() {
  local cmd=$1; shift
  echo "$rows rows, 20 channels, bin/journeydash $cmd; $pairs pairs, alternating (JVM start included)"
  local p_wall=() p_cpu=() s_wall=() s_cpu=() p_rss=0 s_rss=0 i
  for i in $(seq "$pairs"); do
    run "$cmd-plain-$i" bin/journeydash "$cmd" --template "$work/plain.yaml" --data "$work/rows.csv" "$@"
    p_wall+=("$wall"); p_cpu+=("$cpu"); p_rss=$(( rss_mb > p_rss ? rss_mb : p_rss ))
    echo "  pair $i: without segments ${wall}s wall, ${cpu}s CPU, ${rss_mb} MB"
    run "$cmd-segments-$i" bin/journeydash "$cmd" --template "$work/segments.yaml" --data "$work/rows.csv" "$@"
    s_wall+=("$wall"); s_cpu+=("$cpu"); s_rss=$(( rss_mb > s_rss ? rss_mb : s_rss ))
    echo "  pair $i: with segments    ${wall}s wall, ${cpu}s CPU, ${rss_mb} MB"
  done
  local pw pc sw sc
  pw=$(median "${p_wall[@]}"); pc=$(median "${p_cpu[@]}"); sw=$(median "${s_wall[@]}"); sc=$(median "${s_cpu[@]}")
  echo "  without segments: median ${pw}s wall, ${pc}s CPU, peak RSS ${p_rss} MB"
  echo "  with segments:    median ${sw}s wall, ${sc}s CPU, peak RSS ${s_rss} MB"
  echo "  segments / without: wall $(echo "scale=2; $sw / $pw" | bc)x, CPU $(echo "scale=2; $sc / $pc" | bc)x"
}
pairs generate --quiet --out "$work/out.xlsx"
pairs validate
echo "uptime after:$(uptime)"
