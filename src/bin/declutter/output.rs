//! What a cleaned page becomes: text, Markdown, one JSON object, or one
//! JSON line;
//! and the writer that puts the results, in input order, on standard output
//! or into the files of an output directory.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::ValueEnum;
use declutter::{Article, CreditKind};
use serde::Serialize;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Title, date, source and byline lines, a blank line, the body; pages
    /// of a batch under a `==> ID <==` header.
    Text,
    /// The article as Markdown: its title as a heading, then the body's
    /// headings, lists, quotes, code and tables; pages of a batch each
    /// after an `<!-- page: ID -->` comment.
    Markdown,
    /// One JSON object a page; a batch is a JSON array.
    Json,
    /// One JSON object a line (JSON Lines).
    Jsonl,
}

impl Format {
    /// The extension of an output file in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
        }
    }
}

/// Where a result goes: standard output or a file, holding one page or a
/// batch. Results of one destination arrive together and in order.
#[derive(Debug)]
pub struct Dest {
    /// The output file; `None` for standard output.
    pub path: Option<PathBuf>,
    /// More than one page may go there (a batch is framed: a JSON array,
    /// text headers).
    pub batch: bool,
}

/// A page's result: its article or why it could not be cleaned.
pub struct Done {
    pub id: String,
    pub url: Option<String>,
    pub dest: Arc<Dest>,
    /// The bytes of the page read (for the summary's MB/s).
    pub bytes: usize,
    pub result: Result<Article, String>,
}

#[derive(Serialize)]
struct CreditOut<'a> {
    kind: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct PageOut<'a> {
    id: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<String>,
    source: Option<&'a str>,
    byline: Option<&'a str>,
    body: String,
    credits: Vec<CreditOut<'a>>,
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    id: &'a str,
    url: Option<&'a str>,
    error: &'a str,
}

/// The JSON object of a result (compact), without a line end.
fn json(done: &Done) -> String {
    let url = done.url.as_deref();
    let value = match &done.result {
        Ok(article) => serde_json::to_string(&PageOut {
            id: &done.id,
            url,
            title: article.title(),
            date: article.date().map(|d| d.to_string()),
            source: article.source(),
            byline: article.byline(),
            body: article.body(),
            credits: article
                .credits()
                .iter()
                .map(|c| CreditOut {
                    kind: match c.kind() {
                        CreditKind::Photo => "photo",
                        _ => "wire",
                    },
                    text: c.text(),
                })
                .collect(),
        }),
        Err(error) => serde_json::to_string(&ErrorOut {
            id: &done.id,
            url,
            error,
        }),
    };
    // Serialising strings and options cannot fail.
    value.unwrap_or_default()
}

/// The text form of an article: its fields, a blank line, the body.
fn text(article: &Article) -> String {
    let mut s = String::new();
    let mut field = |label: &str, value: Option<String>| {
        if let Some(value) = value {
            s.push_str(&format!("{label:<8}{value}\n"));
        }
    };
    field("Title:", article.title().map(str::to_owned));
    field("Date:", article.date().map(|d| d.to_string()));
    field("Source:", article.source().map(str::to_owned));
    field("By:", article.byline().map(str::to_owned));
    s.push('\n');
    s.push_str(&article.paragraphs().join("\n\n"));
    s.push('\n');
    s
}

/// Writes results in the order given, opening and framing each
/// destination's output as it comes.
pub struct Writer {
    format: Format,
    /// Results bound for standard output are not written (with an output
    /// directory, those are failures already reported on stderr).
    files_only: bool,
    current: Option<(Arc<Dest>, Box<dyn Write>, usize)>,
}

impl Writer {
    pub fn new(format: Format, files_only: bool) -> Writer {
        Writer {
            format,
            files_only,
            current: None,
        }
    }

    /// Write one result; an error is the output's (a closed pipe, a full
    /// disk), not the page's.
    pub fn write(&mut self, done: &Done) -> io::Result<()> {
        if self.files_only && done.dest.path.is_none() {
            return Ok(());
        }
        let same = self
            .current
            .as_ref()
            .is_some_and(|(dest, _, _)| Arc::ptr_eq(dest, &done.dest));
        if !same {
            self.finish()?;
            let out: Box<dyn Write> = match &done.dest.path {
                None => Box::new(BufWriter::new(io::stdout())),
                Some(path) => {
                    if let Some(dir) = path.parent() {
                        std::fs::create_dir_all(dir)?;
                    }
                    Box::new(BufWriter::new(File::create(path)?))
                }
            };
            self.current = Some((Arc::clone(&done.dest), out, 0));
        }
        let format = self.format;
        let Some((dest, out, count)) = self.current.as_mut() else {
            return Ok(());
        };
        match format {
            Format::Jsonl => writeln!(out, "{}", json(done))?,
            Format::Json if dest.batch => {
                let sep = if *count == 0 { "[\n" } else { ",\n" };
                write!(out, "{sep}{}", json(done))?;
            }
            Format::Json => writeln!(out, "{}", json(done))?,
            Format::Text => {
                // A failed page is reported on stderr only: text output
                // holds articles.
                if let Ok(article) = &done.result {
                    if dest.batch {
                        let sep = if *count == 0 { "" } else { "\n" };
                        writeln!(out, "{sep}==> {} <==", done.id)?;
                    }
                    out.write_all(text(article).as_bytes())?;
                }
            }
            Format::Markdown => {
                if let Ok(article) = &done.result {
                    if dest.batch {
                        let sep = if *count == 0 { "" } else { "\n" };
                        // An ID holding "-->" would end the comment early.
                        let id = done.id.replace("--", "-\u{2010}");
                        writeln!(out, "{sep}<!-- page: {id} -->\n")?;
                    }
                    out.write_all(article.to_markdown().as_bytes())?;
                }
            }
        }
        *count += 1;
        Ok(())
    }

    /// Close the current destination's framing and flush it.
    pub fn finish(&mut self) -> io::Result<()> {
        if let Some((dest, mut out, count)) = self.current.take() {
            if self.format == Format::Json && dest.batch {
                out.write_all(if count == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            out.flush()?;
        }
        Ok(())
    }
}
