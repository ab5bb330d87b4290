//! Benchmarks of the hot line classifier and of `clean`.
//!
//! ```text
//! cargo bench                      # everything
//! cargo bench -- classify_line     # one group
//! ```
//!
//! The `corpus` group runs `clean` over the page dumps of `../shared/corpus`,
//! the `html` group `clean_html` over the pages' HTML (`.html.gz`); both are
//! skipped, with a message, when that directory is absent.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use declutter::{Cleaner, LineKind};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Lines as a whole-page dump has them: chrome, dates, credits and prose.
const PAGE_CHROME: &[&str] = &[
    "Skip to content",
    "Log In",
    "Subscribe",
    "Sections",
    "Share on Facebook",
    "Follow us on Twitter",
    "12 comments",
    "Sign up for our daily newsletter to get the latest headlines in your inbox",
    "© 2023 Example Media Group. All rights reserved.",
    "By Jamelle Bouie",
    "Published 3:45 p.m. ET Nov. 18, 2019",
    "Getty Images",
    "Related Stories",
    "Opinion | Republicans Are Following Trump to Nowhere - The New York Times",
    "We use cookies to improve your experience on our site and to show you relevant advertising.",
];

fn mixed_lines() -> Vec<String> {
    let mut lines: Vec<String> = ["syndicated-page.txt", "clean-article.txt"]
        .iter()
        .flat_map(|f| fixture(f).lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|l| !l.trim().is_empty())
        .collect();
    lines.extend(PAGE_CHROME.iter().map(|s| (*s).to_owned()));
    lines
}

fn classify_line(c: &mut Criterion) {
    let lines = mixed_lines();
    let mut g = c.benchmark_group("classify_line");
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.bench_function("mixed", |b| {
        b.iter(|| {
            for line in &lines {
                black_box(LineKind::classify(black_box(line)));
            }
        })
    });
    g.finish();
}

fn clean(c: &mut Criterion) {
    let page = fixture("syndicated-page.txt");
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("clean");
    g.throughput(Throughput::Bytes(page.len() as u64));
    g.bench_function("syndicated-page", |b| {
        b.iter(|| black_box(cleaner.clean(black_box(&page))))
    });
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut pages = Vec::new();
    for name in ["scrapinghub-dev", "wcxb-dev"] {
        let Ok(dir) = std::fs::read_dir(root.join(name)) else {
            continue;
        };
        for entry in dir.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    pages.push(text);
                }
            }
        }
    }
    if pages.is_empty() {
        eprintln!("corpus: skipped, no page dumps under {}", root.display());
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("clean_text_dumps", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(cleaner.clean(black_box(page)));
            }
        })
    });
    g.finish();
}

fn html(c: &mut Criterion) {
    use std::io::Read;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut pages = Vec::new();
    for name in ["scrapinghub-dev", "wcxb-dev"] {
        let Ok(dir) = std::fs::read_dir(root.join(name)) else {
            continue;
        };
        for entry in dir.flatten() {
            let path = entry.path();
            if !path.to_string_lossy().ends_with(".html.gz") {
                continue;
            }
            let Ok(file) = std::fs::File::open(&path) else {
                continue;
            };
            let mut bytes = Vec::new();
            if flate2::read::GzDecoder::new(file)
                .read_to_end(&mut bytes)
                .is_ok()
            {
                pages.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    if pages.is_empty() {
        eprintln!("html: skipped, no .html.gz pages under {}", root.display());
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group("html");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("clean_html_corpus", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(cleaner.clean_html(black_box(page)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, classify_line, clean, corpus, html);
criterion_main!(benches);
