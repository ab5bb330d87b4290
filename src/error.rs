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
    #[error("invalid marker pattern `{pattern}`: {source}")]
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
    #[error("marker pattern `{pattern}` matches every line: it would remove the whole article")]
    PatternMatchesEverything {
        /// The pattern as given.
        pattern: String,
    },
}
