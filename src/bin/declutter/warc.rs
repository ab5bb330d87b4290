//! WARC and WET files, read record by record.
//!
//! A record is a `WARC/1.x` version line, header lines, a blank line, then
//! `Content-Length` bytes of block and a blank line. Pages are the `response`
//! records holding an HTTP response with an HTML or text payload (Common
//! Crawl's WARC), the `conversion` records holding page text (its WET) and
//! `resource` records of HTML or text; the rest (`warcinfo`, `request`,
//! `metadata`, `revisit`, images, redirects) are skipped. A record whose
//! header cannot be read is reported and the reader moves on to the next
//! line that starts a record, so one corrupt record costs only itself.
//!
//! Own reader rather than the `warc` crate: that crate reads a block line by
//! line (a corrupt `Content-Length` there loses the rest of the file, and
//! there is no moving on to the next record) and allocates 1 MB for every
//! record; this one reads the block by its length in one read, resynchronises
//! on the next version line, and needs nothing beyond `std` and `flate2`.

use std::io::{BufRead, Read};
use std::sync::Arc;

use declutter::Markup;

use crate::input::{Job, Page};
use crate::output::Dest;

/// The biggest record block read into memory; a bigger one (a video, a
/// huge archive member) is skipped, reported, without being held.
const MAX_BLOCK: u64 = 256 << 20;
/// The longest header section of a record.
const MAX_HEADER: usize = 1 << 20;

/// Read the records of a WARC or WET stream; every page and every record
/// that could not be read goes to `sink`. Returns `false` when `sink`
/// stopped.
pub fn read(
    mut reader: Box<dyn BufRead>,
    name: &str,
    dest: &Arc<Dest>,
    markup: Option<Markup>,
    sink: &mut dyn FnMut(Job) -> bool,
) -> bool {
    let mut line = Vec::new();
    let mut number = 0usize;
    // After a bad record, lines are skipped up to the next version line
    // without a report for each.
    let mut lost = false;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => {
                return sink(failed(
                    name,
                    number + 1,
                    None,
                    dest,
                    format!("cannot read: {e}"),
                ))
            }
        }
        if !line.starts_with(b"WARC/") {
            if lost || line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            lost = true;
            let error = "not a WARC record (skipped to the next one)".to_owned();
            if !sink(failed(name, number + 1, None, dest, error)) {
                return false;
            }
            continue;
        }
        lost = false;
        number += 1;
        let headers = match headers(&mut reader) {
            Ok(h) => h,
            Err(error) => {
                lost = true;
                if !sink(failed(name, number, None, dest, error)) {
                    return false;
                }
                continue;
            }
        };
        let get = |key: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v.as_str())
        };
        let id = get("WARC-Record-ID")
            .map(|s| s.trim_matches(['<', '>']).to_owned())
            .unwrap_or_else(|| format!("{name}#{number}"));
        let url = get("WARC-Target-URI").map(|s| s.trim_matches(['<', '>']).to_owned());
        let Some(length) = get("Content-Length").and_then(|v| v.trim().parse::<u64>().ok()) else {
            lost = true;
            let error = "WARC record without a valid Content-Length".to_owned();
            if !sink(record_failed(id, url, dest, error)) {
                return false;
            }
            continue;
        };
        let kind = get("WARC-Type").unwrap_or("").to_ascii_lowercase();
        let block_type = get("Content-Type").map(str::to_owned);
        let wanted = matches!(kind.as_str(), "response" | "conversion" | "resource");
        if !wanted || length > MAX_BLOCK {
            // Skipped unread: only its length is consumed.
            match std::io::copy(&mut (&mut reader).take(length), &mut std::io::sink()) {
                Ok(n) if n == length => {}
                _ => return sink(record_failed(id, url, dest, "truncated WARC record".into())),
            }
            if wanted {
                let error = format!("record of {length} bytes, over the {MAX_BLOCK}-byte limit");
                if !sink(record_failed(id, url, dest, error)) {
                    return false;
                }
            }
            continue;
        }
        let mut block = Vec::with_capacity(length as usize);
        match (&mut reader).take(length).read_to_end(&mut block) {
            Ok(n) if n as u64 == length => {}
            Ok(_) => return sink(record_failed(id, url, dest, "truncated WARC record".into())),
            Err(e) => return sink(record_failed(id, url, dest, format!("cannot read: {e}"))),
        }
        let page = match kind.as_str() {
            "response"
                if block_type
                    .as_deref()
                    .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/http")) =>
            {
                match http_payload(block) {
                    Ok(Some((content_type, bytes))) => Some((content_type, bytes, None)),
                    Ok(None) => None,
                    Err(error) => {
                        if !sink(record_failed(id, url, dest, error)) {
                            return false;
                        }
                        continue;
                    }
                }
            }
            // A WET record is page text, whatever it looks like.
            "conversion" => Some((block_type, block, Some(Markup::Text))),
            "resource" | "response" if page_type(block_type.as_deref()) => {
                Some((block_type, block, None))
            }
            _ => None,
        };
        if let Some((content_type, bytes, kind_markup)) = page {
            let job = Job::Page(Page {
                id,
                url,
                dest: Arc::clone(dest),
                bytes,
                content_type,
                markup: markup.or(kind_markup),
            });
            if !sink(job) {
                return false;
            }
        }
    }
}

/// A record that could not be read, before its headers named it: called by
/// its file's name and its number in the file.
fn failed(name: &str, number: usize, url: Option<String>, dest: &Arc<Dest>, error: String) -> Job {
    record_failed(format!("{name}#{number}"), url, dest, error)
}

/// A record that could not be read, reported under its id.
fn record_failed(id: String, url: Option<String>, dest: &Arc<Dest>, error: String) -> Job {
    Job::Failed {
        id,
        url,
        dest: Arc::clone(dest),
        error,
    }
}

/// The header lines up to the blank line, as `(name, value)`.
fn headers(reader: &mut dyn BufRead) -> Result<Vec<(String, String)>, String> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut line = Vec::new();
    let mut size = 0;
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read: {e}"))?;
        size += n;
        if n == 0 {
            return Err("truncated WARC header".into());
        }
        if size > MAX_HEADER {
            return Err("WARC header over 1 MB".into());
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Ok(headers);
        }
        if text.starts_with([' ', '\t']) {
            // A folded line continues the header above it.
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
            continue;
        }
        let Some((key, value)) = text.split_once(':') else {
            return Err(format!("bad WARC header line {text:?}"));
        };
        headers.push((key.trim().to_owned(), value.trim().to_owned()));
    }
}

/// Whether a `Content-Type` is a page's (HTML or text), or says nothing.
fn page_type(content_type: Option<&str>) -> bool {
    let Some(t) = content_type else { return true };
    let mime = t
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime.is_empty()
        || matches!(
            mime.as_str(),
            "text/html" | "application/xhtml+xml" | "text/plain" | "text/markdown"
        )
}

/// The payload of an HTTP response and its `Content-Type`: `Ok(None)` for
/// one that is not a page (not 2xx, not HTML or text). A chunked or gzipped
/// payload is decoded.
#[allow(clippy::type_complexity)]
fn http_payload(block: Vec<u8>) -> Result<Option<(Option<String>, Vec<u8>)>, String> {
    let end = memchr::memmem::find(&block, b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| memchr::memmem::find(&block, b"\n\n").map(|i| (i, 2)));
    let Some((end, sep)) = end else {
        return Err("HTTP response without the end of its headers".into());
    };
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse::<u16>().ok());
    let Some(code) = code.filter(|_| status.starts_with("HTTP/")) else {
        return Err(format!(
            "not an HTTP response: {:?}",
            status.chars().take(40).collect::<String>()
        ));
    };
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let mut content_type = None;
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim(), v.trim());
        if k.eq_ignore_ascii_case("content-type") {
            content_type = Some(v.to_owned());
        } else if k.eq_ignore_ascii_case("transfer-encoding") {
            chunked = v.to_ascii_lowercase().contains("chunked");
        } else if k.eq_ignore_ascii_case("content-encoding") {
            encoding = v.to_ascii_lowercase();
        }
    }
    if !page_type(content_type.as_deref()) {
        return Ok(None);
    }
    let mut body = block;
    body.drain(..end + sep);
    if chunked {
        body = dechunk(&body).ok_or("bad chunked HTTP payload")?;
    }
    if encoding.contains("gzip") || encoding.contains("deflate") {
        let mut out = Vec::new();
        let read = if encoding.contains("gzip") {
            flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut out)
        } else {
            flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut out)
        };
        read.map_err(|e| format!("cannot decode the {encoding} HTTP payload: {e}"))?;
        body = out;
    }
    Ok(Some((content_type, body)))
}

/// A chunked transfer-encoded body, joined.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = memchr::memmem::find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunked_payload_is_joined() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
        assert_eq!(dechunk(b"zz\r\n"), None);
        assert_eq!(dechunk(b"10\r\nshort"), None);
    }

    #[test]
    fn http_payloads_of_pages_only() {
        let ok =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\n\r\n<p>hi</p>".to_vec();
        let (ct, body) = http_payload(ok).unwrap().unwrap();
        assert_eq!(ct.as_deref(), Some("text/html; charset=koi8-r"));
        assert_eq!(body, b"<p>hi</p>");
        let chunked =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n".to_vec();
        assert_eq!(http_payload(chunked).unwrap().unwrap().1, b"hi");
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG".to_vec();
        assert!(http_payload(image).unwrap().is_none());
        let redirect = b"HTTP/1.1 302 Found\r\nLocation: /\r\n\r\n".to_vec();
        assert!(http_payload(redirect).unwrap().is_none());
        assert!(http_payload(b"garbage\r\n\r\n".to_vec()).is_err());
        assert!(http_payload(b"HTTP/1.1 200 OK".to_vec()).is_err());
    }

    #[test]
    fn folded_headers_continue_the_line_above() {
        let mut r: &[u8] = b"WARC-Type: response\r\nX-Long: a\r\n  b\r\n\r\nrest";
        let h = headers(&mut r).unwrap();
        assert_eq!(h[1], ("X-Long".to_owned(), "a b".to_owned()));
        let mut bad: &[u8] = b"no colon here\r\n\r\n";
        assert!(headers(&mut bad).is_err());
    }
}
