#!/usr/bin/env bash
# Regenerates the gallery in docs/gallery/: the dashboard and the first stage sheet of each
# built-in template, rendered by LibreOffice (through ../shared/tools/look-at-xlsx when present),
# and the HTML summary of each in headless Chromium (desktop, phone, print).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
look=../shared/tools/look-at-xlsx
[ -x "$look" ] || { echo "needs $look (LibreOffice renderer)" >&2; exit 1; }
[ -f target/journeydash.jar ] || mvn -q -B package -DskipTests
mkdir -p docs/gallery
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
journeys="ecommerce saas b2b-pipeline mobile-app marketplace subscription-box customer-support agency"
# page N of a render (pdftoppm pads the numbers to the page count's width)
page() { ls "$1"/page-*.png | sort | sed -n "${2}p"; }
# the Dashboard's printed pages: one more than its row breaks
dashboard_pages() { echo $(( $(unzip -p "$1" xl/worksheets/sheet1.xml | grep -o '<brk ' | wc -l) + 1 )); }
render() { # render TEMPLATE DATA NAME: the Dashboard's pages and the first stage sheet
  SOURCE_DATE_EPOCH=0 bin/journeydash generate --template "$1" --data "$2" --out "$tmp/$3.xlsx" >/dev/null
  "$look" "$tmp/$3.xlsx" "$tmp/$3" 100 >/dev/null
  n=$(dashboard_pages "$tmp/$3.xlsx")
  cp "$(page "$tmp/$3" 1)" docs/gallery/$3-dashboard.png
  for p in $(seq 2 "$n"); do cp "$(page "$tmp/$3" "$p")" docs/gallery/$3-dashboard-$p.png; done
  cp "$(page "$tmp/$3" $((n + 1)))" docs/gallery/$3-stage-1.png
}
for t in $journeys; do
  render templates/$t.yaml sample-data/$t.csv $t
done
# the largest journey supported: 12 stages in bands of five, 60 KPIs with labels of up to 50 characters
render templates/examples/large-journey.yaml sample-data/large-journey.csv large-journey
# the e-commerce journey by channel (segments: a second selector, the comparison table)
render templates/examples/ecommerce-channels.yaml sample-data/ecommerce-channels.csv ecommerce-channels
# the same workbook with Social picked in its segment selector (C5), as a user would, recalculated by LibreOffice
jshell --class-path target/journeydash.jar -q >/dev/null <<EOF
var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.FileInputStream("$tmp/ecommerce-channels.xlsx"));
wb.getSheetAt(0).getRow(4).getCell(2).setCellValue("Social");
try (var out = new java.io.FileOutputStream("$tmp/ecommerce-channels-social.xlsx")) { wb.write(out); }
/exit
EOF
"$look" "$tmp/ecommerce-channels-social.xlsx" "$tmp/ecommerce-channels-social" 100 >/dev/null
n=$(dashboard_pages "$tmp/ecommerce-channels.xlsx")
cp "$(page "$tmp/ecommerce-channels-social" 1)" docs/gallery/ecommerce-channels-social-dashboard.png
cp "$(page "$tmp/ecommerce-channels-social" "$n")" docs/gallery/ecommerce-channels-social-segments.png
cp "$(page "$tmp/ecommerce-channels-social" $((n + 3)))" docs/gallery/ecommerce-channels-social-stage-3.png

# The e-commerce sample in the sample brand (templates/examples/brand: logo, colours, fonts, page texts, euro after)
SOURCE_DATE_EPOCH=0 bin/journeydash generate --template templates/ecommerce.yaml --data sample-data/ecommerce.csv \
  --brand templates/examples/brand/brand.yaml --out "$tmp/branded.xlsx" >/dev/null
"$look" "$tmp/branded.xlsx" "$tmp/branded" 100 >/dev/null
cp "$tmp/branded/page-01.png" docs/gallery/ecommerce-branded-dashboard.png

# One page per language: the SaaS sample's Dashboard and its first stage sheet in each language but English
for lang in id de fr es pt-BR; do
  SOURCE_DATE_EPOCH=0 bin/journeydash generate --template templates/saas.yaml --data sample-data/saas.csv --lang "$lang" \
    --out "$tmp/saas-$lang.xlsx" >/dev/null
  "$look" "$tmp/saas-$lang.xlsx" "$tmp/saas-$lang" 100 >/dev/null
  cp "$(page "$tmp/saas-$lang" 1)" docs/gallery/saas-dashboard-$lang.png
  cp "$(page "$tmp/saas-$lang" $(( $(dashboard_pages "$tmp/saas-$lang.xlsx") + 1 )))" docs/gallery/saas-stage-1-$lang.png
done

# A client's folder as init writes it, rebranded (logo, colours, heading font, rupiah, Indonesian) and generated in it
rm -rf "$tmp/toko"
bin/journeydash init --template saas --client "PT Toko Awan Nusantara" "$tmp/toko" >/dev/null
cp templates/examples/brand/logo.png "$tmp/toko/"
sed -i -e 's/^# logo: logo.png /logo: logo.png   /' -e 's/primary: "#[0-9A-F]*"/primary: "#7A1F3D"/' \
  -e 's/accent: "#[0-9A-F]*"/accent: "#D08C32"/' -e 's/heading: .*/heading: DejaVu Serif/' -e 's/^# currency: .*/currency: "Rp"/' \
  -e 's/^# lang: id /lang: id   /' "$tmp/toko/brand.yaml"
(cd "$tmp/toko" && SOURCE_DATE_EPOCH=0 "$root/bin/journeydash" generate --template saas.yaml --data data.csv --brand brand.yaml \
  --out saas.xlsx >/dev/null)
"$look" "$tmp/toko/saas.xlsx" "$tmp/toko-look" 100 >/dev/null
cp "$(page "$tmp/toko-look" 1)" docs/gallery/init-rebranded-id-dashboard.png

# The monthly routine both ways, from a workbook generated with the e-commerce sample up to Nov 2025:
# (1) Dec 2025 typed under the Data table in LibreOffice (Python-UNO), saved, recalculated and rendered;
# (2) the same workbook refreshed with the whole sample by journeydash refresh.
head -24 sample-data/ecommerce.csv > "$tmp/to-nov.csv"
SOURCE_DATE_EPOCH=0 bin/journeydash generate --template templates/ecommerce.yaml --data "$tmp/to-nov.csv" --out "$tmp/nov.xlsx" >/dev/null
python3 - "$tmp" <<'PY'
import csv, datetime, json, sys
tmp = sys.argv[1]
rows = list(csv.reader(open("sample-data/ecommerce.csv")))
dec = rows[-1]
serial = (datetime.date(2025, 12, 1) - datetime.date(1899, 12, 30)).days
edits = [{"op": "date", "sheet": "Data", "cell": "A25", "serial": serial}]
for i, v in enumerate(dec[1:], start=1):
    col = chr(ord("A") + i)
    edits.append({"op": "number", "sheet": "Data", "cell": "%s25" % col, "value": float(v)})
json.dump(edits, open(tmp + "/paste.json", "w"))
PY
/usr/bin/python3 src/test/resources/refresh/edit_with_libreoffice.py --profile "$tmp/profile" "$tmp/nov.xlsx" "$tmp/pasted.xlsx" "$tmp/paste.json"
"$look" "$tmp/pasted.xlsx" "$tmp/pasted" 100 >/dev/null
cp "$tmp/pasted/page-01.png" docs/gallery/ecommerce-after-paste.png
cp "$tmp/nov.xlsx" "$tmp/refreshed.xlsx"
SOURCE_DATE_EPOCH=0 bin/journeydash refresh --workbook "$tmp/refreshed.xlsx" --data sample-data/ecommerce.csv >/dev/null
"$look" "$tmp/refreshed.xlsx" "$tmp/refreshed" 100 >/dev/null
cp "$tmp/refreshed/page-01.png" docs/gallery/ecommerce-after-refresh.png
# The HTML summary of each template in headless Chromium: the top of the page at desktop width; the
# top of the page at phone width (390 CSS pixels, 2x) and the printed page (one landscape Letter page)
# for the two samples; a summary that prints on more than one page is a warning.
command -v chromium >/dev/null || { echo "the report renders need chromium (apt-get install chromium)" >&2; exit 1; }
shot() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }
for t in $journeys; do
  SOURCE_DATE_EPOCH=0 bin/journeydash report --template templates/$t.yaml --data sample-data/$t.csv --out "$tmp/$t.html" >/dev/null
  shot --window-size=1280,1900 --screenshot="docs/gallery/$t-report-desktop.png" "file://$tmp/$t.html"
  shot --no-pdf-header-footer --print-to-pdf="$tmp/$t.pdf" "file://$tmp/$t.html"
  pages=$(pdfinfo "$tmp/$t.pdf" | awk '/^Pages:/ {print $2}')
  [ "$pages" = 1 ] || echo "warning: the $t summary prints on $pages pages" >&2
  case $t in ecommerce|saas) ;; *) continue ;; esac
  shot --window-size=390,2400 --force-device-scale-factor=2 --screenshot="docs/gallery/$t-report-phone.png" "file://$tmp/$t.html"
  pdftoppm -r 110 -png -singlefile "$tmp/$t.pdf" "docs/gallery/$t-report-print"
done
# the summary by channel: the page down to the segment table and the friction by segment
SOURCE_DATE_EPOCH=0 bin/journeydash report --template templates/examples/ecommerce-channels.yaml \
  --data sample-data/ecommerce-channels.csv --out "$tmp/ecommerce-channels.html" >/dev/null
shot --window-size=1280,2600 --screenshot="docs/gallery/ecommerce-channels-report-desktop.png" "file://$tmp/ecommerce-channels.html"
SOURCE_DATE_EPOCH=0 bin/journeydash report --template templates/ecommerce.yaml --data sample-data/ecommerce.csv \
  --brand templates/examples/brand/brand.yaml --out "$tmp/branded.html" >/dev/null
shot --window-size=1280,1900 --screenshot="docs/gallery/ecommerce-branded-report-desktop.png" "file://$tmp/branded.html"
ls -l docs/gallery
