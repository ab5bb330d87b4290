//! The byte-level pre-scan: the page made ready for the parser before it is
//! parsed.

use std::borrow::Cow;
use std::ops::Range;

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

/// A byte range of the page that [`prepare`] leaves out.
struct Cut {
    bytes: Range<usize>,
    /// What stands in for it: a space for a tag (so that the words on either
    /// side stay apart), nothing for what is never read.
    stand_in: &'static str,
}

impl Cut {
    fn new(bytes: Range<usize>, stand_in: &'static str) -> Cut {
        Cut { bytes, stand_in }
    }
}

/// `html` made ready for the parser: the tags nested deeper than
/// [`MAX_DEPTH`] left out (their text stays), and what is never read left
/// out too (comments, drawings, the bodies of scripts and style sheets,
/// often half of a page's bytes, but for JSON-LD, and the attributes nothing
/// reads: see [`prune_attributes`]). Borrowed unchanged when there is
/// nothing to leave out. A cheap scan, not a parser: raw text (`script`,
/// `style`, …) is skipped, quoted attribute values may hold `>`.
pub(super) fn prepare(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut cut: Vec<Cut> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let start = i + off;
        i = start + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
            cut.push(Cut::new(start..i, ""));
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
                    cut.push(Cut::new(i..body_end, ""));
                }
                i = body_end;
                continue;
            }
            // Drawings hold no text of the page, often many bytes of paths.
            if name.eq_ignore_ascii_case(b"svg") && !self_closing {
                if let Some(close) = find_ci(b, i, b"</svg") {
                    cut.push(Cut::new(i..close, ""));
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
                cut.push(Cut::new(start..end, " "));
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > MAX_DEPTH {
                cut.truncate(before_tag);
                cut.push(Cut::new(start..end, " "));
            }
        }
    }
    if cut.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for c in cut {
        // Cuts fall next to ASCII delimiters, so on character boundaries.
        out.push_str(html.get(last..c.bytes.start).unwrap_or(""));
        out.push_str(c.stand_in);
        last = c.bytes.end;
    }
    out.push_str(html.get(last..).unwrap_or(""));
    Cow::Owned(out)
}

/// Leave out the attributes of the start tag whose attributes span
/// `b[from..to]` that nothing reads (links, sources, data), pushing their
/// ranges on `cut`. A tag whose attributes do not scan cleanly (a stray
/// quote) is left whole, so that no cut can change where it ends.
fn prune_attributes(b: &[u8], from: usize, to: usize, cut: &mut Vec<Cut>) {
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
    let mut unread: Vec<Range<usize>> = Vec::new();
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
    cut.extend(unread.into_iter().map(|r| Cut::new(r, "")));
}

/// Find `needle` at or after `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| p + from)
}

/// Find `needle` at or after `from`, ignoring ASCII case.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::flatten;

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
        assert!(matches!(prepare("<p>plain</p>"), Cow::Borrowed(_)));
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
}
