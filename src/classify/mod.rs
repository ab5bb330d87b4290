//! Stage 3: what one line is, on its own.
//!
//! This is the hot path: it runs once per input line, sees no neighbours and
//! allocates nothing. Cheap shape features come first; the lexicon (one
//! `RegexSet`) runs once per line. What the line *means* in its page — headline,
//! caption, header chrome — is left to the context pass.

pub(crate) mod lexicon;

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
        classify(line, &Features::of(line)).kind
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
    pub words: u32,
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
        // Each count is a sum of 0/1 bytes over chunks short enough that a u8
        // cannot overflow: in that form the compiler turns every pass into a
        // handful of SIMD instructions per 16 bytes. (One pass with four
        // accumulators is not vectorised, and is three times slower.)
        fn count(bytes: &[u8], pred: impl Fn(u8) -> bool + Copy) -> u32 {
            bytes
                .chunks(255)
                .map(|c| u32::from(c.iter().fold(0u8, |n, &b| n + u8::from(pred(b)))))
                .sum()
        }
        let chars = u32::try_from(line.chars().count()).unwrap_or(u32::MAX);
        let upper = count(bytes, |b| b.is_ascii_uppercase());
        let lower = count(bytes, |b| b.is_ascii_lowercase());
        let digits = count(bytes, |b| b.is_ascii_digit());
        let pipes = count(bytes, |b| b == b'|');
        // Word starts: a space followed by a non-space, summed the same way.
        let (prev, next) = (bytes, bytes.get(1..).unwrap_or_default());
        let word_starts: u32 = prev
            .chunks(255)
            .zip(next.chunks(255))
            .map(|(p, n)| {
                u32::from(
                    p.iter()
                        .zip(n)
                        .fold(0u8, |k, (&a, &b)| k + u8::from(a == b' ' && b != b' ')),
                )
            })
            .sum();
        let words = word_starts + u32::from(bytes.first().is_some_and(|&b| b != b' '));
        let first = line.chars().next().unwrap_or('\0');
        let last = line.chars().next_back().unwrap_or('\0');
        let terminal = line
            .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*', '」', '』', '）'])
            .ends_with(['.', '!', '?', '…', '。', '！', '？', '।', '؟']);
        // Scripts written without spaces (Chinese, Japanese, Thai) have one
        // "word" per line by space count; about two characters make a word.
        let spaced_words = words;
        let words = if u64::from(chars) > 12 * u64::from(spaced_words.max(1))
            && chars > lower + upper + digits
        {
            spaced_words.max(chars / 2)
        } else {
            spaced_words
        };
        Features {
            chars,
            words,
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

/// The context-free verdict on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Class {
    pub kind: LineKind,
    pub reason: &'static str,
}

/// Classify a trimmed line from its shape and the lexicon.
pub(crate) fn classify(line: &str, f: &Features) -> Class {
    if line.is_empty() {
        return Class {
            kind: LineKind::Blank,
            reason: "blank",
        };
    }
    if let Some(family) = lexicon::LEXICON.family(line, f.chars as usize) {
        // A byline is a name, not a sentence that happens to start with "By".
        let sentence = family.kind == LineKind::Byline && f.terminal && f.words > 6;
        if !sentence {
            return Class {
                kind: family.kind,
                reason: family.reason,
            };
        }
    }
    // A date needs a year: four digits at least. Testing the count first keeps
    // the date regex off almost every line.
    if f.digits >= 4 && f.chars <= 80 && date::is_date_line(line) {
        return Class {
            kind: LineKind::Dateline,
            reason: "date-only line",
        };
    }
    Class {
        kind: LineKind::Body,
        reason: "text",
    }
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
