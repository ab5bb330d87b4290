//! The container choice: the element that holds the article, found from
//! where the page's paragraph text is.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::vocabulary::{
    class_flags, is_article_body, is_block, is_code, is_hidden, is_unshown, Attrs, Flags,
};

/// Share of the page's paragraph text that the article's container holds at
/// least.
const CANDIDATE_SHARE: f32 = 0.6;
/// The container grows to its parent while the parent adds at most this
/// share of paragraph text and of all text: over wrappers that add little
/// (a byline, a headline block), not over the lead and the teasers beside it.
const CANDIDATE_GROWTH: f32 = 0.05;
/// Paragraph text (characters) below which no container is chosen.
const CANDIDATE_MIN: u32 = 150;
/// A block's own text from which it counts as a paragraph, in characters.
const PARAGRAPH_MIN: u32 = 60;
/// A block is a paragraph only when less than one in this many of its
/// characters are inside links: more, and it is a list of links (a menu,
/// teasers), not running text.
const LINK_SHARE_BELOW: u32 = 3;

/// The element that holds the article, Readability-style: the deepest
/// element holding most of the page's paragraph text (blocks of running text
/// with few links), grown over a parent that adds little more. `None` in
/// [`Candidate::container`] for a page with too little paragraph text.
///
/// Only paragraphs of elements after the one numbered `after` count (the
/// headline's, when the container found first ended above it); all count
/// when `after` is `None`.
///
/// One iterative pass over the tree with a stack of open elements, which
/// also reads the [`class_flags`] of every element for the walk to reuse.
pub(super) fn candidate(doc: &Html, reveal: bool, after: Option<usize>) -> Candidate {
    let mut classes = Vec::new();
    let container = find_container(doc, reveal, after, &mut classes);
    Candidate { container, classes }
}

/// What [`candidate`] found.
pub(super) struct Candidate {
    /// The article's container, if the page has one.
    pub(super) container: Option<Container>,
    /// The [`class_flags`] of every element, in document order.
    pub(super) classes: Vec<Flags>,
}

/// The element that holds the article (see [`candidate`]).
pub(super) struct Container {
    /// Its number among the document's elements, in document order.
    pub(super) element: usize,
    /// The number of the last element inside it.
    pub(super) last: usize,
    /// By element number, whether the element is on the path from the root
    /// down to the paragraphs' own container: these contain the article, so
    /// no class of theirs makes it chrome.
    pub(super) path: Vec<bool>,
}

/// What the pass counts of one element (text in characters).
struct Tally {
    /// The number of its parent element; `None` for the root.
    parent: Option<usize>,
    /// How many elements enclose it.
    depth: u32,
    /// The number of the last element inside it.
    last: usize,
    /// Paragraph text inside it.
    para: u32,
    /// Paragraph text inside it outside comment threads, related stories,
    /// asides.
    clean: u32,
    /// All visible text inside it, paragraphs or not.
    all: u32,
}

/// An element open during the pass.
struct Open {
    /// Its number among the document's elements.
    id: usize,
    hidden: bool,
    /// Inside a link.
    link: bool,
    /// Index in the stack of the nearest block element (this one's own
    /// when it is a block).
    block: usize,
    /// The block's own text (not that of blocks inside it).
    text: u32,
    /// The part of `text` inside links.
    link_text: u32,
    /// Inside a section that holds text around the article's.
    aside: bool,
    /// Inside `<pre>` or `<code>` (see [`is_code`]).
    code: bool,
}

/// [`candidate`]'s pass; pushes every element's class flags on `classes`.
fn find_container(
    doc: &Html,
    reveal: bool,
    after: Option<usize>,
    classes: &mut Vec<Flags>,
) -> Option<Container> {
    let mut tally: Vec<Tally> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // The first element the page marks as the article's body.
    let mut marked: Option<usize> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let id = tally.len();
                    tally.push(Tally {
                        parent: stack.last().map(|o| o.id),
                        depth: stack.len() as u32,
                        last: id,
                        para: 0,
                        clean: 0,
                        all: 0,
                    });
                    let name = el.name();
                    let up = stack.last();
                    let attrs = Attrs::of(el);
                    let code = up.is_some_and(|o| o.code) || is_code(name);
                    let class = if code {
                        Flags::NONE
                    } else {
                        class_flags(&attrs)
                    };
                    classes.push(class);
                    let hidden = up.is_some_and(|o| o.hidden)
                        || is_unshown(name, &attrs)
                        || (!reveal && is_hidden(&attrs));
                    let link = up.is_some_and(|o| o.link) || name == "a";
                    if marked.is_none() && !hidden && is_article_body(&attrs) {
                        marked = Some(id);
                    }
                    let block = if is_block(name) || up.is_none() {
                        stack.len()
                    } else {
                        up.map_or(0, |o| o.block)
                    };
                    let aside = up.is_some_and(|o| o.aside) || class.contains(Flags::SIDE_CLASS);
                    stack.push(Open {
                        id,
                        hidden,
                        link,
                        block,
                        text: 0,
                        link_text: 0,
                        aside,
                        code,
                    });
                }
                Node::Text(t) => {
                    if let Some(top) = stack.last() {
                        if !top.hidden {
                            let n = t.trim().chars().count() as u32;
                            let (link, b) = (top.link, top.block);
                            if let Some(block) = stack.get_mut(b) {
                                block.text += n;
                                if link {
                                    block.link_text += n;
                                }
                            }
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                let Some(o) = stack.pop() else { continue };
                let last = tally.len() - 1;
                let Some(t) = tally.get_mut(o.id) else {
                    continue;
                };
                t.last = last;
                let counts = after.is_none_or(|a| o.id > a);
                if counts && o.text >= PARAGRAPH_MIN && o.link_text * LINK_SHARE_BELOW < o.text {
                    t.para += o.text - o.link_text;
                    if !o.aside {
                        t.clean += o.text - o.link_text;
                    }
                }
                t.all += o.text;
                let (para, clean, all) = (t.para, t.clean, t.all);
                if let Some(up) = t.parent.and_then(|p| tally.get_mut(p)) {
                    up.para += para;
                    up.clean += clean;
                    up.all += all;
                }
            }
        }
    }
    // Comments can outweigh the story: the text around it counts only when
    // there is no other.
    let clean = tally.first().is_some_and(|t| t.clean >= CANDIDATE_MIN);
    let para = |t: &Tally| if clean { t.clean } else { t.para };
    let total = para(tally.first()?);
    if total < CANDIDATE_MIN {
        return None;
    }
    let need = (total as f32 * CANDIDATE_SHARE) as u32;
    // An element the page marks as the article's body is taken at its word
    // when it holds a paragraph.
    let core = marked
        .filter(|&b| para(&tally[b]) >= PARAGRAPH_MIN)
        .or_else(|| {
            tally
                .iter()
                .enumerate()
                .filter(|(_, t)| para(t) >= need)
                .max_by_key(|(_, t)| t.depth)
                .map(|(i, _)| i)
        })?;
    let adds_much = |up: u32, base: u32| up as f32 > base as f32 * (1.0 + CANDIDATE_GROWTH);
    let mut best = core;
    while let Some(p) = tally[best].parent {
        let up = &tally[p];
        if adds_much(para(up), para(&tally[core])) || adds_much(up.all, tally[best].all) {
            break;
        }
        best = p;
    }
    let mut path = vec![false; tally.len()];
    let mut on = Some(core);
    while let Some(i) = on {
        path[i] = true;
        on = tally[i].parent;
    }
    Some(Container {
        element: best,
        last: tally[best].last,
        path,
    })
}

#[cfg(test)]
mod tests {
    use crate::html::flatten;
    use crate::html::vocabulary::Flags;

    #[test]
    fn article_container_clears_a_clutter_wrapper() {
        let para = "The council voted on Monday to rebuild the bridge, which has been closed since the storm in March.";
        let html = format!(
            "<body><form><div class='menu-wrap'><ul><li><a href='/'>Home</a></li></ul>\
             <div class='story'><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></div>\
             <div class='footer'>About us</div></div></form></body>"
        );
        let f = flatten(&html);
        let lines: Vec<&str> = f.text.lines().collect();
        let story = lines.iter().position(|l| *l == para).unwrap();
        let h = f.hints[story];
        assert!(h.flags.contains(Flags::CANDIDATE));
        assert!(!h.flags.intersects(Flags::CHROME));
        let about = lines.iter().position(|l| *l == "About us").unwrap();
        assert!(f.hints[about].flags.contains(Flags::CHROME_CLASS));
    }
}
