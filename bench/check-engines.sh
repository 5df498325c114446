#!/usr/bin/env bash
# bench/check-engines.sh [ROWS]   (default 100000)
# Runs the engine checks (schema validation of every part, LibreOffice and Gnumeric
# recalculation of every formula cell against our cached values) on the workbook that
# bench/run.sh wrote for ROWS rows (target/bench/jd-ROWS.xlsx). Run bench/run.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
book=target/bench/jd-$rows.xlsx
[ -f "$book" ] || { echo "no $book: run bench/run.sh $rows first" >&2; exit 2; }
[ -f target/bench.cp ] || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
java -cp "$cp" dev.journeydash.engines.CheckWorkbooks "$book"
