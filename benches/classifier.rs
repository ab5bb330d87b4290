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

/// Every file of the dev corpora whose name ends in `suffix`, read by `read`.
fn corpus_pages(suffix: &str, read: impl Fn(&Path) -> Option<String>) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut pages = Vec::new();
    for name in ["scrapinghub-dev", "wcxb-dev"] {
        let Ok(dir) = std::fs::read_dir(root.join(name)) else {
            continue;
        };
        for entry in dir.flatten() {
            let path = entry.path();
            if path.to_string_lossy().ends_with(suffix) {
                pages.extend(read(&path));
            }
        }
    }
    pages
}

/// A group that runs `run` over all `pages` per iteration, in bytes/s; skipped
/// with a message when the corpus is absent.
fn bench_pages(
    c: &mut Criterion,
    group: &str,
    id: &str,
    pages: &[String],
    run: impl Fn(&Cleaner, &str),
) {
    if pages.is_empty() {
        eprintln!("{group}: skipped, no pages under ../shared/corpus");
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let cleaner = Cleaner::new();
    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(id, |b| {
        b.iter(|| {
            for page in pages {
                run(&cleaner, black_box(page));
            }
        })
    });
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let pages = corpus_pages(".txt", |path| std::fs::read_to_string(path).ok());
    bench_pages(c, "corpus", "clean_text_dumps", &pages, |cleaner, page| {
        black_box(cleaner.clean(page));
    });
}

fn html(c: &mut Criterion) {
    use std::io::Read;
    let pages = corpus_pages(".html.gz", |path| {
        let mut bytes = Vec::new();
        let file = std::fs::File::open(path).ok()?;
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut bytes)
            .ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    });
    bench_pages(c, "html", "clean_html_corpus", &pages, |cleaner, page| {
        black_box(cleaner.clean_html(page));
    });
}

criterion_group!(benches, classify_line, clean, corpus, html);
criterion_main!(benches);
