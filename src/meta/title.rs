//! Headline candidates.

use crate::classify::Features;

/// Strip an artifact glued to the front of a headline by an aggregator's
/// templating, such as `NextImg:` in `NextImg:Putin meets …`.
///
/// The artifact is recognised by its form, not its name: one identifier-like
/// token with an inner capital (`NextImg`, `PrevLink`, `imgAlt`), a colon, and
/// no space before the text. Ordinary labels ("Opinion: …", "Live: …") have a
/// space after the colon and are left alone.
pub(crate) fn strip_glued_prefix(line: &str) -> Option<&str> {
    let colon = line.find(':')?;
    let (token, rest) = (&line[..colon], &line[colon + 1..]);
    let identifier = (3..=24).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && token.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        && token.bytes().any(|b| b.is_ascii_lowercase());
    let glued = rest.chars().next().is_some_and(|c| !c.is_whitespace());
    (identifier && glued && Features::of(rest).is_headline_shaped()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_artifacts_are_stripped() {
        assert_eq!(
            strip_glued_prefix("NextImg:Putin meets China’s top diplomat"),
            Some("Putin meets China’s top diplomat")
        );
        assert_eq!(
            strip_glued_prefix("imgAlt:Storm hits the coast"),
            Some("Storm hits the coast")
        );
    }

    #[test]
    fn ordinary_labels_are_kept() {
        assert_eq!(strip_glued_prefix("Opinion: The case for trains"), None);
        assert_eq!(strip_glued_prefix("LIVE:Storm hits the coast"), None);
        assert_eq!(strip_glued_prefix("Time 10:30 tonight"), None);
        assert_eq!(strip_glued_prefix("https://example.com/page"), None);
    }
}
