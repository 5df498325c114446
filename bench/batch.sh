#!/usr/bin/env bash
# Batch benchmark: bench/batch.sh [CLIENTS] [ROUNDS]   (defaults: 50 clients, 3 rounds)
# CLIENTS sample-size clients (the 8 built-in journeys with their sample data, in turn, each under
# its own client name), made three ways in each round, alternating, JVM start included:
#   separate:  one `bin/journeydash generate` per client, one after the other
#   parallel:  the same runs, as many at once as there are cores (xargs -P)
#   batch:     one `bin/journeydash batch MANIFEST` for all of them (one JVM, a thread per core)
# Prints the medians, the time per client and the ratios (aim: batch at 0.2 s per client on 2 cores).
# Logs and files in target/bench/batch/.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-50}
rounds=${2:-3}
. bench/common.sh
setup
work=target/bench/batch
rm -rf "$work"; mkdir -p "$work/separate" "$work/batch"
cores=$(nproc)

journeys=(ecommerce saas b2b-pipeline mobile-app marketplace subscription-box customer-support agency)
manifest="$work/clients.csv"
echo "client,template,data,brand,lang,out" > "$manifest"
: > "$work/commands"
for i in $(seq "$clients"); do
  j=${journeys[$(( (i - 1) % ${#journeys[@]} ))]}
  echo "Client $i,$PWD/templates/$j.yaml,$PWD/sample-data/$j.csv,,,batch/client-$i.xlsx" >> "$manifest"
  echo "generate --quiet --template templates/$j.yaml --data sample-data/$j.csv --out $work/separate/client-$i.xlsx" >> "$work/commands"
done

separate() { while read -r line; do bin/journeydash $line >/dev/null; done < "$work/commands"; }
parallel() { xargs -P "$cores" -L 1 bin/journeydash < "$work/commands" >/dev/null; }
export -f separate parallel 2>/dev/null || true

machine
seq_t=(); par_t=(); bat_t=(); rss_batch=0
for r in $(seq "$rounds"); do
  run "separate-$r" bash -c "cd '$PWD' && work='$work' && $(declare -f separate) && separate"
  seq_t+=("$wall")
  run "parallel-$r" bash -c "cd '$PWD' && work='$work' cores=$cores && $(declare -f parallel) && parallel"
  par_t+=("$wall")
  run "batch-$r" bin/journeydash batch "$manifest"
  bat_t+=("$wall"); rss_batch=$(( rss_mb > rss_batch ? rss_mb : rss_batch ))
done
s=$(median "${seq_t[@]}"); p=$(median "${par_t[@]}"); b=$(median "${bat_t[@]}")
per() { awk -v t="$1" -v n="$clients" 'BEGIN { printf "%.3f", t / n }'; }
echo "$clients clients, median of $rounds rounds (JVM start included):"
echo "  separate runs, one at a time:  ${s}s  ($(per "$s") s per client)    ${seq_t[*]}"
echo "  separate runs, $cores at a time:   ${p}s  ($(per "$p") s per client)    ${par_t[*]}"
echo "  one batch, $cores threads:         ${b}s  ($(per "$b") s per client, peak ${rss_batch} MB)    ${bat_t[*]}"
echo "  batch / separate one at a time: $(echo "scale=2; $b / $s" | bc)x; batch / separate $cores at a time: $(echo "scale=2; $b / $p" | bc)x"
# the batch's workbooks are the separate runs' workbooks but for the client's name: the same size within 1 %
a=$(du -sb "$work/separate" | cut -f1); c=$(du -sb "$work/batch" | cut -f1)
echo "  bytes written: separate $a, batch $c"
