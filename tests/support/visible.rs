//! The text a browser shows of a page, read from html5ever's own parse of
//! the raw page (through scraper, with no pre-scan or filter of declutter's):
//! every text node but those inside elements no browser renders as text
//! (scripts, styles, templates, what only a browser without scripts, frames
//! or plug-ins shows, iframes' fallback, titles, datalists, closed dialogs).
//! Comments and attribute values are no text nodes. Controls, drawings and
//! embedded media are left out too: a browser shows their text, but as a
//! widget's or a picture's, never as the article's, and a paragraph the
//! cleaner joins across one would otherwise not be found whole. Elements
//! marked hidden stay in (the cleaner reads them on pages that scripts fill
//! in from hidden elements).
//!
//! Shared by the property tests and the fuzz target `visible`.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Whether an element's contents are never shown as text.
fn unshown(el: &scraper::node::Element) -> bool {
    matches!(
        el.name(),
        "script"
            | "style"
            | "template"
            | "noscript"
            | "noembed"
            | "noframes"
            | "iframe"
            | "title"
            | "datalist"
            | "textarea"
            | "select"
            | "button"
            | "svg"
            | "math"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
    ) || (el.name() == "dialog" && el.attr("open").is_none())
}

/// The visible text of `html` with all white space left out, so that the
/// text of a paragraph, white space left out too, is a substring of it
/// (however the cleaner spaced the words of adjacent elements).
pub fn visible_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    let mut skip = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if skip > 0 || unshown(el) => skip += 1,
                Node::Text(t) if skip == 0 => out.extend(t.chars().filter(|c| !ignored(*c))),
                _ => {}
            },
            Edge::Close(node) => {
                if matches!(node.value(), Node::Element(_)) && skip > 0 {
                    skip -= 1;
                }
            }
        }
    }
    out
}

/// Characters left out of both sides of the comparison: white space, and
/// what the cleaner drops or turns into white space (controls, format
/// characters such as zero-width spaces and joiners, soft hyphens).
pub fn ignored(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}')
}

/// The first paragraph of `paragraphs` that is not in the visible text of
/// `html` (white space left out), in page order, if any.
pub fn first_unseen<'a>(html: &str, paragraphs: &'a [String]) -> Option<&'a str> {
    let seen = visible_text(html);
    let mut from = 0;
    for p in paragraphs {
        let p_bare: String = p.chars().filter(|c| !ignored(*c)).collect();
        match seen[from..].find(&p_bare) {
            Some(at) => from += at + p_bare.len(),
            None => return Some(p),
        }
    }
    None
}
