//! Show every line of a page with the kind `declutter` gave it and why.
//!
//! ```text
//! cargo run --example explain -- [FILE]     # stdin when no FILE
//! ```

use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1);
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
    let text = String::from_utf8_lossy(&bytes);
    for line in declutter::Cleaner::new().explain(&text) {
        if line.text.is_empty() {
            continue;
        }
        println!(
            "{:>5}  {:<13}  {:<34}  {}",
            line.number,
            line.kind.as_str(),
            line.reason,
            line.text
        );
    }
    ExitCode::SUCCESS
}
