//! Any bytes, decoded lossily as HTML, must clean and explain without
//! panicking or overflowing the stack, and give paragraphs of one line each.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let article = declutter::clean_html(&html);
    let report = declutter::Cleaner::new().explain_html(&html);
    assert!(report.len() >= article.paragraphs().len());
    for p in article.paragraphs() {
        assert!(!p.is_empty(), "empty paragraph");
        assert!(!p.contains('\n'), "paragraph spans lines: {p:?}");
    }
    let _ = article.body();
});
