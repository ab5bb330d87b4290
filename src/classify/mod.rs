//! Stage 3: what one line is, on its own.
//!
//! This is the hot path: it runs once per input line, sees no neighbours and
//! allocates nothing. Cheap shape features come first; the lexicon (one
//! `RegexSet`) runs once per line. What the line *means* in its page — headline,
//! caption, header chrome — is left to the context pass.

pub(crate) mod kind;
pub(crate) mod lexicon;

pub use kind::LineKind;

use crate::text::dates;
use crate::text::features::Features;

/// The context-free verdict on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Class {
    pub kind: LineKind,
    pub reason: &'static str,
}

/// Classify a trimmed line from its shape and the lexicon.
pub(crate) fn classify(line: &str, f: &Features) -> Class {
    if line.is_empty() {
        return Class {
            kind: LineKind::Blank,
            reason: "blank",
        };
    }
    if let Some(family) = lexicon::LEXICON.family(line, f.chars as usize) {
        // A byline is a name, not a sentence that happens to start with "By".
        let sentence = family.kind == LineKind::Byline && f.terminal && f.words > 6;
        if !sentence {
            return Class {
                kind: family.kind,
                reason: family.reason,
            };
        }
    }
    // A date needs a year: four digits at least. Testing the count first keeps
    // the date regex off almost every line.
    if f.digits >= 4 && f.chars <= 80 && dates::is_date_line(line) {
        return Class {
            kind: LineKind::Dateline,
            reason: "date-only line",
        };
    }
    Class {
        kind: LineKind::Body,
        reason: "text",
    }
}
