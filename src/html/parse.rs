//! The parse: html5ever's tokenizer and tree builder, with a filter between
//! the two that leaves out of the tree what is never read.
//!
//! The filter sees the tokens the HTML tokenizer made, so it can never
//! disagree with the parser about where a comment, a script or a drawing
//! ends: the tokenizer's states (comments ending at `<!-->` or `--!>`,
//! scripts' double escapes, raw text, quoted attributes holding `>` or
//! `</svg`) are its own. A byte-level pre-scan that guessed them let the page
//! show text no browser shows (script code, literal markup) or hide the
//! article behind a comment it took to run on.
//!
//! What it leaves out changes nothing the tree builder decides on: comments
//! (never read), the text of raw-text elements the walk skips (scripts but
//! JSON-LD, style sheets, `noscript`, `iframe`, `noembed`, `noframes`,
//! `textarea`: often half of a page's bytes), the attributes nothing reads
//! (links, sources, data; the few the tree builder itself reads are kept),
//! and the tags nested deeper than [`MAX_DEPTH`] (their text stays, but for
//! what a hidden deep element holds).

use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::TokenizerResult;
use scraper::{Html, HtmlTreeSink};

/// How deep elements may nest, as in browsers (Blink flattens the tree below
/// 512 levels). The parser's scope checks scan the stack of open elements, so
/// deeper nesting would cost time quadratic in the depth.
pub(super) const MAX_DEPTH: usize = 512;

/// Elements that never hold content, or that the parser closes implicitly
/// when a sibling opens: they do not add to the nesting depth.
fn is_flat(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "tr"
            | "td"
            | "th"
            | "html"
            | "head"
            | "body"
            | "tbody"
            | "thead"
            | "tfoot"
            | "colgroup"
            | "optgroup"
            | "rb"
            | "rt"
            | "rp"
    )
}

/// How many formatting elements (`<b>`, `<font>`, …) may be open at once:
/// the tree builder reopens every one still open in each paragraph that
/// follows one it was closed in, so 500 distinct unclosed `<b id=…>` made
/// every paragraph 500 elements (1 MB of HTML peaked at 5 GB). Beyond this,
/// formatting tags are left out (their text stays): the walk reads nothing
/// of theirs but their class, and no real page stacks so many.
pub(super) const MAX_FORMATTING: usize = 8;

/// The formatting elements the tree builder reopens ("the list of active
/// formatting elements"), but `<a>`, which a new `<a>` closes, and `<font>`,
/// which ends a drawing when it has `color`, `face` or `size`.
const FORMATTING: [&str; 12] = [
    "b", "big", "code", "em", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Elements whose start tag switches the tokenizer to another state (raw
/// text, script data, plain text): always passed on, however deep, since
/// leaving one out would have their contents read as markup.
fn switches_tokenizer(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "plaintext"
            | "noscript"
            | "iframe"
            | "noembed"
            | "noframes"
    )
}

/// Elements whose contents no browser shows as text of the page: when one is
/// left out for its depth, so is its text.
fn hides_contents(name: &str) -> bool {
    super::vocabulary::is_skipped(name) || name == "dialog"
}

/// The attributes kept: those the walk and the markup read, and those the
/// tree builder reads itself (`type` of inputs in tables, `color`, `face`
/// and `size` of `<font>` in drawings, `encoding` of MathML's
/// `annotation-xml`, `shadowrootmode` of templates).
fn is_kept_attribute(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "id"
            | "role"
            | "itemprop"
            | "hidden"
            | "aria-hidden"
            | "style"
            | "type"
            | "property"
            | "name"
            | "content"
            | "datetime"
            | "open"
            | "color"
            | "face"
            | "size"
            | "encoding"
            | "shadowrootmode"
    )
}

/// Whether a start tag marks its element hidden (then, left out for its
/// depth, its text is too).
fn marks_hidden(tag: &Tag) -> bool {
    tag.attrs.iter().any(|a| {
        let name: &str = &a.name.local;
        name == "hidden" || name == "aria-hidden" || name == "style"
    })
}

/// What the filter keeps track of between tokens.
#[derive(Default)]
struct State {
    /// Inside the raw text of an element whose text is never read.
    unread_text: Cell<bool>,
    /// The nesting depth as counted by [`is_flat`]'s rule.
    depth: Cell<usize>,
    /// For each level left out beyond [`MAX_DEPTH`], whether its element
    /// hides its contents.
    deep: RefCell<Vec<bool>>,
    /// How many of `deep` hide their contents.
    deep_hidden: Cell<usize>,
    /// Formatting start tags passed on and not yet matched by an end tag.
    formatting: Cell<usize>,
    /// For each of [`FORMATTING`], how many start tags were left out whose
    /// end tags are left out too.
    formatting_cut: RefCell<[usize; FORMATTING.len()]>,
}

/// The tree builder behind the filter.
struct Filter {
    inner: TreeBuilder<ego_tree::NodeId, HtmlTreeSink>,
    state: State,
}

impl Filter {
    /// A start tag: its attributes pruned; left out (a space in its stead,
    /// so that the words on either side stay apart) when too deep.
    fn start_tag(&self, mut tag: Tag, line: u64) -> TokenSinkResult<ego_tree::NodeId> {
        let s = &self.state;
        let name: &str = &tag.name;
        if let Some(k) = FORMATTING.iter().position(|f| *f == name) {
            if s.formatting.get() >= MAX_FORMATTING {
                s.formatting_cut.borrow_mut()[k] += 1;
                return TokenSinkResult::Continue;
            }
            s.formatting.set(s.formatting.get() + 1);
        }
        let switches = switches_tokenizer(name);
        // Self-closing counts only where the parser honours it: in drawings.
        let flat = is_flat(name)
            || (tag.self_closing
                && self
                    .inner
                    .adjusted_current_node_present_but_not_in_html_namespace());
        let unread = match name {
            "script" => !tag.attrs.iter().any(|a| {
                &*a.name.local == "type" && a.value.to_ascii_lowercase().contains("ld+json")
            }),
            "style" | "noscript" | "iframe" | "noembed" | "noframes" | "textarea" => true,
            _ => false,
        };
        if !flat && !switches {
            s.depth.set(s.depth.get() + 1);
            if s.depth.get() > MAX_DEPTH {
                let hides = hides_contents(name) || marks_hidden(&tag);
                s.deep.borrow_mut().push(hides);
                if hides {
                    s.deep_hidden.set(s.deep_hidden.get() + 1);
                }
                return self.chars(StrTendril::from_slice(" "), line);
            }
        }
        tag.attrs.retain(|a| is_kept_attribute(&a.name.local));
        let result = self.inner.process_token(Token::TagToken(tag), line);
        if unread && matches!(result, TokenSinkResult::RawData(_)) {
            s.unread_text.set(true);
        }
        result
    }

    /// An end tag: left out when its start tag was.
    fn end_tag(&self, tag: Tag, line: u64) -> TokenSinkResult<ego_tree::NodeId> {
        let s = &self.state;
        s.unread_text.set(false);
        let name: &str = &tag.name;
        if let Some(k) = FORMATTING.iter().position(|f| *f == name) {
            let mut cut = s.formatting_cut.borrow_mut();
            if cut[k] > 0 {
                cut[k] -= 1;
                return TokenSinkResult::Continue;
            }
            s.formatting.set(s.formatting.get().saturating_sub(1));
        }
        if !is_flat(name) && !switches_tokenizer(name) {
            let deep = s.depth.get() > MAX_DEPTH;
            s.depth.set(s.depth.get().saturating_sub(1));
            if deep {
                if s.deep.borrow_mut().pop() == Some(true) {
                    s.deep_hidden.set(s.deep_hidden.get() - 1);
                }
                return self.chars(StrTendril::from_slice(" "), line);
            }
        }
        self.inner.process_token(Token::TagToken(tag), line)
    }

    /// Text, unless it is never read.
    fn chars(&self, text: StrTendril, line: u64) -> TokenSinkResult<ego_tree::NodeId> {
        if self.state.unread_text.get() || self.state.deep_hidden.get() > 0 {
            return TokenSinkResult::Continue;
        }
        self.inner.process_token(Token::CharacterTokens(text), line)
    }
}

impl TokenSink for Filter {
    type Handle = ego_tree::NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Self::Handle> {
        match token {
            Token::CommentToken(_) => TokenSinkResult::Continue,
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => self.start_tag(tag, line),
                TagKind::EndTag => self.end_tag(tag, line),
            },
            Token::CharacterTokens(text) => self.chars(text, line),
            Token::NullCharacterToken if self.state.unread_text.get() => TokenSinkResult::Continue,
            other => self.inner.process_token(other, line),
        }
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Parse a page as a browser does (scripting on), leaving out of the tree
/// what is never read.
pub(super) fn parse(html: &str) -> Html {
    let builder = TreeBuilder::new(
        HtmlTreeSink::new(Html::new_document()),
        TreeBuilderOpts::default(),
    );
    let filter = Filter {
        inner: builder,
        state: State::default(),
    };
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // A script's end suspends the tokenizer (for the script to run): go on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let Tokenizer { sink, .. } = tokenizer;
    sink.inner.sink.0.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::flatten;
    use scraper::Node;

    /// The tree's elements with their attributes, and its text, in order.
    fn dump(html: &str) -> String {
        let doc = parse(html);
        let mut out = String::new();
        for node in doc.tree.root().descendants() {
            match node.value() {
                Node::Element(el) => {
                    out.push('<');
                    out.push_str(el.name());
                    for (k, v) in el.attrs() {
                        out.push_str(&format!(" {k}={v}"));
                    }
                    out.push('>');
                }
                Node::Text(t) => out.push_str(t),
                Node::Comment(_) => out.push_str("<!>"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn what_is_never_read_is_left_out() {
        let html = "<p>a<!-- x --></p><script>var s = '<p>';</script><STYLE>p{}</STYLE>\
                    <script type=\"application/ld&#x2B;json\">{}</script><title>T</title>\
                    <a href=\"/x\" CLASS=nav data-x='{\"k\": 1}' hidden>x</a>\
                    <noscript><p>n</p></noscript><iframe>f</iframe><xmp>&lt;</xmp>";
        assert_eq!(
            dump(html),
            "<html><head><body><p>a<script><style><script type=application/ld+json>{}\
             <title>T<a class=nav hidden=>x<noscript><iframe><xmp>&lt;"
        );
    }

    #[test]
    fn the_tokenizer_decides_where_comments_and_scripts_end() {
        // `<!-->` ends a comment at once; a script's double escape runs past
        // the first `</script>`; `</svg` in a quoted value ends no drawing.
        assert_eq!(dump("<!--><p>a</p>-->"), "<html><head><body><p>a-->");
        assert_eq!(
            dump("<script><!--<script></script><p>b</p></script><p>c</p>"),
            "<html><head><script><body><p>c"
        );
        assert_eq!(
            dump("<svg><desc x='</svg>'>d</desc></svg>e"),
            "<html><head><body><svg><desc>de"
        );
    }

    #[test]
    fn nesting_is_capped_and_self_closing_counts_only_in_drawings() {
        let deep = "<div>".repeat(MAX_DEPTH * 3) + "deep text";
        let doc = parse(&deep);
        let divs = doc
            .tree
            .root()
            .descendants()
            .filter(|n| matches!(n.value(), Node::Element(el) if el.name() == "div"));
        assert_eq!(divs.count(), MAX_DEPTH);
        assert!(flatten(&deep).text.contains("deep text"));
        // `<div/>` opens a div in HTML: it is counted.
        let doc = parse(&"<div/>".repeat(MAX_DEPTH * 2));
        let divs = doc
            .tree
            .root()
            .descendants()
            .filter(|n| matches!(n.value(), Node::Element(el) if el.name() == "div"));
        assert_eq!(divs.count(), MAX_DEPTH);
        // A hidden element left out for its depth takes its text with it.
        let html = "<div>".repeat(MAX_DEPTH) + "<div hidden>secret</div><p>shown";
        let text = flatten(&html).text;
        assert!(!text.contains("secret") && text.contains("shown"), "{text}");
    }

    #[test]
    fn open_formatting_elements_are_capped() {
        // Distinct unclosed formatting elements, then paragraphs: each
        // paragraph reopens at most MAX_FORMATTING of them.
        let opened: String = (0..500).map(|k| format!("<b id=b{k}>")).collect();
        let paras = "<p>Text of a paragraph.</p>".repeat(200);
        let doc = parse(&format!("<p>{opened}lead</p>{paras}"));
        let bs = doc
            .tree
            .root()
            .descendants()
            .filter(|n| matches!(n.value(), Node::Element(el) if el.name() == "b"));
        assert!(bs.count() <= MAX_FORMATTING * 202);
        let text = flatten(&format!("<p>{opened}lead</p>{paras}")).text;
        assert_eq!(text.matches("Text of a paragraph.").count(), 200);
        // Closed ones do not count: a page of many bold words keeps them.
        let bold = "<p><b class=byline>By Jane</b> and <i>x</i></p>".repeat(100);
        let doc = parse(&bold);
        let bs = doc
            .tree
            .root()
            .descendants()
            .filter(|n| matches!(n.value(), Node::Element(el) if el.name() == "b"));
        assert_eq!(bs.count(), 100);
    }

    #[test]
    fn broken_markup_never_panics() {
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
            "<!-->",
            "--!>",
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
            "<math>",
            "<![CDATA[",
            "]]>",
            "<template>",
            "<table>",
            "<td>",
            "<plaintext>",
            "\0",
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
}
