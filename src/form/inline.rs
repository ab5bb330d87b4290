//! Markdown's inline syntax: what a reader sees of a line.
//!
//! Links keep their text and lose their target; images go (alt text is not
//! shown text); emphasis markers (`**`, `__`, `*`, `_` at a word's edge),
//! code-span backticks, backslash escapes, HTML comments and autolinks
//! (`<https://…>`) are taken off. Every scan for a closing bracket is
//! bounded, so a line full of unmatched brackets stays linear.

/// The longest link text looked through for its closing `]`, in bytes.
const MAX_LINK_TEXT: usize = 2000;
/// The longest link target looked through for its closing `)`, in bytes.
const MAX_TARGET: usize = 4000;
/// The longest code span or comment looked through for its end, in bytes.
const MAX_SPAN: usize = 2000;

/// Append what a reader sees of the Markdown line `s` to `out`.
pub(super) fn strip(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    // Text up to `i` not yet copied starts at `run`.
    let mut run = 0;
    while i < b.len() {
        let c = b[i];
        let skip = match c {
            b'\\' => match b.get(i + 1) {
                Some(p) if p.is_ascii_punctuation() => {
                    out.push_str(&s[run..i]);
                    run = i + 1;
                    i += 2;
                    continue;
                }
                _ => None,
            },
            b'!' if b.get(i + 1) == Some(&b'[') => link(b, i + 1).map(|(_, end)| (end, None)),
            b'[' => link(b, i).map(|(text, end)| (end, Some(text))),
            b'`' => {
                // A code span's text is literal: no markup inside it.
                if let Some((text, end)) = code(b, i) {
                    out.push_str(&s[run..i]);
                    out.push_str(&s[text]);
                    i = end;
                    run = end;
                    continue;
                }
                None
            }
            b'<' => tag(b, i).map(|end| (end, None)),
            b'*' | b'_' => {
                let n = b[i..].iter().take_while(|&&x| x == c).count();
                let before = i.checked_sub(1).map(|j| b[j]);
                let after = b.get(i + n).copied();
                let edge = |x: Option<u8>| x.is_none_or(|x| x == b' ' || x.is_ascii_punctuation());
                let word = |x: Option<u8>| x.is_some_and(|x| x != b' ');
                // At a word's edge it is emphasis; inside a word (`snake_case`)
                // or between spaces (`2 * 3`) it is text.
                let marker = (n >= 2 && (c == b'*' || edge(before) || edge(after)))
                    || (edge(before) && word(after))
                    || (word(before) && edge(after));
                let inside =
                    c == b'_' && word(before) && word(after) && !edge(before) && !edge(after);
                if marker && !inside {
                    Some((i + n, None))
                } else {
                    i += n;
                    continue;
                }
            }
            _ => None,
        };
        match skip {
            Some((end, text)) => {
                out.push_str(&s[run..i]);
                if let Some(r) = text {
                    strip(&s[r], out);
                }
                i = end;
                run = end;
            }
            None => i += s[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push_str(&s[run..]);
}

/// A link or image at `at` (its `[`): the range of its text and where it
/// ends, when `[text]` is followed by `(target)` or a reference `[label]`.
fn link(b: &[u8], at: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let close = matching(b, at, b'[', b']', MAX_LINK_TEXT)?;
    let text = at + 1..close;
    match b.get(close + 1) {
        Some(b'(') => {
            let end = matching(b, close + 1, b'(', b')', MAX_TARGET)?;
            Some((text, end + 1))
        }
        Some(b'[') => {
            let end = matching(b, close + 1, b'[', b']', MAX_LINK_TEXT)?;
            Some((text, end + 1))
        }
        _ => None,
    }
}

/// The index of the bracket closing the one at `at`, nesting counted,
/// looked for at most `limit` bytes on; backslash-escaped brackets do not
/// count.
fn matching(b: &[u8], at: usize, open: u8, close: u8, limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    let end = b.len().min(at.saturating_add(limit));
    while i < end {
        match b[i] {
            b'\\' => i += 1,
            x if x == open => depth += 1,
            x if x == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A code span at `at`: its text and where it ends.
fn code(b: &[u8], at: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let n = b[at..].iter().take_while(|&&x| x == b'`').count();
    let from = at + n;
    let end = b.len().min(from + MAX_SPAN);
    let ticks = &b[at..from];
    let close = memchr::memmem::find(&b[from..end], ticks)? + from;
    Some((from..close, close + n))
}

/// An HTML comment or an autolink at `at` (its `<`): where it ends.
fn tag(b: &[u8], at: usize) -> Option<usize> {
    let rest = &b[at..b.len().min(at + MAX_SPAN)];
    if rest.starts_with(b"<!--") {
        return memchr::memmem::find(rest, b"-->").map(|e| at + e + 3);
    }
    let lower = |p: &[u8]| rest.len() > p.len() && rest[1..=p.len()].eq_ignore_ascii_case(p);
    if lower(b"http://") || lower(b"https://") || lower(b"mailto:") {
        let e = rest.iter().position(|&x| x == b'>' || x == b' ')?;
        return (rest[e] == b'>').then_some(at + e + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> String {
        let mut out = String::new();
        strip(s, &mut out);
        out
    }

    #[test]
    fn links_keep_their_text_and_lose_their_target() {
        assert_eq!(
            read("Read [the report](https://example.com/a_(b)) today."),
            "Read the report today."
        );
        assert_eq!(read("See [the notes][1] below."), "See the notes below.");
        assert_eq!(
            read("[![Logo](https://example.com/logo.png)](https://example.com/)Home"),
            "Home"
        );
        assert_eq!(
            read("[ Login\n](https://example.com/wp- content/login)"),
            " Login\n"
        );
    }

    #[test]
    fn images_go() {
        assert_eq!(
            read("![A storm](https://example.com/s.jpg) Crews"),
            " Crews"
        );
    }

    #[test]
    fn emphasis_and_escapes_come_off() {
        assert_eq!(read("**Storm** hits _the_ coast"), "Storm hits the coast");
        assert_eq!(read("#### **1\\. High-Protein**"), "#### 1. High-Protein");
        assert_eq!(read("snake_case and 2 * 3"), "snake_case and 2 * 3");
        assert_eq!(read("use `cargo test` now"), "use cargo test now");
        assert_eq!(read("a <!-- note --> b <https://example.com> c"), "a  b  c");
    }

    #[test]
    fn unmatched_syntax_is_text() {
        assert_eq!(
            read("[not a link] and (parens)"),
            "[not a link] and (parens)"
        );
        assert_eq!(read("a [b](c"), "a [b](c");
        assert_eq!(read("`open"), "`open");
        let many = "[".repeat(10_000);
        assert_eq!(read(&many), many);
    }
}
