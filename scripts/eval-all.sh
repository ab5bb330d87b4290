#!/usr/bin/env bash
# scripts/eval-all.sh REPO OUTDIR: build the eval example in release, run it on the 12 dev sets
# (text: 3 corpora and the 6 renderings; html: 3 corpora), two at a time, score each with
# ../shared/eval/score.py and write OUTDIR/summary.txt (one line a set, with a short hash of
# the predictions, so that a refactor can show it changed no output).
set -euo pipefail
REPO=$(cd "$1" && pwd); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
C="$REPO/../shared/corpus"
( cd "$REPO" && cargo build --quiet --release --example eval ) >&2
BIN="$REPO/target/release/examples/eval"
sets="text:scrapinghub-dev text:wcxb-dev text:wcxb-other-dev html:scrapinghub-dev html:wcxb-dev html:wcxb-other-dev"
for r in scrapinghub-dev wcxb-dev; do for f in browser w3m-80 markdown; do sets="$sets text:renderings/$r-$f"; done; done
run() { mode=${1%%:*}; name=${1#*:}; key="$mode-$(basename "$name")"; flag=""; [ "$mode" = html ] && flag="--html"
  "$BIN" $flag "$C/$name" > "$OUT/$key.jsonl" 2>/dev/null
  python3 "$REPO/../shared/eval/score.py" "$C/$name" "$OUT/$key.jsonl" --json > "$OUT/$key.score.json"; }
export -f run; export BIN C OUT REPO
printf '%s\n' $sets | xargs -P 2 -I{} bash -c 'run {}'
: > "$OUT/summary.txt"
for s in $sets; do mode=${s%%:*}; name=${s#*:}; key="$mode-$(basename "$name")"
  h=$(sha256sum < "$OUT/$key.jsonl" | cut -c1-12)
  python3 - "$OUT/$key.score.json" "$key" "$h" >> "$OUT/summary.txt" <<'PY'
import json,sys
r=json.load(open(sys.argv[1]))
g=lambda k: r.get(k) if not isinstance(r.get(k),dict) else None
print(f"{sys.argv[2]:32s} body {r['body']['f1']:.4f} title {r.get('title_exact',0):.4f} date1 {r.get('date_1d',0):.4f} datex {r.get('date_exact',0):.4f} src {r.get('source_match',0):.4f} {sys.argv[3]}")
PY
done
cat "$OUT/summary.txt"
