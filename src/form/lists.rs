//! Bullets and numbers that start a list item.
//!
//! A bullet is list syntax, not text: it is taken off and the item becomes
//! a line of its own. Whether the item is article text or a menu entry is
//! decided later, by its neighbourhood (the region stage reads a run of items
//! between paragraphs as part of the article, a run of short link-like items
//! at the page's edge as chrome), never by the bullet. A number ("1.", "2)")
//! is shown text and stays; it only starts the item.

/// A list item's start: how many bytes of the trimmed line are the marker to
/// take off (with the spaces after it), and whether it is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marker {
    pub strip: usize,
    pub numbered: bool,
}

/// Characters renderers draw as bullets (terminal browsers draw each nesting
/// level with another).
const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '■', '□', '●', '○', '☆', '‣', '⁃', '∙', '·', '►', '▸', '▶', '➤', '*', '-',
    '+', '–',
];

/// The list marker the trimmed line `t` starts with, if any: a bullet or a
/// number of up to three digits with `.` or `)`, followed by a space and
/// text.
pub(super) fn marker(t: &str) -> Option<Marker> {
    let mut chars = t.char_indices();
    let (_, first) = chars.next()?;
    if BULLETS.contains(&first) {
        let after = first.len_utf8();
        let rest = &t[after..];
        let text = rest.trim_start_matches(' ');
        // A bullet is followed by a space, then text that is not another
        // run of the same character (a rule "- - -", "* * *").
        if !rest.starts_with(' ') || text.is_empty() || text.starts_with(first) {
            return None;
        }
        return Some(Marker {
            strip: t.len() - text.len(),
            numbered: false,
        });
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        let rest = rest.strip_prefix('\\').unwrap_or(rest);
        if let Some(after) = rest.strip_prefix(['.', ')']) {
            if after.starts_with(' ') && !after.trim_start_matches(' ').is_empty() {
                return Some(Marker {
                    strip: 0,
                    numbered: true,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_are_taken_off_numbers_kept() {
        fn strip(t: &str) -> Option<&str> {
            marker(t).map(|m| &t[m.strip..])
        }
        assert_eq!(strip("• Home"), Some("Home"));
        assert_eq!(strip("□  How It Works"), Some("How It Works"));
        assert_eq!(strip("* [Home](/)"), Some("[Home](/)"));
        assert_eq!(strip("- item"), Some("item"));
        assert_eq!(strip("12. Twelfth step"), Some("12. Twelfth step"));
        assert!(marker("12. Twelfth").unwrap().numbered);
    }

    #[test]
    fn text_that_only_looks_like_a_list_is_not_one() {
        for t in [
            "-5 degrees",
            "* * *",
            "- - -",
            "•",
            "2023. A year",
            "1.5 million",
            "*bold*",
        ] {
            assert_eq!(marker(t), None, "{t}");
        }
    }
}
