//! The DOM walk: the parsed tree flattened to lines of text, each with the
//! flags of the elements around it.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::container::{candidate, Candidate, Container};
use super::flattened::{Flattened, Hint};
use super::markup::{non_empty, read_json_ld, read_markup, Markup, H1};
use super::vocabulary::{element_flags, is_block, is_hidden, is_unshown, Attrs, Flags};
use crate::text::shape::Shape;

/// One open element during the walk.
#[derive(Clone, Copy, Default)]
struct Frame {
    /// The flags of its text.
    flags: Flags,
    /// Hidden, or inside a hidden element or one whose contents are never
    /// text of the page.
    hidden: bool,
    /// Inside a link.
    link: bool,
    /// Starts and ends a line of its own.
    block: bool,
    /// The structural part its text plays.
    shape: Shape,
    /// How many lists (`ul`, `ol`, `menu`) it is inside, and whether the
    /// nearest is ordered.
    lists: u8,
    ordered: bool,
    /// The table and row it is inside (their numbers), and whether inside a
    /// `<thead>`.
    table: u32,
    row: u32,
    thead: bool,
}

/// The numbers given to the elements that group lines (see [`Shape`]).
#[derive(Default)]
struct Groups {
    pre: u32,
    table: u32,
    row: u32,
    cell: u32,
}

/// The frame of element `name` under `parent`: its shape and the structure
/// around it. A block that is not a structure of its own (a `<p>`, a
/// `<div>`) keeps the shape around it (a paragraph in a list item is the
/// item's, in a quote the quote's), but inside a table cell it makes running
/// text: a cell holding blocks is the layout of a page, not a cell of data.
fn structure(name: &str, parent: &Frame, groups: &mut Groups, frame: &mut Frame) {
    frame.shape = parent.shape;
    frame.lists = parent.lists;
    frame.ordered = parent.ordered;
    frame.table = parent.table;
    frame.row = parent.row;
    frame.thead = parent.thead;
    let next = |n: &mut u32| {
        *n = n.wrapping_add(1);
        *n
    };
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            let level = name.as_bytes()[1] - b'0';
            frame.shape = Shape::Heading(level);
        }
        "ul" | "ol" | "menu" => {
            frame.lists = parent.lists.saturating_add(1);
            frame.ordered = name == "ol";
        }
        "li" => {
            frame.shape = Shape::Item {
                ordered: parent.ordered,
                depth: parent.lists.saturating_sub(1),
            }
        }
        "blockquote" => frame.shape = Shape::Quote,
        "pre" => {
            frame.shape = Shape::Code {
                group: next(&mut groups.pre),
            }
        }
        "table" => {
            frame.shape = Shape::Paragraph;
            frame.table = next(&mut groups.table);
            frame.thead = false;
        }
        "thead" => frame.thead = true,
        "tbody" | "tfoot" => frame.thead = false,
        "tr" => frame.row = next(&mut groups.row),
        "td" | "th" => {
            frame.shape = Shape::Cell {
                table: frame.table,
                row: frame.row,
                cell: next(&mut groups.cell),
                header: name == "th" || frame.thead,
            }
        }
        _ if is_block(name) && matches!(parent.shape, Shape::Cell { .. }) => {
            frame.shape = Shape::Paragraph;
        }
        _ => {}
    }
}

/// The line being built.
#[derive(Default)]
struct LineBuf {
    text: String,
    /// The characters of `text`.
    chars: usize,
    /// The characters of `text` inside links.
    link_chars: usize,
    /// The runs of link text in `text` (about its links: two links with
    /// only white space between them are one run).
    links: u16,
    /// Whether the last word was a link's.
    in_link: bool,
    /// The flags all of its words share; `None` before the first word.
    flags: Option<Flags>,
    /// Whether white space came since the last word: the next word is
    /// spaced from it.
    space: bool,
    /// The shape of its first word's element.
    shape: Shape,
}

/// A line of the text stream, done.
struct OutLine {
    text: String,
    hint: Hint,
    /// Whether it starts a new block (a blank line goes before it).
    new_block: bool,
}

/// The text stream as the walk writes it.
struct Out {
    lines: Vec<OutLine>,
    cur: LineBuf,
    /// Whether the next line starts a new block.
    new_block: bool,
}

impl Out {
    /// Add the words of `text`, whose elements have `flags`, to the line;
    /// `link` when it is inside a link.
    fn push_text(&mut self, text: &str, flags: Flags, link: bool, shape: Shape) {
        if text.starts_with(char::is_whitespace) {
            self.cur.space = true;
        }
        for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if self.cur.space && !self.cur.text.is_empty() {
                self.cur.text.push(' ');
                self.cur.chars += 1;
            }
            self.cur.space = true;
            if self.cur.text.is_empty() {
                self.cur.shape = shape;
            }
            self.cur.text.push_str(word);
            let n = word.chars().count();
            self.cur.chars += n;
            if link {
                self.cur.link_chars += n;
                if !self.cur.in_link {
                    self.cur.links = self.cur.links.saturating_add(1);
                }
            }
            self.cur.in_link = link;
            self.cur.flags = Some(self.cur.flags.map_or(flags, |f| f & flags));
        }
        if !text.ends_with(char::is_whitespace) {
            self.cur.space = false;
        }
    }

    /// End the current line; `block` starts a new block after it.
    fn end_line(&mut self, block: bool) {
        let cur = std::mem::take(&mut self.cur);
        if !cur.text.is_empty() {
            let hint = Hint {
                flags: cur.flags.unwrap_or_default(),
                link_density: cur.link_chars as f32 / cur.chars.max(1) as f32,
                links: cur.links,
                shape: cur.shape,
            };
            self.lines.push(OutLine {
                text: cur.text,
                hint,
                new_block: self.new_block,
            });
            self.new_block = false;
        }
        if block {
            self.new_block = true;
        }
    }
}

/// An `<h1>` open during the walk.
struct OpenH1 {
    /// The number of the first line of the text stream it may hold.
    first_line: usize,
    /// Its number among the document's elements.
    element: usize,
}

/// What [`walk`] returns.
pub(super) struct Walked {
    pub(super) page: Flattened,
    /// The article's container it took, if any.
    pub(super) container: Option<Container>,
}

/// How many `<h1>`s the markup keeps at most, so that a page of thousands
/// (a grid of teasers) costs no more than one of a few; the headline comes
/// early.
pub(super) const MAX_H1S: usize = 64;

/// Flatten a parsed document; `reveal` reads elements marked hidden too.
/// `known` is the [`candidate`] when it is already found (else the walk
/// finds it).
pub(super) fn walk(doc: &Html, reveal: bool, known: Option<Candidate>) -> Walked {
    let Candidate {
        container: found,
        classes,
    } = known.unwrap_or_else(|| candidate(doc, reveal, None));
    let mut element_index = 0usize;
    let mut markup = Markup::default();
    let mut out = Out {
        lines: Vec::new(),
        cur: LineBuf::default(),
        new_block: true,
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut ld_scripts: Vec<String> = Vec::new();
    let mut open_h1: Option<OpenH1> = None;
    let mut groups = Groups::default();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let parent = stack.last().copied().unwrap_or_default();
                    let name = el.name();
                    read_markup(el, node, &mut markup, &mut ld_scripts);
                    let attrs = Attrs::of(el);
                    let hidden =
                        parent.hidden || is_unshown(name, &attrs) || (!reveal && is_hidden(&attrs));
                    let block = is_block(name);
                    let index = element_index;
                    element_index += 1;
                    let mut flags = if hidden {
                        parent.flags
                    } else {
                        element_flags(el, &attrs, classes.get(index).copied(), parent.flags)
                    };
                    if let Some(Container {
                        element: c, path, ..
                    }) = &found
                    {
                        if path.get(index).copied().unwrap_or(false) {
                            // The article's container and what contains it
                            // are not chrome, whatever their names.
                            flags.remove(
                                (Flags::CHROME
                                    | Flags::CAPTION_CLASS
                                    | Flags::BYLINE_CLASS
                                    | Flags::SIDE_CLASS)
                                    .difference(parent.flags),
                            );
                        }
                        if index == *c {
                            flags |= Flags::CANDIDATE;
                        }
                    }
                    let mut frame = Frame {
                        flags,
                        hidden,
                        link: parent.link || name == "a",
                        block,
                        ..Frame::default()
                    };
                    structure(name, &parent, &mut groups, &mut frame);
                    if !parent.hidden {
                        if name == "br" {
                            out.end_line(false);
                        } else if block {
                            out.end_line(true);
                        } else if matches!(name, "img" | "input") {
                            out.cur.space = true;
                        }
                    }
                    if name == "h1" && !hidden {
                        open_h1 = Some(OpenH1 {
                            first_line: out.lines.len(),
                            element: index,
                        });
                    }
                    stack.push(frame);
                }
                Node::Text(t) => {
                    if let Some(top) = stack.last() {
                        if !top.hidden {
                            // A paragraph separator or NEL ends a line, as
                            // in text (see `normalize`); in `<pre>` a line
                            // feed does too.
                            let pre = top.flags.contains(Flags::PRE);
                            let breaks =
                                |c: char| matches!(c, '\u{2029}' | '\u{85}') || (pre && c == '\n');
                            if t.contains(breaks) {
                                for (k, piece) in t.split(breaks).enumerate() {
                                    if k > 0 {
                                        out.end_line(false);
                                    }
                                    out.push_text(piece, top.flags, top.link, top.shape);
                                }
                            } else {
                                out.push_text(t, top.flags, top.link, top.shape);
                            }
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let frame = stack.pop();
                    if let Some(f) = frame {
                        if f.block && !f.hidden {
                            out.end_line(true);
                        }
                        if el.name() == "h1" && !f.hidden {
                            if let Some(h1) = open_h1.take() {
                                let text: Vec<&str> = out.lines[h1.first_line..]
                                    .iter()
                                    .map(|l| l.text.as_str())
                                    .collect();
                                if let Some(text) = non_empty(&text.join(" ")) {
                                    if markup.h1s.len() < MAX_H1S {
                                        markup.h1s.push(H1 {
                                            text,
                                            in_article: f.flags.contains(Flags::MAIN),
                                            element: h1.element,
                                        });
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    out.end_line(true);
    for script in &ld_scripts {
        read_json_ld(script, &mut markup);
    }
    let mut text = String::new();
    // At most a blank line's hint before each line.
    let mut hints = Vec::with_capacity(out.lines.len() * 2);
    for (k, line) in out.lines.into_iter().enumerate() {
        if k > 0 {
            if line.new_block {
                text.push_str("\n\n");
                hints.push(Hint::default());
            } else {
                text.push('\n');
            }
        }
        text.push_str(&line.text);
        hints.push(line.hint);
    }
    text.push('\n');
    Walked {
        page: Flattened {
            text,
            hints,
            markup,
        },
        container: found,
    }
}
