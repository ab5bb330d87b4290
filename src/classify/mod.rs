//! Stage 3: what one line is, on its own.
//!
//! This is the hot path: it runs once per input line, sees no neighbours and
//! allocates nothing. Cheap shape features come first; the lexicon (one
//! `RegexSet`) runs once per line. What the line *means* in its page — headline,
//! caption, header chrome — is left to the context pass.

pub(crate) mod lexicon;
mod rule;

pub(crate) use rule::Rule;

use crate::meta::date;

/// The kind of a line, as [`Cleaner::explain`](crate::Cleaner::explain) reports it.
///
/// [`LineKind::classify`] gives the kind of one line seen alone; cleaning a
/// whole text then revises it with context (a sentence above a credit line is a
/// [`Caption`](LineKind::Caption), a short line before the headline is
/// [`SiteChrome`](LineKind::SiteChrome), …). Only [`Body`](LineKind::Body) and
/// [`Heading`](LineKind::Heading) lines (and captions, when asked for) end up in
/// the article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum LineKind {
    /// An empty or white-space-only line.
    Blank,
    /// The article's headline.
    Title,
    /// A paragraph of the article.
    Body,
    /// A subheading or a short item inside the article, kept in the body.
    Heading,
    /// The author line ("By Jane Doe").
    Byline,
    /// A line that is only a date (possibly with a time or "Updated").
    Dateline,
    /// The original publisher's name, printed near the headline.
    Source,
    /// A photo caption: description text that belongs to an image.
    Caption,
    /// A photo credit ("AP", "via REUTERS", "Photo: …").
    PhotoCredit,
    /// A wire or contribution credit ("With Post wires", "Reuters contributed to this report").
    WireCredit,
    /// An ad marker ("Advertisement", "Story continues below advertisement").
    Advertisement,
    /// A sponsor line ("Sponsor: …", "Presented by …").
    Sponsor,
    /// The site's or aggregator's own chrome: banners, navigation, share and
    /// follow prompts, counters, newsletter and cookie banners, legal lines.
    SiteChrome,
    /// A line matched by one of the user's own marker patterns.
    Marker,
}

impl LineKind {
    /// Classify one line with no context: the lexicon and the line's shape only.
    ///
    /// Text that is not recognised as clutter comes back as [`LineKind::Body`];
    /// deciding whether it is really article text needs the neighbours, which is
    /// what [`Cleaner::clean`](crate::Cleaner::clean) adds.
    ///
    /// ```
    /// use declutter::LineKind;
    ///
    /// assert_eq!(LineKind::classify("Advertisement"), LineKind::Advertisement);
    /// assert_eq!(LineKind::classify("via REUTERS"), LineKind::PhotoCredit);
    /// assert_eq!(LineKind::classify("With Post wires"), LineKind::WireCredit);
    /// assert_eq!(LineKind::classify("22 Feb 2023"), LineKind::Dateline);
    /// assert_eq!(LineKind::classify("Beijing has denied providing support."), LineKind::Body);
    /// ```
    pub fn classify(line: &str) -> LineKind {
        let line = line.trim();
        classify(line, &Features::of(line)).kind()
    }

    /// The kind's name in kebab case, as used by `explain` and the golden files
    /// (`"photo-credit"`, `"site-chrome"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Blank => "blank",
            LineKind::Title => "title",
            LineKind::Body => "body",
            LineKind::Heading => "heading",
            LineKind::Byline => "byline",
            LineKind::Dateline => "dateline",
            LineKind::Source => "source",
            LineKind::Caption => "caption",
            LineKind::PhotoCredit => "photo-credit",
            LineKind::WireCredit => "wire-credit",
            LineKind::Advertisement => "advertisement",
            LineKind::Sponsor => "sponsor",
            LineKind::SiteChrome => "site-chrome",
            LineKind::Marker => "marker",
        }
    }

    /// Whether lines of this kind are part of the article's body.
    pub fn is_body(self) -> bool {
        matches!(self, LineKind::Body | LineKind::Heading)
    }
}

impl std::fmt::Display for LineKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Cheap shape features of a line, computed without decoding it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Features {
    pub chars: u32,
    /// Words: separated by spaces, or estimated from the characters in
    /// scripts written without spaces.
    pub words: u32,
    /// Words separated by spaces only.
    pub spaced: u32,
    /// ASCII capitals, lower-case letters, digits and `|` separators (as in
    /// "Headline | Site").
    pub upper: u32,
    pub lower: u32,
    pub digits: u32,
    pub pipes: u32,
    pub first: char,
    pub last: char,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly inside a closing quote.
    pub terminal: bool,
}

impl Features {
    pub fn of(line: &str) -> Features {
        let bytes = line.as_bytes();
        let [chars, upper, lower, digits, pipes, spaced_words] = byte_counts(bytes);
        let first = line.chars().next().unwrap_or('\0');
        let last = line.chars().next_back().unwrap_or('\0');
        let terminal = line
            .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*', '」', '』', '）'])
            .ends_with(['.', '!', '?', '…', '。', '！', '？', '।', '؟']);
        // Scripts written without spaces (Chinese, Japanese, Thai) have one
        // "word" per line by space count; about two characters make a word.
        let words = if u64::from(chars) > 12 * u64::from(spaced_words.max(1))
            && chars > 2 * (lower + upper + digits)
        {
            spaced_words.max(chars / 2)
        } else {
            spaced_words
        };
        Features {
            chars,
            words,
            spaced: spaced_words,
            upper,
            lower,
            digits,
            pipes,
            first,
            last,
            terminal,
        }
    }

    /// Reads as running text: long enough and sentence-shaped.
    pub fn is_prose(&self) -> bool {
        self.words >= 8
            && (self.terminal || self.words >= 20)
            && (self.lower > self.upper * 2
                // Scripts other than Latin, where ASCII case says nothing.
                || self.upper == 0 && !self.first.is_ascii() && self.first.is_alphabetic())
    }

    /// Could be a headline: a handful of words, not a sentence ending in a
    /// full stop, starting with a capital (or a letter of a script without
    /// case), a digit or a quote.
    pub fn is_headline_shaped(&self) -> bool {
        (2..=30).contains(&self.words)
            && self.chars <= 220
            && self.last != '.'
            && self.last != ':'
            && self.last != ','
            && (self.first.is_uppercase()
                // Scripts without case (Arabic, Hebrew, Devanagari, …).
                || self.first.is_alphabetic() && !self.first.is_lowercase()
                || self.first.is_ascii_digit()
                || matches!(self.first, '“' | '"' | '‘' | '\''))
            && (self.lower + self.upper > self.digits * 2
                || !self.first.is_ascii() && self.digits * 3 < self.chars)
    }
}

/// Count, in one pass, a line's characters (bytes that start one), ASCII
/// capitals, lower-case letters, digits, `|` separators and word starts (a
/// non-space after a space or at the start).
///
/// The bytes go through in 16-byte blocks, each count kept in sixteen u8
/// lanes that are emptied before they can overflow: the compiler turns the
/// block into a few SIMD instructions, where six separate passes cost about
/// twice as much. The last, partial block is padded with spaces, which count
/// only as characters and are taken off again.
fn byte_counts(bytes: &[u8]) -> [u32; 6] {
    type Lanes = [[u8; 16]; 6];
    #[inline(always)]
    fn add(acc: &mut Lanes, cur: &[u8; 16], prev: &[u8; 16]) {
        for k in 0..16 {
            let b = cur[k];
            acc[0][k] += u8::from((b & 0xC0) != 0x80);
            acc[1][k] += u8::from(b.is_ascii_uppercase());
            acc[2][k] += u8::from(b.is_ascii_lowercase());
            acc[3][k] += u8::from(b.is_ascii_digit());
            acc[4][k] += u8::from(b == b'|');
            acc[5][k] += u8::from(prev[k] == b' ' && b != b' ');
        }
    }
    fn flush(acc: &mut Lanes, total: &mut [u32; 6]) {
        for (t, lane) in total.iter_mut().zip(acc.iter_mut()) {
            *t += lane.iter().map(|&x| u32::from(x)).sum::<u32>();
            *lane = [0; 16];
        }
    }
    let mut total = [0u32; 6];
    let mut acc: Lanes = [[0; 16]; 6];
    let full = bytes.len() / 16;
    let mut since_flush = 0;
    for block in 0..full {
        let o = block * 16;
        let mut cur = [0u8; 16];
        cur.copy_from_slice(&bytes[o..o + 16]);
        // The byte before each one: a space before the line's first byte, so
        // that a line starting with a word counts it.
        let mut prev = [b' '; 16];
        if o == 0 {
            prev[1..].copy_from_slice(&bytes[..15]);
        } else {
            prev.copy_from_slice(&bytes[o - 1..o + 15]);
        }
        add(&mut acc, &cur, &prev);
        since_flush += 1;
        if since_flush == 255 {
            flush(&mut acc, &mut total);
            since_flush = 0;
        }
    }
    let rest = bytes.len() - full * 16;
    if rest > 0 {
        let o = full * 16;
        let mut cur = [b' '; 16];
        cur[..rest].copy_from_slice(&bytes[o..]);
        let mut prev = [b' '; 16];
        if o == 0 {
            prev[1..=rest].copy_from_slice(&bytes[..rest]);
        } else {
            prev[..=rest].copy_from_slice(&bytes[o - 1..]);
        }
        add(&mut acc, &cur, &prev);
    }
    flush(&mut acc, &mut total);
    if rest > 0 {
        // The padding spaces counted as characters.
        total[0] -= u32::try_from(16 - rest).unwrap_or(0);
    }
    total
}

/// Classify a trimmed line from its shape and the lexicon.
pub(crate) fn classify(line: &str, f: &Features) -> Rule {
    if line.is_empty() {
        return Rule::Blank;
    }
    if let Some(family) = lexicon::LEXICON.family(line, f.chars as usize) {
        // A byline is a name, not a sentence that happens to start with "By".
        let sentence = family.rule == Rule::Byline && f.terminal && f.words > 6;
        if !sentence {
            return family.rule;
        }
    }
    // A date needs a year: four digits at least. Testing the count first keeps
    // the date regex off almost every line.
    if f.digits >= 4 && f.chars <= 80 && date::is_date_line(line) {
        return Rule::DateOnly;
    }
    Rule::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_count_without_decoding() {
        let f = Features::of("Putin’s “new frontiers”, 2023.");
        assert_eq!(f.chars, 30);
        assert_eq!(f.words, 4);
        assert_eq!(f.digits, 4);
        assert!(f.terminal);
        assert_eq!(f.first, 'P');
    }

    #[test]
    fn byte_counts_match_plain_counting() {
        let long = "word | Word 12 ".repeat(300);
        for line in [
            "",
            "a",
            " a  b ",
            "Putin’s “new frontiers”, 2023.",
            "漢字 ü é |x|",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            long.as_str(),
        ] {
            let b = line.as_bytes();
            let mut words = 0;
            let mut prev = b' ';
            for &c in b {
                words += u32::from(prev == b' ' && c != b' ');
                prev = c;
            }
            let n = |p: fn(&u8) -> bool| u32::try_from(b.iter().filter(|c| p(c)).count()).unwrap();
            assert_eq!(
                byte_counts(b),
                [
                    u32::try_from(line.chars().count()).unwrap(),
                    n(u8::is_ascii_uppercase),
                    n(u8::is_ascii_lowercase),
                    n(u8::is_ascii_digit),
                    n(|c| *c == b'|'),
                    words
                ],
                "{line:?}"
            );
        }
    }

    #[test]
    fn prose_and_headlines() {
        let prose =
            Features::of("Beijing has denied providing military support to Russia in the war.");
        assert!(prose.is_prose());
        let head = Features::of("Putin meets China’s top diplomat, brags about ‘new frontiers’");
        assert!(head.is_headline_shaped());
        assert!(!head.is_prose());
        assert!(!Features::of("back").is_headline_shaped());
    }

    #[test]
    fn space_less_scripts_count_words_by_characters() {
        let ja = Features::of("今回はそのKindleデスクトップアプリに関する話をしたいと思います。");
        assert!(ja.words > 10);
        assert!(ja.terminal);
        let url = Features::of(
            "https://static6.example.de/image/5dd3a081695b58675837525e-500-250/things-to-know.jpg",
        );
        assert_eq!(url.words, 1);
    }

    #[test]
    fn quoted_sentence_is_terminal() {
        assert!(Features::of("“There is nothing to add here.”").terminal);
    }

    #[test]
    fn context_free_kinds() {
        assert_eq!(LineKind::classify(""), LineKind::Blank);
        assert_eq!(LineKind::classify("  AP  "), LineKind::PhotoCredit);
        assert_eq!(LineKind::classify("May 31, 2025  |"), LineKind::Dateline);
        assert_eq!(LineKind::classify("Sponsor:  QWIKET"), LineKind::Sponsor);
        assert_eq!(LineKind::classify("New York Post"), LineKind::Body);
    }

    #[test]
    fn kind_names_are_kebab_case() {
        assert_eq!(LineKind::PhotoCredit.to_string(), "photo-credit");
        assert_eq!(LineKind::SiteChrome.as_str(), "site-chrome");
    }
}
