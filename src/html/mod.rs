//! HTML input: the DOM flattened to the text stream the pipeline reads, with
//! what the markup says about each line kept as hints, and the metadata the
//! markup states outright.
//!
//! The walk is iterative (the tree's own open/close traversal plus an explicit
//! stack of open elements), so nesting depth costs memory, never call stack.

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
use walk::walk;

/// What the markup says about one emitted line (bit flags).
pub(crate) mod flag {
    pub const NAV: u32 = 1;
    pub const HEADER: u32 = 1 << 1;
    pub const FOOTER: u32 = 1 << 2;
    pub const ASIDE: u32 = 1 << 3;
    pub const FORM: u32 = 1 << 4;
    pub const FIGURE: u32 = 1 << 5;
    pub const FIGCAPTION: u32 = 1 << 6;
    pub const LI: u32 = 1 << 7;
    /// Inside `<article>`, `<main>` or an element marked as the article body.
    pub const MAIN: u32 = 1 << 8;
    pub const H1: u32 = 1 << 9;
    pub const HEADING: u32 = 1 << 10;
    /// An ancestor's class or id names clutter (ad, share, related, …).
    pub const CHROME_CLASS: u32 = 1 << 11;
    /// An ancestor's class or id names a caption or credit.
    pub const CAPTION_CLASS: u32 = 1 << 12;
    /// An ancestor's class or id names a byline or author.
    pub const BYLINE_CLASS: u32 = 1 << 13;
    pub const PRE: u32 = 1 << 14;
    pub const BLOCKQUOTE: u32 = 1 << 15;
    pub const CELL: u32 = 1 << 16;
    /// Inside the element the markup's text says is the article's container
    /// (see [`candidate`](super::candidate)).
    pub const CANDIDATE: u32 = 1 << 17;
    /// Flags that say the markup takes a line for the page's chrome.
    pub const CHROME: u32 = NAV | HEADER | FOOTER | ASIDE | FORM | CHROME_CLASS;
}

/// The markup's evidence for one line of the text stream.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Hint {
    /// [`flag`] bits that hold for all of the line's text.
    pub flags: u32,
    /// Share of the line's characters inside links, 0 to 1.
    pub link_density: f32,
}

impl Hint {
    fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// Metadata stated by the markup, raw as printed there.
#[derive(Debug, Clone, Default)]
pub(crate) struct Markup {
    pub title_tag: Option<String>,
    pub og_title: Option<String>,
    pub ld_headline: Option<String>,
    /// Every `<h1>` in document order, with whether it is inside the article.
    pub h1s: Vec<(String, bool)>,
    pub site_name: Option<String>,
    pub ld_publisher: Option<String>,
    pub published: Option<String>,
    pub ld_date: Option<String>,
    /// `datePublished` of a JSON-LD object that is not an article (a `WebPage`).
    pub ld_other_date: Option<String>,
    /// A publication date from a less common `<meta>` name.
    pub published_other: Option<String>,
    /// Whether a page-level `<meta>` (Open Graph, Dublin Core, a publisher's
    /// own name) states the publication date, rather than only schema.org's
    /// `datePublished` (JSON-LD or microdata).
    pub declared: bool,
    pub time_datetime: Option<String>,
    pub author: Option<String>,
    /// Every other date the markup states: modification dates, every
    /// `<time>`'s `datetime`. None is the article's date on its own; one the
    /// page prints near its headline is.
    pub stated: Vec<String>,
}

/// A page flattened: the text stream and one hint per line of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Flattened {
    pub text: String,
    /// One per line of `text` (blank lines get the default hint).
    pub hints: Vec<Hint>,
    pub markup: Markup,
    /// The number of each `<h1>` of `markup.h1s` among the document's
    /// elements.
    pub h1_elements: Vec<usize>,
}

/// Visible text (bytes) below which a page is taken for one that its scripts
/// fill in from hidden elements (streamed server rendering): then the hidden
/// elements are read too; so they are when the visible page has no
/// paragraphs to speak of and the hidden ones hold an article.
const REVEAL_BELOW: usize = 500;

/// Parse and flatten a page.
pub(crate) fn flatten(html: &str) -> Flattened {
    let doc = Html::parse_document(&prepare(html));
    let mut reveal = false;
    let (mut page, mut found) = walk(&doc, reveal, None);
    if page.text.len() < REVEAL_BELOW || found.is_none() {
        let revealed = walk(&doc, true, None);
        let more = revealed.0.text.len() > 4 * page.text.len()
            || (found.is_none()
                && revealed.1.is_some()
                && revealed.0.text.len() > 2 * page.text.len());
        if more {
            (page, found) = revealed;
            reveal = true;
        }
    }
    // A container that ends above the headline is a block of teasers or a
    // banner: the article's is looked for under the headline.
    let headline = page.markup.title().and_then(|t| {
        let k = page.markup.h1s.iter().position(|(h, _)| h == t)?;
        page.h1_elements.get(k).copied()
    });
    if let (Some(h), Some(c)) = (headline, &found) {
        if c.last < h {
            let again = candidate(&doc, reveal, h);
            if again.0.is_some() {
                (page, _) = walk(&doc, reveal, Some(again));
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
