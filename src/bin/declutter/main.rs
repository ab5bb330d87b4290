//! `declutter`: clean cluttered web pages into articles, from the command
//! line, on every core.
//!
//! Inputs are read one record at a time on one thread; pages are cleaned on
//! a `rayon` pool of `--jobs` threads; results are written in input order.
//! At most a fixed window of pages (a few per job) is between reading and
//! writing at any time, so memory is bounded by the jobs, not the input.

mod input;
mod output;
mod warc;

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};
use declutter::{Cleaner, Markup};
use indicatif::{ProgressBar, ProgressStyle};

use input::{Fields, Job, Page, Reading};
use output::{Dest, Done, Format, Writer};

/// Clean cluttered web pages into articles: title, date, source (the
/// original publisher), byline and body, without the menus, ads, captions,
/// credits and share bars around them.
///
/// Reads pages (text, Markdown or HTML, in any charset, gzipped or not),
/// directories of them, JSON Lines files with a text or HTML field, and
/// WARC / WET files (Common Crawl's HTML responses and page text).
#[derive(Parser)]
#[command(name = "declutter", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    clean: CleanArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Show every line of one page with the kind it was given and the rule
    /// that gave it.
    Explain(ExplainArgs),
}

/// HTML or text, or as the input says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum As {
    /// As the Content-Type, file name or the bytes say.
    Auto,
    /// Every page is HTML.
    Html,
    /// Every page is text (plain or Markdown).
    Text,
}

impl As {
    fn markup(self) -> Option<Markup> {
        match self {
            As::Auto => None,
            As::Html => Some(Markup::Html),
            As::Text => Some(Markup::Text),
        }
    }
}

#[derive(Args)]
struct CleanArgs {
    /// Files, directories (searched recursively for .html, .htm, .txt, .md,
    /// .warc, .wet, .jsonl and the same with .gz), or - for standard input
    /// (the default).
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Write the output into DIR, one file per input file at its path
    /// under DIR (relative to the directory given), instead of to standard
    /// output.
    #[arg(short, long, value_name = "DIR")]
    output_dir: Option<PathBuf>,

    /// Read pages as HTML or as text.
    #[arg(long = "as", value_enum, default_value_t = As::Auto, value_name = "MARKUP")]
    markup: As,

    /// The charset of pages that do not say theirs in a byte order mark or
    /// a Content-Type (WARC responses); a page's own <meta charset> still
    /// comes after it, as in a browser.
    #[arg(long, value_name = "LABEL")]
    charset: Option<String>,

    /// Read every input as JSON Lines: one JSON object a line, the page in
    /// its HTML or text field (the default for .jsonl and .ndjson files).
    #[arg(long)]
    jsonl: bool,

    /// The JSON Lines field of a page's id (its line number when absent).
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,

    /// The JSON Lines field of a page's URL.
    #[arg(long, default_value = "url", value_name = "NAME")]
    url_field: String,

    /// The JSON Lines field of a page's text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,

    /// The JSON Lines field of a page's HTML (read before the text field).
    #[arg(long, default_value = "html", value_name = "NAME")]
    html_field: String,

    /// Pages cleaned at once (default: one per core).
    #[arg(short, long, value_name = "N")]
    jobs: Option<NonZeroUsize>,

    /// Keep photo captions in the body.
    #[arg(long)]
    keep_captions: bool,

    /// Print neither the progress bar nor the summary line.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Args)]
struct ExplainArgs {
    /// The page: a file (gzipped or not) or - for standard input (the
    /// default).
    #[arg(value_name = "FILE", default_value = "-")]
    input: PathBuf,

    /// Read the page as HTML or as text.
    #[arg(long = "as", value_enum, default_value_t = As::Auto, value_name = "MARKUP")]
    markup: As,

    /// The page's charset, if it does not say.
    #[arg(long, value_name = "LABEL")]
    charset: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Explain(args)) => explain(&args),
        None => clean(cli.clean),
    }
}

/// A content type holding only a charset, for a page that has none.
fn charset_hint(charset: Option<&str>, content_type: Option<&str>) -> Option<String> {
    match (content_type, charset) {
        (Some(t), Some(c)) if !t.to_ascii_lowercase().contains("charset") => {
            Some(format!("{t}; charset={c}"))
        }
        (Some(t), _) => Some(t.to_owned()),
        (None, Some(c)) => Some(format!("; charset={c}")),
        (None, None) => None,
    }
}

/// Clean one page; binary data is an error, not an article.
fn process(page: Page, cleaner: &Cleaner, charset: Option<&str>) -> Done {
    let content_type = charset_hint(charset, page.content_type.as_deref());
    let decoded = declutter::decode(&page.bytes, content_type.as_deref(), page.markup);
    let result = if decoded.looks_binary() {
        Err("binary data, not a text or HTML page".to_owned())
    } else {
        // The library does not panic on any input it has been tested on; if
        // one page ever makes it, that page is reported and the run goes on.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            cleaner.clean_decoded(&decoded)
        }))
        .map_err(|_| "internal error: cleaning this page panicked".to_owned())
    };
    Done {
        id: page.id,
        url: page.url,
        dest: page.dest,
        bytes: page.bytes.len(),
        result,
    }
}

fn failed(id: String, url: Option<String>, dest: Arc<Dest>, error: String) -> Done {
    Done {
        id,
        url,
        dest,
        bytes: 0,
        result: Err(error),
    }
}

/// The pages between reading and writing: the reader takes a slot for
/// each, the writer gives it back once written. Closed when the writer
/// stops early (a closed pipe), so the reader stops too.
struct Slots {
    state: Mutex<(usize, bool)>,
    freed: Condvar,
}

impl Slots {
    fn new(n: usize) -> Slots {
        Slots {
            state: Mutex::new((n, false)),
            freed: Condvar::new(),
        }
    }

    /// Wait for a free slot; `false` once closed.
    fn take(&self) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while state.0 == 0 && !state.1 {
            state = self.freed.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        if state.1 {
            return false;
        }
        state.0 -= 1;
        true
    }

    fn give(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).0 += 1;
        self.freed.notify_one();
    }

    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.freed.notify_all();
    }
}

/// What the run counted, for the summary and the exit status.
#[derive(Default)]
struct Tally {
    pages: usize,
    failed: usize,
    bytes: usize,
    /// The output failed (not a page): the message, or `None` for a closed
    /// pipe, which ends the run quietly.
    output_error: Option<Option<String>>,
}

/// Writes results as they come, reports failures, counts.
struct Sink<'a> {
    writer: Writer,
    tally: Tally,
    progress: Option<&'a ProgressBar>,
}

impl Sink<'_> {
    /// Write one result; `false` when the output failed and the run must
    /// stop.
    fn put(&mut self, done: &Done) -> bool {
        self.tally.pages += 1;
        self.tally.bytes += done.bytes;
        if let Err(error) = &done.result {
            self.tally.failed += 1;
            let line = format!("declutter: {}: {error}", done.id);
            match self.progress {
                Some(p) => p.println(line),
                None => eprintln!("{line}"),
            }
        }
        if let Some(p) = self.progress {
            p.set_message(format!(
                "{} pages, {} failed",
                self.tally.pages, self.tally.failed
            ));
        }
        match self.writer.write(done) {
            Ok(()) => true,
            Err(e) => {
                self.tally.output_error = Some(
                    (e.kind() != io::ErrorKind::BrokenPipe).then(|| format!("cannot write: {e}")),
                );
                false
            }
        }
    }
}

fn clean(args: CleanArgs) -> ExitCode {
    let cleaner = match Cleaner::builder().keep_captions(args.keep_captions).build() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("declutter: {e}");
            return ExitCode::from(2);
        }
    };
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    let started = Instant::now();
    let (found, missing) = input::find(&inputs);
    let total: Option<u64> = found
        .iter()
        .map(|f| {
            f.path
                .as_ref()
                .and_then(|p| std::fs::metadata(p).ok())
                .map(|m| m.len())
        })
        .sum();
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let bar = match total {
            Some(total) => ProgressBar::new(total).with_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::new_spinner().with_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {binary_bytes} {binary_bytes_per_sec} {msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        bar.with_message("0 pages")
    });
    // One page file to standard output is printed alone; anything more is
    // a batch (a JSON array, text under headers).
    let single = found.len() == 1 && missing.is_empty();
    let stdout = Arc::new(Dest {
        path: None,
        batch: !single,
    });
    let reading = Reading {
        jsonl: args.jsonl,
        fields: Fields {
            id: args.id_field.clone(),
            url: args.url_field.clone(),
            text: args.text_field.clone(),
            html: args.html_field.clone(),
        },
        markup: args.markup.markup(),
        output_dir: args.output_dir.clone(),
        format: args.format,
        progress: progress.clone(),
    };
    let jobs = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let charset = args.charset.as_deref();
    let mut sink = Sink {
        writer: Writer::new(args.format, args.output_dir.is_some()),
        tally: Tally::default(),
        progress: progress.as_ref(),
    };
    for (name, error) in missing {
        sink.put(&failed(name, None, Arc::clone(&stdout), error));
    }
    if jobs == 1 {
        // One job: read, clean and write on this thread alone, so that one
        // job is one core.
        for f in &found {
            let go_on = reading.read(f, &stdout, single, &mut |job| {
                let done = match job {
                    Job::Page(page) => process(page, &cleaner, charset),
                    Job::Failed {
                        id,
                        url,
                        dest,
                        error,
                    } => failed(id, url, dest, error),
                };
                sink.put(&done)
            });
            if !go_on {
                break;
            }
        }
    } else {
        run_parallel(
            &reading, &found, &stdout, single, jobs, &cleaner, charset, &mut sink,
        );
    }
    let mut tally = std::mem::take(&mut sink.tally);
    if tally.output_error.is_none() {
        if tally.pages == 0 && args.format == Format::Json && args.output_dir.is_none() {
            // An empty batch is still a JSON array.
            let _ = writeln!(io::stdout(), "[]");
        }
        if let Err(e) = sink.writer.finish() {
            tally.output_error =
                Some((e.kind() != io::ErrorKind::BrokenPipe).then(|| format!("cannot write: {e}")));
        }
    }
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    match &tally.output_error {
        Some(None) => return ExitCode::SUCCESS,
        Some(Some(error)) => {
            eprintln!("declutter: {error}");
            return ExitCode::FAILURE;
        }
        None => {}
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let mb = tally.bytes as f64 / 1e6;
        eprintln!(
            "declutter: {} pages, {} failed, {mb:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} pages/s)",
            tally.pages,
            tally.failed,
            mb / secs,
            tally.pages as f64 / secs
        );
    }
    if tally.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Read on one thread, clean on a pool of `jobs`, write in input order on
/// this one; at most `4 × jobs + 4` pages between reading and writing.
#[allow(clippy::too_many_arguments)]
fn run_parallel(
    reading: &Reading,
    found: &[input::Found],
    stdout: &Arc<Dest>,
    single: bool,
    jobs: usize,
    cleaner: &Cleaner,
    charset: Option<&str>,
    sink: &mut Sink<'_>,
) {
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool,
        Err(e) => {
            sink.tally.output_error = Some(Some(format!("cannot start {jobs} threads: {e}")));
            return;
        }
    };
    let slots = Slots::new(4 * jobs + 4);
    let (tx, rx) = mpsc::channel::<(u64, Done)>();
    std::thread::scope(|scope| {
        let slots = &slots;
        scope.spawn(move || {
            pool.in_place_scope(|pool_scope| {
                let mut seq = 0u64;
                for f in found {
                    let go_on = reading.read(f, stdout, single, &mut |job| {
                        if !slots.take() {
                            return false;
                        }
                        let n = seq;
                        seq += 1;
                        match job {
                            Job::Page(page) => {
                                let tx = tx.clone();
                                pool_scope.spawn(move |_| {
                                    let _ = tx.send((n, process(page, cleaner, charset)));
                                });
                            }
                            Job::Failed {
                                id,
                                url,
                                dest,
                                error,
                            } => {
                                let _ = tx.send((n, failed(id, url, dest, error)));
                            }
                        }
                        true
                    });
                    if !go_on {
                        break;
                    }
                }
            });
            drop(tx);
        });
        // Results come in any order; they are written in the order read.
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let mut writing = true;
        for (n, done) in rx {
            pending.insert(n, done);
            while let Some(done) = pending.remove(&next) {
                next += 1;
                if writing && !sink.put(&done) {
                    writing = false;
                    slots.close();
                }
                slots.give();
            }
        }
    });
}

/// `declutter explain`: every line of one page, its kind and the reason.
fn explain(args: &ExplainArgs) -> ExitCode {
    let name = args.input.display().to_string();
    let mut bytes = Vec::new();
    let read = if name == "-" {
        io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(&args.input).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    if let Err(e) = read {
        eprintln!("declutter: {name}: cannot read: {e}");
        return ExitCode::FAILURE;
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        if let Err(e) = flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out) {
            eprintln!("declutter: {name}: cannot gunzip: {e}");
            return ExitCode::FAILURE;
        }
        bytes = out;
    }
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
    let markup = args
        .markup
        .markup()
        .or(if lower.ends_with(".html") || lower.ends_with(".htm") {
            Some(Markup::Html)
        } else if lower.ends_with(".txt") || lower.ends_with(".md") {
            Some(Markup::Text)
        } else {
            None
        });
    let content_type = charset_hint(args.charset.as_deref(), None);
    let decoded = declutter::decode(&bytes, content_type.as_deref(), markup);
    if decoded.looks_binary() {
        eprintln!("declutter: {name}: binary data, not a text or HTML page");
        return ExitCode::FAILURE;
    }
    let cleaner = Cleaner::new();
    let report = match decoded.markup() {
        Markup::Html => cleaner.explain_html(decoded.text()),
        _ => cleaner.explain(decoded.text()),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in report {
        if line.text.is_empty() {
            continue;
        }
        let row = writeln!(out, "{line}");
        // A closed pipe (`| head`) ends the listing quietly.
        if row.is_err() {
            return ExitCode::SUCCESS;
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}
