#!/usr/bin/env bash
# Quality floors: run the text eval (and the HTML eval once it exists) on the dev
# corpora and fail when a figure drops below the floor kept in .ci/floors.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
if [ ! -d "$corpus" ]; then
  echo "quality: $corpus is absent; floors not checked" >&2
  exit 1
fi
cargo build --release --example eval
out=$(mktemp -d)
fail=0
while IFS=$'\t' read -r mode name metric floor; do
  case "$mode" in ''|'#'*) continue ;; esac
  # "wcxb-other-dev@listing": the figure of one page type (scripts/page-types.py).
  type=""; case "$name" in *@*) type=${name#*@}; name=${name%@*} ;; esac
  key="$mode-${name//\//-}"
  pred="$out/$key.jsonl"
  if [ ! -f "$pred" ]; then
    flag=""; [ "$mode" = html ] && flag="--html"
    cargo run --quiet --release --example eval -- $flag "$corpus/$name" > "$pred"
    python3 ../shared/eval/score.py "$corpus/$name" "$pred" --json > "$out/$key.score.json"
    python3 scripts/page-types.py "$corpus/$name" "$pred" --json > "$out/$key.types.json"
  fi
  value=$(python3 -c "
import json, sys
if '$type':
    v = json.load(open('$out/$key.types.json'))['$type']['$metric']
else:
    r = json.load(open('$out/$key.score.json'))
    v = r['body']['f1'] if '$metric' == 'body_f1' else r['$metric']
print(f'{v:.4f}')
")
  [ -n "$type" ] && name="$name@$type"
  if python3 -c "import sys; sys.exit(0 if $value >= $floor else 1)"; then
    echo "quality: ok   $mode $name $metric $value >= $floor"
  else
    echo "quality: FAIL $mode $name $metric $value < $floor"
    fail=1
  fi
done < .ci/floors.tsv
rm -rf "$out"
if [ "$fail" -ne 0 ]; then
  echo "quality: a figure dropped below its floor" >&2
  exit 1
fi
