//! Stage 1b: read the text in its form, so that every later stage sees one
//! logical line per paragraph, list item, heading or table row.
//!
//! Text comes from many renderers. An HTML-to-text dump or a browser's copy
//! already puts one block per line ([`TextForm::Plain`]) and passes through
//! unchanged, borrowed. A terminal browser's dump hard-wraps paragraphs at a
//! fixed width ([`TextForm::Wrapped`]): the lines of one paragraph are joined
//! again, and list bullets become list items. Markdown ([`TextForm::Markdown`])
//! is read as structure: headings, list items, quotes, tables, links (their
//! text), images (dropped), emphasis and escapes.
//!
//! The phases, one module each: `detect` (which form, and the wrap width),
//! `reflow` (which physical lines make one logical line), `markdown` (the
//! block syntax of a line), `inline` (links, images, emphasis, code spans),
//! `lists` (bullets and numbers that start an item).
//!
//! Invariant: every output line is text of the input with only layout and
//! markup syntax taken away (line breaks inside a paragraph, indentation,
//! bullets, `#`, `>`, `|`, emphasis markers, link targets, image syntax,
//! backslash escapes); nothing is added but the single spaces that join the
//! lines of one paragraph. Whether a list item is article text or a menu is
//! not decided here: the item is handed on as a line of its own, and the
//! context stage decides it by its neighbourhood like any other line. Every
//! phase is linear in the input and never panics.

use std::borrow::Cow;

use crate::text::shape::Shape;

mod detect;
mod inline;
mod lists;
mod markdown;
mod reflow;

/// The form of a text given to [`Cleaner::clean`](crate::Cleaner::clean).
///
/// [`TextForm::Auto`] (the default) recognises the form from the text itself;
/// a caller who knows it can say so with
/// [`CleanerBuilder::form`](crate::CleanerBuilder::form).
///
/// ```
/// use declutter::{Cleaner, TextForm};
///
/// let text = "# Storm hits the coast\n\nA storm hit the **coast** on Monday, leaving thousands of\n\
///             homes without power, [officials](https://example.com/said) said.\n";
/// let cleaner = Cleaner::builder().form(TextForm::Markdown).build()?;
/// let article = cleaner.clean(text);
/// assert_eq!(
///     article.paragraphs(),
///     ["A storm hit the coast on Monday, leaving thousands of homes without power, officials said."]
/// );
/// # Ok::<(), declutter::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
#[non_exhaustive]
pub enum TextForm {
    /// Recognise the form from the text: Markdown by the density of its
    /// syntax, hard-wrapped text by the share of lines that end where the
    /// next word would have passed one fixed width; anything else is plain.
    #[default]
    Auto,
    /// One block per line, as HTML-to-text tools and a browser's copy give
    /// it: read as it is.
    Plain,
    /// Paragraphs hard-wrapped at a fixed width (found from the text), list
    /// items started by bullets or numbers, as terminal browsers dump pages.
    Wrapped,
    /// Markdown, wrapped or not.
    Markdown,
}

/// A heading that Markdown marked (`#` or an underline), in the output text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Its 0-based line in the output text.
    pub line: usize,
    /// 1 for `#`, 2 for `##`, …
    pub level: u8,
    /// How many words it has.
    pub words: usize,
}

/// What [`reflow`] read: the output text and what its form said of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Read {
    pub text: String,
    pub headings: Vec<Heading>,
    pub shapes: Vec<Shape>,
    pub cells: Vec<Vec<u16>>,
}

/// The text as read in its form, with what the form said about its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Formed<'a> {
    /// One logical line per output line; borrowed when nothing changed.
    pub text: Cow<'a, str>,
    /// The headings the syntax marked, in order.
    pub headings: Vec<Heading>,
    /// The shape of each output line, blank ones too; empty when the text
    /// was read as it is (then [`plain_shape`] tells a line's).
    pub shapes: Vec<Shape>,
    /// The word counts of the cells of each table row read
    /// ([`Shape::Row`]'s `cells` indexes it).
    pub cells: Vec<Vec<u16>>,
}

impl Formed<'_> {
    /// The shape of the 0-based output line `k` whose text is `t`.
    pub(crate) fn shape(&self, k: usize, t: &str) -> Shape {
        if self.shapes.is_empty() {
            plain_shape(t)
        } else {
            self.shapes.get(k).copied().unwrap_or_default()
        }
    }

    /// The word counts of the cells of a row [`Shape::Row`] `cells` names.
    pub(crate) fn cells(&self, cells: u32) -> &[u16] {
        usize::try_from(cells)
            .ok()
            .and_then(|k| self.cells.get(k))
            .map_or(&[], Vec::as_slice)
    }
}

/// The list marker a trimmed line starts with: how many bytes are a bullet
/// to take off (0 for a number, which is text), and whether it is numbered.
pub(crate) fn list_marker(t: &str) -> Option<(usize, bool)> {
    lists::marker(t).map(|m| (m.strip, m.numbered))
}

/// The shape of a line of text read as it is: a list item when it starts
/// with a bullet or a number, else running text.
pub(crate) fn plain_shape(t: &str) -> Shape {
    match lists::marker(t) {
        Some(m) => Shape::Item {
            ordered: m.numbered,
            depth: 0,
        },
        None => Shape::Paragraph,
    }
}

impl Formed<'_> {
    /// The line the Markdown headings name as the page's headline: the first
    /// heading of the highest level present that reads as a headline rather
    /// than a label (a site's "Menu", "Company" at the same level), else the
    /// first of that level.
    pub(crate) fn headline(&self) -> Option<usize> {
        let top = self.headings.iter().map(|h| h.level).min()?;
        let mut at_top = self.headings.iter().filter(|h| h.level == top);
        let first = at_top.clone().next()?;
        Some(
            at_top
                .find(|h| h.words >= HEADLINE_WORDS)
                .unwrap_or(first)
                .line,
        )
    }
}

/// The fewest words of a heading that reads as a headline, not a label.
const HEADLINE_WORDS: usize = 4;

/// Read normalised text (`\n` line ends only) in the given form.
pub(crate) fn read(text: &str, form: TextForm) -> Formed<'_> {
    let (form, width) = match form {
        TextForm::Auto => detect::detect(text),
        TextForm::Wrapped => (TextForm::Wrapped, detect::wrap_width(text)),
        TextForm::Markdown => (TextForm::Markdown, detect::wrap_width(text)),
        TextForm::Plain => (TextForm::Plain, None),
    };
    match form {
        TextForm::Wrapped | TextForm::Markdown => {
            let read = reflow::read(text, width, form == TextForm::Markdown);
            Formed {
                text: Cow::Owned(read.text),
                headings: read.headings,
                shapes: read.shapes,
                cells: read.cells,
            }
        }
        TextForm::Auto | TextForm::Plain => Formed {
            text: Cow::Borrowed(text),
            headings: Vec::new(),
            shapes: Vec::new(),
            cells: Vec::new(),
        },
    }
}

/// The display width of a line in a terminal: East Asian wide characters
/// take two columns.
///
/// Counted over the bytes, without decoding (this runs on every line of
/// every text to detect its form): a character is a byte that is no UTF-8
/// continuation, and the wide ones are told by their first bytes, the
/// ranges of [`is_wide`] rounded to whole blocks of 4096 code points
/// (U+3000 to U+DFFF) plus the full-width forms and compatibility
/// ideographs (U+F900 to U+FAFF, U+FF00 to U+FF7F).
pub(super) fn width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    // Three counts, each a loop without a carried state so that it
    // vectorises: one column per character (every byte that does not
    // continue one), one more for the lead bytes of the wide blocks
    // U+3000..U+DFFF, one more for the full-width forms after a 0xEF lead
    // (rare, so found by search).
    let b = s.as_bytes();
    let chars = b.iter().filter(|&&x| (x & 0xC0) != 0x80).count();
    let wide = b.iter().filter(|&&x| (0xE3..=0xED).contains(&x)).count();
    let full = memchr::memchr_iter(0xEF, b)
        .filter(|&i| matches!(b.get(i + 1), Some(0xA4..=0xAB | 0xBC | 0xBD)))
        .count();
    chars + wide + full
}

/// East Asian wide and full-width characters (CJK, Hangul, full-width forms).
pub(super) fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        let text = "Storm hits the coast\nA storm hit the coast on Monday, leaving thousands of homes without power.\n";
        let formed = read(text, TextForm::Auto);
        assert!(matches!(formed.text, Cow::Borrowed(_)));
        assert!(matches!(read(text, TextForm::Plain).text, Cow::Borrowed(_)));
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("漢字a"), 5);
        assert_eq!(width("é"), 1);
        assert_eq!(width("한국어 ＡＢ"), 11);
        assert_eq!(width("“quoted” — text…"), 16);
    }

    #[test]
    fn the_headline_is_the_first_top_heading_that_reads_as_one() {
        let f = |levels: &[(u8, usize)]| Formed {
            text: Cow::Borrowed(""),
            headings: levels
                .iter()
                .enumerate()
                .map(|(line, &(level, words))| Heading { line, level, words })
                .collect(),
            shapes: Vec::new(),
            cells: Vec::new(),
        };
        assert_eq!(f(&[(2, 5), (1, 6), (2, 5)]).headline(), Some(1));
        assert_eq!(f(&[(2, 5), (2, 5), (3, 5)]).headline(), Some(0));
        assert_eq!(f(&[(2, 1), (2, 8), (2, 1)]).headline(), Some(1));
        assert_eq!(f(&[(2, 1), (2, 2)]).headline(), Some(0));
        assert_eq!(f(&[]).headline(), None);
    }
}
