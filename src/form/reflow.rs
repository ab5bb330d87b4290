//! Which physical lines make one logical line, and the output text.
//!
//! A line continues the one above when the wrap explains the break: the
//! line above ended where this line's first word would have passed the wrap
//! width. Short lines (verse, addresses, menus), list items, headings, table
//! rows and quotes start lines of their own; a wrapped headline or list item
//! is joined like any paragraph. In Markdown a link or image left open at
//! the end of a line (writers wrap inside them) continues too; Markdown
//! whose width is not found (too short to tell, or not wrapped at one width)
//! is read by its own rule: the lines of a paragraph are one paragraph.

use super::markdown::{self, Block};
use super::{inline, is_wide, lists, width, Heading, Read};
use crate::text::shape::Shape;

/// How many lines a link left open may draw in: a stray `[` is no link.
const MAX_OPEN_JOINS: usize = 4;

/// What a logical line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Para,
    Item,
    Heading(u8),
    Quote,
    /// A table row: never joined with another line.
    Row,
}

/// Brackets left open in a logical line of Markdown: `[` not closed, and a
/// link target `](` not closed.
#[derive(Debug, Default, Clone, Copy)]
struct Open {
    square: i32,
    target: i32,
}

impl Open {
    fn feed(&mut self, s: &str) {
        let b = s.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            match c {
                b'[' => self.square += 1,
                b']' => {
                    self.square = (self.square - 1).max(0);
                    if b.get(i + 1) == Some(&b'(') && self.target == 0 {
                        // The `(` that follows opens the target.
                        self.target = -1;
                    }
                }
                b'(' if self.target != 0 => self.target = self.target.abs() + 1,
                b')' if self.target > 0 => self.target -= 1,
                _ => {}
            }
        }
    }

    fn is_open(self) -> bool {
        self.square > 0 || self.target > 0
    }
}

/// The output being written, and the logical line being gathered.
struct Writer {
    out: String,
    lines: usize,
    headings: Vec<Heading>,
    /// The shape of each output line (blank ones too).
    shapes: Vec<Shape>,
    /// The word counts of each Markdown table row's cells.
    cells: Vec<Vec<u16>>,
    /// Of the list item being gathered: whether numbered, how deep.
    ordered: bool,
    depth: u8,
    /// The indentation of each open list level's items.
    indents: Vec<usize>,
    /// The number of the table being read and of the code fence.
    table: u32,
    fence: u32,
    /// Whether the row being gathered is a table's header.
    header: bool,
    markdown: bool,
    cur: String,
    kind: Kind,
    open: Open,
    open_joins: usize,
}

impl Writer {
    fn start(&mut self, kind: Kind, text: &str) {
        self.flush();
        if kind != Kind::Item {
            self.indents.clear();
        }
        self.header = false;
        self.kind = kind;
        self.cur.push_str(text);
        if self.markdown {
            self.open.feed(text);
        }
    }

    /// Start a list item whose marker stood `indent` columns in; numbered
    /// or not. Its depth is how many open items stand less indented.
    fn item(&mut self, indent: usize, numbered: bool, text: &str) {
        self.start(Kind::Item, text);
        while self.indents.last().is_some_and(|&i| i >= indent) {
            self.indents.pop();
        }
        self.depth = u8::try_from(self.indents.len()).unwrap_or(u8::MAX);
        self.indents.push(indent);
        self.ordered = numbered;
    }

    /// A line of a code fence, as it stands.
    fn code(&mut self, t: &str) {
        self.out.push_str(t);
        self.out.push('\n');
        self.lines += 1;
        self.shapes.push(Shape::Code { group: self.fence });
    }

    /// Continue the logical line with the next line's text.
    fn join(&mut self, text: &str) {
        let last = self.cur.chars().next_back();
        let first = text.chars().next();
        let glued = match (last, first) {
            // A word wrapped at its hyphen ("long-" / "term").
            (Some('-'), Some(f)) if f.is_alphanumeric() => self.cur[..self.cur.len() - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric),
            // Scripts written without spaces wrap anywhere.
            (Some(l), Some(f)) => is_wide(l) && is_wide(f),
            _ => false,
        };
        if !glued {
            self.cur.push(' ');
        }
        self.cur.push_str(text);
        if self.markdown {
            self.open.feed(text);
        }
    }

    fn blank(&mut self) {
        self.flush();
        self.out.push('\n');
        self.lines += 1;
        self.shapes.push(Shape::Paragraph);
    }

    /// Write the logical line gathered so far, in what a reader sees of it.
    fn flush(&mut self) {
        if self.cur.is_empty() {
            return;
        }
        let start = self.out.len();
        let mut words = Vec::new();
        if self.markdown && self.kind == Kind::Row {
            // The pipes at the row's ends frame it: no cells beyond them.
            let row = self.cur.trim();
            let row = row.strip_prefix('|').unwrap_or(row);
            let row = row.strip_suffix('|').unwrap_or(row);
            for cell in row.split('|') {
                let before = self.out.len();
                inline::strip(cell.trim(), &mut self.out);
                let n = self.out[before..].split_whitespace().count();
                words.push(u16::try_from(n).unwrap_or(u16::MAX));
                if self.out.len() > before {
                    self.out.push(' ');
                }
            }
        } else if self.markdown {
            inline::strip(&self.cur, &mut self.out);
        } else if self.kind == Kind::Row {
            // Box-drawing characters are the table's frame, not its text.
            self.out.extend(self.cur.chars().map(|c| {
                if ('\u{2500}'..='\u{257F}').contains(&c) {
                    ' '
                } else {
                    c
                }
            }));
        } else {
            self.out.push_str(&self.cur);
        }
        self.cur.clear();
        self.open = Open::default();
        self.open_joins = 0;
        // Trim what was written; a line with nothing left (an image, an
        // empty link) is no line at all.
        let written = &self.out[start..];
        let trimmed = written.trim();
        if trimmed.is_empty() {
            self.out.truncate(start);
            return;
        }
        let heading_words = trimmed.split_whitespace().count();
        if trimmed.len() != written.len() {
            let (lead, len) = (written.len() - written.trim_start().len(), trimmed.len());
            self.out.replace_range(start..start + lead, "");
            self.out.truncate(start + len);
        }
        let shape = match self.kind {
            Kind::Para => Shape::Paragraph,
            Kind::Item => Shape::Item {
                ordered: self.ordered,
                depth: self.depth,
            },
            Kind::Heading(level) => {
                self.headings.push(Heading {
                    line: self.lines,
                    level,
                    words: heading_words,
                });
                Shape::Heading(level)
            }
            Kind::Quote => Shape::Quote,
            // A row of a Markdown table with its cells; a terminal's drawn
            // table has no cells to tell but by columns: running text.
            Kind::Row if self.markdown && self.table > 0 => {
                let cells = u32::try_from(self.cells.len()).unwrap_or(u32::MAX);
                self.cells.push(words);
                Shape::Row {
                    table: self.table,
                    header: self.header,
                    cells,
                }
            }
            Kind::Row => Shape::Paragraph,
        };
        self.shapes.push(shape);
        self.out.push('\n');
        self.lines += 1;
    }
}

/// Whether a line `prev` columns wide was broken before `next`: the first
/// word of `next` would have passed the width `w` (a word wrapped at its
/// hyphen needed no space).
fn wrapped_before(prev: usize, prev_text: &str, next: &str, w: usize) -> bool {
    let first = next.split(' ').next().unwrap_or(next);
    let space = usize::from(!prev_text.ends_with('-'));
    prev + space + width(first) > w
}

/// Whether a line of a wrapped dump is a table row: drawn with box
/// characters, or columns set apart by runs of spaces.
fn is_row(t: &str) -> bool {
    t.contains("   ") || t.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// Read `text` line by line into logical lines. `width` is the wrap width,
/// if the text was wrapped; `markdown` reads Markdown's syntax.
pub(super) fn read(text: &str, width_at: Option<usize>, markdown: bool) -> Read {
    let mut w = Writer {
        out: String::with_capacity(text.len()),
        lines: 0,
        headings: Vec::new(),
        shapes: Vec::new(),
        cells: Vec::new(),
        ordered: false,
        depth: 0,
        indents: Vec::new(),
        table: 0,
        fence: 0,
        header: false,
        markdown,
        cur: String::new(),
        kind: Kind::Para,
        open: Open::default(),
        open_joins: 0,
    };
    let body = text.strip_suffix('\n').unwrap_or(text);
    if body.is_empty() {
        return Read::default();
    }
    let mut fence = false;
    let mut table = false;
    // The previous line: its width in columns, its text, and whether it
    // ended in a hard break (Markdown's two trailing spaces).
    let mut prev_width = 0;
    let mut prev_text = "";
    let mut hard = false;
    for line in body.split('\n') {
        let raw = line.trim_end_matches(' ');
        let t = raw.trim_start_matches(' ');
        let line_width = width(raw);
        if fence {
            w.flush();
            if t.starts_with("```") || t.starts_with("~~~") {
                fence = false;
            } else if t.is_empty() {
                w.blank();
            } else {
                w.code(t);
            }
            continue;
        }
        if t.is_empty() {
            w.blank();
            table = false;
            prev_width = 0;
            prev_text = "";
            continue;
        }
        let continues = |t: &str| {
            !w.cur.is_empty()
                && !hard
                && width_at.map_or(markdown, |wa| wrapped_before(prev_width, prev_text, t, wa))
        };
        if markdown {
            match markdown::block(t) {
                Block::Fence => {
                    w.flush();
                    fence = true;
                    w.fence += 1;
                }
                Block::Heading(level, text) => w.start(Kind::Heading(level), text),
                Block::Underline(level) => {
                    if !w.cur.is_empty() && w.kind == Kind::Para {
                        w.kind = Kind::Heading(level);
                    }
                    w.flush();
                }
                Block::Rule | Block::Definition => w.flush(),
                Block::Separator => {
                    if !table {
                        w.table += 1;
                    }
                    if !w.cur.is_empty() {
                        w.kind = Kind::Row;
                        w.header = true;
                    }
                    w.flush();
                    table = true;
                }
                Block::Item(text) => {
                    let numbered = lists::marker(t).is_some_and(|m| m.numbered);
                    w.item(raw.len() - t.len(), numbered, text);
                }
                Block::Quote(text) => {
                    if w.kind == Kind::Quote && continues(text) {
                        w.join(text);
                    } else {
                        w.start(Kind::Quote, text);
                    }
                }
                Block::Text(text) => {
                    if table && text.contains('|') {
                        w.start(Kind::Row, text);
                        w.flush();
                    } else if w.kind != Kind::Row
                        && (continues(text)
                            || !w.cur.is_empty()
                                && w.open.is_open()
                                && w.open_joins < MAX_OPEN_JOINS)
                    {
                        if !continues(text) {
                            w.open_joins += 1;
                        }
                        w.join(text);
                    } else {
                        w.start(Kind::Para, text);
                    }
                }
            }
            hard = line.ends_with("  ");
        } else if let Some(m) = lists::marker(t) {
            w.item(raw.len() - t.len(), m.numbered, &t[m.strip..]);
        } else if is_row(t) {
            w.start(Kind::Row, t);
        } else if w.kind != Kind::Row && continues(t) {
            w.join(t);
        } else {
            w.start(Kind::Para, t);
        }
        prev_width = line_width;
        prev_text = raw;
    }
    w.flush();
    Read {
        text: w.out,
        headings: w.headings,
        shapes: w.shapes,
        cells: w.cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, at: usize) -> String {
        read(text, Some(at), false).text
    }

    #[test]
    fn a_wrapped_paragraph_is_one_line() {
        let text = "A storm hit the coast on Monday, leaving\nthousands of homes without power.\n\nNext.\n";
        assert_eq!(
            wrapped(text, 42),
            "A storm hit the coast on Monday, leaving thousands of homes without power.\n\nNext.\n"
        );
    }

    #[test]
    fn short_lines_and_items_stay_apart() {
        let verse = "Roses are red,\nviolets are blue\n";
        assert_eq!(wrapped(verse, 40), verse);
        let list = "  • First item of the list that is long\n  • Second\n    item\n";
        assert_eq!(
            wrapped(list, 40),
            "First item of the list that is long\nSecond\nitem\n"
        );
        let items = "  • A first item that runs on past the\n    width of the dump\n  • Second\n";
        assert_eq!(
            wrapped(items, 40),
            "A first item that runs on past the width of the dump\nSecond\n"
        );
    }

    #[test]
    fn hyphenated_and_cjk_wraps_glue() {
        assert_eq!(
            wrapped("aaaa bbbb long-\nterm\n", 15),
            "aaaa bbbb long-term\n"
        );
        assert_eq!(wrapped("漢字漢字\n漢字\n", 8), "漢字漢字漢字\n");
    }

    #[test]
    fn markdown_blocks() {
        let md = "## Storm hits the coast, leaving\nthousands without power\n\n\
                  * [Home](https://example.com/)\n* [News](https://example.com/news)\n\n\
                  ![A photo](https://example.com/wp-\ncontent/a.jpg)\n\n\
                  > A quote that is long enough to\n> wrap here\n\n\
                  Name| Score\n---|---\nAda| 1\n\n\
                  Title\n=====\n";
        let Read { text, headings, .. } = read(md, Some(32), true);
        assert_eq!(
            text,
            "Storm hits the coast, leaving thousands without power\n\nHome\nNews\n\n\n\
             A quote that is long enough to wrap here\n\nName Score\nAda 1\n\nTitle\n"
        );
        assert_eq!(
            headings,
            [
                Heading {
                    line: 0,
                    level: 2,
                    words: 8
                },
                Heading {
                    line: 11,
                    level: 1,
                    words: 1
                }
            ]
        );
    }
}
