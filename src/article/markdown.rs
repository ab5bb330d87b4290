//! The article written as Markdown: CommonMark, with GitHub's tables.
//!
//! Every character of text is the article's: what Markdown would read as
//! syntax is escaped with a backslash (which a reader of the rendered page
//! does not see), and the only text added is syntax (`#`, `-`, `1.`, `>`,
//! fences, pipes).

use super::blocks::{Block, Row};
use crate::form::list_marker;

/// The title as a level-1 heading, then the blocks, a blank line between
/// blocks (but between the items of one list).
pub(super) fn write(title: Option<&str>, blocks: &[Block]) -> String {
    let mut out = String::new();
    if let Some(t) = title {
        out.push_str("# ");
        heading(t, &mut out);
        out.push('\n');
    }
    // The content column of each open list item, by depth, and the next
    // number of each open ordered list.
    let mut columns: Vec<usize> = Vec::new();
    let mut numbers: Vec<usize> = Vec::new();
    let mut in_list = false;
    for block in blocks {
        let item = matches!(block, Block::ListItem { .. });
        if (!item || !in_list) && !out.is_empty() {
            out.push('\n');
        }
        if !item {
            columns.clear();
            numbers.clear();
        }
        in_list = item;
        match block {
            Block::Paragraph { text } | Block::Caption { text } => {
                escape(text, true, false, &mut out);
            }
            Block::Heading { level, text } => {
                for _ in 0..(*level).clamp(1, 6) {
                    out.push('#');
                }
                out.push(' ');
                heading(text, &mut out);
            }
            Block::ListItem {
                ordered,
                depth,
                text,
            } => {
                let depth = usize::from(*depth).min(columns.len());
                columns.truncate(depth);
                numbers.truncate(depth + 1);
                let indent = columns.last().copied().unwrap_or(0);
                out.extend(std::iter::repeat_n(' ', indent));
                let start = out.len();
                match list_marker(text) {
                    // A number printed in the text is the item's marker.
                    Some((0, true)) if *ordered => {
                        let end = text.find(' ').unwrap_or(text.len());
                        out.push_str(&text[..end]);
                        out.push(' ');
                        escape(text[end..].trim_start(), true, false, &mut out);
                        columns.push(indent + end + 1);
                    }
                    // A bullet printed in the text is the item's too.
                    Some((strip, false)) if strip > 0 && !*ordered => {
                        out.push_str("- ");
                        escape(&text[strip..], true, false, &mut out);
                        columns.push(indent + 2);
                    }
                    _ if *ordered => {
                        if numbers.len() <= depth {
                            numbers.resize(depth + 1, 1);
                        }
                        let n = numbers[depth];
                        numbers[depth] += 1;
                        out.push_str(&format!("{n}. "));
                        columns.push(indent + out.len() - start);
                        escape(text, true, false, &mut out);
                    }
                    _ => {
                        out.push_str("- ");
                        escape(text, true, false, &mut out);
                        columns.push(indent + 2);
                    }
                }
            }
            Block::Quote { text } => {
                out.push_str("> ");
                escape(text, true, false, &mut out);
            }
            Block::Code { text } => code(text, &mut out),
            Block::Table { rows } => table(rows, &mut out),
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// A heading's text: escaped, and a closing `#` (which Markdown would take
/// off) too.
fn heading(text: &str, out: &mut String) {
    escape(text, false, false, out);
    if out.ends_with('#') {
        out.pop();
        out.push_str("\\#");
    }
}

/// Text in a fence longer than any run of backticks in it.
fn code(text: &str, out: &mut String) {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    out.push_str(&fence);
    out.push('\n');
    out.push_str(text);
    out.push('\n');
    out.push_str(&fence);
    out.push('\n');
}

/// A GitHub table: the header row the table marks (an empty one when it
/// marks none, as a table needs one), the delimiter row, the others; every
/// row as wide as the widest.
fn table(rows: &[Row], out: &mut String) {
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0).max(1);
    let row = |cells: &[String], out: &mut String| {
        out.push('|');
        for k in 0..width {
            out.push(' ');
            if let Some(c) = cells.get(k) {
                escape(c, false, true, out);
            }
            out.push_str(" |");
        }
        out.push('\n');
    };
    let (head, body) = match rows.split_first() {
        Some((first, rest)) if first.header => (first.cells.as_slice(), rest),
        _ => (&[][..], rows),
    };
    row(head, out);
    out.push('|');
    for _ in 0..width {
        out.push_str(" --- |");
    }
    out.push('\n');
    for r in body {
        row(&r.cells, out);
    }
}

/// Whether `c` would be read as inline syntax (emphasis, code, links,
/// HTML, strike-through, an escape).
fn is_inline_syntax(c: char) -> bool {
    matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~')
}

/// Append `text` with what Markdown would read as syntax escaped:
/// inline syntax, an entity (`&amp;`), and with `line_start` what starts a
/// block (`#`, `>`, `-`, `+`, `=`, `1.`); with `cell` a pipe.
fn escape(text: &str, line_start: bool, cell: bool, out: &mut String) {
    let mut rest = text;
    if line_start {
        if let Some(c) = rest.chars().next() {
            if matches!(c, '#' | '>' | '-' | '+' | '=' | '|') {
                out.push('\\');
                out.push(c);
                rest = &rest[1..];
            } else {
                // "1. " or "1) " starts an ordered list: its dot does not.
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                if (1..=9).contains(&digits) {
                    if let Some(p @ ('.' | ')')) = rest[digits..].chars().next() {
                        let after = rest[digits + 1..].chars().next();
                        if after.is_none_or(|a| a == ' ') {
                            out.push_str(&rest[..digits]);
                            out.push('\\');
                            out.push(p);
                            rest = &rest[digits + 1..];
                        }
                    }
                }
            }
        }
    }
    for (i, c) in rest.char_indices() {
        if is_inline_syntax(c) || (cell && c == '|') || (c == '&' && is_entity(&rest[i..])) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Whether `s` (from an `&`) starts a character reference (`&amp;`,
/// `&#38;`), which Markdown would show as the character it names.
fn is_entity(s: &str) -> bool {
    let name = &s[1..];
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
        .unwrap_or(name.len());
    end > 0 && end <= 32 && name[end..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut s = String::new();
        escape(text, true, false, &mut s);
        s
    }

    #[test]
    fn syntax_in_text_is_escaped() {
        assert_eq!(escaped("# not a heading"), "\\# not a heading");
        assert_eq!(escaped("1. not a list"), "1\\. not a list");
        assert_eq!(escaped("2023. A year"), "2023\\. A year");
        assert_eq!(escaped("1.5 million"), "1.5 million");
        assert_eq!(escaped("- dash"), "\\- dash");
        assert_eq!(
            escaped("snake_case and *stars*"),
            "snake\\_case and \\*stars\\*"
        );
        assert_eq!(escaped("AT&T &amp; co"), "AT&T \\&amp; co");
        assert_eq!(escaped("a <b> [c]"), "a \\<b> \\[c\\]");
        let mut s = String::new();
        escape("a|b", false, true, &mut s);
        assert_eq!(s, "a\\|b");
    }

    #[test]
    fn nested_lists_are_indented_to_their_parents_text() {
        let item = |ordered, depth, text: &str| Block::ListItem {
            ordered,
            depth,
            text: text.into(),
        };
        let blocks = [
            item(true, 0, "First"),
            item(false, 1, "Inner"),
            item(true, 2, "Deepest"),
            item(true, 0, "Second"),
            Block::Paragraph {
                text: "After.".into(),
            },
            item(true, 0, "12. Twelfth step"),
            item(false, 0, "• Home"),
        ];
        assert_eq!(
            write(None, &blocks),
            "1. First\n   - Inner\n     1. Deepest\n2. Second\n\nAfter.\n\n12. Twelfth step\n- Home\n"
        );
    }

    #[test]
    fn code_fences_outrun_backticks() {
        let mut s = String::new();
        code("a ``` b", &mut s);
        assert_eq!(s, "````\na ``` b\n````\n");
    }

    #[test]
    fn tables_have_a_header_row() {
        let rows = |header| {
            vec![
                Row {
                    header,
                    cells: vec!["Name".into(), "Score".into()],
                },
                Row {
                    header: false,
                    cells: vec!["Ada".into()],
                },
            ]
        };
        let mut s = String::new();
        table(&rows(true), &mut s);
        assert_eq!(s, "| Name | Score |\n| --- | --- |\n| Ada |  |\n");
        let mut s = String::new();
        table(&rows(false), &mut s);
        assert_eq!(s, "|  |  |\n| --- | --- |\n| Name | Score |\n| Ada |  |\n");
    }
}
