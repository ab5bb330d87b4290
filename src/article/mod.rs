//! Stage 6: the result: the decided fields, the body (its blocks and its
//! paragraphs) and the credits taken out of it; and the article written out
//! as Markdown.

mod blocks;
mod markdown;

use std::collections::HashSet;

pub use blocks::{Block, Row};

use crate::classify::Rule;
use crate::meta::Fields;
use crate::text::lines::Line;
use crate::text::normalize::fold_spaces;
use crate::text::shape::Shape;
use crate::{Date, LineKind};

/// A clean article: what [`clean`](crate::clean) returns.
///
/// Every string in it is text from the input, with white space folded. A field
/// the page does not state is `None` rather than a guess.
///
/// ```
/// let article = declutter::clean("Storm hits the coast\nA storm hit the coast on Monday, leaving thousands without power.\n");
/// assert_eq!(article.title(), Some("Storm hits the coast"));
/// assert_eq!(article.paragraphs().len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Article {
    pub(crate) title: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) source: Option<String>,
    pub(crate) byline: Option<String>,
    pub(crate) blocks: Vec<Block>,
    pub(crate) paragraphs: Vec<String>,
    pub(crate) credits: Vec<Credit>,
}

impl Article {
    /// The headline.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The story's publication date as printed with it (not the page's or an
    /// aggregator's date).
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// The original publisher, not an aggregator that republished the story.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The author line without its "By".
    pub fn byline(&self) -> Option<&str> {
        self.byline.as_deref()
    }

    /// The body as a document: its headings, paragraphs, list items,
    /// quotes, code and tables, in page order. See [`Block`].
    ///
    /// This is the body's primary view; [`paragraphs`](Self::paragraphs)
    /// and [`body`](Self::body) are its text view, of the same lines.
    ///
    /// ```
    /// use declutter::Block;
    ///
    /// let article = declutter::clean_html("<article><h1>Storm hits the coast</h1>\
    ///     <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>\
    ///     <blockquote>We will rebuild the town, and we will do it together.</blockquote></article>");
    /// assert!(matches!(&article.blocks()[0], Block::Paragraph { .. }));
    /// assert_eq!(article.blocks()[1], Block::Quote { text: "We will rebuild the town, and we will do it together.".into() });
    /// ```
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The body's text view: one string per line of text kept (a
    /// paragraph, a heading, a list item, a table cell, a line of code), in
    /// page order, without structure. [`blocks`](Self::blocks) groups the
    /// same lines into typed blocks.
    pub fn paragraphs(&self) -> &[String] {
        &self.paragraphs
    }

    /// The body's text view as one string, [`paragraphs`](Self::paragraphs)
    /// separated by a blank line.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }

    /// The article as Markdown (CommonMark, with GitHub's tables): the title
    /// as a `#` heading, then the [`blocks`](Self::blocks). Text that would
    /// read as Markdown syntax (`*`, `_`, a leading `#` or `1.`) is escaped,
    /// so the Markdown shows exactly the article's text. Date, source and
    /// byline are not part of it.
    ///
    /// ```
    /// let article = declutter::clean_html("<article><h1>Storm hits the coast</h1>\
    ///     <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>\
    ///     <h2>What to do</h2><ol><li>Stay indoors.</li><li>Call 911 if you are in danger.</li></ol></article>");
    /// let markdown = article.to_markdown();
    /// assert!(markdown.starts_with("# Storm hits the coast\n\nA storm hit the coast on Monday"));
    /// assert!(markdown.ends_with("\n\n## What to do\n\n1. Stay indoors.\n2. Call 911 if you are in danger.\n"));
    /// ```
    pub fn to_markdown(&self) -> String {
        markdown::write(self.title.as_deref(), &self.blocks)
    }

    /// The credits removed from the body (photo and wire credits), in page
    /// order without repeats, so the story can still be attributed.
    pub fn credits(&self) -> &[Credit] {
        &self.credits
    }

    /// True when nothing was found: no title and no body.
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.paragraphs.is_empty()
    }
}

/// A credit line removed from the body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Credit {
    pub(crate) kind: CreditKind,
    pub(crate) text: String,
}

impl Credit {
    /// What the credit is for.
    pub fn kind(&self) -> CreditKind {
        self.kind
    }

    /// The credit as printed ("via REUTERS", "With Post wires").
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// What a [`Credit`] credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum CreditKind {
    /// A photo or image credit ("AP", "Getty Images").
    Photo,
    /// A wire or contribution credit ("With Post wires").
    Wire,
}

/// One input line as [`Cleaner::explain`](crate::Cleaner::explain) reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LineReport {
    /// 1-based line number in the input (CR, LF, CRLF, NEL and U+2029 each
    /// end a line; U+2028, a break inside a paragraph, does not).
    pub number: usize,
    /// The line, trimmed.
    pub text: String,
    /// What the line was taken for.
    pub kind: crate::LineKind,
    /// Which rule or context decision gave that kind.
    pub reason: &'static str,
}

/// One row of an `explain` listing: number, kind, reason and the line, in
/// aligned columns (what `declutter explain` and `examples/explain` print).
///
/// ```
/// let report = declutter::Cleaner::new().explain("Storm hits the coast\n\nAdvertisement\n");
/// let ad = report.iter().find(|l| l.text == "Advertisement").unwrap();
/// assert!(ad.to_string().trim_start().starts_with("3  advertisement"));
/// assert!(ad.to_string().ends_with("  Advertisement"));
/// ```
impl std::fmt::Display for LineReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>5}  {:<13}  {:<34}  {}",
            self.number,
            self.kind.as_str(),
            self.reason,
            self.text
        )
    }
}

/// Build the article: the fields the metadata stage decided, the lines kept
/// as the body (and the captions, with `keep_captions`), as paragraphs and
/// as blocks by each line's `shape` (with `cells`, the word counts of a text
/// row's cells), and the credits removed from it in page order without
/// repeats.
pub(crate) fn assemble<'c>(
    fields: Fields,
    lines: &[Line<'_>],
    rules: &[Rule],
    keep_captions: bool,
    shape: impl Fn(&Line<'_>) -> Shape,
    cells: impl Fn(u32) -> &'c [u16],
) -> Article {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut blocks = blocks::Builder::default();
    let mut credits: Vec<Credit> = Vec::new();
    // Repeats are dropped through a set: a page may hold many credits.
    let mut seen: HashSet<Credit> = HashSet::new();
    for (line, rule) in lines.iter().zip(rules) {
        let kind = rule.kind();
        let keep = kind.is_body() || (keep_captions && kind == LineKind::Caption);
        if keep {
            let text = fold_spaces(line.text);
            let shape = shape(line);
            let row = match shape {
                Shape::Row { cells: c, .. } => cells(c),
                _ => &[],
            };
            blocks.push(&text, shape, kind == LineKind::Caption, row);
            paragraphs.push(text);
            continue;
        }
        let kind = match kind {
            LineKind::PhotoCredit => CreditKind::Photo,
            LineKind::WireCredit => CreditKind::Wire,
            _ => continue,
        };
        let credit = Credit {
            kind,
            text: fold_spaces(line.text),
        };
        if seen.insert(credit.clone()) {
            credits.push(credit);
        }
    }
    let Fields {
        title,
        date,
        source,
        byline,
    } = fields;
    Article {
        title,
        date,
        source,
        byline,
        blocks: blocks.finish(),
        paragraphs,
        credits,
    }
}
