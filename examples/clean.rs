//! Clean a page and print the article.
//!
//! ```text
//! cargo run --release --example clean -- [--format text|markdown|json] [--html] [FILE]    # stdin when no FILE
//! ```
//!
//! `--format text` (the default): title, date, source and byline, a blank
//! line, then the body. `--format markdown` (`-f markdown`): the article as
//! Markdown ([`Article::to_markdown`](declutter::Article::to_markdown)).
//! `--format json` (or `--json`): one JSON object with `title`, `date`
//! (`YYYY-MM-DD` or null), `source`, `byline`, `body` (paragraphs joined by
//! a blank line) and `credits`. `--html`: the input is HTML, cleaned with
//! `clean_html`.
//! Bytes that are not UTF-8 are decoded lossily, with a warning.

use std::io::{Read, Write};
use std::process::ExitCode;

use serde_json::json;

const USAGE: &str =
    "usage: clean [--format text|markdown|json] [--html] [FILE]   (reads stdin when no FILE)";

/// What the article is printed as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Json,
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut html = false;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => format = Format::Json,
            "-f" | "--format" => {
                format = match args.next().as_deref() {
                    Some("text") => Format::Text,
                    Some("markdown") => Format::Markdown,
                    Some("json") => Format::Json,
                    other => {
                        eprintln!("clean: unknown format {other:?}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--html" => html = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') && s != "-" => {
                eprintln!("clean: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ if path.is_some() => {
                eprintln!("clean: more than one FILE\n{USAGE}");
                return ExitCode::from(2);
            }
            s => path = Some(s.to_owned()),
        }
    }
    let mut bytes = Vec::new();
    let read = match path.as_deref() {
        Some(p) if p != "-" => std::fs::File::open(p).and_then(|mut f| f.read_to_end(&mut bytes)),
        _ => std::io::stdin().read_to_end(&mut bytes),
    };
    let name = path.as_deref().unwrap_or("stdin");
    if let Err(e) = read {
        eprintln!("clean: cannot read {name}: {e}");
        return ExitCode::FAILURE;
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("clean: warning: {name} is not valid UTF-8; invalid bytes were replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let article = if html {
        declutter::clean_html(&text)
    } else {
        declutter::clean(&text)
    };
    let out = if format == Format::Markdown {
        article.to_markdown()
    } else if format == Format::Json {
        let credits: Vec<_> = article
            .credits()
            .iter()
            .map(|c| {
                let kind = match c.kind() {
                    declutter::CreditKind::Photo => "photo",
                    _ => "wire",
                };
                json!({"kind": kind, "text": c.text()})
            })
            .collect();
        let obj = json!({
            "title": article.title(),
            "date": article.date().map(|d| d.to_string()),
            "source": article.source(),
            "byline": article.byline(),
            "body": article.body(),
            "credits": credits,
        });
        format!("{obj}\n")
    } else {
        let mut s = String::new();
        let field = |s: &mut String, label: &str, v: Option<String>| {
            if let Some(v) = v {
                s.push_str(&format!("{label:<8}{v}\n"));
            }
        };
        field(&mut s, "Title:", article.title().map(str::to_owned));
        field(&mut s, "Date:", article.date().map(|d| d.to_string()));
        field(&mut s, "Source:", article.source().map(str::to_owned));
        field(&mut s, "By:", article.byline().map(str::to_owned));
        s.push('\n');
        s
    };
    // A closed pipe (`| head`) is not an error worth a panic. The body is
    // written paragraph by paragraph rather than joined into one more copy.
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let _ = stdout.write_all(out.as_bytes());
    if format == Format::Text {
        for (i, p) in article.paragraphs().iter().enumerate() {
            let sep = if i == 0 { "" } else { "\n\n" };
            let _ = write!(stdout, "{sep}{p}");
        }
        let _ = stdout.write_all(b"\n");
    }
    let _ = stdout.flush();
    ExitCode::SUCCESS
}
