//! Run `clean` over a corpus directory and print predictions for `score.py`.
//!
//! ```text
//! cargo run --release --example eval -- [--html] CORPUS_DIR > predictions.jsonl
//! python3 ../shared/eval/score.py CORPUS_DIR predictions.jsonl
//! ```
//!
//! Reads every `<id>.txt` in CORPUS_DIR (sorted by id), or with `--html` every
//! `<id>.html.gz` (cleaned with `clean_html`), writes one JSON line
//! `{"id","title","date","source","body"}` per page to stdout and the timing
//! of the cleaning alone (pages/s, MB/s) to stderr.
//!
//! `--parse-share` (with `--html`) also times `scraper::Html::parse_document`
//! alone on every page and reports its share of the `clean_html` time.
//!
//! `--idempotence` also cleans every body again with `clean` (outside the
//! timing) and reports on stderr how many pages' bodies change, naming them.
//!
//! `--structure` (with `--html`) reports on stderr how much of the gold
//! body's structure the blocks keep: of the gold body's lines that the page
//! marks up as `h2`–`h4` (and as nothing else), how many are kept and how
//! many come out as [`Block::Heading`](declutter::Block::Heading); of those
//! it marks up as `li` (the item's own text, without a nested list), the
//! same for [`Block::ListItem`](declutter::Block::ListItem). Reads
//! `gold.jsonl`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use std::collections::{HashMap, HashSet};

use declutter::Block;
use scraper::{Html, Node};
use serde_json::json;

/// White space folded.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The gold body of each page of `dir`, by id.
fn gold_bodies(dir: &Path) -> std::io::Result<HashMap<String, String>> {
    let text = std::fs::read_to_string(dir.join("gold.jsonl"))?;
    let mut out = HashMap::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let (Some(id), Some(body)) = (v["id"].as_str(), v["body"].as_str()) {
            out.insert(id.to_owned(), body.to_owned());
        }
    }
    Ok(out)
}

/// The texts the page marks up as `h2`–`h4`, and as `li` (an item's own
/// text: without the lists nested in it), white space folded; but a text it
/// also marks up otherwise (a heading's text in a table of contents' item, a
/// menu's item that is a paragraph or a cell in the body, any other
/// heading) is neither: which of its places is the gold line's is not told.
fn marked(doc: &Html) -> (HashSet<String>, HashSet<String>) {
    let (mut headings, mut items, mut other) = (HashSet::new(), HashSet::new(), HashSet::new());
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let name = el.name();
        let counted = matches!(name, "h2" | "h3" | "h4" | "li");
        let others = matches!(
            name,
            "p" | "td" | "th" | "dd" | "dt" | "blockquote" | "h1" | "h5" | "h6" | "figcaption"
        );
        if !counted && !others {
            continue;
        }
        let mut text = String::new();
        let mut stack: Vec<_> = node.children().collect();
        stack.reverse();
        while let Some(n) = stack.pop() {
            match n.value() {
                Node::Text(t) => {
                    text.push_str(t);
                    text.push(' ');
                }
                Node::Element(e) if name == "li" && matches!(e.name(), "ul" | "ol") => {}
                Node::Element(e) if matches!(e.name(), "script" | "style") => {}
                _ => stack.extend(n.children().rev()),
            }
        }
        let text = fold(&text);
        if text.is_empty() {
            continue;
        }
        match name {
            "li" => items.insert(text),
            "h2" | "h3" | "h4" => headings.insert(text),
            _ => other.insert(text),
        };
    }
    let both: HashSet<String> = headings.intersection(&items).cloned().collect();
    headings.retain(|t| !both.contains(t) && !other.contains(t));
    items.retain(|t| !both.contains(t) && !other.contains(t));
    (headings, items)
}

/// Counts of gold-body lines the markup structures: marked, kept, typed.
#[derive(Default)]
struct Kept {
    marked: usize,
    kept: usize,
    typed: usize,
}

impl Kept {
    fn report(&self, what: &str, block: &str) -> String {
        let share = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
        format!(
            "{} gold-body lines marked {what}: {} kept ({:.1}%), {} as {block} blocks ({:.1}% of marked, {:.1}% of kept)",
            self.marked,
            self.kept,
            share(self.kept, self.marked),
            self.typed,
            share(self.typed, self.marked),
            share(self.typed, self.kept)
        )
    }
}

fn pages(dir: &Path, suffix: &str) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("");
        if let Some(id) = name.strip_suffix(suffix) {
            out.push((id.to_owned(), path.clone()));
        }
    }
    out.sort();
    Ok(out)
}

fn gunzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

fn main() -> ExitCode {
    let mut html = false;
    let mut parse_share = false;
    let mut idempotence = false;
    let mut structure = false;
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--html" => html = true,
            "--parse-share" => parse_share = true,
            "--idempotence" => idempotence = true,
            "--structure" => structure = true,
            _ if dir.is_none() && !arg.starts_with('-') => dir = Some(arg),
            _ => dir = None,
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: eval [--html [--parse-share] [--structure]] [--idempotence] CORPUS_DIR");
        return ExitCode::from(2);
    };
    let suffix = if html { ".html.gz" } else { ".txt" };
    let files = match pages(Path::new(&dir), suffix) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("eval: cannot list {dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let gold = if html && structure {
        match gold_bodies(Path::new(&dir)) {
            Ok(g) => g,
            Err(e) => {
                eprintln!("eval: cannot read {dir}/gold.jsonl: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        HashMap::new()
    };
    let (mut heads, mut items) = (Kept::default(), Kept::default());
    let cleaner = declutter::Cleaner::new();
    let mut stdout = std::io::stdout().lock();
    let (mut bytes, mut spent, mut parsing) = (0usize, Duration::ZERO, Duration::ZERO);
    let mut changed = Vec::new();
    for (id, path) in &files {
        let raw = match std::fs::read(path).and_then(|b| if html { gunzip(&b) } else { Ok(b) }) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("eval: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let text = String::from_utf8_lossy(&raw);
        let start = Instant::now();
        let article = if html {
            cleaner.clean_html(&text)
        } else {
            cleaner.clean(&text)
        };
        spent += start.elapsed();
        bytes += text.len();
        if html && parse_share {
            let start = Instant::now();
            let doc = scraper::Html::parse_document(&text);
            parsing += start.elapsed();
            drop(doc);
        }
        if let Some(body) = gold.get(id) {
            let (marked_heads, marked_items) = marked(&Html::parse_document(&text));
            let kept: HashSet<&str> = article.paragraphs().iter().map(String::as_str).collect();
            let (mut typed_heads, mut typed_items) = (HashSet::new(), HashSet::new());
            for b in article.blocks() {
                match b {
                    Block::Heading { text, .. } => typed_heads.insert(text.as_str()),
                    Block::ListItem { text, .. } => typed_items.insert(text.as_str()),
                    _ => false,
                };
            }
            for line in body.lines().map(fold).filter(|l| !l.is_empty()) {
                for (set, typed, count) in [
                    (&marked_heads, &typed_heads, &mut heads),
                    (&marked_items, &typed_items, &mut items),
                ] {
                    if set.contains(&line) {
                        count.marked += 1;
                        count.kept += usize::from(kept.contains(line.as_str()));
                        count.typed += usize::from(typed.contains(line.as_str()));
                    }
                }
            }
        }
        if idempotence && cleaner.clean(&article.body()).paragraphs() != article.paragraphs() {
            changed.push(id.clone());
        }
        let row = json!({
            "id": id,
            "title": article.title(),
            "date": article.date().map(|d| d.to_string()),
            "source": article.source(),
            "body": article.body(),
        });
        if writeln!(stdout, "{row}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    let secs = spent.as_secs_f64().max(1e-9);
    eprintln!(
        "eval: {} pages, {:.1} MB in {:.3} s of cleaning: {:.0} pages/s, {:.1} MB/s",
        files.len(),
        bytes as f64 / 1e6,
        secs,
        files.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    if html && parse_share {
        eprintln!(
            "eval: the HTML parse alone (scraper::Html::parse_document): {:.3} s, {:.0}% of clean_html",
            parsing.as_secs_f64(),
            100.0 * parsing.as_secs_f64() / secs
        );
    }
    if html && structure {
        eprintln!("eval: structure: {}", heads.report("h2-h4", "heading"));
        eprintln!("eval: structure: {}", items.report("li", "list-item"));
    }
    if idempotence {
        eprintln!(
            "eval: cleaning the body again changes {} of {} pages: {}",
            changed.len(),
            files.len(),
            changed.join(" ")
        );
    }
    ExitCode::SUCCESS
}
