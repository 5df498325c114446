#!/usr/bin/env bash
# Real-export benchmark: bench/exports.sh [ROWS]   (default 1000000; a 100,000-row line is added)
# Writes a synthetic Shopify "Export orders" CSV (dev.journeydash.bench.ShopifyExport: the real
# export's 78 columns, one row per line item) once per size, then in the same run measures
#   - journeydash: bin/journeydash generate with bench/shopify-bench.yaml and --data shop=FILE
#     (JVM start, reading, filtering, counting by month, the whole workbook);
#   - DuckDB: dev.journeydash.bench.DuckDbBaseline, the same aggregation with read_csv through
#     DuckDB's JDBC driver: the whole process (JVM start included, like ours) and the query alone.
# Prints one table; ratios are journeydash's wall time over DuckDB's (whole process, query alone).
# Logs, the files and DuckDB's result rows (duckdb-ROWS.tsv) are in target/bench/exports/.
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-1000000}
sizes=(100000 "$big")
[ "$big" -gt 100000 ] || sizes=("$big")
. bench/common.sh
setup
work=target/bench/exports
mkdir -p "$work"

# run LABEL CMD...: sets wall, cpu (user+sys), rss_mb from /usr/bin/time; output in $work/LABEL.log.
# Returns 1 (after printing the log's first lines) when the command fails.
run() {
  local label=$1; shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" > "$work/$label.log" 2>&1; then
    echo "FAILED: $label (log: $work/$label.log)"; head -5 "$work/$label.log"; return 1
  fi
  read -r wall user sys rss < <(tail -1 "$work/$label.time")
  cpu=$(echo "$user + $sys" | bc)
  rss_mb=$(( rss / 1024 ))
}
mb() { echo "scale=1; $(stat -c %s "$1") / 1048576" | bc; }
ratio() { if [ "$1" = "-" ]; then echo "-"; else echo "$(echo "scale=2; $1 / $2" | bc)x"; fi; }

lines=()
for n in "${sizes[@]}"; do
  csv="$work/orders-$n.csv"
  run "generate-$n" java -XX:+UseSerialGC -cp "$cp" dev.journeydash.bench.ShopifyExport "$csv" "$n"
  gen=$(sed -n 's/.*seconds=//p' "$work/generate-$n.log")
  echo "generated $csv: $(sed -n 's/ seconds=.*//p' "$work/generate-$n.log"), $(mb "$csv") MB in ${gen}s (${wall}s with the JVM)"

  jd_wall=-; jd_cpu=-; jd_rss=-
  if run "jd-$n" bin/journeydash generate --quiet --template bench/shopify-bench.yaml --data "shop=$csv" --out "$work/jd-$n.xlsx"; then
    jd_wall=${wall}s; jd_cpu=${cpu}s; jd_rss=${rss_mb}MB
  fi

  run "duckdb-$n" java -XX:+UseSerialGC -cp "$cp" dev.journeydash.bench.DuckDbBaseline "$csv"
  dk_wall=$wall; dk_cpu=$cpu; dk_rss=$rss_mb
  dk_query=$(sed -n 's/^seconds=//p' "$work/duckdb-$n.log")
  sed -n '/^month/,$p' "$work/duckdb-$n.log" > "$work/duckdb-$n.tsv"

  w=${jd_wall%s}
  lines+=("$(printf '%-9s %8s | %8s %8s %7s | %8s %8s %7s %9s | %9s %9s' "$n" "$(mb "$csv")" \
    "$jd_wall" "$jd_cpu" "$jd_rss" "${dk_wall}s" "${dk_cpu}s" "${dk_rss}MB" "${dk_query}s" \
    "$(ratio "$w" "$dk_wall")" "$(ratio "$w" "$dk_query")")")
done

echo
machine
printf '%-9s %8s | %8s %8s %7s | %8s %8s %7s %9s | %9s %9s\n' rows CSV_MB jd_wall jd_cpu jd_rss \
  dk_wall dk_cpu dk_rss dk_query jd/dk_wall jd/dk_qry
printf '%s\n' "${lines[@]}"
