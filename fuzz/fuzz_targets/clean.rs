//! Any bytes, decoded lossily, must clean and explain without panicking, and
//! the article must hold only text of the page.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let article = declutter::clean(&text);
    let report = declutter::Cleaner::new().explain(&text);
    // Every paragraph is one line of the page, so the report has at least as
    // many lines as the article has paragraphs.
    assert!(report.len() >= article.paragraphs().len());
    for p in article.paragraphs() {
        assert!(!p.is_empty(), "empty paragraph");
        assert!(!p.contains('\n'), "paragraph spans lines: {p:?}");
    }
    let _ = article.body();
});
