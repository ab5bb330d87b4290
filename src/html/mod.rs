//! HTML input: the DOM flattened to the text stream the pipeline reads, with
//! what the markup says about each line kept as hints, and the metadata the
//! markup states outright.
//!
//! [`flatten`] is the one entry: the page's bytes go through the pre-scan
//! ([`prescan`]), the parser, the choice of the article's container
//! ([`container`]) and the walk that writes the lines ([`walk`](mod@walk)), which reads
//! the elements' meaning from the markup's vocabulary ([`vocabulary`]) and
//! the metadata as it goes ([`markup`]). The hints are then used by the
//! pipeline's own stage for HTML, between classify and context ([`hints`]).
//!
//! The walks are iterative (the tree's own open/close traversal plus an
//! explicit stack of open elements), so nesting depth costs memory, never
//! call stack.

mod container;
mod hints;
mod markup;
mod prescan;
mod vocabulary;
mod walk;

pub(crate) use hints::apply_hints;

use scraper::Html;

use container::candidate;
use prescan::prepare;
use walk::{walk, Walked};

/// What the markup says about the text of a line: a set of facts about the
/// elements around it, each true of the element holding the text or of one
/// of its ancestors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flags(u32);

impl Flags {
    /// No flag.
    pub const NONE: Flags = Flags(0);
    /// Inside `<nav>` or a navigation role.
    pub const NAV: Flags = Flags(1);
    /// Inside a `<header>` or banner role outside the article.
    pub const HEADER: Flags = Flags(1 << 1);
    /// Inside `<footer>` or a content-info role.
    pub const FOOTER: Flags = Flags(1 << 2);
    /// Inside `<aside>` or a complementary role.
    pub const ASIDE: Flags = Flags(1 << 3);
    /// Inside a form or one of its controls.
    pub const FORM: Flags = Flags(1 << 4);
    /// Inside `<figure>`.
    pub const FIGURE: Flags = Flags(1 << 5);
    /// Inside `<figcaption>`.
    pub const FIGCAPTION: Flags = Flags(1 << 6);
    /// Inside `<li>`.
    pub const LI: Flags = Flags(1 << 7);
    /// Inside `<article>`, `<main>` or an element marked as the article body.
    pub const MAIN: Flags = Flags(1 << 8);
    /// Inside `<h1>`.
    pub const H1: Flags = Flags(1 << 9);
    /// Inside `<h2>` to `<h6>`.
    pub const HEADING: Flags = Flags(1 << 10);
    /// An ancestor's class or id names clutter (ad, share, related, …).
    pub const CHROME_CLASS: Flags = Flags(1 << 11);
    /// An ancestor's class or id names a caption or credit.
    pub const CAPTION_CLASS: Flags = Flags(1 << 12);
    /// An ancestor's class or id names a byline or author.
    pub const BYLINE_CLASS: Flags = Flags(1 << 13);
    /// Inside `<pre>`: line breaks in the text are lines.
    pub const PRE: Flags = Flags(1 << 14);
    /// Inside `<blockquote>`.
    pub const BLOCKQUOTE: Flags = Flags(1 << 15);
    /// Inside a table cell.
    pub const CELL: Flags = Flags(1 << 16);
    /// Inside the element the markup's text says is the article's container
    /// (see [`candidate`]).
    pub const CANDIDATE: Flags = Flags(1 << 17);
    /// An ancestor's class or id names a comment thread, a section that holds
    /// text around the article's rather than the article.
    pub const SIDE_CLASS: Flags = Flags(1 << 18);
    /// Flags that say the markup takes a line for the page's chrome.
    pub const CHROME: Flags = Flags(
        Self::NAV.0
            | Self::HEADER.0
            | Self::FOOTER.0
            | Self::ASIDE.0
            | Self::FORM.0
            | Self::CHROME_CLASS.0,
    );

    /// Whether every flag of `other` is set.
    pub fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether any flag of `other` is set.
    pub fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// Set the flags of `other`.
    pub fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    /// Clear the flags of `other`.
    pub fn remove(&mut self, other: Flags) {
        self.0 &= !other.0;
    }

    /// The flags of `self` that `other` does not have.
    pub fn difference(self, other: Flags) -> Flags {
        Flags(self.0 & !other.0)
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;

    fn bitor(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, other: Flags) {
        self.insert(other);
    }
}

impl std::ops::BitAnd for Flags {
    type Output = Flags;

    fn bitand(self, other: Flags) -> Flags {
        Flags(self.0 & other.0)
    }
}

/// The markup's evidence for one line of the text stream.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Hint {
    /// The [`Flags`] that hold for all of the line's text.
    pub flags: Flags,
    /// Share of the line's characters inside links, 0 to 1.
    pub link_density: f32,
}

/// Metadata stated by the markup, raw as printed there (white space
/// folded). Each `Option` holds the first the page states.
#[derive(Debug, Clone, Default)]
pub(crate) struct Markup {
    /// The `<title>`.
    pub title_tag: Option<String>,
    /// Open Graph's `og:title`.
    pub og_title: Option<String>,
    /// The `headline` (else `name`) of the first JSON-LD article object.
    pub ld_headline: Option<String>,
    /// The page's visible `<h1>`s with text, in document order (the first
    /// [`MAX_H1S`](walk::MAX_H1S)).
    pub h1s: Vec<H1>,
    /// Open Graph's `og:site_name`.
    pub site_name: Option<String>,
    /// The `publisher` of the first JSON-LD article object.
    pub ld_publisher: Option<String>,
    /// A publication date from a well-known `<meta>` name (Open Graph,
    /// Dublin Core, schema.org microdata, …).
    pub published: Option<String>,
    /// The `datePublished` of the first JSON-LD article object.
    pub ld_date: Option<String>,
    /// The first `datePublished` of any JSON-LD object, an article or not
    /// (a `WebPage`): for pages whose article object states none.
    pub ld_other_date: Option<String>,
    /// A publication date from a less common `<meta>` name.
    pub published_other: Option<String>,
    /// Whether a page-level `<meta>` (Open Graph, Dublin Core, a publisher's
    /// own name) states the publication date, rather than only schema.org's
    /// `datePublished` (JSON-LD or microdata).
    pub declared: bool,
    /// The first `<time>`'s `datetime`.
    pub time_datetime: Option<String>,
    /// The author, from a `<meta>` (not a profile's URL) or the first
    /// JSON-LD article object.
    pub author: Option<String>,
    /// The other dates the markup states (the first [`MAX_STATED`](markup::MAX_STATED)):
    /// modification dates, the `datetime` of every `<time>` but the first,
    /// every JSON-LD `datePublished` and `dateModified`. None is the
    /// article's date on its own; one the page prints near its headline is.
    pub stated: Vec<String>,
}

/// An `<h1>` of the page.
#[derive(Debug, Clone)]
pub(crate) struct H1 {
    /// Its text, white space folded.
    pub text: String,
    /// Whether it is inside the article ([`Flags::MAIN`]).
    pub in_article: bool,
    /// Its number among the document's elements, in document order.
    pub element: usize,
}

/// A page flattened: the text stream, one hint per line of it, and the
/// markup's metadata.
#[derive(Debug, Clone, Default)]
pub(crate) struct Flattened {
    /// One line per line of text, a blank line between blocks.
    pub text: String,
    /// One per line of `text` (blank lines get the default hint).
    pub hints: Vec<Hint>,
    pub markup: Markup,
}

/// Visible text (bytes) below which a page may be one that its scripts
/// fill in from hidden elements (streamed server rendering): then the page
/// is flattened again with the hidden elements read too (so it is when the
/// visible page has no article container), and that reading is kept when it
/// holds much more text (see [`REVEAL_GAIN`]).
const REVEAL_BELOW: usize = 500;
/// How many times the visible text the reading with hidden elements must
/// hold to be kept.
const REVEAL_GAIN: usize = 4;
/// The same when only the reading with hidden elements finds an article
/// container: then less more text will do.
const REVEAL_GAIN_CONTAINED: usize = 2;

/// Parse and flatten a page: the one entry of the HTML front-end.
pub(crate) fn flatten(html: &str) -> Flattened {
    let doc = Html::parse_document(&prepare(html));
    let mut reveal = false;
    let Walked {
        mut page,
        mut container,
    } = walk(&doc, reveal, None);
    if page.text.len() < REVEAL_BELOW || container.is_none() {
        let revealed = walk(&doc, true, None);
        let shown = revealed.page.text.len();
        let more = shown > REVEAL_GAIN * page.text.len()
            || (container.is_none()
                && revealed.container.is_some()
                && shown > REVEAL_GAIN_CONTAINED * page.text.len());
        if more {
            (page, container) = (revealed.page, revealed.container);
            reveal = true;
        }
    }
    // A container that ends above the headline is a block of teasers or a
    // banner: the article's is looked for under the headline.
    let headline = page.markup.title().and_then(|t| {
        let h1 = page.markup.h1s.iter().find(|h| h.text == t)?;
        Some(h1.element)
    });
    if let (Some(h), Some(c)) = (headline, &container) {
        if c.last < h {
            let again = candidate(&doc, reveal, Some(h));
            if again.container.is_some() {
                page = walk(&doc, reveal, Some(again)).page;
            }
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_inline() {
        let f = flatten("<p>One <b>two</b> three</p><p>Four<br>five</p><script>x()</script>");
        assert_eq!(f.text, "One two three\n\nFour\nfive\n");
        assert_eq!(f.hints.len(), 4);
    }
    #[test]
    fn hidden_streamed_content_is_read_when_nothing_else_shows() {
        let html = "<body><div hidden><p>The council voted on Monday to rebuild the bridge.</p></div></body>";
        assert!(flatten(html).text.contains("rebuild the bridge"));
        let html = "<body><p>Shown text of the page.</p><div hidden><p>Secret.</p></div></body>";
        assert!(!flatten(html).text.contains("Secret"));
    }
}
