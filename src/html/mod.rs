//! HTML input: the DOM flattened to the text stream the pipeline reads, with
//! what the markup says about each line kept as hints, and the metadata the
//! markup states outright.
//!
//! [`flatten`] is the one entry: the page's bytes go through the parse
//! ([`parse`]: html5ever, leaving out what is never read), the choice of the article's container
//! ([`container`]) and the walk that writes the lines ([`walk`](mod@walk)), which reads
//! the elements' meaning from the markup's vocabulary ([`vocabulary`]) and
//! the metadata as it goes ([`markup`]), into a [`Flattened`] page
//! ([`flattened`]). The hints are then used by the pipeline's own stage for
//! HTML, between classify and context ([`hints`]).
//!
//! This module only declares and drives its parts: what they share
//! ([`Flags`](vocabulary::Flags) in `vocabulary`, [`Markup`] in `markup`,
//! [`Hint`] in `flattened`) lives in the part that defines it, so no part
//! imports this module back.
//!
//! The walks are iterative (the tree's own open/close traversal plus an
//! explicit stack of open elements), so nesting depth costs memory, never
//! call stack.

mod container;
mod flattened;
mod hints;
mod markup;
mod parse;
mod vocabulary;
mod walk;

pub(crate) use flattened::{Flattened, Hint};
pub(crate) use hints::apply_hints;
pub(crate) use markup::Markup;

use container::candidate;
use parse::parse;
use walk::{walk, Walked};

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
    let doc = parse(html);
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
