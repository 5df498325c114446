#!/usr/bin/env bash
# Regenerates the gallery in docs/gallery/: the dashboard and the first stage sheet of each
# built-in template, rendered by LibreOffice (through ../shared/tools/look-at-xlsx when present).
set -euo pipefail
cd "$(dirname "$0")/.."
look=../shared/tools/look-at-xlsx
[ -x "$look" ] || { echo "needs $look (LibreOffice renderer)" >&2; exit 1; }
[ -f target/journeydash.jar ] || mvn -q -B package -DskipTests
mkdir -p docs/gallery
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in ecommerce saas; do
  SOURCE_DATE_EPOCH=0 bin/journeydash generate --template templates/$t.yaml --data sample-data/$t.csv --out "$tmp/$t.xlsx" >/dev/null
  "$look" "$tmp/$t.xlsx" "$tmp/$t" 100 >/dev/null
  cp "$tmp/$t/page-01.png" docs/gallery/$t-dashboard.png
  cp "$tmp/$t/page-02.png" docs/gallery/$t-stage-1.png
done
ls -l docs/gallery
