//! Stage 1: make the text uniform without changing what it says.
//!
//! Pages arrive with every line-ending convention, non-breaking spaces that look
//! like spaces but defeat word splitting, zero-width characters that split words
//! invisibly, and a BOM. Later stages match patterns against the text, so they
//! must see one form of each. Nothing visible is changed: every output string is
//! still input text, up to white space.

use std::borrow::Cow;

/// What to do with one character.
enum Action {
    Keep,
    /// Replace with a plain space (NBSP and friends, tabs, control characters,
    /// the line separator).
    Space,
    /// Replace with a line feed (CR, CRLF, NEL, the paragraph separator).
    Newline,
    /// Drop entirely (zero-width characters, BOM, soft hyphen, bidirectional
    /// embeddings, overrides and isolates).
    Drop,
    /// A zero-width joiner or non-joiner: part of the text after a letter of a
    /// script that uses it (emoji sequences such as 👨‍👩‍👧, Persian, Indic
    /// scripts), where dropping it would change what is shown; an invisible
    /// word splitter after ASCII, where it is dropped.
    Joiner,
}

fn action(c: char) -> Action {
    match c {
        '\n' => Action::Keep,
        // A paragraph separator and NEL end a line, as CR and LF do.
        '\r' | '\u{2029}' | '\u{85}' => Action::Newline,
        // A line separator breaks a line inside a paragraph (a soft break,
        // Shift+Enter): the paragraph goes on, and its text, returned with
        // its white space folded, holds a space there. So the HTML walk
        // reads it too (it is white space), and a soft break inside a
        // sentence leaves no fragment to be taken for a headline.
        '\u{2028}' => Action::Space,
        '\u{200C}' | '\u{200D}' => Action::Joiner,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => Action::Drop,
        // Bidirectional embeddings, overrides and isolates: they reorder
        // what a terminal or a page shows (a title that reads backwards, a
        // spoofed name) and say nothing of the text. The marks (LRM, RLM,
        // ALM), which right-to-left text needs and which reorder nothing
        // around them, stay.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Action::Drop,
        // Every other Unicode space, so that paragraphs come out folded.
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Action::Space
        }
        c if c.is_control() => Action::Space,
        _ => Action::Keep,
    }
}

/// Cheap byte test: can this byte start a character that `action` changes?
///
/// Most pages need no change at all, so the common path is one scan over the
/// bytes and a borrowed result.
#[inline]
fn may_need_change(b: u8) -> bool {
    (b < 0x20 && b != b'\n') || b == 0x7F || b == 0xC2 || (0xE1..=0xE3).contains(&b) || b == 0xEF
}

/// The offset of the first byte that may need a change. Whole 32-byte blocks
/// without one are passed over with a test the compiler vectorises.
fn next_candidate(bytes: &[u8]) -> Option<usize> {
    let mut offset = 0;
    for block in bytes.chunks(32) {
        if block.iter().fold(false, |any, &b| any | may_need_change(b)) {
            return block
                .iter()
                .position(|&b| may_need_change(b))
                .map(|p| offset + p);
        }
        offset += block.len();
    }
    None
}

/// Normalise line endings, spaces and invisible characters.
///
/// Line numbers are preserved: each CR, CRLF, LF, NEL or U+2029 in the
/// input becomes exactly one `\n`.
pub(crate) fn normalize(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    let mut out: Option<String> = None;
    // Unchanged text between changes is copied in runs; only the bytes that
    // may start a changing character (few, and found by a byte scan) are
    // decoded.
    let mut run = 0;
    let mut i = 0;
    while let Some(offset) = next_candidate(&bytes[i..]) {
        let at = i + offset;
        // Dashes, quotes, bullets and the ellipsis (U+2010 to U+2027, bytes
        // E2 80 90..A7) are the commonest bytes this scan stops at, and all
        // stay as they are: step over them without decoding.
        if bytes[at] == 0xE2 && bytes.get(at + 1) == Some(&0x80) {
            if let Some(0x90..=0xA7) = bytes.get(at + 2) {
                i = at + 3;
                continue;
            }
        }
        // Of U+1000..U+1FFF (Vietnamese, Georgian, Ethiopic, Khmer, …) only
        // the Ogham space mark, E1 9A 80, changes.
        if bytes[at] == 0xE1 && bytes.get(at + 1..at + 3) != Some(&[0x9A, 0x80][..]) {
            i = at + 1;
            continue;
        }
        let c = input[at..].chars().next().unwrap_or('\0');
        i = at + c.len_utf8();
        let act = action(c);
        if matches!(act, Action::Keep) {
            continue;
        }
        let out = out.get_or_insert_with(|| String::with_capacity(input.len()));
        out.push_str(&input[run..at]);
        run = i;
        match act {
            Action::Keep | Action::Drop => {}
            Action::Space => out.push(' '),
            Action::Joiner => {
                if out.chars().next_back().is_some_and(|p| !p.is_ascii()) {
                    out.push(c);
                }
            }
            Action::Newline => {
                if c == '\r' && bytes.get(i) == Some(&b'\n') {
                    i += 1;
                    run = i;
                }
                out.push('\n');
            }
        }
    }
    match out {
        None => Cow::Borrowed(input),
        Some(mut out) => {
            out.push_str(&input[run..]);
            Cow::Owned(out)
        }
    }
}

/// Fold runs of white space into one space and trim the ends: the form in which
/// paragraphs are returned.
pub(crate) fn fold_spaces(text: &str) -> String {
    let text = text.trim();
    // Lines arrive trimmed, with tabs and odd spaces already plain spaces:
    // most need no folding at all.
    if !text.contains("  ") && !text.contains(['\n', '\t']) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        let text = "A plain “quoted” line.\nAnd another — with a dash.";
        assert!(matches!(normalize(text), Cow::Borrowed(_)));
    }

    #[test]
    fn line_endings_become_one_newline_each() {
        assert_eq!(
            normalize("a\r\nb\rc\nd\u{2029}e\u{85}f"),
            "a\nb\nc\nd\ne\nf"
        );
        assert_eq!(normalize("soft\u{2028}break"), "soft break");
        assert_eq!(normalize("a\r\n\r\nb").lines().count(), 3);
    }

    #[test]
    fn invisible_characters_are_dropped_and_spaces_unified() {
        assert_eq!(normalize("\u{FEFF}Title"), "Title");
        assert_eq!(normalize("zero\u{200B}width"), "zerowidth");
        assert_eq!(normalize("non\u{A0}breaking\tspace"), "non breaking space");
        assert_eq!(normalize("bell\u{7}here"), "bell here");
        assert_eq!(
            normalize("math\u{205F}space ogham\u{1680}mark"),
            "math space ogham mark"
        );
        assert!(matches!(normalize("Tiếng Việt ሰላም"), Cow::Borrowed(_)));
        assert_eq!(normalize("Adver\u{200D}tisement"), "Advertisement");
    }

    #[test]
    fn bidirectional_overrides_are_dropped_and_marks_kept() {
        assert_eq!(
            normalize("Storm \u{202E}tsaoc\u{202C} hits"),
            "Storm tsaoc hits"
        );
        assert_eq!(normalize("\u{2066}a\u{2067}b\u{2068}c\u{2069}"), "abc");
        assert_eq!(normalize("\u{202A}x\u{202B}y\u{202D}"), "xy");
        let hebrew = "שלום\u{200F} 2024\u{200E}";
        assert_eq!(normalize(hebrew), hebrew);
    }

    #[test]
    fn joiners_inside_emoji_and_scripts_are_kept() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(normalize(&format!("a\r{family}")), format!("a\n{family}"));
        let persian = "می\u{200C}خواهم";
        assert_eq!(normalize(&format!("{persian}\r")), format!("{persian}\n"));
    }

    #[test]
    fn fold_spaces_trims_and_collapses() {
        assert_eq!(fold_spaces("  a   b \t c  "), "a b c");
        assert_eq!(fold_spaces("   "), "");
    }
}
