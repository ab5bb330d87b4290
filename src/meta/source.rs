//! The publisher's name.

use crate::classify::Features;

/// Short words that may sit uncapitalised inside a name ("Los Angeles Times",
/// "The Times of India", "Tagesschau & Co").
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "&", "de", "la", "le", "du", "der", "die", "el", "for", "on", "-", "–",
];

/// A line that reads as an organisation's name: one to six words, each
/// capitalised or a connector, with no sentence punctuation and no digits.
pub(crate) fn is_name_shaped(line: &str, f: &Features) -> bool {
    (1..=6).contains(&f.words)
        && f.chars <= 60
        && f.digits == 0
        && !f.terminal
        && f.pipes == 0
        && line
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(&w))
        && line
            .chars()
            .all(|c| c.is_alphanumeric() || " .&'’-–".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(s: &str) -> bool {
        is_name_shaped(s, &Features::of(s))
    }

    #[test]
    fn publisher_names() {
        assert!(named("New York Post"));
        assert!(named("NY Post"));
        assert!(named("The Times of India"));
        assert!(named("Reuters"));
    }

    #[test]
    fn not_names() {
        assert!(!named("back"));
        assert!(!named("22 Feb 2023"));
        assert!(!named("| Remer,MN"));
        assert!(!named("He said so."));
        assert!(!named(
            "Putin meets China’s top diplomat, brags about new frontiers in Beijing"
        ));
    }
}
