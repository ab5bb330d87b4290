//! Show every line of a page with the kind `declutter` gave it and why.
//!
//! ```text
//! cargo run --example explain -- [--html] [FILE]     # stdin when no FILE
//! ```
//!
//! With `--html` the input is HTML (gzipped when it starts with the gzip
//! magic bytes) and the lines are those of the text it was flattened to.

use std::io::Read;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let html = args.first().is_some_and(|a| a == "--html");
    if html {
        args.remove(0);
    }
    let path = args.first().cloned();
    let mut bytes = Vec::new();
    let read = match &path {
        Some(p) => std::fs::File::open(p).and_then(|mut f| f.read_to_end(&mut bytes)),
        None => std::io::stdin().read_to_end(&mut bytes),
    };
    if let Err(e) = read {
        eprintln!(
            "explain: cannot read {}: {e}",
            path.as_deref().unwrap_or("stdin")
        );
        return ExitCode::FAILURE;
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        if let Err(e) = flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut out) {
            eprintln!("explain: cannot gunzip: {e}");
            return ExitCode::FAILURE;
        }
        bytes = out;
    }
    let text = String::from_utf8_lossy(&bytes);
    let cleaner = declutter::Cleaner::new();
    let report = if html {
        cleaner.explain_html(&text)
    } else {
        cleaner.explain(&text)
    };
    let mut out = std::io::stdout().lock();
    for line in report {
        if line.text.is_empty() {
            continue;
        }
        let row = writeln!(out, "{line}");
        // A closed pipe (`| head`) ends the listing, not with a panic.
        if row.is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}
