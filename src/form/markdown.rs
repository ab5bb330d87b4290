//! Markdown's block syntax: what one line is.

/// What a Markdown line is, by its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Block<'a> {
    /// `# Heading`: its level and text (closing `#`s taken off).
    Heading(u8, &'a str),
    /// A line of `=` (level 1) or `-` (level 2) only: it underlines the
    /// line above as a heading, or (`-`, after a blank) is a rule.
    Underline(u8),
    /// A thematic break (`***`, `___`, `- - -`): no text.
    Rule,
    /// A code fence (```` ``` ````, `~~~`).
    Fence,
    /// A table's separator row (`---|---`).
    Separator,
    /// A link reference definition (`[1]: https://…`): no shown text.
    Definition,
    /// A list item: its text without the bullet.
    Item(&'a str),
    /// A quote: its text without the `>` marks.
    Quote(&'a str),
    /// Anything else.
    Text(&'a str),
}

/// The block syntax of the trimmed, non-empty line `t`.
pub(super) fn block(t: &str) -> Block<'_> {
    let b = t.as_bytes();
    match b[0] {
        b'#' => {
            let n = b.iter().take_while(|&&x| x == b'#').count();
            if n <= 6 && (n == b.len() || b[n] == b' ') {
                let text = t[n..].trim_end_matches('#').trim();
                // "#" alone and a closing run need a space before them.
                let text = if t[n..].trim_end().ends_with(" #") || n == b.len() {
                    text
                } else {
                    t[n..].trim()
                };
                return Block::Heading(u8::try_from(n).unwrap_or(6), text);
            }
        }
        b'=' if b.iter().all(|&x| x == b'=') => return Block::Underline(1),
        b'-' if b.iter().all(|&x| x == b'-') => return Block::Underline(2),
        b'`' | b'~' if t.starts_with("```") || t.starts_with("~~~") => return Block::Fence,
        b'>' => return Block::Quote(t.trim_start_matches(['>', ' '])),
        b'[' if is_definition(t) => return Block::Definition,
        _ => {}
    }
    if is_rule(b) {
        return Block::Rule;
    }
    if is_separator(b) {
        return Block::Separator;
    }
    if let Some(m) = super::lists::marker(t) {
        return Block::Item(&t[m.strip..]);
    }
    Block::Text(t)
}

/// Three or more of one of `*`, `-`, `_`, spaces between allowed.
fn is_rule(b: &[u8]) -> bool {
    let Some(&c) = b.iter().find(|&&x| x != b' ') else {
        return false;
    };
    matches!(c, b'*' | b'-' | b'_')
        && b.iter().all(|&x| x == c || x == b' ')
        && b.iter().filter(|&&x| x == c).count() >= 3
}

/// Only `-`, `:`, `|` and spaces, with at least one `|` and one `-`.
fn is_separator(b: &[u8]) -> bool {
    b.contains(&b'|')
        && b.contains(&b'-')
        && b.iter().all(|&x| matches!(x, b'-' | b':' | b'|' | b' '))
}

/// `[label]: target`.
fn is_definition(t: &str) -> bool {
    t.find("]:").is_some_and(|e| {
        e > 1 && !t[1..e].contains(['[', ']']) && {
            let target = t[e + 2..].trim();
            !target.is_empty() && !target.contains(' ')
                || target.starts_with("http")
                || target.starts_with('/')
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_by_their_start() {
        assert_eq!(block("## Storm hits"), Block::Heading(2, "Storm hits"));
        assert_eq!(block("# Storm #"), Block::Heading(1, "Storm"));
        assert_eq!(block("#hashtag"), Block::Text("#hashtag"));
        assert_eq!(block("C# #1"), Block::Text("C# #1"));
        assert_eq!(block("===="), Block::Underline(1));
        assert_eq!(block("* * *"), Block::Rule);
        assert_eq!(block("---|---|---"), Block::Separator);
        assert_eq!(block("[1]: https://example.com/a"), Block::Definition);
        assert_eq!(block("* [Home](/)"), Block::Item("[Home](/)"));
        assert_eq!(block("> quoted words"), Block::Quote("quoted words"));
        assert_eq!(block("```rust"), Block::Fence);
        assert_eq!(block("[Home](/)"), Block::Text("[Home](/)"));
    }
}
