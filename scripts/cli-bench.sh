#!/usr/bin/env bash
# Pages/s of the declutter command over a WARC of all dev pages, --jobs 1 against --jobs 2,
# in one run (alternating, best of ROUNDS each), and the two outputs compared byte for byte.
#
#   scripts/cli-bench.sh [ROUNDS]        (default 3; needs ../shared/corpus and python3)
#
# Target on an idle 2-core machine: 2 jobs >= 1.7x one job. On a shared machine the
# figure is only as good as the idle time the run gets.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
C=../shared/corpus
cargo build --release --quiet --features cli --bin declutter
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
python3 scripts/make-warc.py "$dir/dev.warc.gz" "$C/scrapinghub-dev" "$C/wcxb-dev" "$C/wcxb-other-dev"
pages=$(target/release/declutter -q -j 2 -f jsonl "$dir/dev.warc.gz" | tee "$dir/j2.jsonl" | wc -l)
target/release/declutter -q -j 1 -f jsonl "$dir/dev.warc.gz" > "$dir/j1.jsonl"
cmp -s "$dir/j1.jsonl" "$dir/j2.jsonl" && echo "--jobs 2 output == --jobs 1 output ($pages pages)" \
  || { echo "cli-bench: --jobs 2 output differs from --jobs 1" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (the ratio needs them idle)"
best1=999999; best2=999999; cpu1=0; cpu2=0
for _ in $(seq "$rounds"); do
  for j in 1 2; do
    t0=$EPOCHREALTIME
    read -r u s < <( { TIMEFORMAT='%U %S'; time target/release/declutter -q -j "$j" -f jsonl "$dir/dev.warc.gz" > /dev/null; } 2>&1 )
    t=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
    c=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
    if [ "$j" = 1 ]; then best1=$(awk -v t="$t" -v b="$best1" 'BEGIN { print (t < b) ? t : b }'); cpu1=$c
    else best2=$(awk -v t="$t" -v b="$best2" 'BEGIN { print (t < b) ? t : b }'); cpu2=$c; fi
  done
done
awk -v n="$pages" -v a="$best1" -v b="$best2" -v c1="$cpu1" -v c2="$cpu2" 'BEGIN {
  printf "--jobs 1: %.2f s, %.0f pages/s (%.2f CPU s)\n--jobs 2: %.2f s, %.0f pages/s (%.2f CPU s)\nspeed-up: %.2fx\n", a, n / a, c1, b, n / b, c2, a / b }'
