//! HTML input: the DOM flattened to the text stream the pipeline reads, with
//! what the markup says about each line kept as hints, and the metadata the
//! markup states outright.
//!
//! The walk is iterative (the tree's own open/close traversal plus an explicit
//! stack of open elements), so nesting depth costs memory, never call stack.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{node::Element, Html, Node};

use crate::classify::lexicon::END_OF_ARTICLE;
use crate::classify::{Class, Features};
use crate::lines::Line;
use crate::meta::date;
use crate::normalize::fold_spaces;
use crate::{Date, LineKind};

/// What the markup says about one emitted line (bit flags).
pub(crate) mod flag {
    pub const NAV: u32 = 1;
    pub const HEADER: u32 = 1 << 1;
    pub const FOOTER: u32 = 1 << 2;
    pub const ASIDE: u32 = 1 << 3;
    pub const FORM: u32 = 1 << 4;
    pub const FIGURE: u32 = 1 << 5;
    pub const FIGCAPTION: u32 = 1 << 6;
    pub const LI: u32 = 1 << 7;
    /// Inside `<article>`, `<main>` or an element marked as the article body.
    pub const MAIN: u32 = 1 << 8;
    pub const H1: u32 = 1 << 9;
    pub const HEADING: u32 = 1 << 10;
    /// An ancestor's class or id names clutter (ad, share, related, …).
    pub const CHROME_CLASS: u32 = 1 << 11;
    /// An ancestor's class or id names a caption or credit.
    pub const CAPTION_CLASS: u32 = 1 << 12;
    /// An ancestor's class or id names a byline or author.
    pub const BYLINE_CLASS: u32 = 1 << 13;
    pub const PRE: u32 = 1 << 14;
    pub const BLOCKQUOTE: u32 = 1 << 15;
    pub const CELL: u32 = 1 << 16;
    /// Inside the element the markup's text says is the article's container
    /// (see [`candidate`](super::candidate)).
    pub const CANDIDATE: u32 = 1 << 17;
    /// Flags that say the markup takes a line for the page's chrome.
    pub const CHROME: u32 = NAV | HEADER | FOOTER | ASIDE | FORM | CHROME_CLASS;
}

/// The markup's evidence for one line of the text stream.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Hint {
    /// [`flag`] bits that hold for all of the line's text.
    pub flags: u32,
    /// Share of the line's characters inside links, 0 to 1.
    pub link_density: f32,
}

impl Hint {
    fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// Metadata stated by the markup, raw as printed there.
#[derive(Debug, Clone, Default)]
pub(crate) struct Markup {
    pub title_tag: Option<String>,
    pub og_title: Option<String>,
    pub ld_headline: Option<String>,
    /// Every `<h1>` in document order, with whether it is inside the article.
    pub h1s: Vec<(String, bool)>,
    pub site_name: Option<String>,
    pub ld_publisher: Option<String>,
    pub published: Option<String>,
    pub ld_date: Option<String>,
    /// `datePublished` of a JSON-LD object that is not an article (a `WebPage`).
    pub ld_other_date: Option<String>,
    /// A publication date from a less common `<meta>` name.
    pub published_other: Option<String>,
    /// Whether a page-level `<meta>` (Open Graph, Dublin Core, a publisher's
    /// own name) states the publication date, rather than only schema.org's
    /// `datePublished` (JSON-LD or microdata).
    pub declared: bool,
    pub time_datetime: Option<String>,
    pub author: Option<String>,
    /// Every other date the markup states: modification dates, every
    /// `<time>`'s `datetime`. None is the article's date on its own; one the
    /// page prints near its headline is.
    pub stated: Vec<String>,
}

/// A page flattened: the text stream and one hint per line of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Flattened {
    pub text: String,
    /// One per line of `text` (blank lines get the default hint).
    pub hints: Vec<Hint>,
    pub markup: Markup,
    /// The number of each `<h1>` of `markup.h1s` among the document's
    /// elements.
    pub h1_elements: Vec<usize>,
}

/// Elements whose contents are never text of the page.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "template"
            | "noscript"
            | "svg"
            | "math"
            | "head"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "textarea"
            | "button"
    )
}

/// Elements that start and end a line of their own.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "ul"
            | "caption"
            | "legend"
            | "title"
    )
}

/// The attributes the walk reads, taken in one pass over an element's.
#[derive(Default)]
struct Attrs<'a> {
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a Element) -> Attrs<'a> {
        let mut a = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "hidden" => a.hidden = true,
                "aria-hidden" => a.aria_hidden = Some(value),
                "style" => a.style = Some(value),
                "class" => a.class = Some(value),
                "id" => a.id = Some(value),
                "role" => a.role = Some(value),
                "itemprop" => a.itemprop = Some(value),
                _ => {}
            }
        }
        a
    }
}

fn is_hidden(a: &Attrs<'_>) -> bool {
    if a.hidden {
        return true;
    }
    if a.aria_hidden
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    a.style.is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(4096)
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// A class or id word of a comment thread, a section that holds text around
/// the article's rather than the article. Lines carry it in their hints.
const SIDE_CLASS: u32 = 1 << 31;

/// Flags from the words of an element's class and id, and [`SIDE_CLASS`].
fn class_flags(a: &Attrs<'_>) -> u32 {
    let mut flags = 0;
    for value in a.class.into_iter().chain(a.id) {
        // Huge attributes are read only in part.
        let value = value.get(..value.len().min(1024)).unwrap_or("");
        for token in value.split_ascii_whitespace() {
            for word in token.split(['-', '_']) {
                // No listed word is longer: lower-case on the stack.
                if word.len() > 16 {
                    continue;
                }
                let mut buf = [0u8; 16];
                for (b, c) in buf.iter_mut().zip(word.bytes()) {
                    *b = c.to_ascii_lowercase();
                }
                flags |= match &buf[..word.len()] {
                    b"ad" | b"ads" | b"advert" | b"adverts" | b"advertisement" | b"advertising"
                    | b"promo" | b"promos" | b"promoted" | b"related" | b"share" | b"sharing"
                    | b"social" | b"newsletter" | b"subscribe" | b"subscription" | b"cookie"
                    | b"cookies" | b"footer" | b"nav" | b"navbar" | b"navigation" | b"menu"
                    | b"sidebar" | b"breadcrumb" | b"breadcrumbs" | b"banner" | b"popup"
                    | b"modal" | b"recommended" | b"tags" | b"signup" => flag::CHROME_CLASS,
                    b"comment" | b"comments" => flag::CHROME_CLASS | SIDE_CLASS,
                    b"commentlist" | b"respond" | b"replies" | b"discussion" => SIDE_CLASS,
                    b"caption" | b"credit" | b"credits" | b"figcaption" => flag::CAPTION_CLASS,
                    b"byline" | b"author" | b"authors" => flag::BYLINE_CLASS,
                    _ => 0,
                };
            }
        }
    }
    flags
}

/// An element the page marks as the article's body (schema.org microdata).
fn is_article_body(a: &Attrs<'_>) -> bool {
    a.itemprop
        .is_some_and(|p| p.split_ascii_whitespace().any(|w| w == "articleBody"))
}

/// `class` is the element's [`class_flags`] when they are known.
fn element_flags(el: &Element, a: &Attrs<'_>, class: Option<u32>, parent: u32) -> u32 {
    let name = el.name();
    let mut f = parent;
    let in_main = parent & flag::MAIN != 0;
    f |= match name {
        "nav" => flag::NAV,
        "header" if !in_main => flag::HEADER,
        "footer" => flag::FOOTER,
        "aside" => flag::ASIDE,
        "form" | "button" | "label" | "input" => flag::FORM,
        "figure" => flag::FIGURE,
        "figcaption" => flag::FIGCAPTION,
        "li" => flag::LI,
        "article" | "main" => flag::MAIN,
        "h1" => flag::H1,
        "h2" | "h3" | "h4" | "h5" | "h6" => flag::HEADING,
        "pre" => flag::PRE,
        "blockquote" => flag::BLOCKQUOTE,
        "td" | "th" => flag::CELL,
        _ => 0,
    };
    if let Some(role) = a.role {
        f |= match role.trim() {
            "navigation" | "menu" | "menubar" => flag::NAV,
            "banner" if !in_main => flag::HEADER,
            "contentinfo" => flag::FOOTER,
            "complementary" => flag::ASIDE,
            "main" | "article" => flag::MAIN,
            _ => 0,
        };
    }
    if is_article_body(a) {
        f |= flag::MAIN;
    }
    if !matches!(name, "html" | "body") {
        f |= class.unwrap_or_else(|| class_flags(a));
    }
    f
}

/// One open element during the walk.
#[derive(Clone, Copy)]
struct Frame {
    flags: u32,
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
    flags: Option<u32>,
    space: bool,
}

struct Out {
    /// Lines with their hint and whether each starts a new block.
    lines: Vec<(String, Hint, bool)>,
    cur: LineBuf,
    new_block: bool,
}

impl Out {
    fn push_text(&mut self, text: &str, flags: u32, link: bool) {
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
                flags: cur.flags.unwrap_or(0),
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

/// The text of an element's direct text children (for `<title>`, scripts).
fn child_text(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for c in node.children() {
        if let Node::Text(t) = c.value() {
            s.push_str(t);
        }
    }
    s
}

fn non_empty(s: &str) -> Option<String> {
    let s = fold_spaces(s.trim());
    (!s.is_empty()).then_some(s)
}

/// How deep elements may nest, as in browsers (Blink flattens the tree below
/// 512 levels). The parser's scope checks scan the stack of open elements, so
/// deeper nesting would cost time quadratic in the depth.
const MAX_DEPTH: usize = 512;

/// Elements that never hold content, or that the parser closes implicitly
/// when a sibling opens: they do not add to the nesting depth.
fn is_flat(name: &[u8]) -> bool {
    const FLAT: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"option",
        b"tr",
        b"td",
        b"th",
        b"html",
        b"head",
        b"body",
        b"tbody",
        b"thead",
        b"tfoot",
        b"colgroup",
        b"optgroup",
        b"rb",
        b"rt",
        b"rp",
    ];
    FLAT.iter().any(|f| f.eq_ignore_ascii_case(name))
}

/// `html` made ready for the parser: the tags nested deeper than
/// [`MAX_DEPTH`] left out (their text stays), and what is never read left
/// out too (comments, drawings, and the bodies of scripts and style sheets,
/// often half of a page's bytes, but for JSON-LD). Borrowed unchanged when there is
/// nothing to leave out. A cheap scan, not a parser: raw text (`script`,
/// `style`, …) is skipped, quoted attribute values may hold `>`.
fn prepare(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut depth = 0usize;
    // Byte ranges to leave out, with what stands in for each.
    let mut cut: Vec<(std::ops::Range<usize>, &'static str)> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        i = start + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
            cut.push((start..i, ""));
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let name_start = i + usize::from(closing);
        // The whole name, custom elements' dashes and all.
        let name_len = b[name_start..]
            .iter()
            .take_while(|&&c| !c.is_ascii_whitespace() && c != b'/' && c != b'>')
            .count();
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = &b[name_start..name_start + name_len];
        // The end of the tag, past quoted values.
        let mut j = name_start + name_len;
        while let Some(k) = memchr::memchr3(b'>', b'"', b'\'', &b[j..]) {
            j += k;
            if b[j] == b'>' {
                break;
            }
            let q = b[j];
            j = memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |e| j + 1 + e + 1);
        }
        let j = j.min(b.len());
        let end = (j + 1).min(b.len());
        i = end;
        let self_closing = j > 0 && b.get(j - 1) == Some(&b'/');
        let before_tag = cut.len();
        if !closing {
            prune_attributes(b, name_start + name_len, j, &mut cut);
        }
        if !closing {
            let raw = [
                b"script" as &[u8],
                b"style",
                b"textarea",
                b"title",
                b"xmp",
                b"plaintext",
            ]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(name));
            if raw {
                let mut close = b"</".to_vec();
                close.extend(name.iter().map(u8::to_ascii_lowercase));
                let body_end = find_ci(b, i, &close).unwrap_or(b.len());
                let unread = name.eq_ignore_ascii_case(b"style")
                    || (name.eq_ignore_ascii_case(b"script")
                        && find_ci(&b[start..end], 0, b"ld+json").is_none());
                if unread && body_end > i {
                    cut.push((i..body_end, ""));
                }
                i = body_end;
                continue;
            }
            // Drawings hold no text of the page, often many bytes of paths.
            if name.eq_ignore_ascii_case(b"svg") && !self_closing {
                if let Some(close) = find_ci(b, i, b"</svg") {
                    cut.push((i..close, ""));
                    i = close;
                    continue;
                }
            }
        }
        if is_flat(name) || self_closing {
            continue;
        }
        if closing {
            if depth > MAX_DEPTH {
                cut.push((start..end, " "));
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > MAX_DEPTH {
                cut.truncate(before_tag);
                cut.push((start..end, " "));
            }
        }
    }
    if cut.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (r, stand_in) in cut {
        // Cuts fall next to ASCII delimiters, so on character boundaries.
        out.push_str(html.get(last..r.start).unwrap_or(""));
        out.push_str(stand_in);
        last = r.end;
    }
    out.push_str(html.get(last..).unwrap_or(""));
    std::borrow::Cow::Owned(out)
}

/// Leave out the attributes of the start tag whose attributes span
/// `b[from..to]` that nothing reads (links, sources, data), pushing their
/// ranges on `cut`. A tag whose attributes do not scan cleanly (a stray
/// quote) is left whole, so that no cut can change where it ends.
fn prune_attributes(
    b: &[u8],
    from: usize,
    to: usize,
    cut: &mut Vec<(std::ops::Range<usize>, &'static str)>,
) {
    fn read(name: &[u8]) -> bool {
        const READ: &[&[u8]] = &[
            b"class",
            b"id",
            b"role",
            b"itemprop",
            b"hidden",
            b"aria-hidden",
            b"style",
            b"type",
            b"property",
            b"name",
            b"content",
            b"datetime",
        ];
        READ.iter().any(|r| r.eq_ignore_ascii_case(name))
    }
    let to = to.min(b.len());
    let is_quote = |c: u8| c == b'"' || c == b'\'';
    let mut unread: Vec<std::ops::Range<usize>> = Vec::new();
    let mut k = from;
    loop {
        let start = k;
        while k < to && (b[k].is_ascii_whitespace() || b[k] == b'/') {
            k += 1;
        }
        if k >= to {
            break;
        }
        let name_start = k;
        while k < to && !b[k].is_ascii_whitespace() && !matches!(b[k], b'=' | b'/') {
            if is_quote(b[k]) || b[k] == b'<' {
                return;
            }
            k += 1;
        }
        let name_end = k;
        let mut v = k;
        while v < to && b[v].is_ascii_whitespace() {
            v += 1;
        }
        if v < to && b[v] == b'=' {
            v += 1;
            while v < to && b[v].is_ascii_whitespace() {
                v += 1;
            }
            if v < to && is_quote(b[v]) {
                let Some(close) = memchr::memchr(b[v], &b[v + 1..to]) else {
                    return;
                };
                k = v + 1 + close + 1;
            } else {
                while v < to && !b[v].is_ascii_whitespace() {
                    if is_quote(b[v]) || matches!(b[v], b'<' | b'=' | b'`') {
                        return;
                    }
                    v += 1;
                }
                k = v;
            }
        }
        if name_end == name_start {
            // A lone '=': not an attribute this scan understands.
            return;
        }
        if !read(&b[name_start..name_end]) {
            unread.push(start..k);
        }
    }
    cut.extend(unread.into_iter().map(|r| (r, "")));
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| p + from)
}

/// Find `needle` ignoring ASCII case.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut i = from;
    while let Some(k) = memchr::memchr2(lower, upper, hay.get(i..)?) {
        let at = i + k;
        let tail = hay.get(at + 1..at + 1 + rest.len())?;
        if tail.eq_ignore_ascii_case(rest) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

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
pub(crate) fn candidate(doc: &Html, reveal: bool, after: usize) -> (Option<Container>, Vec<u32>) {
    let mut classes: Vec<u32> = Vec::new();
    let found = find_container(doc, reveal, after, &mut classes);
    (found, classes)
}

fn find_container(
    doc: &Html,
    reveal: bool,
    after: usize,
    classes: &mut Vec<u32>,
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
                    let aside = up.is_some_and(|o| o.aside) || class & SIDE_CLASS != 0;
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
pub(crate) struct Container {
    /// Its number among the document's elements, in document order.
    element: usize,
    /// The number of the last element inside it.
    last: usize,
    /// The elements from the root down to the paragraphs' own container.
    path: Vec<bool>,
}

/// Visible text (bytes) below which a page is taken for one that its scripts
/// fill in from hidden elements (streamed server rendering): then the hidden
/// elements are read too; so they are when the visible page has no
/// paragraphs to speak of and the hidden ones hold an article.
const REVEAL_BELOW: usize = 500;

/// Parse and flatten a page.
pub(crate) fn flatten(html: &str) -> Flattened {
    let doc = Html::parse_document(&prepare(html));
    let mut reveal = false;
    let (mut page, mut found) = walk(&doc, reveal, None);
    if page.text.len() < REVEAL_BELOW || found.is_none() {
        let revealed = walk(&doc, true, None);
        let more = revealed.0.text.len() > 4 * page.text.len()
            || (found.is_none()
                && revealed.1.is_some()
                && revealed.0.text.len() > 2 * page.text.len());
        if more {
            (page, found) = revealed;
            reveal = true;
        }
    }
    // A container that ends above the headline is a block of teasers or a
    // banner: the article's is looked for under the headline.
    let headline = page.markup.title().and_then(|t| {
        let k = page.markup.h1s.iter().position(|(h, _)| h == t)?;
        page.h1_elements.get(k).copied()
    });
    if let (Some(h), Some(c)) = (headline, &found) {
        if c.last < h {
            let again = candidate(&doc, reveal, h);
            if again.0.is_some() {
                (page, _) = walk(&doc, reveal, Some(again));
            }
        }
    }
    page
}

/// Flatten a parsed document; `reveal` reads elements marked hidden too.
/// `container` is the article's container when it is already known.
fn walk(
    doc: &Html,
    reveal: bool,
    container: Option<(Option<Container>, Vec<u32>)>,
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
                        flags: 0,
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
                            flags &= !(flag::CHROME
                                | flag::CAPTION_CLASS
                                | flag::BYLINE_CLASS
                                | SIDE_CLASS)
                                | parent.flags;
                        }
                        if index == *c {
                            flags |= flag::CANDIDATE;
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
                            if top.flags & flag::PRE != 0 && t.contains('\n') {
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
                                        markup.h1s.push((t, f.flags & flag::MAIN != 0));
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

/// Metadata from one element: `<title>`, `<meta>`, `<time>`, JSON-LD.
fn read_markup(
    el: &Element,
    node: ego_tree::NodeRef<'_, Node>,
    m: &mut Markup,
    ld: &mut Vec<String>,
) {
    match el.name() {
        "title" if m.title_tag.is_none() => m.title_tag = non_empty(&child_text(node)),
        "meta" => {
            let page_level = el.attr("property").or_else(|| el.attr("name"));
            let key = page_level
                .or_else(|| el.attr("itemprop"))
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let Some(content) = el.attr("content").and_then(non_empty) else {
                return;
            };
            let slot = match key.as_str() {
                "og:title" => &mut m.og_title,
                "og:site_name" => &mut m.site_name,
                "article:published_time"
                | "datepublished"
                | "og:published_time"
                | "pubdate"
                | "publishdate"
                | "publish-date"
                | "date"
                | "dc.date"
                | "dc.date.issued"
                | "dcterms.date"
                | "sailthru.date"
                | "parsely-pub-date" => {
                    m.declared |= page_level.is_some() && parse_date(&content).is_some();
                    &mut m.published
                }
                // Other vocabularies' publication dates ("cludo:date",
                // "article.published"); never a modification or expiry date,
                // nor the publisher ("article:publisher" is a URL).
                k if (k.contains("publish") || k.ends_with(":date") || k.ends_with(".date"))
                    && !["modif", "updat", "expir", "end", "publisher"]
                        .iter()
                        .any(|w| k.contains(w)) =>
                {
                    m.declared |= page_level.is_some() && parse_date(&content).is_some();
                    &mut m.published_other
                }
                "author" | "article:author" | "sailthru.author" | "parsely-author"
                    if !content.starts_with("http") =>
                {
                    &mut m.author
                }
                k if k.contains("modif") || k.contains("updat") => {
                    if m.stated.len() < 64 {
                        m.stated.push(content);
                    }
                    return;
                }
                _ => return,
            };
            slot.get_or_insert(content);
        }
        "time" => {
            if let Some(d) = el.attr("datetime").and_then(non_empty) {
                if m.time_datetime.is_none() {
                    m.time_datetime = Some(d);
                } else if m.stated.len() < 64 {
                    m.stated.push(d);
                }
            }
        }
        "script"
            if el
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
        {
            ld.push(child_text(node));
        }
        _ => {}
    }
}

/// Headline, date, author and publisher of the first article object in a
/// JSON-LD script. The JSON is walked with an explicit stack.
fn read_json_ld(script: &str, m: &mut Markup) {
    use serde_json::Value;
    const ARTICLE_TYPES: &[&str] = &[
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
        "LiveBlogPosting",
        "SocialMediaPosting",
    ];
    let Ok(root) = serde_json::from_str::<Value>(script.trim()) else {
        return;
    };
    fn string(v: Option<&Value>) -> Option<String> {
        match v? {
            Value::String(s) => non_empty(s),
            Value::Array(a) => a.iter().find_map(|x| string(Some(x))),
            Value::Object(o) => string(o.get("name")),
            _ => None,
        }
    }
    let mut stack = vec![&root];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(o) => {
                let is_article = match o.get("@type") {
                    Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                    Some(Value::Array(ts)) => ts
                        .iter()
                        .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                    _ => false,
                };
                if is_article {
                    if m.ld_headline.is_none() {
                        m.ld_headline = string(o.get("headline")).or_else(|| string(o.get("name")));
                    }
                    if m.ld_date.is_none() {
                        m.ld_date = string(o.get("datePublished"));
                    }
                    if m.author.is_none() {
                        m.author = string(o.get("author"));
                    }
                    if m.ld_publisher.is_none() {
                        m.ld_publisher = string(o.get("publisher"));
                    }
                }
                if m.ld_other_date.is_none() {
                    m.ld_other_date = string(o.get("datePublished"));
                }
                for key in ["dateModified", "datePublished"] {
                    if let Some(d) = string(o.get(key)) {
                        if m.stated.len() < 64 {
                            m.stated.push(d);
                        }
                    }
                }
                stack.extend(o.values().filter(|x| x.is_object() || x.is_array()));
            }
            _ => {}
        }
    }
}

/// A date as markup prints it: ISO first (the calendar date as printed),
/// then any form the text reader knows.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})").expect("iso date regex compiles")
    });
    if let Some(c) = ISO.captures(s) {
        let y = c[1].parse().ok()?;
        let mo = c[2].parse().ok()?;
        let d = c[3].parse().ok()?;
        return Date::new(y, mo, d).ok();
    }
    date::find_date(s)
}

impl Markup {
    /// The headline: the first `<h1>` that the page's meta titles repeat
    /// (they often add the site's name) as more than a small part of them,
    /// else the `<h1>` (the article's first) that shares most of its words
    /// with them, else the meta titles (without the site's name), else the
    /// article's `<h1>`. An `<h1>` that is all a small part of the meta title
    /// or that names the site is the site's logo, not the headline.
    pub(crate) fn title(&self) -> Option<&str> {
        use crate::meta::title::{self as t, DocTitle};
        let metas: Vec<String> = [&self.og_title, &self.ld_headline, &self.title_tag]
            .into_iter()
            .flatten()
            .map(|m| m.to_lowercase())
            .collect();
        let site = self
            .site_name
            .iter()
            .chain(&self.ld_publisher)
            .map(|s| t::fold(s))
            .collect::<Vec<_>>();
        let h1s = || {
            self.h1s
                .iter()
                .filter(|(_, main)| *main)
                .chain(self.h1s.iter().filter(|(_, main)| !*main))
                .map(|(h, _)| h.as_str())
                .filter(|h| !site.contains(&t::fold(h)))
        };
        let repeated = h1s().find(|h| {
            let h = h.to_lowercase();
            metas
                .iter()
                .any(|m| m.contains(&h) && h.len() * 5 >= m.len() * 2)
        });
        // The meta title's headline part: `<title>` adds the site's name.
        let meta_title = self
            .og_title
            .as_deref()
            .or(self.ld_headline.as_deref())
            .map(|m| (m, 0..m.len()))
            .or_else(|| {
                self.title_tag
                    .as_deref()
                    .map(|m| (m, DocTitle::of(m).headline(m)))
            })
            .and_then(|(m, r)| m.get(r).filter(|h| !h.trim().is_empty()));
        let similar = || {
            let core = meta_title?;
            h1s()
                .map(|h| (h, t::word_similarity(h, core)))
                .filter(|&(_, s)| s >= 0.5)
                .min_by(|a, b| b.1.total_cmp(&a.1))
                .map(|(h, _)| h)
        };
        repeated
            .or_else(similar)
            .or(meta_title)
            .or_else(|| h1s().next())
            .or_else(|| self.h1s.first().map(|(h, _)| h.as_str()))
    }

    /// The publication dates the markup states, most trusted first.
    fn published_dates(&self) -> impl Iterator<Item = &String> {
        self.declared_dates().chain(&self.time_datetime)
    }

    /// The publication dates stated by `<meta>` tags and schema.org, without
    /// a `<time>`'s, most trusted first.
    fn declared_dates(&self) -> impl Iterator<Item = &String> {
        [
            &self.published,
            &self.ld_date,
            &self.ld_other_date,
            &self.published_other,
        ]
        .into_iter()
        .flatten()
    }

    /// Whether the publication date comes from schema.org alone (JSON-LD
    /// or microdata): no page-level `<meta>` declares one, and it is not
    /// only a `<time>`'s.
    pub(crate) fn schema_dated(&self) -> bool {
        !self.declared && self.declared_dates().any(|s| parse_date(s).is_some())
    }

    pub(crate) fn date(&self) -> Option<Date> {
        self.published_dates().find_map(|s| parse_date(s))
    }

    /// Whether the markup states `d` anywhere: as the publication date, a
    /// modification date or a `<time>`.
    pub(crate) fn states(&self, d: Date) -> bool {
        self.published_dates()
            .chain(&self.stated)
            .any(|s| parse_date(s) == Some(d))
    }

    pub(crate) fn source(&self) -> Option<&str> {
        self.site_name.as_deref().or(self.ld_publisher.as_deref())
    }
}

/// Prose paragraphs between the headline and the article's container from
/// which they are the article's introduction rather than a standfirst.
const LEAD_MIN: usize = 2;
/// Words from which a line counts as a paragraph of such an introduction.
const LEAD_WORDS: u32 = 10;

/// Revise the classifier's verdicts with the markup's evidence, before the
/// context pass. `hints[k]` is the hint for line number `k + 1`; `headline`
/// is the index of the markup headline's line. Returns whether the article's
/// container (see [`candidate`]) was trusted: then the text outside it is
/// chrome.
pub(crate) fn apply_hints(
    lines: &[Line<'_>],
    feats: &[Features],
    classes: &mut [Class],
    hints: &[Hint],
    headline: Option<usize>,
) -> bool {
    let hint = |line: &Line<'_>| hints.get(line.number.wrapping_sub(1)).copied();
    // When the page marks its article and the article holds the prose, text
    // outside it is the page's, not the story's.
    let main_prose = lines
        .iter()
        .zip(feats)
        .filter(|(l, f)| f.is_prose() && hint(l).is_some_and(|h| h.has(flag::MAIN)))
        .count();
    let outside_prose = lines
        .iter()
        .zip(feats)
        .filter(|(l, f)| f.is_prose() && hint(l).is_some_and(|h| !h.has(flag::MAIN)))
        .count();
    let article_marked = main_prose >= 3 && main_prose >= outside_prose;
    // The container the markup's text points to, when there is one, decides
    // over the elements the page names as its article (there may be several:
    // teaser cards).
    // A container that ends above the headline is a block of teasers or a
    // banner, not the story under it.
    let last_in_candidate = hints.iter().rposition(|h| h.has(flag::CANDIDATE));
    let headline_at = headline.and_then(|h| lines.get(h)).map(|l| l.number - 1);
    let has_candidate = last_in_candidate.is_some_and(|c| headline_at.is_none_or(|h| c > h));
    let inside = if has_candidate {
        flag::CANDIDATE
    } else {
        flag::MAIN
    };
    // Prose between the headline and a container that starts below it is
    // the article's lead (a review's or a list's introduction) when there
    // are paragraphs of it: one is a standfirst. Not the headline printed
    // again, nor captions or links.
    let lead = match (
        headline_at,
        hints.iter().position(|h| h.has(flag::CANDIDATE)),
    ) {
        (Some(h), Some(c)) if has_candidate && c > h => h + 1..c,
        _ => 0..0,
    };
    let lead_prose = |l: &Line<'_>, f: &Features| {
        f.is_prose()
            && lead.contains(&(l.number - 1))
            && headline
                .and_then(|h| lines.get(h))
                .is_none_or(|h| h.text.trim() != l.text.trim())
            && hint(l).is_some_and(|h| {
                h.link_density < 0.2 && !h.has(flag::FIGCAPTION | flag::CAPTION_CLASS)
            })
    };
    let has_lead = lines
        .iter()
        .zip(feats)
        .filter(|(l, f)| f.words >= LEAD_WORDS && lead_prose(l, f))
        .count()
        >= LEAD_MIN;
    for ((line, f), class) in lines.iter().zip(feats).zip(classes.iter_mut()) {
        if line.is_blank() {
            continue;
        }
        let Some(h) = hints.get(line.number - 1) else {
            continue;
        };
        if let Some(c) = hinted(class, f, h) {
            *class = c;
        } else if (has_candidate || article_marked)
            && !h.has(inside)
            && class.kind.is_body()
            && !(has_lead && lead_prose(line, f))
        {
            *class = Class {
                kind: LineKind::SiteChrome,
                reason: "markup: outside the article",
            };
        }
    }
    has_candidate
}

fn hinted(class: &Class, f: &Features, h: &Hint) -> Option<Class> {
    use flag::*;
    let set = |kind, reason| Some(Class { kind, reason });
    if class.kind == LineKind::PhotoCredit || class.kind == LineKind::WireCredit {
        return None;
    }
    // The header of what follows the article ("Share this:", "Related
    // posts") stays one under a clutter class: the region ends there.
    if class.reason == END_OF_ARTICLE {
        return None;
    }
    if h.has(FIGCAPTION | CAPTION_CLASS) && !h.has(H1) {
        return set(LineKind::Caption, "markup: caption");
    }
    if h.has(BYLINE_CLASS) && f.words <= 12 && !f.is_prose() && !h.has(H1) {
        return set(LineKind::Byline, "markup: byline");
    }
    // Prose in a box the page marks as its author's is the author's
    // biography, not the article's text.
    if h.has(BYLINE_CLASS) && f.is_prose() && !h.has(H1) {
        return set(LineKind::SiteChrome, "markup: author's box");
    }
    // Inside the article's container, whose wrappers' classes were cleared,
    // prose under a clutter class is the article's (a class word such as
    // "nav" or "newsletter" names a section of it), unless it is a comment
    // thread's: what is not prose goes by the class as elsewhere. Prose in a
    // `<footer>` below the container is the article's colophon (a
    // disclaimer, a biography, a call to act), not its text.
    let clear_prose = h.has(MAIN | CANDIDATE)
        && f.is_prose()
        && !h.has(NAV | ASIDE | FORM | FOOTER)
        && !(h.has(CANDIDATE) && h.has(CHROME_CLASS) && h.has(SIDE_CLASS));
    if clear_prose {
        return None;
    }
    if h.has(NAV) {
        return set(LineKind::SiteChrome, "markup: navigation");
    }
    if h.has(FOOTER | HEADER) {
        return set(LineKind::SiteChrome, "markup: header or footer");
    }
    if h.has(ASIDE | FORM) {
        return set(LineKind::SiteChrome, "markup: aside or form");
    }
    if h.has(CHROME_CLASS) && !h.has(H1) {
        return set(LineKind::SiteChrome, "markup: clutter class");
    }
    if h.link_density > 0.5 && !h.has(H1) {
        return set(LineKind::SiteChrome, "markup: links");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_inline() {
        let f = flatten("<p>One <b>two</b> three</p><p>Four<br>five</p><script>x()</script>");
        assert_eq!(f.text, "One two three\n\nFour\nfive\n");
        assert_eq!(f.hints.len(), 4);
    }

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
        assert!(h.has(flag::CANDIDATE));
        assert!(!h.has(flag::CHROME));
        let about = lines.iter().position(|l| *l == "About us").unwrap();
        assert!(f.hints[about].has(flag::CHROME_CLASS));
    }

    /// An article of `n` paragraphs in the page's container, with `inside`
    /// after its `at`-th paragraph.
    fn story(n: usize, at: usize, inside: &str) -> String {
        let mut html = String::from("<body><nav><a href='/'>Home</a></nav><div class='story'>");
        for k in 0..n {
            html.push_str(&format!(
                "<p>Paragraph {k} of the story: the council voted on Monday to rebuild the bridge, which has been closed since the storm.</p>"
            ));
            if k + 1 == at {
                html.push_str(inside);
            }
        }
        html.push_str("</div><footer>About us</footer></body>");
        html
    }

    #[test]
    fn an_end_of_article_header_in_a_clutter_box_ends_the_article() {
        let bio = "Jane Doe writes about the town and its people for the paper, and has done so for many years.";
        let html = story(
            12,
            12,
            &format!("<div class='share-box'><h3>Share this:</h3><a href='/x'>X</a></div><p>Like this:</p><p>{bio}</p>"),
        );
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 11 of the story"));
        assert!(!body.contains("Like this"), "{body}");
        assert!(!body.contains(bio), "{body}");
    }

    #[test]
    fn an_end_of_article_header_with_the_article_going_on_after_it_is_an_inline_promo() {
        let html = story(
            16,
            10,
            "<div class='related-box'><p>Related content:</p><a href='/x'>Another story of the town</a></div>",
        );
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 15 of the story"), "{body}");
    }

    #[test]
    fn prose_in_the_authors_box_is_a_biography() {
        let bio = "Jane Doe is a reporter at the paper, where she has covered the town council for ten years.";
        let html = story(
            12,
            12,
            &format!("<div class='post-author-box'><p>{bio}</p></div>"),
        );
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 11 of the story"));
        assert!(!body.contains(bio), "{body}");
    }

    #[test]
    fn prose_in_a_footer_inside_the_article_is_not_its_text() {
        let note = "This article is for information only and is not advice; speak to a professional before you act on it.";
        let html = story(12, 12, &format!("<footer><p>{note}</p></footer>"));
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 11 of the story"));
        assert!(!body.contains(note), "{body}");
    }

    #[test]
    fn hidden_streamed_content_is_read_when_nothing_else_shows() {
        let html = "<body><div hidden><p>The council voted on Monday to rebuild the bridge.</p></div></body>";
        assert!(flatten(html).text.contains("rebuild the bridge"));
        let html = "<body><p>Shown text of the page.</p><div hidden><p>Secret.</p></div></body>";
        assert!(!flatten(html).text.contains("Secret"));
    }

    #[test]
    fn prepare_leaves_out_what_is_never_read() {
        let html = "<p>a<!-- x --></p><script>var s = '<p>';</script><STYLE>p{}</STYLE>\
                    <script type=\"application/LD+JSON\">{}</script><title>T</title>\
                    <svg><path d=\"M0\"/></SVG>\
                    <a href=\"/x?a=1&b='2'\" CLASS=nav data-x='{\"k\": 1}' hidden>x</a>\
                    <img src=x alt='it\"s'/><p title=a\"b class=c>d</p><nav-hub id=x></nav-hub>\
                    <style-guide>Shown</style-guide>";
        assert_eq!(
            prepare(html),
            "<p>a</p><script></script><STYLE></STYLE>\
             <script type=\"application/LD+JSON\">{}</script><title>T</title>\
             <svg></SVG>\
             <a CLASS=nav hidden>x</a>\
             <img/><p title=a\"b class=c>d</p><nav-hub id=x></nav-hub>\
             <style-guide>Shown</style-guide>"
        );
        assert!(matches!(
            prepare("<p>plain</p>"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Unclosed constructs end the input without a panic.
        for s in ["<!-- open", "<script>x", "<a href=\"x>", "<", "<p class='a"] {
            let _ = flatten(s);
        }
    }

    #[test]
    fn prepare_never_panics_on_broken_markup() {
        const PIECES: &[&str] = &[
            "<",
            ">",
            "/",
            "=",
            "\"",
            "'",
            " ",
            "<!--",
            "-->",
            "<script",
            "</script",
            "<svg",
            "</svg",
            "<style>",
            "<a href=",
            "x",
            "é",
            "<p",
            "</p>",
            "<nav-hub",
            "\u{1F600}",
            "`",
            "<title>",
            "ld+json",
            "<div class=",
            "hidden",
            "\n",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut html = String::new();
            for _ in 0..(seed % 40) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                html.push_str(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            let _ = flatten(&html);
            seed = seed.wrapping_add(1);
        }
    }

    /// The markup read from a page's `<head>`.
    fn head(tags: &str) -> Markup {
        flatten(&format!(
            "<html><head>{tags}</head><body><p>Text.</p></body></html>"
        ))
        .markup
    }

    #[test]
    fn the_publisher_is_not_a_publication_date() {
        let m = head(
            "<meta property=\"article:publisher\" content=\"https://example.com/herald\">\
             <meta name=\"cludo:date\" content=\"2023-02-22\">",
        );
        assert_eq!(m.published_other.as_deref(), Some("2023-02-22"));
        assert_eq!(
            m.date().map(|d| d.to_string()).as_deref(),
            Some("2023-02-22")
        );
    }

    #[test]
    fn only_page_level_meta_declares_a_publication_date() {
        let og = "<meta property=\"article:published_time\" content=\"2023-02-22T08:00:00Z\">";
        let dc = "<meta name=\"dc.date\" content=\"2023-02-22\">";
        let microdata = "<meta itemprop=\"datePublished\" content=\"2023-02-22\">";
        let ld = "<script type=\"application/ld+json\">\
                  {\"@type\":\"Article\",\"datePublished\":\"2023-02-22\"}</script>";
        assert!(head(og).declared);
        assert!(head(dc).declared);
        assert!(!head(microdata).declared);
        assert!(!head(ld).declared);
        // A publication meta that holds no date declares none.
        assert!(!head("<meta name=\"date\" content=\"today\">").declared);
        assert!(head(ld).schema_dated());
        assert!(head(microdata).schema_dated());
        assert!(!head(&format!("{og}{ld}")).schema_dated());
        let time = flatten("<p><time datetime=\"2023-02-22\">Feb 22</time></p>").markup;
        assert!(!time.schema_dated());
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_date("2019-11-19T05:00:00Z").map(|d| d.to_string()),
            Some("2019-11-19".into())
        );
    }
}
