# Shared by the bench scripts (source it after cd to the repository):
# setup: installs GNU time when missing, builds the jar and the test classes, sets cp (the test class path)
# machine: prints the machine's cores, memory, load and JVM
# run LABEL CMD...: runs CMD under /usr/bin/time; sets wall, cpu (user+sys), rss_mb; output in $work/LABEL.log
# median N...: the median of the numbers
setup() {
  [ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
  mvn -q -B package -DskipTests
  mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
  cp="target/test-classes:target/classes:$(cat target/bench.cp)"
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -1)"
}

run() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" > "$work/$label.log" 2>&1 || { echo "FAILED: $label"; cat "$work/$label.log"; return 1; }
  read -r wall user sys rss < "$work/$label.time"
  cpu=$(echo "$user + $sys" | bc)
  rss_mb=$(( rss / 1024 ))
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# previous [REV]: builds journeydash at REV from git (default: the newest tag, else d455870, the main
# branch before the speed issue) in a worktree at target/bench/previous (kept between runs, rebuilt
# when REV changes); sets prev_bin to its launcher and prev_rev to the commit
previous() {
  local rev=${1:-$(git describe --tags --abbrev=0 2>/dev/null || echo d455870)}
  local dir=target/bench/previous
  prev_rev=$(git rev-parse --short "$rev^{commit}")
  if [ "$(cat "$dir.rev" 2>/dev/null)" != "$prev_rev" ] || [ ! -f "$dir/target/journeydash.jar" ]; then
    git worktree remove --force "$dir" >/dev/null 2>&1 || rm -rf "$dir"
    git worktree prune
    git worktree add --detach "$dir" "$prev_rev" >/dev/null 2>&1
    (cd "$dir" && mvn -q -B package -DskipTests -Dmaven.test.skip=true) >/dev/null
    echo "$prev_rev" > "$dir.rev"
  fi
  prev_bin=$dir/bin/journeydash
}
