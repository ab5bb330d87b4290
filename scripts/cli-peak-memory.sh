#!/usr/bin/env bash
# Peak memory of the declutter command streaming a big WARC: the dev corpora's HTML pages
# repeated into a gzipped WARC of about MEGABYTES MB of records, cleaned with --jobs 2,
# under /usr/bin/time -v. Target for 1000 MB: under 200 MB peak RSS (memory is bounded by
# the pages in flight, not the input).
#
#   scripts/cli-peak-memory.sh [MEGABYTES]    (default 1000; needs ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-1000}"
[ -x /usr/bin/time ] || { echo "cli-peak-memory: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
C=../shared/corpus
cargo build --release --quiet --features cli --bin declutter
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
python3 scripts/make-warc.py --mb "$mb" "$dir/big.warc.gz" "$C/scrapinghub-dev" "$C/wcxb-dev" "$C/wcxb-other-dev"
/usr/bin/time -v target/release/declutter -j 2 -f jsonl "$dir/big.warc.gz" 2> "$dir/time.txt" > /dev/null || true
grep '^declutter:' "$dir/time.txt" | tail -1
kb="$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$dir/time.txt")"
awk -v kb="$kb" -v mb="$mb" 'BEGIN { printf "input: about %d MB of WARC records (gzipped)\npeak RSS: %.1f MB\n", mb, kb * 1024 / 1e6 }'
