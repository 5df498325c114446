#!/usr/bin/env bash
# bench/same-output.sh [REV]   (default: HEAD~1)
# Checks that a behaviour-neutral change is behaviour-neutral: builds REV from git in a temporary
# worktree and the working tree as it is, runs both command lines on the same inputs and compares
#   - the workbooks, byte for byte: both samples, the 3,000-row raw-data workbook of the engine
#     tests and the bench harness's workbook (bench/run.sh's synthetic data, 100,000 rows); when
#     the bytes differ, part by part (names, order and uncompressed bytes): a change of compression
#     alone prints "same parts" and passes;
#   - what both print (stdout, stderr, exit code) for every file of the invalid-input corpus
#     (templates with `validate`, data files with `validate` against the e-commerce template)
#     and for a few usage errors.
# Prints one line per comparison and exits 1 when anything differs.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD~1}
root=$(pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach "$work/old" "$rev" >/dev/null 2>&1
(cd "$work/old" && mvn -q -B package -DskipTests -Dmaven.test.skip=true) >/dev/null
mvn -q -B package -DskipTests >/dev/null
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
mkdir -p "$work/in"
java -cp "$cp" dev.journeydash.bench.SyntheticData "$work/in" 3000 100000

old_jar="$work/old/target/journeydash.jar"
new_jar="$root/target/journeydash.jar"
export SOURCE_DATE_EPOCH=1767225600
failed=0

# run JAR OUTDIR NAME ARGS...: runs one command line, keeps stdout, stderr and the exit code
run() {
  local jar=$1 out=$2 name=$3; shift 3
  mkdir -p "$out"
  set +e
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
  set -e
}

# zip_parts FILE: each entry's name and the SHA-256 of its uncompressed bytes, in the zip's order
zip_parts() {
  [ -f "$1" ] || return 0
  python3 -c 'import sys, zipfile, hashlib
z = zipfile.ZipFile(sys.argv[1])
for i in z.infolist():
    print(i.filename, hashlib.sha256(z.read(i)).hexdigest())' "$1"
}

# compare NAME ARGS...: runs ARGS with both jars (OUT in ARGS stands for the output folder) and compares
compare() {
  local name=$1; shift
  local a=() b=()
  for x in "$@"; do a+=("${x//OUT/$work/old-out}"); b+=("${x//OUT/$work/new-out}"); done
  run "$old_jar" "$work/old-out" "$name" "${a[@]}"
  run "$new_jar" "$work/new-out" "$name" "${b[@]}"
  local what=""
  for ext in out err rc; do
    sed "s|$work/old-out|OUT|g" "$work/old-out/$name.$ext" >"$work/old-out/$name.$ext.n"
    sed "s|$work/new-out|OUT|g" "$work/new-out/$name.$ext" >"$work/new-out/$name.$ext.n"
    cmp -s "$work/old-out/$name.$ext.n" "$work/new-out/$name.$ext.n" || what+=" $ext"
  done
  local parts=""
  if [ -f "$work/old-out/$name.xlsx" ] || [ -f "$work/new-out/$name.xlsx" ]; then
    if ! cmp -s "$work/old-out/$name.xlsx" "$work/new-out/$name.xlsx"; then
      if [ "$(zip_parts "$work/old-out/$name.xlsx")" = "$(zip_parts "$work/new-out/$name.xlsx")" ]; then
        parts=" (same parts, compressed differently)"
      else
        what+=" xlsx"
      fi
    fi
  fi
  if [ -n "$what" ]; then
    echo "DIFFERENT $name:$what"
    for ext in out err rc; do diff "$work/old-out/$name.$ext.n" "$work/new-out/$name.$ext.n" | head -6 || true; done
    failed=1
  else
    local sum=""
    [ -f "$work/new-out/$name.xlsx" ] && sum=" $(sha256sum "$work/new-out/$name.xlsx" | cut -c1-16)"
    echo "same $name (rc $(cat "$work/new-out/$name.rc"))$sum$parts"
  fi
}

for t in ecommerce saas; do
  compare "$t" generate --template templates/$t.yaml --data sample-data/$t.csv --out OUT/$t.xlsx
done
compare raw-3000 generate --template "$work/in/bench.yaml" --data "$work/in/bench-3000.csv" --out OUT/raw-3000.xlsx
compare bench-100000 generate --quiet --template "$work/in/bench.yaml" --data "$work/in/bench-100000.csv" --out OUT/bench-100000.xlsx

n=0
for f in src/test/resources/invalid/templates/*.yaml; do
  compare "template-$(basename "$f")" validate --template "$f" --data sample-data/ecommerce.csv; n=$((n + 1))
done
for f in src/test/resources/invalid/data/*.csv; do
  compare "data-$(basename "$f")" validate --template templates/ecommerce.yaml --data "$f"; n=$((n + 1))
done
compare usage-none generate
compare usage-decimal generate --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --decimal x --out OUT/x.xlsx
compare usage-order validate --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --date-order sideways
compare usage-locale validate --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --locale xx-YY
compare usage-suffix generate --template templates/ecommerce.yaml --data sample-data/ecommerce.csv --out OUT/x.txt
compare missing-template validate --template no-such.yaml --data sample-data/ecommerce.csv
echo "compared 4 workbooks and $((n + 6)) messages of $rev against the working tree"
[ $failed -eq 0 ] && echo "ALL SAME" || { echo "SOME DIFFER"; exit 1; }
