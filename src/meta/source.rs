//! The source: the original publisher.

use super::evidence::{Printed, Stated};
use crate::text::normalize::fold_spaces;

/// The markup's publisher, else the site's name the page prints, else the
/// publisher named above the story.
pub(super) fn decide(printed: &Printed<'_>, stated: Option<&Stated>) -> Option<String> {
    stated
        .and_then(|s| s.source.clone())
        .or_else(|| printed.site.map(fold_spaces))
        .or_else(|| printed.publisher.map(fold_spaces))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_then_site_then_publisher() {
        let mut printed = Printed {
            site: Some("Herald"),
            publisher: Some("The  Springfield Herald"),
            ..Printed::default()
        };
        let stated = Stated {
            source: Some("Springfield Herald Media".into()),
            ..Stated::default()
        };
        let source = |p: &Printed<'_>, s| decide(p, s);
        assert_eq!(
            source(&printed, Some(&stated)).as_deref(),
            Some("Springfield Herald Media")
        );
        assert_eq!(source(&printed, None).as_deref(), Some("Herald"));
        printed.site = None;
        assert_eq!(
            source(&printed, Some(&Stated::default())).as_deref(),
            Some("The Springfield Herald")
        );
    }
}
