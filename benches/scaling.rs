//! Cost of `clean` against input size: the fixtures repeated to 10 KB,
//! 100 KB, 1 MB and 10 MB. Cleaning is meant to be linear, so the reported
//! throughput (bytes/s) should stay about flat and the 10 MB time be at most
//! about 1,000 times the 10 KB time.
//!
//! ```text
//! cargo bench --bench scaling
//! ```

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Realistic page text of about `size` bytes: both fixtures, repeated, cut at
/// a line end.
fn page_of(size: usize) -> String {
    let unit = fixture("syndicated-page.txt") + "\n" + &fixture("clean-article.txt") + "\n";
    let mut text = unit.repeat(size / unit.len() + 1);
    let cut = text[..size].rfind('\n').map_or(size, |i| i + 1);
    text.truncate(cut);
    text
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for (label, size) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = page_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("clean", label), &text, |b, text| {
            b.iter(|| declutter::clean(black_box(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
