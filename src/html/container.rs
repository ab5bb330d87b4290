//! The container choice: the element that holds the article, found from
//! where the page's paragraph text is.

use scraper::{Html, Node};

use super::vocabulary::{class_flags, is_article_body, is_block, is_hidden, is_skipped, Attrs};
use super::Flags;

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

/// The element that holds the article, Readability-style, by document-order
/// index of elements: the deepest element holding most of the page's
/// paragraph text (blocks of running text with few links), grown over a
/// parent that adds little more. With it, the path of elements from the root
/// down to the paragraphs' own container (they contain the article, so no
/// class of theirs makes it chrome). `None` for a page with too little paragraph text.
///
/// Only paragraphs of elements after the one numbered `after` count (the
/// headline's, when the container found first ended above it).
///
/// One iterative pass over the tree with a stack of open elements.
///
/// Also returns the [`class_flags`] of every element, in document order, for
/// the walk to reuse.
pub(super) fn candidate(doc: &Html, reveal: bool, after: usize) -> (Option<Container>, Vec<Flags>) {
    let mut classes: Vec<Flags> = Vec::new();
    let found = find_container(doc, reveal, after, &mut classes);
    (found, classes)
}

fn find_container(
    doc: &Html,
    reveal: bool,
    after: usize,
    classes: &mut Vec<Flags>,
) -> Option<Container> {
    struct Open {
        id: usize,
        hidden: bool,
        link: bool,
        /// Index in the stack of the nearest block element (this one's own
        /// when it is a block).
        block: usize,
        text: u32,
        link_text: u32,
        /// Inside a section that holds text around the article's.
        aside: bool,
    }
    let mut para: Vec<u32> = Vec::new();
    // Paragraph text outside comment threads, related stories, asides.
    let mut clean: Vec<u32> = Vec::new();
    // All visible text, paragraphs or not.
    let mut all: Vec<u32> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut depth: Vec<u32> = Vec::new();
    // The last element inside each element.
    let mut last: Vec<usize> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // The first element the page marks as the article's body.
    let mut marked: Option<usize> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let id = para.len();
                    para.push(0);
                    clean.push(0);
                    all.push(0);
                    last.push(id);
                    parent.push(stack.last().map_or(usize::MAX, |o| o.id));
                    depth.push(stack.len() as u32);
                    let name = el.name();
                    let up = stack.last();
                    let attrs = Attrs::of(el);
                    let class = class_flags(&attrs);
                    classes.push(class);
                    let hidden = up.is_some_and(|o| o.hidden)
                        || is_skipped(name)
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
            ego_tree::iter::Edge::Close(node) => {
                if !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                let Some(o) = stack.pop() else { continue };
                last[o.id] = para.len() - 1;
                let counts = o.id > after || after == usize::MAX;
                if counts && o.text >= PARAGRAPH_MIN && o.link_text * 3 < o.text {
                    para[o.id] += o.text - o.link_text;
                    if !o.aside {
                        clean[o.id] += o.text - o.link_text;
                    }
                }
                all[o.id] += o.text;
                if let Some(up) = parent.get(o.id).and_then(|&p| para.get(p).map(|_| p)) {
                    para[up] += para[o.id];
                    clean[up] += clean[o.id];
                    all[up] += all[o.id];
                }
            }
        }
    }
    // Comments can outweigh the story: the text around it counts only when
    // there is no other.
    if clean.first().is_some_and(|&c| c >= CANDIDATE_MIN) {
        para = clean;
    }
    let total = *para.first()?;
    if total < CANDIDATE_MIN {
        return None;
    }
    let need = (total as f32 * CANDIDATE_SHARE) as u32;
    // An element the page marks as the article's body is taken at its word
    // when it holds a paragraph.
    let core = marked.filter(|&b| para[b] >= PARAGRAPH_MIN).or_else(|| {
        (0..para.len())
            .filter(|&i| para[i] >= need)
            .max_by_key(|&i| depth[i])
    })?;
    let mut best = core;
    while let Some(&p) = parent.get(best).filter(|&&p| p < para.len()) {
        let more = |v: &[u32], base: usize| v[p] as f32 > v[base] as f32 * (1.0 + CANDIDATE_GROWTH);
        if more(&para, core) || more(&all, best) {
            break;
        }
        best = p;
    }
    let mut path = vec![false; para.len()];
    let mut i = core;
    while i < para.len() {
        path[i] = true;
        i = parent[i];
    }
    Some(Container {
        element: best,
        last: last[best],
        path,
    })
}

/// The element that holds the article (see [`candidate`]).
pub(super) struct Container {
    /// Its number among the document's elements, in document order.
    pub(super) element: usize,
    /// The number of the last element inside it.
    pub(super) last: usize,
    /// The elements from the root down to the paragraphs' own container.
    pub(super) path: Vec<bool>,
}

#[cfg(test)]
mod tests {
    use crate::html::{flatten, Flags};

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
