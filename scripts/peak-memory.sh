#!/usr/bin/env bash
# Peak memory of cleaning a large page, against its size.
#
#   scripts/peak-memory.sh [MEGABYTES]      (default 100)
#
# Builds examples/clean.rs in release, makes a page of about MEGABYTES MB by
# repeating the fixtures (realistic page text: chrome, credits, captions,
# prose, NBSPs), runs the example on it under `/usr/bin/time -v` and prints
# the peak resident set size and its ratio to the input size (target: < 4).
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-100}"
bytes=$((mb * 1000 * 1000))
[ -x /usr/bin/time ] || { echo "peak-memory: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet --example clean

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
input="$dir/page.txt"
cat tests/fixtures/syndicated-page.txt tests/fixtures/clean-article.txt > "$dir/unit.txt"
cp "$dir/unit.txt" "$input"
# Double until large enough, then cut at the last whole line under the size.
while [ "$(stat -c %s "$input")" -lt "$bytes" ]; do
  cat "$input" "$input" > "$dir/next.txt"
  mv "$dir/next.txt" "$input"
done
head -c "$bytes" "$input" | sed '$d' > "$dir/cut.txt"
mv "$dir/cut.txt" "$input"
size="$(stat -c %s "$input")"

/usr/bin/time -v target/release/examples/clean "$input" > /dev/null 2> "$dir/time.txt"
peak_kb="$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$dir/time.txt")"
elapsed="$(awk -F'): ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")"
awk -v kb="$peak_kb" -v size="$size" -v t="$elapsed" 'BEGIN {
  printf "input: %d bytes (%.1f MB)\npeak RSS: %d KB (%.1f MB)\nwall time: %s\npeak/input: %.2fx\n",
    size, size / 1e6, kb, kb * 1024 / 1e6, t, kb * 1024 / size
}'
