//! What a line of the text stream is in the document's structure, as its
//! front-end read it: a paragraph, a heading, a list item, a quote, a line of
//! code, a table cell or row. The HTML front-end reads it from the markup,
//! the text front-end from Markdown syntax and list markers; the article
//! stage groups the kept lines into blocks by it. It never decides whether a
//! line is kept.

/// The structural part a line plays. Group numbers (`group`, `table`, `row`,
/// `cell`) tell lines of one element from lines of the next: two code lines
/// of one `<pre>` share their `group`, two cells of one row their `row`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Running text.
    #[default]
    Paragraph,
    /// A heading of level 1 to 6.
    Heading(u8),
    /// A list item; `depth` 0 for a list not inside another.
    Item { ordered: bool, depth: u8 },
    /// A quotation.
    Quote,
    /// A line of preformatted text or code.
    Code { group: u32 },
    /// One table cell's line (HTML: each cell is a line of its own).
    Cell {
        table: u32,
        row: u32,
        cell: u32,
        header: bool,
    },
    /// A whole table row on one line, its cells joined by single spaces
    /// (text: a Markdown row). `cells` indexes the table of the cells' word
    /// counts its front-end keeps, by which the line is cut into cells.
    Row {
        table: u32,
        header: bool,
        cells: u32,
    },
}
