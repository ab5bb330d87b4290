//! Differential: every paragraph of `clean_html`'s body is text the page
//! shows, in the visible text of html5ever's own parse of the raw page
//! (scraper's, with no filter of declutter's), in page order.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/visible.rs"]
mod visible;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let article = declutter::clean_html(&html);
    if let Some(p) = visible::first_unseen(&html, article.paragraphs()) {
        panic!("paragraph not shown by the page: {p:?}");
    }
});
