//! The one error type of the crate.

/// What can go wrong when configuring a [`Cleaner`](crate::Cleaner).
///
/// Cleaning itself never fails: every `&str` gives an [`Article`](crate::Article),
/// possibly an empty one. Only configuration is checked, once, when the cleaner is
/// built, so that a bad option is reported before the first page rather than lost
/// in the middle of a batch.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user marker pattern does not compile as a regular expression.
    #[error("invalid marker pattern `{}`: {}", clip(.pattern), clip(&.source.to_string()))]
    InvalidPattern {
        /// The pattern as given.
        pattern: String,
        /// Why the regex engine refused it.
        #[source]
        source: regex::Error,
    },
    /// A user marker pattern is empty (or only white space), which would
    /// match every line.
    #[error("marker pattern #{index} is empty: it would remove every line")]
    EmptyPattern {
        /// Position of the pattern in the order it was added, from 0.
        index: usize,
    },
    /// A user marker pattern matches any text at all (such as `.*` or `a*`),
    /// so it would remove the whole article.
    #[error("marker pattern `{}` matches every line: it would remove the whole article", clip(.pattern))]
    PatternMatchesEverything {
        /// The pattern as given.
        pattern: String,
    },
}

/// How many characters of a pattern, or of the regex engine's message (which
/// quotes the pattern), an error message shows: a pattern of megabytes gives
/// a message of a few lines.
const SHOWN: usize = 200;

/// `text` cut to [`SHOWN`] characters, with the number left out.
fn clip(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        None => text.to_owned(),
        Some((at, _)) => format!(
            "{}… ({} more characters)",
            &text[..at],
            text[at..].chars().count()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_bounded() {
        let pattern = "(".repeat(100_000);
        let err = crate::Cleaner::builder()
            .marker(pattern)
            .build()
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.len() < 2 * 4 * SHOWN + 200, "{} bytes", msg.len());
        assert!(msg.contains("more characters"));
        assert_eq!(clip("short"), "short");
    }
}
