//! Cheap shape features of a line, and the shapes read from them: prose,
//! a headline.

/// The fewest words of a line of prose.
const PROSE_WORDS: u32 = 8;
/// The fewest words of a line of prose without a sentence's final mark.
const PROSE_UNENDED_WORDS: u32 = 20;
/// The fewest words of a line read as a sentence of running text.
const SENTENCE_WORDS: u32 = 7;
/// The fewest words of a line read as running text without a sentence's
/// final mark.
const SENTENCE_UNENDED_WORDS: u32 = 15;

/// How many words a headline has.
const HEADLINE_WORDS: std::ops::RangeInclusive<u32> = 2..=30;
/// The most characters a headline has.
const MAX_HEADLINE_CHARS: u32 = 220;
/// How many times its digits a headline's ASCII letters outnumber (a line
/// of figures is a table row or a score, not a headline)…
const HEADLINE_LETTERS_PER_DIGIT: u32 = 2;
/// …or, in a script other than Latin, its characters.
const HEADLINE_CHARS_PER_DIGIT: u32 = 3;
/// Bytes a block of [`byte_counts`] holds: one per SIMD lane.
const LANES: usize = 16;
/// Blocks a `u8` lane adds up before it is emptied: one more could
/// overflow it.
const FLUSH_EVERY: u32 = 255;

/// Characters per space-separated word above which a line is taken for a
/// script written without spaces: no spaced language has words this long.
const SPACELESS_WORD_CHARS: u64 = 12;
/// How many times its ASCII letters and digits a line's characters must
/// number to be in a script written without spaces (not a long URL).
const SPACELESS_SHARE: u32 = 2;
/// Characters that make about one word in a script written without spaces.
const CHARS_PER_SPACELESS_WORD: u32 = 2;

/// Cheap shape features of a line, computed without decoding it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Features {
    /// Characters (not bytes).
    pub chars: u32,
    /// Words: separated by spaces, or estimated from the characters in
    /// scripts written without spaces.
    pub words: u32,
    /// Words separated by spaces only.
    pub spaced: u32,
    /// ASCII capitals.
    pub upper: u32,
    /// ASCII lower-case letters.
    pub lower: u32,
    /// ASCII digits.
    pub digits: u32,
    /// `|` separators (as in "Headline | Site").
    pub pipes: u32,
    /// The first character (`'\0'` for an empty line).
    pub first: char,
    /// The last character (`'\0'` for an empty line).
    pub last: char,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly inside a closing quote.
    pub terminal: bool,
}

impl Features {
    /// The features of a trimmed line, in one pass over its bytes.
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
        let words = if u64::from(chars) > SPACELESS_WORD_CHARS * u64::from(spaced_words.max(1))
            && chars > SPACELESS_SHARE * (lower + upper + digits)
        {
            spaced_words.max(chars / CHARS_PER_SPACELESS_WORD)
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

    /// Reads as running text: long enough and sentence-shaped, in lower
    /// case (or in a script without case). What the stages mean by "prose":
    /// a paragraph of the article rather than a headline, a label or chrome.
    pub fn is_prose(&self) -> bool {
        self.words >= PROSE_WORDS
            && (self.terminal || self.words >= PROSE_UNENDED_WORDS)
            && (self.lower > self.upper * 2
                // Scripts other than Latin, where ASCII case says nothing.
                || self.upper == 0 && !self.first.is_ascii() && self.first.is_alphabetic())
    }

    /// Long enough to be a sentence of running text, by words and the
    /// final mark only: what the main-content region weighs (its own case
    /// and density tests follow), a looser gate than [`is_prose`](Self::is_prose)
    /// so that short sentences of an article still hold its cluster together.
    pub fn is_sentence_length(&self) -> bool {
        self.words >= SENTENCE_WORDS && (self.terminal || self.words >= SENTENCE_UNENDED_WORDS)
    }

    /// Could be a headline: a handful of words, not a sentence ending in a
    /// full stop, starting with a capital (or a letter of a script without
    /// case), a digit or a quote.
    pub fn is_headline_shaped(&self) -> bool {
        HEADLINE_WORDS.contains(&self.words)
            && self.chars <= MAX_HEADLINE_CHARS
            && self.last != '.'
            && self.last != ':'
            && self.last != ','
            && (self.first.is_uppercase()
                // Scripts without case (Arabic, Hebrew, Devanagari, …).
                || self.first.is_alphabetic() && !self.first.is_lowercase()
                || self.first.is_ascii_digit()
                || matches!(self.first, '“' | '"' | '‘' | '\''))
            && (self.lower + self.upper > self.digits * HEADLINE_LETTERS_PER_DIGIT
                || !self.first.is_ascii() && self.digits * HEADLINE_CHARS_PER_DIGIT < self.chars)
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
    type Lanes = [[u8; LANES]; 6];
    #[inline(always)]
    fn add(acc: &mut Lanes, cur: &[u8; LANES], prev: &[u8; LANES]) {
        for k in 0..LANES {
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
            *lane = [0; LANES];
        }
    }
    let mut total = [0u32; 6];
    let mut acc: Lanes = [[0; LANES]; 6];
    let full = bytes.len() / LANES;
    let mut since_flush = 0;
    for block in 0..full {
        let o = block * LANES;
        let mut cur = [0u8; LANES];
        cur.copy_from_slice(&bytes[o..o + LANES]);
        // The byte before each one: a space before the line's first byte, so
        // that a line starting with a word counts it.
        let mut prev = [b' '; LANES];
        if o == 0 {
            prev[1..].copy_from_slice(&bytes[..LANES - 1]);
        } else {
            prev.copy_from_slice(&bytes[o - 1..o + LANES - 1]);
        }
        add(&mut acc, &cur, &prev);
        since_flush += 1;
        if since_flush == FLUSH_EVERY {
            flush(&mut acc, &mut total);
            since_flush = 0;
        }
    }
    let rest = bytes.len() - full * LANES;
    if rest > 0 {
        let o = full * LANES;
        let mut cur = [b' '; LANES];
        cur[..rest].copy_from_slice(&bytes[o..]);
        let mut prev = [b' '; LANES];
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
        total[0] -= u32::try_from(LANES - rest).unwrap_or(0);
    }
    total
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
}
