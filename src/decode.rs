//! Bytes in: a page as it comes off the wire or the disk, decoded to text the
//! way a browser decodes it, and told HTML or text when the caller does not say.
//!
//! The order is the HTML standard's encoding sniffing algorithm: a byte order
//! mark, then the charset of the HTTP `Content-Type` the caller passes, then
//! (for HTML) the `<meta charset>` / `http-equiv` prescan of the first 1024
//! bytes, then a guess: UTF-8 when the bytes are valid UTF-8, else `chardetng`,
//! the detector Firefox uses for unlabelled legacy pages. Decoding is
//! `encoding_rs` (the Encoding Standard's decoders): malformed sequences
//! become U+FFFD, so decoding never fails.
//!
//! This stage imports no other: it only turns bytes into a `&str` for the
//! front-ends.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How many bytes the `<meta>` prescan reads: the HTML standard's 1024.
const PRESCAN_LEN: usize = 1024;
/// How many bytes the detector is fed: enough for any page's evidence, and a
/// bound on the time a huge unlabelled input can take.
const DETECT_LEN: usize = 1 << 20;
/// How many leading bytes the binary and markup sniffers read.
const SNIFF_LEN: usize = 8192;

/// Whether bytes hold HTML or text (plain text or Markdown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Markup {
    /// HTML (or XHTML): cleaned with [`Cleaner::clean_html`](crate::Cleaner::clean_html).
    Html,
    /// Text: cleaned with [`Cleaner::clean`](crate::Cleaner::clean).
    Text,
}

/// Where the encoding a page was decoded with came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodingSource {
    /// A byte order mark at the start of the bytes.
    Bom,
    /// The `charset` parameter of the `Content-Type` the caller passed.
    ContentType,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
    /// 1024 bytes (HTML only).
    Meta,
    /// Guessed from the bytes: valid UTF-8, or the detector's answer.
    Guess,
}

/// A page's bytes decoded to text, with what was found out on the way.
/// Made by [`decode`].
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    text: Cow<'a, str>,
    encoding: &'static Encoding,
    source: EncodingSource,
    markup: Markup,
    binary: bool,
}

impl<'a> Decoded<'a> {
    /// The decoded text (without a byte order mark).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The decoded text, borrowed from the input when it was UTF-8.
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// The name of the encoding the bytes were decoded with, as the Encoding
    /// Standard spells it (`"UTF-8"`, `"windows-1252"`, `"Shift_JIS"`, …).
    pub fn encoding(&self) -> &'static str {
        self.encoding.name()
    }

    /// Where that encoding came from.
    pub fn encoding_source(&self) -> EncodingSource {
        self.source
    }

    /// HTML or text: the caller's word (`Content-Type`), else sniffed.
    pub fn markup(&self) -> Markup {
        self.markup
    }

    /// Whether the bytes look like binary data (an image, an archive, a PDF),
    /// not a page: NUL bytes, many control bytes, or a known file signature at
    /// the start. [`clean_bytes`](crate::Cleaner::clean_bytes) gives an empty
    /// article for such input; a program may rather report it.
    pub fn looks_binary(&self) -> bool {
        self.binary
    }
}

/// Decode a page's bytes as a browser would, and tell HTML from text.
///
/// `content_type` is the HTTP `Content-Type` header value when there is one
/// (`"text/html; charset=windows-1252"`): its `charset` is used unless the
/// bytes start with a byte order mark, and its media type says HTML
/// (`text/html`, `application/xhtml+xml`) or text (`text/plain`,
/// `text/markdown`). `markup` overrides both when given. Without either, the
/// markup is sniffed from the bytes (a leading tag as the MIME Sniffing
/// standard reads one, or a `<!doctype html>`, `<html>`, `<head>` or `<body>`
/// tag near the start).
///
/// Never fails: bytes invalid in the chosen encoding become U+FFFD.
///
/// ```
/// use declutter::{decode, Markup};
///
/// let page = b"<html><head><meta charset=windows-1252><title>Caf\xe9</title></head></html>";
/// let decoded = decode(page, None, None);
/// assert_eq!(decoded.encoding(), "windows-1252");
/// assert_eq!(decoded.markup(), Markup::Html);
/// assert!(decoded.text().contains("Café"));
/// ```
pub fn decode<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
    markup: Option<Markup>,
) -> Decoded<'a> {
    let (mime, label) = content_type.map(parse_content_type).unwrap_or_default();
    let bom = Encoding::for_bom(bytes);
    let body = &bytes[bom.map_or(0, |(_, len)| len)..];
    let markup = markup
        .or_else(|| markup_of_mime(&mime))
        .unwrap_or_else(|| sniff_markup(body));
    let binary = bom.is_none() && looks_binary(bytes);
    let (encoding, source) = if let Some((encoding, _)) = bom {
        (encoding, EncodingSource::Bom)
    } else if let Some(encoding) = label.and_then(|l| Encoding::for_label(l.as_bytes())) {
        (encoding, EncodingSource::ContentType)
    } else if let Some(encoding) = (markup == Markup::Html).then(|| prescan(body)).flatten() {
        (encoding, EncodingSource::Meta)
    } else {
        (guess(body), EncodingSource::Guess)
    };
    let text = if encoding == UTF_8 {
        // Valid UTF-8 (the common case) is borrowed, not copied.
        match std::str::from_utf8(body) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(body),
        }
    } else {
        encoding.decode_without_bom_handling(body).0
    };
    Decoded {
        text,
        encoding,
        source,
        markup,
        binary,
    }
}

/// The media type (lowercase, without parameters) and the `charset`
/// parameter of a `Content-Type` value.
fn parse_content_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
    });
    (mime, charset)
}

/// What a media type says of the markup; `None` for one that says nothing
/// (`application/octet-stream`, an empty or unknown type).
fn markup_of_mime(mime: &str) -> Option<Markup> {
    match mime {
        "text/html" | "application/xhtml+xml" => Some(Markup::Html),
        "text/plain" | "text/markdown" | "text/x-markdown" => Some(Markup::Text),
        _ => None,
    }
}

/// The tags the MIME Sniffing standard reads as the start of an HTML
/// document (after leading white space), each to be followed by a space or
/// `>`; `<!--` stands alone.
const LEADING_TAGS: [&[u8]; 17] = [
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<meta",
];

/// Tags that only an HTML document has, searched near the start when the
/// bytes do not open with a tag (a page saved after a stray line of text).
const DOCUMENT_TAGS: [&[u8]; 4] = [b"<!doctype html", b"<html", b"<head>", b"<body"];

/// HTML when the bytes open with a tag the MIME Sniffing standard names, or
/// hold a document-level tag in their first 8 KB; text otherwise (Markdown
/// with an inline `<br>` stays text).
fn sniff_markup(bytes: &[u8]) -> Markup {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let start = head
        .iter()
        .position(|b| !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' '))
        .unwrap_or(head.len());
    let lead = &head[start..];
    if starts_with_ignore_case(lead, b"<!--")
        || starts_with_ignore_case(lead, b"<?xml")
        || LEADING_TAGS.iter().any(|tag| {
            starts_with_ignore_case(lead, tag)
                && matches!(
                    lead.get(tag.len()),
                    Some(b' ' | b'>' | b'\t' | b'\n' | b'\r')
                )
        })
    {
        return Markup::Html;
    }
    let lower = head.to_ascii_lowercase();
    if DOCUMENT_TAGS
        .iter()
        .any(|tag| memchr::memmem::find(&lower, tag).is_some())
    {
        Markup::Html
    } else {
        Markup::Text
    }
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Binary data rather than a page: a file signature at the start (PDF, which
/// opens in ASCII), a NUL byte, or more than one byte in 64 that the MIME
/// Sniffing standard calls a binary data byte (controls other than tab, line
/// feed, form feed, carriage return and escape) in the first 8 KB. A page in
/// UTF-16 without a byte order mark reads as binary too, as it does to a
/// browser.
fn looks_binary(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 6] = [
        b"%PDF-",
        b"\x89PNG",
        b"GIF8",
        b"\xff\xd8\xff",
        b"PK\x03\x04",
        b"\x1f\x8b",
    ];
    if SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return true;
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let controls = head
        .iter()
        .filter(|&&b| matches!(b, 0x00..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f))
        .count();
    head.contains(&0) || controls * 64 > head.len()
}

/// The last step: UTF-8 when the bytes are valid UTF-8, else the detector's
/// guess (which never answers UTF-16 or UTF-8 for invalid bytes).
fn guess(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(DETECT_LEN)];
    // A sample cut inside a character is still UTF-8: only a complete
    // invalid sequence rules it out.
    match std::str::from_utf8(sample) {
        Ok(_) => return UTF_8,
        Err(e) if e.error_len().is_none() && sample.len() < bytes.len() => return UTF_8,
        Err(_) => {}
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// An encoding label as the HTML standard reads one from a `<meta>`: UTF-16
/// means UTF-8 (a page that could be prescanned in ASCII is not UTF-16) and
/// `x-user-defined` means windows-1252.
fn meta_encoding(label: &[u8]) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label)?;
    Some(if encoding == UTF_16BE || encoding == UTF_16LE {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    })
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The HTML standard's "prescan a byte stream to determine its encoding",
/// over the first 1024 bytes: comments and other tags are skipped as a
/// browser's tokenizer would, and the first `<meta>` that names a supported
/// encoding (by `charset`, or by `content` with `http-equiv="Content-Type"`)
/// gives it.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let b = &bytes[..bytes.len().min(PRESCAN_LEN)];
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            // The `--` of the opening may close it: `<!-->` is a comment.
            i += 2 + memchr::memmem::find(&rest[2..], b"-->")? + 3;
            continue;
        }
        if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&c| is_space(c) || c == b'/')
        {
            i += 6;
            if let Some(encoding) = meta_charset(b, &mut i) {
                return Some(encoding);
            }
            continue;
        }
        let letter_at = |k: usize| rest.get(k).is_some_and(u8::is_ascii_alphabetic);
        if rest[0] == b'<' && (letter_at(1) || (rest.get(1) == Some(&b'/') && letter_at(2))) {
            // Any other tag: past its name, then past its attributes.
            i += rest
                .iter()
                .position(|&c| is_space(c) || c == b'>')
                .unwrap_or(rest.len());
            while attribute(b, &mut i).is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            i += memchr::memchr(b'>', rest)?;
        }
        i += 1;
    }
    None
}

/// The attributes of one `<meta>` tag (from `*i`, just past `<meta `): its
/// encoding when it names one as the standard's rules require.
fn meta_charset(b: &[u8], i: &mut usize) -> Option<&'static Encoding> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma = None;
    // `Some(None)`: a `charset` attribute naming no encoding, which (as in
    // the standard) a later `content` does not override.
    let mut charset: Option<Option<&'static Encoding>> = None;
    while let Some((name, value)) = attribute(b, i) {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value == b"content-type" => got_pragma = true,
            b"content" if charset.is_none() => {
                if let Some(encoding) = charset_in_content(&value) {
                    charset = Some(Some(encoding));
                    need_pragma = Some(true);
                }
            }
            b"charset" if charset.is_none() => {
                charset = Some(meta_encoding(&value));
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    match need_pragma {
        Some(true) if !got_pragma => None,
        Some(_) => charset.flatten(),
        None => None,
    }
}

/// The standard's "get an attribute" from `*i`: `(name, value)` lowercased,
/// or `None` at the tag's `>` or the end of the bytes. Leaves `*i` after the
/// attribute (or on the `>`).
fn attribute(b: &[u8], i: &mut usize) -> Option<(Vec<u8>, Vec<u8>)> {
    while *i < b.len() && (is_space(b[*i]) || b[*i] == b'/') {
        *i += 1;
    }
    if *b.get(*i)? == b'>' {
        return None;
    }
    let mut name = Vec::new();
    loop {
        let c = *b.get(*i)?;
        if c == b'=' && !name.is_empty() {
            *i += 1;
            break;
        }
        if is_space(c) {
            while *i < b.len() && is_space(b[*i]) {
                *i += 1;
            }
            if *b.get(*i)? != b'=' {
                return Some((name, Vec::new()));
            }
            *i += 1;
            break;
        }
        if c == b'/' || c == b'>' {
            return Some((name, Vec::new()));
        }
        name.push(c.to_ascii_lowercase());
        *i += 1;
    }
    while *i < b.len() && is_space(b[*i]) {
        *i += 1;
    }
    let mut value = Vec::new();
    let c = *b.get(*i)?;
    if c == b'"' || c == b'\'' {
        *i += 1;
        loop {
            let d = *b.get(*i)?;
            *i += 1;
            if d == c {
                return Some((name, value));
            }
            value.push(d.to_ascii_lowercase());
        }
    }
    if c == b'>' {
        return Some((name, value));
    }
    loop {
        let d = *b.get(*i)?;
        if is_space(d) || d == b'>' {
            return Some((name, value));
        }
        value.push(d.to_ascii_lowercase());
        *i += 1;
    }
}

/// The standard's "extracting a character encoding from a meta element":
/// the `charset=` inside a `content` value (`text/html; charset=koi8-r`).
fn charset_in_content(content: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    loop {
        at += memchr::memmem::find(&content[at..], b"charset")? + 7;
        let mut j = at;
        while j < content.len() && is_space(content[j]) {
            j += 1;
        }
        if content.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while j < content.len() && is_space(content[j]) {
            j += 1;
        }
        let rest = &content[j..];
        return match rest.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let end = memchr::memchr(q, &rest[1..])?;
                meta_encoding(&rest[1..1 + end])
            }
            Some(_) => {
                let end = rest
                    .iter()
                    .position(|&c| is_space(c) || c == b';')
                    .unwrap_or(rest.len());
                meta_encoding(&rest[..end])
            }
            None => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(bytes: &[u8], content_type: Option<&str>) -> (&'static str, EncodingSource) {
        let d = decode(bytes, content_type, None);
        (d.encoding(), d.encoding_source())
    }

    #[test]
    fn a_windows_1252_page_declaring_its_charset_decodes_without_replacement() {
        let page = b"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf\xe9 \x93news\x94</title></head><body><p>Na\xefve \x96 r\xe9sum\xe9</p></body></html>";
        let d = decode(page, None, None);
        assert_eq!(d.encoding(), "windows-1252");
        assert_eq!(d.encoding_source(), EncodingSource::Meta);
        assert_eq!(d.markup(), Markup::Html);
        assert!(d.text().contains("Café \u{201c}news\u{201d}"));
        assert!(d.text().contains("Naïve \u{2013} résumé"));
        assert!(!d.text().contains('\u{FFFD}'));
    }

    #[test]
    fn meta_charset_forms() {
        assert_eq!(enc(b"<meta charset=\"ISO-8859-2\">x", None).0, "ISO-8859-2");
        assert_eq!(enc(b"<meta charset='koi8-r'/>", None).0, "KOI8-R");
        assert_eq!(enc(b"<META CHARSET=Shift_JIS>", None).0, "Shift_JIS");
        assert_eq!(
            enc(
                b"<meta content='text/html; charset=euc-jp' http-equiv='content-type'>",
                None
            )
            .0,
            "EUC-JP"
        );
        // `content` without the pragma says nothing.
        assert_eq!(
            enc(b"<meta content='text/html; charset=euc-jp'>\xe9t\xe9", None).1,
            EncodingSource::Guess
        );
        // A meta inside a comment or an attribute value is not read.
        assert_eq!(
            enc(b"<!-- <meta charset=koi8-r> -->", None).1,
            EncodingSource::Guess
        );
        assert_eq!(
            enc(b"<div title='<meta charset=koi8-r>'>x</div>", None).1,
            EncodingSource::Guess
        );
        // UTF-16 in a meta means UTF-8; x-user-defined means windows-1252.
        assert_eq!(enc(b"<meta charset=utf-16>", None).0, "UTF-8");
        assert_eq!(
            enc(b"<meta charset=x-user-defined>", None).0,
            "windows-1252"
        );
    }

    #[test]
    fn the_prescan_reads_only_the_first_1024_bytes() {
        let mut page = b"<html><head>".to_vec();
        page.extend(std::iter::repeat_n(b' ', 1100));
        page.extend_from_slice(b"<meta charset=koi8-r></head>");
        assert_eq!(enc(&page, None), ("UTF-8", EncodingSource::Guess));
    }

    #[test]
    fn a_byte_order_mark_wins_over_every_label() {
        let page = b"\xef\xbb\xbf<meta charset=windows-1252><p>caf\xc3\xa9</p>";
        let d = decode(page, Some("text/html; charset=iso-8859-1"), None);
        assert_eq!(
            (d.encoding(), d.encoding_source()),
            ("UTF-8", EncodingSource::Bom)
        );
        assert!(d.text().starts_with("<meta"));
        assert!(d.text().contains("café"));
    }

    #[test]
    fn utf_16_with_a_byte_order_mark() {
        let text = "Stürme über der Küste\n\nEin Sturm traf am Montag die Küste.\n";
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let d = decode(&bytes, None, None);
            assert_eq!(d.encoding(), name);
            assert_eq!(d.text(), text);
            assert_eq!(d.markup(), Markup::Text);
            assert!(!d.looks_binary());
        }
    }

    #[test]
    fn the_content_type_charset_comes_before_the_meta() {
        let page = b"<meta charset=koi8-r><p>caf\xe9</p>";
        let d = decode(page, Some("text/html; Charset=\"windows-1252\""), None);
        assert_eq!(
            (d.encoding(), d.encoding_source()),
            ("windows-1252", EncodingSource::ContentType)
        );
        assert!(d.text().contains("café"));
        // An unknown label is no label.
        assert_eq!(enc(page, Some("text/html; charset=bogus")).0, "KOI8-R");
    }

    #[test]
    fn undeclared_latin_1_is_guessed() {
        let page = "Le président a annoncé mercredi une réforme des retraites très contestée. \
                    Les syndicats ont appelé à la grève générale, et les élèves des lycées à manifester.\n";
        let (bytes, _, _) = WINDOWS_1252.encode(page);
        let d = decode(&bytes, None, None);
        assert_eq!(d.encoding(), "windows-1252");
        assert_eq!(d.encoding_source(), EncodingSource::Guess);
        assert_eq!(d.text(), page);
    }

    #[test]
    fn undeclared_shift_jis_is_guessed() {
        let page =
            "東京都は月曜日、新しい防災計画を発表した。計画では、地震や台風などの災害に備えて、\
                    避難所の数を増やし、住民への情報提供を強化するとしている。\n";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(page);
        let d = decode(&bytes, None, None);
        assert_eq!(d.encoding(), "Shift_JIS");
        assert_eq!(d.text(), page);
    }

    #[test]
    fn utf_8_is_borrowed() {
        let page = "Stürme über der Küste".as_bytes();
        let d = decode(page, None, None);
        assert_eq!(d.encoding(), "UTF-8");
        assert!(matches!(d.into_text(), Cow::Borrowed(_)));
    }

    #[test]
    fn markup_is_sniffed_or_taken_from_the_content_type() {
        let html = b"\n  <!DOCTYPE html><html><body><p>Hi</p></body></html>";
        assert_eq!(decode(html, None, None).markup(), Markup::Html);
        assert_eq!(
            decode(b"<div class=x>Hi</div>", None, None).markup(),
            Markup::Html
        );
        assert_eq!(
            decode(b"<!-- saved --><p>Hi</p>", None, None).markup(),
            Markup::Html
        );
        assert_eq!(
            decode(
                b"Saved from example\n<html><body>Hi</body></html>",
                None,
                None
            )
            .markup(),
            Markup::Html
        );
        for text in [
            &b"Storm hits the coast\n\nA storm hit."[..],
            b"# Storm\n\nA storm <br> hit the coast.",
            b"<author> wrote: a < b",
            b"<article about the storm>",
        ] {
            assert_eq!(decode(text, None, None).markup(), Markup::Text, "{text:?}");
        }
        assert_eq!(
            decode(html, Some("text/plain"), None).markup(),
            Markup::Text
        );
        assert_eq!(
            decode(b"Hi", Some("text/html"), None).markup(),
            Markup::Html
        );
        assert_eq!(
            decode(html, Some("text/plain"), Some(Markup::Html)).markup(),
            Markup::Html
        );
        assert_eq!(
            decode(html, Some("application/octet-stream"), None).markup(),
            Markup::Html
        );
    }

    #[test]
    fn binary_data_is_told_from_pages() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None, None).looks_binary());
        assert!(decode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", None, None).looks_binary());
        assert!(decode(b"text\0with a nul", None, None).looks_binary());
        let noisy: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(decode(&noisy, None, None).looks_binary());
        assert!(!decode(b"A page\twith tabs\x0cand a form feed\r\n", None, None).looks_binary());
        assert!(!decode(b"", None, None).looks_binary());
    }

    #[test]
    fn odd_bytes_never_panic() {
        for bytes in [
            &b""[..],
            b"<",
            b"<meta",
            b"<meta ",
            b"<meta charset",
            b"<meta charset=",
            b"<meta charset='",
            b"<meta content='charset=",
            b"<meta content=\"charset='x",
            b"<!--",
            b"<!-->",
            b"</",
            b"<a b='",
            b"\xff\xfe\x00",
            b"\xfe",
        ] {
            let _ = decode(bytes, None, None);
            let _ = decode(bytes, Some(";;charset"), Some(Markup::Html));
        }
    }
}
