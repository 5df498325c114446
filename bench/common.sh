# Shared by the bench scripts (source it after cd to the repository):
# run LABEL CMD...: runs CMD under /usr/bin/time; sets wall, cpu (user+sys), rss_mb; output in $work/LABEL.log
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" > "$work/$label.log" 2>&1 || { echo "FAILED: $label"; cat "$work/$label.log"; return 1; }
  read -r wall user sys rss < "$work/$label.time"
  cpu=$(echo "$user + $sys" | bc)
  rss_mb=$(( rss / 1024 ))
}
