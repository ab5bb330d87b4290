//! The body as a document: the kept lines grouped into typed blocks by the
//! shape their front-end read (see [`Shape`]).

use crate::text::shape::Shape;

/// One block of an article's body: what [`Article::blocks`](crate::Article::blocks)
/// returns, in page order.
///
/// The blocks are the body's structure, not a new selection: their text is
/// the text of [`Article::paragraphs`](crate::Article::paragraphs), line for
/// line and in order (a code block joins the lines of one `<pre>` with line
/// breaks, a table cell a cell's lines with spaces). From HTML the block
/// type comes from the markup (`h1`–`h6`, `ul`/`ol`/`li`, `blockquote`,
/// `pre`, `table`/`tr`/`th`/`td`); from text, from Markdown syntax when the
/// text is Markdown, and from bullets and numbers; everything else is a
/// paragraph.
///
/// ```
/// use declutter::Block;
///
/// let html = "<article><h1>Storm hits the coast</h1>\
///     <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>\
///     <h2>What to do</h2><ul><li>Stay indoors until the wind has dropped.</li></ul></article>";
/// let article = declutter::clean_html(html);
/// assert!(matches!(&article.blocks()[1], Block::Heading { level: 2, text } if text == "What to do"));
/// assert!(matches!(&article.blocks()[2], Block::ListItem { ordered: false, depth: 0, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Block {
    /// Running text.
    Paragraph {
        /// The paragraph.
        text: String,
    },
    /// A heading inside the body (the headline itself is
    /// [`Article::title`](crate::Article::title)).
    Heading {
        /// 1 to 6, as `<h1>`–`<h6>` or Markdown's `#`s.
        level: u8,
        /// The heading.
        text: String,
    },
    /// One item of a list.
    ListItem {
        /// Whether the list is numbered (`<ol>`, `1.`). A number printed in
        /// the text stays in `text`.
        ordered: bool,
        /// 0 for an item of a list not inside another, 1 for one nested in
        /// it, and so on.
        depth: u8,
        /// The item, without its bullet.
        text: String,
    },
    /// A quotation (`<blockquote>`, Markdown's `>`).
    Quote {
        /// The quoted paragraph.
        text: String,
    },
    /// Preformatted text or code (`<pre>`, a Markdown code fence).
    Code {
        /// Its lines, joined by `\n`; each line's white space is folded, as
        /// all of the article's text is (indentation is not kept).
        text: String,
    },
    /// A table of data.
    Table {
        /// Its rows, in order.
        rows: Vec<Row>,
    },
    /// A photo caption (only with
    /// [`keep_captions`](crate::CleanerBuilder::keep_captions)).
    Caption {
        /// The caption.
        text: String,
    },
}

impl Block {
    /// The block's text; `None` for a table, whose text is its cells.
    pub fn text(&self) -> Option<&str> {
        match self {
            Block::Paragraph { text }
            | Block::Heading { text, .. }
            | Block::ListItem { text, .. }
            | Block::Quote { text }
            | Block::Code { text }
            | Block::Caption { text } => Some(text),
            Block::Table { .. } => None,
        }
    }
}

/// A row of a [`Block::Table`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Row {
    pub(crate) header: bool,
    pub(crate) cells: Vec<String>,
}

impl Row {
    /// Whether it is a header row (all of its cells are `<th>` or in a
    /// `<thead>`; in Markdown, the row above the `---|---` line).
    pub fn is_header(&self) -> bool {
        self.header
    }

    /// Its cells' text, in order (an empty cell of a Markdown row is an
    /// empty string).
    pub fn cells(&self) -> &[String] {
        &self.cells
    }
}

/// Where the table being built came from: its number, and the row and cell
/// of its last line.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Open {
    table: u32,
    row: u32,
    cell: u32,
}

/// Builds the blocks from the kept lines, one at a time.
#[derive(Default)]
pub(super) struct Builder {
    blocks: Vec<Block>,
    /// The code block being built: its group.
    code: Option<u32>,
    /// The table being built, and its block's index.
    table: Option<(Open, usize)>,
}

impl Builder {
    /// Add a kept line: its text (white space folded), its shape, whether
    /// it is a caption, and for a row of a text table the word counts of its
    /// cells.
    pub(super) fn push(&mut self, text: &str, shape: Shape, caption: bool, cells: &[u16]) {
        let shape = if caption { Shape::Paragraph } else { shape };
        let code = match shape {
            Shape::Code { group } => Some(group),
            _ => None,
        };
        if code.is_none() || code != self.code {
            self.code = None;
        }
        if !matches!(shape, Shape::Cell { .. } | Shape::Row { .. }) {
            self.table = None;
        }
        let owned = || text.to_owned();
        let block = match shape {
            _ if caption => Block::Caption { text: owned() },
            Shape::Paragraph => Block::Paragraph { text: owned() },
            Shape::Heading(level) => Block::Heading {
                level,
                text: owned(),
            },
            Shape::Item { ordered, depth } => Block::ListItem {
                ordered,
                depth,
                text: owned(),
            },
            Shape::Quote => Block::Quote { text: owned() },
            Shape::Code { group } => {
                if self.code == Some(group) {
                    if let Some(Block::Code { text: t }) = self.blocks.last_mut() {
                        t.push('\n');
                        t.push_str(text);
                        return;
                    }
                }
                self.code = Some(group);
                Block::Code { text: owned() }
            }
            Shape::Cell {
                table,
                row,
                cell,
                header,
            } => {
                let at = Open { table, row, cell };
                self.cell(at, header, text);
                return;
            }
            Shape::Row {
                table,
                header,
                cells: _,
            } => {
                let row = Row {
                    header,
                    cells: split_cells(text, cells),
                };
                match self.table {
                    Some((open, k)) if open.table == table => {
                        if let Some(Block::Table { rows }) = self.blocks.get_mut(k) {
                            rows.push(row);
                        }
                    }
                    _ => {
                        let open = Open {
                            table,
                            row: 0,
                            cell: 0,
                        };
                        self.table = Some((open, self.blocks.len()));
                        self.blocks.push(Block::Table { rows: vec![row] });
                    }
                }
                return;
            }
        };
        self.blocks.push(block);
    }

    /// Add the line of an HTML table cell: to the cell, row or table it
    /// continues, or as a new table.
    fn cell(&mut self, at: Open, header: bool, text: &str) {
        if let Some((open, k)) = self.table {
            if open.table == at.table {
                if let Some(Block::Table { rows }) = self.blocks.get_mut(k) {
                    if let Some(row) = rows.last_mut().filter(|_| open.row == at.row) {
                        match row.cells.last_mut().filter(|_| open.cell == at.cell) {
                            Some(c) => {
                                c.push(' ');
                                c.push_str(text);
                            }
                            None => {
                                row.cells.push(text.to_owned());
                                row.header &= header;
                            }
                        }
                    } else {
                        rows.push(Row {
                            header,
                            cells: vec![text.to_owned()],
                        });
                    }
                    self.table = Some((at, k));
                    return;
                }
            }
        }
        self.table = Some((at, self.blocks.len()));
        self.blocks.push(Block::Table {
            rows: vec![Row {
                header,
                cells: vec![text.to_owned()],
            }],
        });
    }

    /// The blocks. A table of one column is no table of data but the
    /// layout of a page (or a list set as a table): its cells are
    /// paragraphs.
    pub(super) fn finish(self) -> Vec<Block> {
        let mut out = Vec::with_capacity(self.blocks.len());
        for block in self.blocks {
            match block {
                Block::Table { rows } if rows.iter().all(|r| r.cells.len() < 2) => {
                    out.extend(
                        rows.into_iter()
                            .flat_map(|r| r.cells)
                            .map(|text| Block::Paragraph { text }),
                    );
                }
                other => out.push(other),
            }
        }
        out
    }
}

/// The cells of a row written on one line, their words joined by single
/// spaces: `words` holds how many words each cell has. Words past the
/// counted ones go to the last cell; cells past the words are empty.
fn split_cells(text: &str, words: &[u16]) -> Vec<String> {
    if words.is_empty() {
        return vec![text.to_owned()];
    }
    let mut it = text.split(' ').filter(|w| !w.is_empty());
    let mut cells: Vec<String> = Vec::with_capacity(words.len());
    for &n in words {
        let cell: Vec<&str> = it.by_ref().take(usize::from(n)).collect();
        cells.push(cell.join(" "));
    }
    let rest: Vec<&str> = it.collect();
    if !rest.is_empty() {
        if let Some(last) = cells.last_mut() {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(&rest.join(" "));
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(table: u32, row: u32, cell: u32, header: bool) -> Shape {
        Shape::Cell {
            table,
            row,
            cell,
            header,
        }
    }

    #[test]
    fn cells_make_rows_and_tables() {
        let mut b = Builder::default();
        b.push("Name", cell(1, 1, 1, true), false, &[]);
        b.push("Score", cell(1, 1, 2, true), false, &[]);
        b.push("Ada", cell(1, 2, 3, false), false, &[]);
        b.push("Lovelace", cell(1, 2, 3, false), false, &[]);
        b.push("1", cell(1, 2, 4, false), false, &[]);
        b.push("After.", Shape::Paragraph, false, &[]);
        let blocks = b.finish();
        let Block::Table { rows } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(rows[0].is_header() && !rows[1].is_header());
        assert_eq!(rows[0].cells(), ["Name", "Score"]);
        assert_eq!(rows[1].cells(), ["Ada Lovelace", "1"]);
        assert_eq!(blocks[1].text(), Some("After."));
    }

    #[test]
    fn a_table_of_one_column_is_paragraphs() {
        let mut b = Builder::default();
        b.push(
            "The first paragraph of the page.",
            cell(1, 1, 1, false),
            false,
            &[],
        );
        b.push("The second one.", cell(1, 2, 2, false), false, &[]);
        let blocks = b.finish();
        assert_eq!(
            blocks,
            [
                Block::Paragraph {
                    text: "The first paragraph of the page.".into()
                },
                Block::Paragraph {
                    text: "The second one.".into()
                }
            ]
        );
    }

    #[test]
    fn lines_of_one_pre_are_one_code_block() {
        let mut b = Builder::default();
        b.push("let a = 1;", Shape::Code { group: 1 }, false, &[]);
        b.push("let b = 2;", Shape::Code { group: 1 }, false, &[]);
        b.push("x()", Shape::Code { group: 2 }, false, &[]);
        let blocks = b.finish();
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].text(), Some("let a = 1;\nlet b = 2;"));
    }

    #[test]
    fn rows_of_text_are_cut_by_their_word_counts() {
        assert_eq!(
            split_cells("Ada Lovelace 1", &[2, 1]),
            ["Ada Lovelace", "1"]
        );
        assert_eq!(split_cells("a b", &[1, 0, 1]), ["a", "", "b"]);
        assert_eq!(split_cells("a b c", &[1]), ["a b c"]);
        assert_eq!(split_cells("a", &[1, 1]), ["a", ""]);
        let mut b = Builder::default();
        let row = |header| Shape::Row {
            table: 1,
            header,
            cells: 0,
        };
        b.push("Name Score", row(true), false, &[1, 1]);
        b.push("Ada 1", row(false), false, &[1, 1]);
        let blocks = b.finish();
        assert!(
            matches!(&blocks[..], [Block::Table { rows }] if rows.len() == 2 && rows[0].is_header())
        );
    }

    #[test]
    fn a_caption_is_a_caption_whatever_its_shape() {
        let mut b = Builder::default();
        b.push("The bridge at dawn.", cell(1, 1, 1, false), true, &[]);
        assert!(matches!(&b.finish()[..], [Block::Caption { .. }]));
    }
}
