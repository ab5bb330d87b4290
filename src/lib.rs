//! Turn a cluttered web page into a clean article: title, date, source and body.
//!
//! ```
//! let page = "THE DAILY AGGREGATOR\nMay 31, 2025 |\nSponsor: ACME\nback\nThe Springfield Herald\n22 Feb 2023\n\n\
//!             Storm hits the coast\n\n\
//!             A storm hit the coast on Monday, leaving thousands of homes without power.\n\n\
//!             Advertisement\n\n\
//!             Crews worked through the night to restore the lines, officials said.\n\n\
//!             With Post wires\n";
//! let article = declutter::clean(page);
//! assert_eq!(article.title(), Some("Storm hits the coast"));
//! assert_eq!(article.date().map(|d| d.to_string()).as_deref(), Some("2023-02-22"));
//! assert_eq!(article.source(), Some("The Springfield Herald"));
//! assert_eq!(article.paragraphs().len(), 2);
//! assert_eq!(article.credits()[0].text(), "With Post wires");
//! ```
//!
//! # How it works
//!
//! One pipeline, each stage its own module, data flowing one way; the
//! `cleaner` module drives it and holds the options:
//!
//! 1. **normalise** (`text::normalize`): line endings, non-breaking and
//!    zero-width characters, BOM; then the text is read in its **form**
//!    (`form`, [`TextForm`]: plain, hard-wrapped or Markdown, recognised from
//!    the text): wrapped paragraphs joined, list bullets and Markdown syntax
//!    taken off;
//! 2. **lines** (`text::lines`): borrowed slices, grouped into blocks by
//!    blank lines;
//! 3. **classify** (`classify`): each line alone, by its shape
//!    (`text::features`), the lexicon of clutter (`classify::lexicon`) and
//!    date recognition ([`LineKind::classify`]); this is the hot path;
//! 4. **context** (`context`): decisions that need neighbours, one module
//!    each in the order they run: captions claimed by the credit line under
//!    them, the headline, the main-content **region** (on whole-page dumps,
//!    the cluster of prose that is the article, without menus, teasers,
//!    comments, footers), the story's dateline, the publisher and the
//!    header zone above the story, and the body's lead-in and subheadings;
//! 5. **meta** (`meta`): the article's fields (title, date, source, byline),
//!    decided once from what the page prints (`meta::Printed`, the lines the
//!    context chose) and, for HTML, what its markup states (`meta::Stated`);
//! 6. **article** (`article`): the [`Article`]: the fields, the body (as
//!    typed [`Block`]s, grouped by the structure each front-end read of its
//!    lines, and as paragraphs of text), the credits that were removed, and
//!    the article written as Markdown ([`Article::to_markdown`]).
//!
//! Under them all lies `text`, the ground floor of text primitives every
//! stage reads lines by (shape features, dates, document titles, names,
//! function words); it imports none of the stages.
//!
//! **html** (`html`) is a second front-end onto the same stream:
//! [`clean_html`] flattens the DOM into the same lines, with hints from the
//! markup (navigation, footers, link density, the article container) applied
//! between classify and context as extra evidence, and the title, date,
//! publisher and author the markup states handed to the metadata stage.
//!
//! [`Cleaner::explain`] shows the kind given to every line and why.
//!
//! # Options
//!
//! [`Cleaner::builder`] sets them: keep captions in the body, add your own
//! marker patterns for lines to remove, and name the text's form.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod article;
mod classify;
mod cleaner;
mod context;
mod decode;
mod error;
mod form;
mod html;
mod meta;
mod text;

pub use article::{Article, Block, Credit, CreditKind, LineReport, Row};
pub use classify::LineKind;
pub use cleaner::{Cleaner, CleanerBuilder};
pub use decode::{decode, Decoded, EncodingSource, Markup};
pub use error::Error;
pub use form::TextForm;
/// The calendar date type of [`Article::date`], re-exported from `jiff` so that
/// users need not depend on it to name it.
pub use jiff::civil::Date;

use std::sync::LazyLock;

static DEFAULT: LazyLock<Cleaner> = LazyLock::new(Cleaner::new);

/// Clean a page given as text with the default options.
///
/// Infallible: any `&str` gives an [`Article`], empty for empty input. See
/// [`Cleaner`] for options.
pub fn clean(text: &str) -> Article {
    DEFAULT.clean(text)
}

/// Clean a page given as HTML with the default options.
///
/// Infallible: any `&str` gives an [`Article`]. See [`Cleaner::clean_html`].
///
/// ```
/// let html = "<h1>Storm hits the coast</h1><p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>";
/// let article = declutter::clean_html(html);
/// assert_eq!(article.title(), Some("Storm hits the coast"));
/// assert_eq!(article.paragraphs().len(), 1);
/// ```
pub fn clean_html(html: &str) -> Article {
    DEFAULT.clean_html(html)
}

/// Clean a page given as bytes with the default options: decoded as a browser
/// would, cleaned as HTML or text as `content_type` (an HTTP `Content-Type`
/// value, if there is one) says or the bytes look. See
/// [`Cleaner::clean_bytes`].
///
/// ```
/// let page = b"Caf\xe9 owners meet\n\nThe caf\xe9 owners of the town met on Monday to talk about the new rules for terraces.\n";
/// let article = declutter::clean_bytes(page, Some("text/plain; charset=windows-1252"));
/// assert_eq!(article.title(), Some("Café owners meet"));
/// ```
pub fn clean_bytes(bytes: &[u8], content_type: Option<&str>) -> Article {
    DEFAULT.clean_bytes(bytes, content_type)
}

/// Clean a page given as HTML bytes with the default options. See
/// [`Cleaner::clean_html_bytes`].
pub fn clean_html_bytes(bytes: &[u8], content_type: Option<&str>) -> Article {
    DEFAULT.clean_html_bytes(bytes, content_type)
}
