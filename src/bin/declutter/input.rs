//! What goes in: files, directories, standard input; each a page, a JSON
//! Lines file of pages, or a WARC / WET file of records; gzipped or not.
//! Inputs are read one record at a time, so a 10 GB WARC streams.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use declutter::Markup;
use flate2::bufread::MultiGzDecoder;
use indicatif::ProgressBar;

use crate::output::{Dest, Format};
use crate::warc;

/// One page to clean, or a record that could not be read.
pub enum Job {
    Page(Page),
    Failed {
        id: String,
        url: Option<String>,
        dest: Arc<Dest>,
        error: String,
    },
}

/// A page's bytes and what is known of them.
pub struct Page {
    pub id: String,
    pub url: Option<String>,
    pub dest: Arc<Dest>,
    pub bytes: Vec<u8>,
    /// The HTTP `Content-Type` (a WARC response's), if any.
    pub content_type: Option<String>,
    /// The markup the input's kind says (a `.html` name, a JSON `html`
    /// field, a WET record); `None`: sniffed.
    pub markup: Option<Markup>,
}

/// How the inputs are read: the options that bear on it.
pub struct Reading {
    pub jsonl: bool,
    pub fields: Fields,
    pub markup: Option<Markup>,
    pub output_dir: Option<PathBuf>,
    pub format: Format,
    pub progress: Option<ProgressBar>,
}

/// The JSON field names of a JSON Lines input.
pub struct Fields {
    pub id: String,
    pub url: String,
    pub text: String,
    pub html: String,
}

/// One input file found: where it is read from, the name it is shown by,
/// and its path under the output directory.
pub struct Found {
    /// `None`: standard input.
    pub path: Option<PathBuf>,
    pub name: String,
    pub relative: PathBuf,
}

/// Extensions (after an optional `.gz`) of the files a directory is searched
/// for: pages, and WARC / WET files of them. Not JSON Lines: a directory of
/// pages often holds a `.jsonl` of something else (labels, an index).
const PAGE_EXTENSIONS: [&str; 4] = ["html", "htm", "txt", "md"];
const BATCH_EXTENSIONS: [&str; 2] = ["warc", "wet"];

fn stem_and_extension(name: &str) -> (&str, &str) {
    let name = name.strip_suffix(".gz").unwrap_or(name);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, ext),
        _ => (name, ""),
    }
}

fn wanted(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = stem_and_extension(name).1.to_ascii_lowercase();
    PAGE_EXTENSIONS.contains(&ext.as_str()) || BATCH_EXTENSIONS.contains(&ext.as_str())
}

/// The files the arguments name: `-` is standard input; a directory is
/// searched recursively (sorted, so that runs are repeatable) for pages and
/// batches; a file is read whatever its name. Returns the files and the
/// arguments that could not be read.
pub fn find(inputs: &[PathBuf]) -> (Vec<Found>, Vec<(String, String)>) {
    let mut found = Vec::new();
    let mut failed = Vec::new();
    for input in inputs {
        let name = input.display().to_string();
        if name == "-" {
            found.push(Found {
                path: None,
                name: "-".into(),
                relative: "stdin".into(),
            });
        } else if input.is_dir() {
            let walk = walkdir::WalkDir::new(input)
                .follow_links(true)
                .sort_by_file_name();
            for entry in walk {
                match entry {
                    Ok(e) if e.file_type().is_file() && wanted(e.path()) => {
                        let relative = e.path().strip_prefix(input).unwrap_or(e.path());
                        found.push(Found {
                            path: Some(e.path().to_path_buf()),
                            name: e.path().display().to_string(),
                            relative: relative.to_path_buf(),
                        });
                    }
                    Ok(_) => {}
                    Err(e) => failed.push((name.clone(), e.to_string())),
                }
            }
        } else if input.exists() {
            found.push(Found {
                path: Some(input.clone()),
                name,
                relative: input.file_name().map(PathBuf::from).unwrap_or_default(),
            });
        } else {
            failed.push((name, "no such file or directory".into()));
        }
    }
    (found, failed)
}

/// Counts the bytes read from a file on the progress bar.
struct Counted<R> {
    inner: R,
    progress: Option<ProgressBar>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(p) = &self.progress {
            p.inc(n as u64);
        }
        Ok(n)
    }
}

/// The kinds of input file.
#[derive(PartialEq)]
enum Kind {
    Page,
    Jsonl,
    Warc,
}

impl Reading {
    /// The output file of an input (its path under the output directory,
    /// with the output format's extension), or standard output.
    fn dest(&self, found: &Found, batch: bool, single_stdout: bool) -> Arc<Dest> {
        let path = self.output_dir.as_ref().map(|dir| {
            let name = found
                .relative
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("page");
            let (stem, _) = stem_and_extension(name);
            dir.join(&found.relative)
                .with_file_name(format!("{stem}.{}", self.format.extension()))
        });
        let batch = if path.is_some() {
            batch
        } else {
            !single_stdout
        };
        Arc::new(Dest { path, batch })
    }

    /// Read one input file and hand each of its records to `sink`, which
    /// answers whether to go on. Returns `false` when `sink` stopped.
    pub fn read(
        &self,
        found: &Found,
        stdout: &Arc<Dest>,
        single: bool,
        sink: &mut dyn FnMut(Job) -> bool,
    ) -> bool {
        if let Some(out) = self.dest(found, false, single).path.as_ref() {
            let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
                (Ok(a), Ok(b)) => a == b,
                _ => false,
            };
            if found.path.as_deref().is_some_and(|p| same(p, out)) {
                return sink(Job::Failed {
                    id: found.name.clone(),
                    url: None,
                    dest: Arc::clone(stdout),
                    error: format!("the output {} would overwrite the input", out.display()),
                });
            }
        }
        let raw: Box<dyn Read> = match &found.path {
            None => Box::new(io::stdin()),
            Some(path) => match File::open(path) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    let dest = self.dest(found, false, single);
                    return sink(Job::Failed {
                        id: found.name.clone(),
                        url: None,
                        dest: self.or_stdout(dest, stdout),
                        error: format!("cannot read: {e}"),
                    });
                }
            },
        };
        let counted = Counted {
            inner: raw,
            progress: self.progress.clone(),
        };
        let mut reader: Box<dyn BufRead> = Box::new(BufReader::with_capacity(1 << 16, counted));
        // Gzip is told by its magic bytes, not the name; a multi-member
        // stream (a WARC.gz: one member a record) reads as one.
        let gzipped = matches!(reader.fill_buf(), Ok(head) if head.starts_with(&[0x1f, 0x8b]));
        if gzipped {
            reader = Box::new(BufReader::with_capacity(
                1 << 16,
                MultiGzDecoder::new(reader),
            ));
        }
        let name = found
            .relative
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let (_, ext) = stem_and_extension(&name);
        let kind = if self.jsonl || ext == "jsonl" || ext == "ndjson" {
            Kind::Jsonl
        } else {
            match reader.fill_buf() {
                Ok(head) if head.starts_with(b"WARC/") => Kind::Warc,
                _ => Kind::Page,
            }
        };
        let dest = self.dest(found, kind != Kind::Page, single);
        let dest = if dest.path.is_none() && single && kind != Kind::Page {
            // The one input is a batch after all: framed as one.
            Arc::new(Dest {
                path: None,
                batch: true,
            })
        } else {
            self.or_stdout(dest, stdout)
        };
        match kind {
            Kind::Page => {
                let mut bytes = Vec::new();
                let job = match reader.read_to_end(&mut bytes) {
                    Ok(_) => Job::Page(Page {
                        id: found.name.clone(),
                        url: None,
                        dest,
                        bytes,
                        content_type: None,
                        markup: self.markup.or(match ext {
                            "html" | "htm" | "xhtml" => Some(Markup::Html),
                            "txt" | "md" => Some(Markup::Text),
                            _ => None,
                        }),
                    }),
                    Err(e) => Job::Failed {
                        id: found.name.clone(),
                        url: None,
                        dest,
                        error: format!("cannot read: {e}"),
                    },
                };
                sink(job)
            }
            Kind::Jsonl => self.jsonl(reader, found, &dest, sink),
            Kind::Warc => warc::read(reader, &found.name, &dest, self.markup, sink),
        }
    }

    /// Standard output is one destination for all inputs (its framing
    /// spans them); a file is its own.
    fn or_stdout(&self, dest: Arc<Dest>, stdout: &Arc<Dest>) -> Arc<Dest> {
        if dest.path.is_none() {
            Arc::clone(stdout)
        } else {
            dest
        }
    }

    /// JSON Lines: one object a line, with the page in its `html` or `text`
    /// field. A line that is not such an object is a failed record; the
    /// next line is read all the same.
    fn jsonl(
        &self,
        mut reader: Box<dyn BufRead>,
        found: &Found,
        dest: &Arc<Dest>,
        sink: &mut dyn FnMut(Job) -> bool,
    ) -> bool {
        let mut line = Vec::new();
        let mut number = 0usize;
        loop {
            line.clear();
            number += 1;
            let fallback_id = format!("{}:{number}", found.name);
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => return true,
                Ok(_) => {}
                Err(e) => {
                    return sink(Job::Failed {
                        id: fallback_id,
                        url: None,
                        dest: Arc::clone(dest),
                        error: format!("cannot read: {e}"),
                    })
                }
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let job = match self.record(&line, fallback_id, dest) {
                Ok(page) => Job::Page(page),
                Err((id, url, error)) => Job::Failed {
                    id,
                    url,
                    dest: Arc::clone(dest),
                    error,
                },
            };
            if !sink(job) {
                return false;
            }
        }
    }

    /// One JSON line as a page.
    #[allow(clippy::type_complexity)]
    fn record(
        &self,
        line: &[u8],
        fallback_id: String,
        dest: &Arc<Dest>,
    ) -> Result<Page, (String, Option<String>, String)> {
        let value: serde_json::Value = serde_json::from_slice(line)
            .map_err(|e| (fallback_id.clone(), None, format!("not JSON: {e}")))?;
        let Some(object) = value.as_object() else {
            return Err((fallback_id, None, "not a JSON object".into()));
        };
        let string = |field: &str| match object.get(field) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let id = string(&self.fields.id).unwrap_or(fallback_id);
        let url = string(&self.fields.url);
        let (bytes, markup) =
            if let Some(serde_json::Value::String(html)) = object.get(&self.fields.html) {
                (html.clone().into_bytes(), Markup::Html)
            } else if let Some(serde_json::Value::String(text)) = object.get(&self.fields.text) {
                (text.clone().into_bytes(), Markup::Text)
            } else {
                let error = format!(
                    "no string field \"{}\" or \"{}\"",
                    self.fields.html, self.fields.text
                );
                return Err((id, url, error));
            };
        Ok(Page {
            id,
            url,
            dest: Arc::clone(dest),
            bytes,
            content_type: None,
            markup: Some(self.markup.unwrap_or(markup)),
        })
    }
}
