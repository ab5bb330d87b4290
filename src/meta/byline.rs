//! The byline: the author's name.

use std::sync::LazyLock;

use regex::Regex;

use super::evidence::{Printed, Stated};
use crate::text::normalize::fold_spaces;

/// The markup's author, else the name on the author line the page prints.
pub(super) fn decide(printed: &Printed<'_>, stated: Option<&Stated>) -> Option<String> {
    match stated.and_then(|s| s.author.clone()) {
        Some(author) => Some(author),
        None => printed.byline.map(name).filter(|b| !b.is_empty()),
    }
}

/// "By Jane Doe | Nov 18, 2019" → "Jane Doe".
fn name(line: &str) -> String {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?i:by|written by|words by|story by|posted by|reporting by|text by|von|par|por)\s+",
        )
        .expect("byline lead compiles")
    });
    let rest = LEAD.find(line).map_or(line, |m| &line[m.end()..]);
    let name = rest.split(['|', '•', '·']).next().unwrap_or(rest);
    fold_spaces(name.trim_end_matches([',', ' ', '-', '–', '—']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_names() {
        assert_eq!(name("By Jamelle Bouie"), "Jamelle Bouie");
        assert_eq!(name("By Jane Doe | Nov 18, 2019"), "Jane Doe");
    }

    #[test]
    fn markup_author_first_and_empty_names_are_absent() {
        let printed = Printed {
            byline: Some("By Jane Doe"),
            ..Printed::default()
        };
        assert_eq!(decide(&printed, None).as_deref(), Some("Jane Doe"));
        let stated = Stated {
            author: Some("John Roe".into()),
            ..Stated::default()
        };
        assert_eq!(decide(&printed, Some(&stated)).as_deref(), Some("John Roe"));
        let bare = Printed {
            byline: Some("By |"),
            ..Printed::default()
        };
        assert_eq!(decide(&bare, None), None);
    }
}
