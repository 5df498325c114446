#!/usr/bin/env bash
# SQL sources benchmark: bench/sql.sh [ROWS]   (default 10000000)
# The SQL tests' rows (dev.journeydash.bench.SqlBench), then in the same run:
#   - DuckDB: a Parquet file of the rows; journeydash's whole run (bin/journeydash generate, JVM start
#     included, the GROUP BY of read_parquet pushed down to embedded DuckDB, the finished workbook)
#     against DuckDB's own GROUP BY of that file in a JVM of its own (JVM start included too) and the
#     query alone. Aim: journeydash at most 3x DuckDB's whole process.
#   - PostgreSQL: the rows generated in a server of the bench's own; the database's aggregation
#     (median of three) against journeydash's whole run. Aim: the aggregation plus under a second.
# Logs, the files and the workbooks are in target/bench/sql/.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
. bench/common.sh
setup
work=target/bench/sql
mkdir -p "$work"
source_of() { sed "s|@SOURCE@|$1|" bench/sql-bench.yaml; }

parquet="$work/orders-$rows.parquet"
run "parquet-$rows" java -XX:+UseSerialGC -cp "$cp" dev.journeydash.bench.SqlBench parquet "$parquet" "$rows"
echo "wrote $parquet: $(echo "scale=1; $(stat -c %s "$parquet") / 1048576" | bc) MB in ${wall}s"

source_of "  - { name: orders, table: \"read_parquet('orders-$rows.parquet')\", date: created_at, measures: { orders: count, revenue: { sum: total } } }" \
  > "$work/duck.yaml"
bin/journeydash generate --quiet --template "$work/duck.yaml" --out "$work/duck-warmup.xlsx" > /dev/null 2>&1  # the class-data archive
jd=(); dk=(); dq=()
for i in 1 2 3; do
  run "jd-duck-$i" bin/journeydash generate --quiet --template "$work/duck.yaml" --out "$work/duck.xlsx"; jd+=("$wall")
  run "duckdb-$i" java -XX:+UseSerialGC -cp "$cp" dev.journeydash.bench.SqlBench duckdb "$parquet"; dk+=("$wall")
  dq+=("$(sed -n 's/^seconds=//p' "$work/duckdb-$i.log")")
done
jd_m=$(median "${jd[@]}"); dk_m=$(median "${dk[@]}"); dq_m=$(median "${dq[@]}")

source_of "  - { name: orders, database: \"@URL@\", credentials: \"@CREDENTIALS@\", table: orders, date: created_at, measures: { orders: count, revenue: { sum: total } } }" \
  > "$work/pg.yaml.in"
run "postgres-$rows" java -XX:+UseSerialGC -cp "$cp" dev.journeydash.bench.SqlBench postgres "$rows" "$work" "$PWD/bin/journeydash"
db_s=$(sed -n 's/^db_seconds=//p' "$work/postgres-$rows.log"); pg_jd=$(sed -n 's/^jd_seconds=//p' "$work/postgres-$rows.log")
[ "$(sed -n 's/^exit=//p' "$work/postgres-$rows.log")" = 0 ] || { echo "journeydash failed on PostgreSQL:"; cat "$work/postgres-$rows.log"; exit 1; }

echo
machine
printf '%-44s %10s\n' "rows" "$rows"
printf '%-44s %9ss\n' "DuckDB/Parquet: journeydash whole run" "$jd_m"
printf '%-44s %9ss\n' "DuckDB/Parquet: DuckDB GROUP BY, whole JVM" "$dk_m"
printf '%-44s %9ss\n' "DuckDB/Parquet: DuckDB GROUP BY, query alone" "$dq_m"
printf '%-44s %9sx (aim: at most 3x)\n' "  ratio journeydash / DuckDB whole" "$(echo "scale=2; $jd_m / $dk_m" | bc)"
printf '%-44s %9ss\n' "PostgreSQL: the database's aggregation" "$db_s"
printf '%-44s %9ss\n' "PostgreSQL: journeydash whole run" "$pg_jd"
printf '%-44s %9ss (aim: under 1 s)\n' "  journeydash - aggregation" "$(echo "scale=3; $pg_jd - $db_s" | bc)"
echo "(medians of 3 runs; PostgreSQL: median of 3 aggregations, one journeydash run)"
