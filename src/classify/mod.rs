//! Stage 3: what one line is, on its own.
//!
//! This is the hot path: it runs once per input line, sees no neighbours and
//! allocates nothing. Cheap shape features come first; the lexicon (one
//! `RegexSet`) runs once per line. What the line *means* in its page — headline,
//! caption, header chrome — is left to the context pass.

pub(crate) mod kind;
pub(crate) mod lexicon;
mod rule;

pub(crate) use rule::Rule;

pub use kind::LineKind;

use crate::text::dates::{self, MIN_DATE_DIGITS};
use crate::text::features::Features;

impl LineKind {
    /// Classify one line with no context: the lexicon and the line's shape only.
    ///
    /// Text that is not recognised as clutter comes back as [`LineKind::Body`];
    /// deciding whether it is really article text needs the neighbours, which is
    /// what [`Cleaner::clean`](crate::Cleaner::clean) adds.
    ///
    /// ```
    /// use declutter::LineKind;
    ///
    /// assert_eq!(LineKind::classify("Advertisement"), LineKind::Advertisement);
    /// assert_eq!(LineKind::classify("via REUTERS"), LineKind::PhotoCredit);
    /// assert_eq!(LineKind::classify("With Post wires"), LineKind::WireCredit);
    /// assert_eq!(LineKind::classify("22 Feb 2023"), LineKind::Dateline);
    /// assert_eq!(LineKind::classify("Beijing has denied providing support."), LineKind::Body);
    /// ```
    pub fn classify(line: &str) -> LineKind {
        let line = line.trim();
        classify(line, &Features::of(line)).kind()
    }
}

/// The most words of a byline that ends like a sentence: more is a sentence
/// that opens with "By".
const MAX_TERMINAL_BYLINE_WORDS: u32 = 6;
/// The longest line (in chars) read as a date-only line.
const MAX_DATE_LINE_CHARS: u32 = 80;

/// Classify a trimmed line from its shape and the lexicon.
pub(crate) fn classify(line: &str, f: &Features) -> Rule {
    if line.is_empty() {
        return Rule::Blank;
    }
    if let Some(family) = lexicon::LEXICON.family(line, f.chars as usize) {
        // A byline is a name, not a sentence that happens to start with "By".
        let sentence =
            family.rule == Rule::Byline && f.terminal && f.words > MAX_TERMINAL_BYLINE_WORDS;
        if !sentence {
            return family.rule;
        }
    }
    // A date needs a year: four digits at least. Testing the count first keeps
    // the date regex off almost every line.
    if f.digits >= MIN_DATE_DIGITS && f.chars <= MAX_DATE_LINE_CHARS && dates::is_date_line(line) {
        return Rule::DateOnly;
    }
    Rule::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_free_kinds() {
        assert_eq!(LineKind::classify(""), LineKind::Blank);
        assert_eq!(LineKind::classify("  AP  "), LineKind::PhotoCredit);
        assert_eq!(LineKind::classify("May 31, 2025  |"), LineKind::Dateline);
        assert_eq!(LineKind::classify("Sponsor:  QWIKET"), LineKind::Sponsor);
        assert_eq!(LineKind::classify("New York Post"), LineKind::Body);
    }
}
