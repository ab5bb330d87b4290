//! Bytes split into a few marker patterns and a text: building must either
//! fail with an `Error` or give a cleaner that cleans without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    // First byte: options; then up to four patterns separated by NUL, then text.
    let mut bytes = input.splitn(6, '\0');
    let flags = bytes.next().unwrap_or("");
    let keep_captions = flags.bytes().next().is_some_and(|b| b & 1 == 1);
    let mut builder = declutter::Cleaner::builder().keep_captions(keep_captions);
    let pieces: Vec<&str> = bytes.collect();
    let (patterns, text) = match pieces.split_last() {
        Some((text, patterns)) => (patterns, *text),
        None => (&[][..], ""),
    };
    for p in patterns {
        builder = builder.marker(*p);
    }
    match builder.build() {
        Ok(cleaner) => {
            let article = cleaner.clean(text);
            let _ = cleaner.explain(text);
            for p in article.paragraphs() {
                assert!(!p.is_empty());
            }
        }
        Err(e) => {
            // The error names what was wrong.
            assert!(!e.to_string().is_empty());
        }
    }
});
