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
//!
//! The unread raw text and the unread attributes are taken out of the input
//! itself, just before the tokenizer reads them, where the filter knows the
//! tokenizer's state (after the start tag of a raw-text element: raw text or
//! script data; after any other tag, a comment or a doctype: data): the
//! scans that find their ends follow the tokenizer's states exactly
//! ([`raw_text_end`], [`script_end`], [`read_tag`]), so it reads the same
//! tokens, but for those that would be dropped. The tokenizer reads markup a
//! character at a time and checks each attribute against all before it in
//! the tag; the scans are byte searches.

use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
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
    KEPT_ATTRIBUTES.contains(&name)
}

/// The place in [`KEPT_ATTRIBUTES`] of an attribute's name as written (in
/// any case).
fn kept_index(name: &[u8]) -> Option<u32> {
    let mut lower = [0u8; 14];
    let folded = lower.get_mut(..name.len())?;
    for (l, b) in folded.iter_mut().zip(name) {
        *l = b.to_ascii_lowercase();
    }
    let folded = &*folded;
    KEPT_ATTRIBUTES
        .iter()
        .position(|k| k.as_bytes() == folded)
        .map(|k| k as u32)
}

/// The names [`is_kept_attribute`] keeps.
const KEPT_ATTRIBUTES: [&str; 18] = [
    "class",
    "id",
    "role",
    "itemprop",
    "hidden",
    "aria-hidden",
    "style",
    "type",
    "property",
    "name",
    "content",
    "datetime",
    "open",
    "color",
    "face",
    "size",
    "encoding",
    "shadowrootmode",
];

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
struct Filter<'a> {
    inner: TreeBuilder<ego_tree::NodeId, HtmlTreeSink>,
    state: State,
    /// The tokenizer's input, so that the text of an element never read can
    /// be taken out of it before the tokenizer reads it.
    input: &'a BufferQueue,
    /// Whether unread raw text is taken out of the input (off only to test
    /// that taking it out changes nothing).
    skip: bool,
    /// The attributes of the last tag read by [`Filter::prune_next_tag`],
    /// kept for their allocation.
    attributes: RefCell<Vec<WrittenAttribute>>,
}

/// Whether a byte ends an end tag's name (the tokenizer reads a carriage
/// return as a line feed).
fn ends_tag_name(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
}

/// Whether `s[at..]` opens the end tag `name` (lowercase) as the tokenizer
/// reads one in raw text: `</`, the name in any case, then whitespace, `/`
/// or `>`.
fn is_end_tag(s: &[u8], at: usize, name: &[u8]) -> bool {
    let n = name.len();
    s.len() > at + 2 + n
        && s[at + 1] == b'/'
        && s[at + 2..at + 2 + n].eq_ignore_ascii_case(name)
        && ends_tag_name(s[at + 2 + n])
}

/// Where raw text (RCDATA or RAWTEXT: style sheets, `textarea`, …) of the
/// element `name` ends: at the first `</name` followed by whitespace, `/`
/// or `>`, in any case (HTML §13.2.5.2–3, 9–16: nothing else in raw text
/// changes the tokenizer's state).
fn raw_text_end(s: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = memchr::memchr(b'<', &s[from..]) {
        let at = from + k;
        if is_end_tag(s, at, name) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Where a script's text ends: the `<` of the `</script` that the
/// tokenizer's script data states (HTML §13.2.5.4, 15–31) take as its end
/// tag, following `<!--` escapes and `<script` double escapes in them.
fn script_end(s: &[u8]) -> Option<usize> {
    const SCRIPT: &[u8] = b"script";
    /// The script data states, but the end tag's (checked by
    /// [`is_end_tag`] at each `<`) and the double escape's start and end
    /// (checked at once, reading the name that follows).
    #[derive(Clone, Copy, PartialEq)]
    enum St {
        Data,
        Escaped,
        EscapedDash,
        EscapedDashDash,
        Double,
        DoubleDash,
        DoubleDashDash,
    }
    // The name of letters at `s[at..]`, and the byte after it.
    let name_at = |at: usize| {
        let len = s[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        (&s[at..at + len], s.get(at + len).copied())
    };
    let is_script = |name: &[u8], next: Option<u8>| {
        name.eq_ignore_ascii_case(SCRIPT) && next.is_some_and(ends_tag_name)
    };
    let mut st = St::Data;
    let mut i = 0;
    while i < s.len() {
        if st == St::Data {
            // Outside escapes only `<` matters.
            let k = memchr::memchr(b'<', &s[i..])?;
            i += k;
            if is_end_tag(s, i, SCRIPT) {
                return Some(i);
            }
            if s[i + 1..].starts_with(b"!--") {
                // `<!--` leaves the tokenizer in "escaped dash dash".
                st = St::EscapedDashDash;
                i += 4;
            } else {
                i += 1;
            }
            continue;
        }
        let b = s[i];
        match (st, b) {
            (St::Escaped | St::EscapedDash | St::EscapedDashDash, b'<') => {
                if is_end_tag(s, i, SCRIPT) {
                    return Some(i);
                }
                let (name, next) = name_at(i + 1);
                if is_script(name, next) {
                    st = St::Double;
                    i += 1 + name.len() + 1;
                } else {
                    st = St::Escaped;
                    i += 1 + name.len();
                }
                continue;
            }
            (St::Double | St::DoubleDash | St::DoubleDashDash, b'<') => {
                if s.get(i + 1) == Some(&b'/') {
                    let (name, next) = name_at(i + 2);
                    if is_script(name, next) {
                        st = St::Escaped;
                        i += 2 + name.len() + 1;
                    } else {
                        st = St::Double;
                        i += 2 + name.len();
                    }
                } else {
                    st = St::Double;
                    i += 1;
                }
                continue;
            }
            (St::Escaped, b'-') => st = St::EscapedDash,
            (St::EscapedDash | St::EscapedDashDash, b'-') => st = St::EscapedDashDash,
            (St::EscapedDashDash, b'>') => st = St::Data,
            (St::Escaped | St::EscapedDash | St::EscapedDashDash, _) => st = St::Escaped,
            (St::Double, b'-') => st = St::DoubleDash,
            (St::DoubleDash | St::DoubleDashDash, b'-') => st = St::DoubleDashDash,
            (St::DoubleDashDash, b'>') => st = St::Data,
            (St::Double | St::DoubleDash | St::DoubleDashDash, _) => st = St::Double,
            (St::Data, _) => unreachable!("handled above"),
        }
        i += 1;
    }
    None
}

/// An attribute as written in a tag: where its name is, and its value's
/// quote (`"`, `'`, or none) and where the value is.
struct WrittenAttribute {
    name: std::ops::Range<usize>,
    value: Option<(Option<u8>, std::ops::Range<usize>)>,
}

/// A tag as the tokenizer reads it (HTML §13.2.5.6–13, 32–40), from the
/// `<` at `s[0]`: its name, attributes, where it ends (after its `>`) and
/// whether it is self-closing. `None` where the page ends inside it.
struct WrittenTag {
    end_tag: bool,
    name: std::ops::Range<usize>,
    attributes: Vec<WrittenAttribute>,
    self_closing: bool,
    end: usize,
}

/// Read the tag at `s[0]` (a `<` followed by a letter, or by `/` and a
/// letter) as the tokenizer's tag states do.
fn read_tag(
    s: &[u8],
    attributes: Vec<WrittenAttribute>,
) -> Result<WrittenTag, Vec<WrittenAttribute>> {
    #[derive(Clone, Copy)]
    enum St {
        Name,
        BeforeName,
        AttributeName,
        AfterName,
        BeforeValue,
        Unquoted,
        AfterQuoted,
        SelfClosing,
    }
    let space = |b: u8| matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
    let end_tag = s.get(1) == Some(&b'/');
    let start = if end_tag { 2 } else { 1 };
    let mut tag = WrittenTag {
        end_tag,
        name: start..start,
        attributes,
        self_closing: false,
        end: 0,
    };
    let mut st = St::Name;
    let mut i = start;
    while i < s.len() {
        let b = s[i];
        st = match st {
            St::Name => match b {
                _ if space(b) => St::BeforeName,
                b'/' => St::SelfClosing,
                b'>' => break,
                _ => St::Name,
            },
            St::BeforeName => match b {
                _ if space(b) => St::BeforeName,
                b'/' => St::SelfClosing,
                b'>' => break,
                _ => {
                    tag.attributes.push(WrittenAttribute {
                        name: i..i,
                        value: None,
                    });
                    St::AttributeName
                }
            },
            St::AttributeName => match b {
                _ if space(b) || matches!(b, b'/' | b'>' | b'=') => {
                    if let Some(a) = tag.attributes.last_mut() {
                        a.name.end = i;
                    }
                    match b {
                        b'/' => St::SelfClosing,
                        b'>' => break,
                        b'=' => St::BeforeValue,
                        _ => St::AfterName,
                    }
                }
                _ => St::AttributeName,
            },
            St::AfterName => match b {
                _ if space(b) => St::AfterName,
                b'/' => St::SelfClosing,
                b'=' => St::BeforeValue,
                b'>' => break,
                _ => {
                    tag.attributes.push(WrittenAttribute {
                        name: i..i,
                        value: None,
                    });
                    St::AttributeName
                }
            },
            St::BeforeValue => match b {
                _ if space(b) => St::BeforeValue,
                b'"' | b'\'' => {
                    // The value runs to the same quote, whatever it holds.
                    let Some(k) = memchr::memchr(b, &s[i + 1..]) else {
                        return Err(tag.attributes);
                    };
                    let close = i + 1 + k;
                    if let Some(a) = tag.attributes.last_mut() {
                        a.value = Some((Some(b), i + 1..close));
                    }
                    i = close;
                    St::AfterQuoted
                }
                b'>' => {
                    if let Some(a) = tag.attributes.last_mut() {
                        a.value = Some((Some(b'"'), i..i));
                    }
                    break;
                }
                _ => {
                    if let Some(a) = tag.attributes.last_mut() {
                        a.value = Some((None, i..i));
                    }
                    St::Unquoted
                }
            },
            St::Unquoted => match b {
                _ if space(b) || b == b'>' => {
                    if let Some((_, v)) = tag.attributes.last_mut().and_then(|a| a.value.as_mut()) {
                        v.end = i;
                    }
                    if b == b'>' {
                        break;
                    }
                    St::BeforeName
                }
                _ => St::Unquoted,
            },
            St::AfterQuoted => match b {
                _ if space(b) => St::BeforeName,
                b'/' => St::SelfClosing,
                b'>' => break,
                _ => continue_in_before_name(&mut tag, i),
            },
            St::SelfClosing => match b {
                b'>' => {
                    tag.self_closing = true;
                    break;
                }
                // Anything else is read again as before an attribute's name.
                _ if space(b) => St::BeforeName,
                b'/' => St::SelfClosing,
                _ => continue_in_before_name(&mut tag, i),
            },
        };
        if matches!(st, St::Name) || i == start {
            tag.name.end = i + 1;
        }
        i += 1;
    }
    if i >= s.len() {
        return Err(tag.attributes);
    }
    tag.end = i + 1;
    return Ok(tag);

    /// "Reconsume in the before attribute name state" with a byte that is
    /// neither whitespace nor `/` nor `>`: it starts an attribute.
    fn continue_in_before_name(tag: &mut WrittenTag, i: usize) -> St {
        tag.attributes.push(WrittenAttribute {
            name: i..i,
            value: None,
        });
        St::AttributeName
    }
}

impl Filter<'_> {
    /// Take out of the next tag in the input, before the tokenizer reads it,
    /// the attributes that would be left out once it has read them: those
    /// [`is_kept_attribute`] does not keep, those a same-named one before
    /// them makes duplicates, all of an end tag's. Called where the
    /// tokenizer is in its data state, so that the first `<` and letter in
    /// the input open a tag. The tokenizer reads an attribute a character at
    /// a time and checks each against all before it: links, sources and
    /// data attributes are much of a page, and a tag of many attributes
    /// took time quadratic in their number.
    fn prune_next_tag(&self) {
        let Some(mut rest) = self.input.pop_front() else {
            return;
        };
        let last = self.input.is_empty();
        let s = rest.as_bytes();
        let mut from = 0;
        let at = loop {
            let Some(k) = memchr::memchr(b'<', &s[from..]) else {
                self.input.push_front(rest);
                return;
            };
            let at = from + k;
            match s.get(at + 1) {
                Some(b) if b.is_ascii_alphabetic() => break at,
                Some(b'/') if s.get(at + 2).is_some_and(u8::is_ascii_alphabetic) => break at,
                Some(b'!' | b'/' | b'?') | None => {
                    self.input.push_front(rest);
                    return;
                }
                // A `<` that opens nothing is text.
                _ => from = at + 1,
            }
        };
        let mut attributes = self.attributes.take();
        attributes.clear();
        let tag = match read_tag(&s[at..], attributes) {
            Ok(tag) => tag,
            Err(attributes) => {
                self.attributes.replace(attributes);
                if last {
                    // The page ends inside the tag: the tokenizer drops it.
                    rest.pop_back(rest.len32() - at as u32);
                }
                self.input.push_front(rest);
                return;
            }
        };
        // Which attributes stay: the first of each kept name (an end tag's
        // attributes are never read).
        let kept_at = |a: &WrittenAttribute| match tag.end_tag {
            true => None,
            false => kept_index(&s[at + a.name.start..at + a.name.end]),
        };
        let mut seen = 0u32;
        let mut keeps = 0usize;
        for a in &tag.attributes {
            if let Some(k) = kept_at(a) {
                if seen & (1 << k) == 0 {
                    seen |= 1 << k;
                    keeps += 1;
                }
            }
        }
        if keeps == tag.attributes.len() {
            self.attributes.replace(tag.attributes);
            self.input.push_front(rest);
            return;
        }
        let text: &str = &rest;
        let piece = |r: &std::ops::Range<usize>| text.get(at + r.start..at + r.end).unwrap_or("");
        let mut written = StrTendril::new();
        written.push_slice(if tag.end_tag { "</" } else { "<" });
        written.push_slice(piece(&tag.name));
        let mut seen = 0u32;
        for a in &tag.attributes {
            match kept_at(a) {
                Some(k) if seen & (1 << k) == 0 => seen |= 1 << k,
                _ => continue,
            }
            written.push_char(' ');
            written.push_slice(piece(&a.name));
            if let Some((quote, v)) = &a.value {
                written.push_char('=');
                let q = quote.map(char::from);
                if let Some(q) = q {
                    written.push_char(q);
                }
                written.push_slice(piece(v));
                if let Some(q) = q {
                    written.push_char(q);
                }
            }
        }
        written.push_slice(if tag.self_closing { " />" } else { ">" });
        let end = tag.end;
        self.attributes.replace(tag.attributes);
        let before = rest.subtendril(0, at as u32);
        rest.pop_front((at + end) as u32);
        self.input.push_front(rest);
        self.input.push_front(written);
        self.input.push_front(before);
    }

    /// Take the text of a raw-text element never read out of the input, up
    /// to its end tag, which the tokenizer then reads as it would have: its
    /// text would have been dropped token by token, and nothing in it but
    /// the end tag changes the tokenizer's state (see [`raw_text_end`],
    /// [`script_end`]). Where the end is not in the next buffer of the
    /// input, nothing is taken.
    fn skip_unread_text(&self, kind: RawKind, name: &str) {
        let Some(mut rest) = self.input.pop_front() else {
            return;
        };
        let s = rest.as_bytes();
        let end = match kind {
            RawKind::ScriptData | RawKind::ScriptDataEscaped(_) => script_end(s),
            RawKind::Rawtext | RawKind::Rcdata => raw_text_end(s, name.as_bytes()),
        };
        // No end at all: the element runs to the end of the page.
        let end = end.or_else(|| self.input.is_empty().then_some(s.len()));
        if let Some(end) = end.and_then(|e| u32::try_from(e).ok()) {
            if rest.try_pop_front(end).is_err() {
                // Never: `end` is at a `<` or the end.
                self.input.push_front(rest);
                return;
            }
        }
        self.input.push_front(rest);
    }

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
        let name = unread.then(|| tag.name.clone());
        let result = self.inner.process_token(Token::TagToken(tag), line);
        if let (Some(name), TokenSinkResult::RawData(kind)) = (name, &result) {
            s.unread_text.set(true);
            if self.skip {
                self.skip_unread_text(*kind, &name);
            }
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

impl TokenSink for Filter<'_> {
    type Handle = ego_tree::NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Self::Handle> {
        match token {
            Token::CommentToken(_) => {
                if self.skip {
                    self.prune_next_tag();
                }
                TokenSinkResult::Continue
            }
            Token::TagToken(tag) => {
                let result = match tag.kind {
                    TagKind::StartTag => self.start_tag(tag, line),
                    TagKind::EndTag => self.end_tag(tag, line),
                };
                // After a tag the tokenizer is in its data state, but where
                // the tag switched it to raw text or plain text.
                let data = matches!(
                    result,
                    TokenSinkResult::Continue | TokenSinkResult::Script(_)
                );
                if self.skip && data {
                    self.prune_next_tag();
                }
                result
            }
            Token::DoctypeToken(doctype) => {
                let result = self.inner.process_token(Token::DoctypeToken(doctype), line);
                if self.skip {
                    self.prune_next_tag();
                }
                result
            }
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
    parse_with(html, true)
}

/// [`parse`], with the unread raw text taken out of the input or not.
fn parse_with(html: &str, skip: bool) -> Html {
    let builder = TreeBuilder::new(
        HtmlTreeSink::new(Html::new_document()),
        TreeBuilderOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let filter = Filter {
        inner: builder,
        state: State::default(),
        input: &input,
        skip,
        attributes: RefCell::new(Vec::new()),
    };
    if skip {
        filter.prune_next_tag();
    }
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
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
        dump_doc(&parse(html))
    }

    /// [`dump`] of a parsed page.
    fn dump_doc(doc: &Html) -> String {
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

    /// A pseudo-random page of `pieces` (a linear congruential generator,
    /// so failures replay).
    fn random_page(pieces: &[&str], seed: &mut u64) -> String {
        let mut html = String::new();
        for _ in 0..(*seed % 40) {
            *seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            html.push_str(pieces[(*seed >> 33) as usize % pieces.len()]);
        }
        *seed = seed.wrapping_add(1);
        html
    }

    #[test]
    fn raw_text_ends_where_the_tokenizer_ends_it() {
        assert_eq!(raw_text_end(b"a</styl></style >", b"style"), Some(8));
        assert_eq!(raw_text_end(b"a</STYLE\r", b"style"), Some(1));
        assert_eq!(raw_text_end(b"a</stylex></style", b"style"), None);
        assert_eq!(script_end(b"a</script>"), Some(1));
        assert_eq!(script_end(b"<!--</script>"), Some(4));
        assert_eq!(script_end(b"<!--<script></script>x</script>"), Some(22));
        assert_eq!(script_end(b"<!--<script>--></script>"), Some(15));
        assert_eq!(script_end(b"<!-- --><script></script>"), Some(16));
        assert_eq!(script_end(b"<!--<script></scriptx></script "), None);
    }

    #[test]
    fn taking_unread_text_out_of_the_input_changes_nothing() {
        const PIECES: &[&str] = &[
            "<script>",
            "</script>",
            "</SCRIPT ",
            "<script",
            "</script",
            "<script/",
            "<!--",
            "-->",
            "-",
            "<",
            "</",
            "/",
            ">",
            " ",
            "\r",
            "\0",
            "x",
            "<style>",
            "</style",
            "</stylex>",
            "<textarea>",
            "</textarea>",
            "<noscript>",
            "</noscript>",
            "<iframe>",
            "</iframe>",
            "<svg>",
            "</svg>",
            "<script type=ld+json>",
            "<p>",
            "&amp;",
            "<title>",
            "</title>",
            " class=x",
            "class=z",
            "hidden",
            " href='a>b'",
            "\"",
            "'",
            "=",
            " hidden",
            " CLASS=\"y\"",
            " data-x=1",
            "/>",
            " id=",
            "&amp",
            "&not",
            " class",
            "<a",
            "<div",
            "</a",
            "</div ",
            "<br/",
            "<!DOCTYPE html>",
            "<!-- c -->",
            "<svg>",
            "<path d='m'/>",
            "<font color=red>",
            "<input type=hidden>",
            "<table>",
            "\t",
            "\n",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let html = random_page(PIECES, &mut seed);
            assert_eq!(
                dump_doc(&parse_with(&html, true)),
                dump_doc(&parse_with(&html, false)),
                "{html:?}"
            );
        }
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
