//! The DOM walk: the parsed tree flattened to lines of text, each with the
//! flags of the elements around it.

use scraper::{Html, Node};

use super::container::{candidate, Container};
use super::markup::{non_empty, read_json_ld, read_markup};
use super::vocabulary::{element_flags, is_block, is_hidden, is_skipped, Attrs};
use super::{Flags, Flattened, Hint, Markup};

/// One open element during the walk.
#[derive(Clone, Copy)]
struct Frame {
    flags: Flags,
    hidden: bool,
    link: bool,
    block: bool,
}

/// The line being built.
#[derive(Default)]
struct LineBuf {
    text: String,
    chars: usize,
    link_chars: usize,
    flags: Option<Flags>,
    space: bool,
}

struct Out {
    /// Lines with their hint and whether each starts a new block.
    lines: Vec<(String, Hint, bool)>,
    cur: LineBuf,
    new_block: bool,
}

impl Out {
    fn push_text(&mut self, text: &str, flags: Flags, link: bool) {
        if text.starts_with(char::is_whitespace) {
            self.cur.space = true;
        }
        for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if self.cur.space && !self.cur.text.is_empty() {
                self.cur.text.push(' ');
                self.cur.chars += 1;
            }
            self.cur.space = true;
            self.cur.text.push_str(word);
            let n = word.chars().count();
            self.cur.chars += n;
            if link {
                self.cur.link_chars += n;
            }
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
            };
            self.lines.push((cur.text, hint, self.new_block));
            self.new_block = false;
        }
        if block {
            self.new_block = true;
        }
    }
}

/// Flatten a parsed document; `reveal` reads elements marked hidden too.
/// `container` is the article's container when it is already known.
pub(super) fn walk(
    doc: &Html,
    reveal: bool,
    container: Option<(Option<Container>, Vec<Flags>)>,
) -> (Flattened, Option<Container>) {
    let (found, classes) = container.unwrap_or_else(|| candidate(doc, reveal, usize::MAX));
    let mut h1_elements = Vec::new();
    let mut element_index = 0usize;
    let mut markup = Markup::default();
    let mut out = Out {
        lines: Vec::new(),
        cur: LineBuf::default(),
        new_block: true,
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut ld_scripts: Vec<String> = Vec::new();
    let mut h1_start: Option<(usize, usize)> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let parent = stack.last().copied().unwrap_or(Frame {
                        flags: Flags::NONE,
                        hidden: false,
                        link: false,
                        block: false,
                    });
                    let name = el.name();
                    read_markup(el, node, &mut markup, &mut ld_scripts);
                    let attrs = Attrs::of(el);
                    let hidden =
                        parent.hidden || is_skipped(name) || (!reveal && is_hidden(&attrs));
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
                    let frame = Frame {
                        flags,
                        hidden,
                        link: parent.link || name == "a",
                        block,
                    };
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
                        h1_start = Some((out.lines.len(), index));
                    }
                    stack.push(frame);
                }
                Node::Text(t) => {
                    if let Some(top) = stack.last() {
                        if !top.hidden {
                            if top.flags.contains(Flags::PRE) && t.contains('\n') {
                                for (k, piece) in t.split('\n').enumerate() {
                                    if k > 0 {
                                        out.end_line(false);
                                    }
                                    out.push_text(piece, top.flags, top.link);
                                }
                            } else {
                                out.push_text(t, top.flags, top.link);
                            }
                        }
                    }
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let frame = stack.pop();
                    if let Some(f) = frame {
                        if f.block && !f.hidden {
                            out.end_line(true);
                        }
                        if el.name() == "h1" && !f.hidden {
                            if let Some((start, element)) = h1_start.take() {
                                let text: Vec<&str> =
                                    out.lines[start..].iter().map(|l| l.0.as_str()).collect();
                                if let Some(t) = non_empty(&text.join(" ")) {
                                    if markup.h1s.len() < 64 {
                                        markup.h1s.push((t, f.flags.contains(Flags::MAIN)));
                                        h1_elements.push(element);
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
    let mut hints = Vec::with_capacity(out.lines.len() * 2);
    for (k, (line, hint, new_block)) in out.lines.into_iter().enumerate() {
        if k > 0 {
            if new_block {
                text.push_str("\n\n");
                hints.push(Hint::default());
            } else {
                text.push('\n');
            }
        }
        text.push_str(&line);
        hints.push(hint);
    }
    text.push('\n');
    (
        Flattened {
            text,
            hints,
            markup,
            h1_elements,
        },
        found,
    )
}
