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

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use serde_json::json;

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
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--html" => html = true,
            "--parse-share" => parse_share = true,
            "--idempotence" => idempotence = true,
            _ if dir.is_none() && !arg.starts_with('-') => dir = Some(arg),
            _ => dir = None,
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: eval [--html [--parse-share]] [--idempotence] CORPUS_DIR");
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
