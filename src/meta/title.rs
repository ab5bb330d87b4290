//! The title: the markup's headline, else the one the page prints.

use super::evidence::{Printed, Stated};
use crate::text::normalize::fold_spaces;
use crate::text::titles::strip_glued_prefix;

/// The markup's headline is the page's own statement of it; the printed
/// one loses an artifact an aggregator's template glued to its front.
pub(super) fn decide(printed: &Printed<'_>, stated: Option<&Stated>) -> Option<String> {
    stated.and_then(|s| s.title.clone()).or_else(|| {
        printed
            .headline
            .map(|line| fold_spaces(strip_glued_prefix(line).unwrap_or(line)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_beats_printed_and_glued_artifacts_go() {
        let printed = Printed {
            headline: Some("NextImg:Putin meets China’s  top diplomat"),
            ..Printed::default()
        };
        assert_eq!(
            decide(&printed, None).as_deref(),
            Some("Putin meets China’s top diplomat")
        );
        let stated = Stated {
            title: Some("Storm hits the coast".into()),
            ..Stated::default()
        };
        assert_eq!(
            decide(&printed, Some(&stated)).as_deref(),
            Some("Storm hits the coast")
        );
        assert_eq!(decide(&Printed::default(), Some(&Stated::default())), None);
    }
}
