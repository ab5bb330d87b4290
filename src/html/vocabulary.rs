//! The markup's vocabulary: which elements hold no text of the page, which
//! start a line of their own, and what an element's name, role and class say
//! about the text inside it.

use scraper::node::Element;

/// What the markup says about the text of a line: a set of facts about the
/// elements around it, each true of the element holding the text or of one
/// of its ancestors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flags(u32);

impl Flags {
    /// No flag.
    pub const NONE: Flags = Flags(0);
    /// Inside `<nav>` or a navigation role.
    pub const NAV: Flags = Flags(1);
    /// Inside a `<header>` or banner role outside the article.
    pub const HEADER: Flags = Flags(1 << 1);
    /// Inside `<footer>` or a content-info role.
    pub const FOOTER: Flags = Flags(1 << 2);
    /// Inside `<aside>` or a complementary role.
    pub const ASIDE: Flags = Flags(1 << 3);
    /// Inside a form or one of its controls.
    pub const FORM: Flags = Flags(1 << 4);
    /// Inside `<figure>`.
    pub const FIGURE: Flags = Flags(1 << 5);
    /// Inside `<figcaption>`.
    pub const FIGCAPTION: Flags = Flags(1 << 6);
    /// Inside `<li>`.
    pub const LI: Flags = Flags(1 << 7);
    /// Inside `<article>`, `<main>` or an element marked as the article body.
    pub const MAIN: Flags = Flags(1 << 8);
    /// Inside `<h1>`.
    pub const H1: Flags = Flags(1 << 9);
    /// Inside `<h2>` to `<h6>`.
    pub const HEADING: Flags = Flags(1 << 10);
    /// An ancestor's class or id names clutter (ad, share, related, …).
    pub const CHROME_CLASS: Flags = Flags(1 << 11);
    /// An ancestor's class or id names a caption or credit.
    pub const CAPTION_CLASS: Flags = Flags(1 << 12);
    /// An ancestor's class or id names a byline or author.
    pub const BYLINE_CLASS: Flags = Flags(1 << 13);
    /// Inside `<pre>`: line breaks in the text are lines.
    pub const PRE: Flags = Flags(1 << 14);
    /// Inside `<blockquote>`.
    pub const BLOCKQUOTE: Flags = Flags(1 << 15);
    /// Inside a table cell.
    pub const CELL: Flags = Flags(1 << 16);
    /// Inside the element the markup's text says is the article's container
    /// (see [`candidate`]).
    pub const CANDIDATE: Flags = Flags(1 << 17);
    /// An ancestor's class or id names a comment thread, a section that holds
    /// text around the article's rather than the article.
    pub const SIDE_CLASS: Flags = Flags(1 << 18);
    /// Flags that say the markup takes a line for the page's chrome.
    pub const CHROME: Flags = Flags(
        Self::NAV.0
            | Self::HEADER.0
            | Self::FOOTER.0
            | Self::ASIDE.0
            | Self::FORM.0
            | Self::CHROME_CLASS.0,
    );

    /// Whether every flag of `other` is set.
    pub fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether any flag of `other` is set.
    pub fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// Set the flags of `other`.
    pub fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    /// Clear the flags of `other`.
    pub fn remove(&mut self, other: Flags) {
        self.0 &= !other.0;
    }

    /// The flags of `self` that `other` does not have.
    pub fn difference(self, other: Flags) -> Flags {
        Flags(self.0 & !other.0)
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;

    fn bitor(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, other: Flags) {
        self.insert(other);
    }
}

impl std::ops::BitAnd for Flags {
    type Output = Flags;

    fn bitand(self, other: Flags) -> Flags {
        Flags(self.0 & other.0)
    }
}

/// Elements whose contents are never text of the page: scripts, styles,
/// templates, what only a browser without scripts or frames or plug-ins
/// shows (`noscript`, `noembed`, `noframes`), the options of a `datalist`,
/// a `<title>` wherever it stands (the page's title is read as markup, not
/// shown in the page), drawings, embedded content and controls.
pub(super) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "template"
            | "noembed"
            | "noframes"
            | "datalist"
            | "title"
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
pub(super) fn is_block(name: &str) -> bool {
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

/// Whether an element's contents are never text of the page: a skipped
/// element ([`is_skipped`]) or a dialog not open (browsers do not render a
/// closed `<dialog>`, whatever its style; scripts open it).
pub(super) fn is_unshown(name: &str, a: &Attrs<'_>) -> bool {
    is_skipped(name) || (name == "dialog" && !a.open)
}

/// The attributes the walk reads, taken in one pass over an element's.
#[derive(Default)]
pub(super) struct Attrs<'a> {
    hidden: bool,
    open: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    pub(super) fn of(el: &'a Element) -> Attrs<'a> {
        let mut a = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "hidden" => a.hidden = true,
                "open" => a.open = true,
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

/// How much of a `style` attribute (characters but white space) is read for
/// the rules that hide an element: they come first in a generated one.
const STYLE_READ: usize = 4096;
/// How much of a `class` or `id` attribute (bytes) is read for its words.
const CLASS_READ: usize = 1024;
/// No listed class word is longer (a longer word is none of them): the size
/// of the buffer a word is lower-cased in.
const CLASS_WORD_MAX: usize = 16;

/// Whether the page hides the element (`hidden`, `aria-hidden`, or an inline
/// style that does not display it).
pub(super) fn is_hidden(a: &Attrs<'_>) -> bool {
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
            .take(STYLE_READ)
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// The flags that the words of an element's class and id give (clutter,
/// caption, byline, comment thread).
pub(super) fn class_flags(a: &Attrs<'_>) -> Flags {
    let mut flags = Flags::NONE;
    for value in a.class.into_iter().chain(a.id) {
        // Huge attributes are read only in part (none of it when the part
        // would end inside a character).
        let value = value.get(..value.len().min(CLASS_READ)).unwrap_or("");
        for token in value.split_ascii_whitespace() {
            for word in token.split(['-', '_']) {
                // No listed word is longer: lower-case on the stack.
                if word.len() > CLASS_WORD_MAX {
                    continue;
                }
                let mut buf = [0u8; CLASS_WORD_MAX];
                for (b, c) in buf.iter_mut().zip(word.bytes()) {
                    *b = c.to_ascii_lowercase();
                }
                flags |= match &buf[..word.len()] {
                    b"ad" | b"ads" | b"advert" | b"adverts" | b"advertisement" | b"advertising"
                    | b"promo" | b"promos" | b"promoted" | b"related" | b"share" | b"sharing"
                    | b"social" | b"newsletter" | b"subscribe" | b"subscription" | b"cookie"
                    | b"cookies" | b"footer" | b"nav" | b"navbar" | b"navigation" | b"menu"
                    | b"sidebar" | b"breadcrumb" | b"breadcrumbs" | b"banner" | b"popup"
                    | b"modal" | b"recommended" | b"tags" | b"signup" => Flags::CHROME_CLASS,
                    b"comment" | b"comments" => Flags::CHROME_CLASS | Flags::SIDE_CLASS,
                    b"commentlist" | b"respond" | b"replies" | b"discussion" => Flags::SIDE_CLASS,
                    b"caption" | b"credit" | b"credits" | b"figcaption" => Flags::CAPTION_CLASS,
                    b"byline" | b"author" | b"authors" => Flags::BYLINE_CLASS,
                    _ => Flags::NONE,
                };
            }
        }
    }
    flags
}

/// Elements of source code. Inside them a class names a token's syntax for a
/// highlighter (`hljs-comment`, `token comment`), not a part of the page: their
/// class words are not read, or a highlighted comment would read as a comment
/// thread and its lines go from the code.
pub(super) fn is_code(name: &str) -> bool {
    matches!(name, "pre" | "code")
}

/// An element the page marks as the article's body (schema.org microdata).
pub(super) fn is_article_body(a: &Attrs<'_>) -> bool {
    a.itemprop
        .is_some_and(|p| p.split_ascii_whitespace().any(|w| w == "articleBody"))
}

/// The flags of an element's text: its parent's, and what its name, its
/// role, its microdata and (but for `<html>` and `<body>`) its class and id
/// say. `class` is the element's [`class_flags`] when they are known.
pub(super) fn element_flags(
    el: &Element,
    a: &Attrs<'_>,
    class: Option<Flags>,
    parent: Flags,
) -> Flags {
    let name = el.name();
    let mut f = parent;
    let in_main = parent.contains(Flags::MAIN);
    f |= match name {
        "nav" => Flags::NAV,
        "header" if !in_main => Flags::HEADER,
        "footer" => Flags::FOOTER,
        "aside" => Flags::ASIDE,
        "form" | "button" | "label" | "input" => Flags::FORM,
        "figure" => Flags::FIGURE,
        "figcaption" => Flags::FIGCAPTION,
        "li" => Flags::LI,
        "article" | "main" => Flags::MAIN,
        "h1" => Flags::H1,
        "h2" | "h3" | "h4" | "h5" | "h6" => Flags::HEADING,
        "pre" => Flags::PRE,
        "blockquote" => Flags::BLOCKQUOTE,
        "td" | "th" => Flags::CELL,
        _ => Flags::NONE,
    };
    if let Some(role) = a.role {
        f |= match role.trim() {
            "navigation" | "menu" | "menubar" => Flags::NAV,
            "banner" if !in_main => Flags::HEADER,
            "contentinfo" => Flags::FOOTER,
            "complementary" => Flags::ASIDE,
            "main" | "article" => Flags::MAIN,
            _ => Flags::NONE,
        };
    }
    if is_article_body(a) {
        f |= Flags::MAIN;
    }
    if !matches!(name, "html" | "body") && !is_code(name) && !parent.contains(Flags::PRE) {
        f |= class.unwrap_or_else(|| class_flags(a));
    }
    f
}
