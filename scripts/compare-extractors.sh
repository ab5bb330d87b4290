#!/usr/bin/env bash
# Speed and quality of declutter's clean_html next to trafilatura (Python) and
# dom_smoothie (Rust, a Readability port) on the same corpus pages.
#
#   scripts/compare-extractors.sh [CORPUS_DIR ...]   (default: both dev corpora)
#
# Installs trafilatura into a virtualenv and builds a small dom_smoothie
# program, both in $COMPARE_WORK (default /tmp/declutter-compare, outside the
# repository), on first use. Each tool is timed on its extraction alone (the
# HTML already read and gunzipped, as `eval --html` times clean_html), best of
# $COMPARE_RUNS runs (default 3); body F1 (and title) come from score.py.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$repo/../shared}
work=${COMPARE_WORK:-/tmp/declutter-compare}
runs=${COMPARE_RUNS:-3}
mkdir -p "$work"
if [ "$#" -eq 0 ]; then
  set -- "$shared/corpus/scrapinghub-dev" "$shared/corpus/wcxb-dev"
fi

# --- trafilatura -----------------------------------------------------------
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
fi
if ! "$work/venv/bin/python" -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
  "$work/venv/bin/pip" install --quiet trafilatura lxml_html_clean
fi
cat > "$work/traf.py" <<'PY'
import gzip, json, os, sys, time
import trafilatura
corpus = sys.argv[1]
ids = sorted(f[:-8] for f in os.listdir(corpus) if f.endswith(".html.gz"))
pages = [(i, gzip.open(os.path.join(corpus, i + ".html.gz")).read().decode("utf-8", "replace")) for i in ids]
spent = 0.0
with open(sys.argv[2], "w") as out:
    for i, html in pages:
        t = time.perf_counter()
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        spent += time.perf_counter() - t
        doc = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
        out.write(json.dumps({"id": i, "title": doc.get("title"), "date": doc.get("date"),
                              "source": doc.get("sitename"), "body": doc.get("text") or ""}) + "\n")
print(f"{len(pages) / spent:.1f}")
PY

# --- dom_smoothie ----------------------------------------------------------
smoothie=$work/smoothie
if [ ! -x "$smoothie/target/release/smoothie" ]; then
  mkdir -p "$smoothie/src"
  cat > "$smoothie/Cargo.toml" <<'TOML'
[package]
name = "smoothie"
version = "0.1.0"
edition = "2021"

[dependencies]
dom_smoothie = "0.19"
flate2 = "1"
serde_json = "1"

[profile.release]
codegen-units = 1
lto = true
TOML
  cat > "$smoothie/src/main.rs" <<'RS'
use std::io::{Read, Write};
use std::time::{Duration, Instant};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: smoothie CORPUS_DIR");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".html.gz").map(str::to_owned))
        .collect();
    ids.sort();
    let pages: Vec<(String, String)> = ids
        .into_iter()
        .map(|id| {
            let gz = std::fs::read(format!("{dir}/{id}.html.gz")).expect("page");
            let mut raw = Vec::new();
            flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut raw).expect("gunzip");
            (id, String::from_utf8_lossy(&raw).into_owned())
        })
        .collect();
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut spent = Duration::ZERO;
    let mut out = std::io::stdout().lock();
    for (id, html) in &pages {
        let start = Instant::now();
        let article = dom_smoothie::Readability::new(html.as_str(), None, Some(cfg.clone()))
            .and_then(|mut r| r.parse());
        spent += start.elapsed();
        let (title, body, source) = match &article {
            Ok(a) => (Some(a.title.clone()), a.text_content.to_string(), a.site_name.clone()),
            Err(_) => (None, String::new(), None),
        };
        let row = serde_json::json!({"id": id, "title": title, "date": null, "source": source, "body": body});
        writeln!(out, "{row}").expect("stdout");
    }
    eprintln!("{:.1}", pages.len() as f64 / spent.as_secs_f64().max(1e-9));
}
RS
  (cd "$smoothie" && cargo build --release --quiet)
fi

# --- declutter -------------------------------------------------------------
(cd "$repo" && cargo build --release --quiet --example eval)

f1() { # corpus predictions -> "body_f1 title_exact"
  python3 "$shared/eval/score.py" "$1" "$2" --json >"$work/score.json"
  python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("%.3f %.3f" % (r["body"]["f1"], r["title_exact"]))' "$work/score.json"
}
best() { sort -g | tail -1; }

for corpus in "$@"; do
  name=$(basename "$corpus")
  n=$(find "$corpus" -name '*.html.gz' | wc -l)
  d=() t=() s=()
  for _ in $(seq "$runs"); do
    d+=("$("$repo/target/release/examples/eval" --html "$corpus" 2>&1 >"$work/declutter-$name.jsonl" |
      sed -n 's/.* \([0-9.]*\) pages\/s.*/\1/p')")
    s+=("$("$smoothie/target/release/smoothie" "$corpus" 2>&1 >"$work/smoothie-$name.jsonl")")
    t+=("$("$work/venv/bin/python" "$work/traf.py" "$corpus" "$work/traf-$name.jsonl")")
  done
  dps=$(printf '%s\n' "${d[@]}" | best)
  sps=$(printf '%s\n' "${s[@]}" | best)
  tps=$(printf '%s\n' "${t[@]}" | best)
  echo "== $name: $n pages, best of $runs runs (pages/s of extraction alone)"
  printf '%-14s %10s %9s %8s %8s\n' extractor pages/s vs-traf body_F1 title
  for row in "declutter $dps declutter" "dom_smoothie $sps smoothie" "trafilatura $tps traf"; do
    set -- $row
    read -r bf tf < <(f1 "$corpus" "$work/$3-$name.jsonl")
    printf '%-14s %10s %8.1fx %8s %8s\n' "$1" "$2" "$(python3 -c "print($2 / $tps)")" "$bf" "$tf"
  done
done
