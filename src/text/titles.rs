//! Document titles and headlines: the parts of a "Headline | Site" title,
//! the folded form headlines are compared in, and how alike two are.

use std::ops::Range;

use crate::text::features::Features;

/// Strip an artifact glued to the front of a headline by an aggregator's
/// templating, such as `NextImg:` in `NextImg:Putin meets …`.
///
/// The artifact is recognised by its form, not its name: one identifier-like
/// token with an inner capital (`NextImg`, `PrevLink`, `imgAlt`), a colon, and
/// no space before the text. Ordinary labels ("Opinion: …", "Live: …") have a
/// space after the colon and are left alone.
pub(crate) fn strip_glued_prefix(line: &str) -> Option<&str> {
    /// How long, in bytes, a glued artifact's token may be.
    const TOKEN_BYTES: std::ops::RangeInclusive<usize> = 3..=24;
    let colon = line.find(':')?;
    let (token, rest) = (&line[..colon], &line[colon + 1..]);
    let identifier = TOKEN_BYTES.contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && token.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        && token.bytes().any(|b| b.is_ascii_lowercase());
    let glued = rest.chars().next().is_some_and(|c| !c.is_whitespace());
    (identifier && glued && Features::of(rest).is_headline_shaped()).then_some(rest)
}

/// What sites put between the headline and their own name in a page's
/// document title: "Headline | Site", "Site - Headline", "Headline :: Site".
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " : ", " -- ",
];

/// The parts of a document title between separators, as trimmed byte ranges.
pub(crate) fn parts(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < line.len() {
        if let Some(sep) = SEPARATORS.iter().find(|s| line[i..].starts_with(**s)) {
            push_trimmed(line, start..i, &mut out);
            i += sep.len();
            start = i;
        } else {
            i += line[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    push_trimmed(line, start..line.len(), &mut out);
    out
}

fn push_trimmed(line: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &line[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(r.start + lead..r.start + lead + trimmed.len());
    }
}

/// How many times longer than the other parts the last part of a document
/// title must be to be read as the headline, the site's name first.
const HEADLINE_DWARFS: usize = 3;

/// A page's document title (its first line in a page dump), split into the
/// headline and the site's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DocTitle {
    pub parts: Vec<Range<usize>>,
    /// Index of the longest part: the headline's core; the site name is short.
    pub main: usize,
}

impl DocTitle {
    pub fn of(line: &str) -> DocTitle {
        let parts = parts(line);
        // Sites put their name last far more often than first, even after a
        // headline shorter than it: the headline is sought before the end,
        // unless the last part dwarfs the others ("Herald - Storm hits …").
        let longest = |range: std::ops::Range<usize>| {
            range.max_by_key(|&k| (parts[k].len(), std::cmp::Reverse(k)))
        };
        let n = parts.len();
        let main = match longest(0..n.saturating_sub(1)) {
            Some(k) if parts[n - 1].len() < HEADLINE_DWARFS * parts[k].len() => k,
            _ => n.saturating_sub(1),
        };
        DocTitle { parts, main }
    }

    /// The headline without the site part: everything but the end part away
    /// from the longest one.
    pub fn headline(&self, line: &str) -> Range<usize> {
        let n = self.parts.len();
        match n {
            0 => 0..line.len(),
            1 => self.parts[0].clone(),
            _ if self.main + 1 == n => self.parts[1].start..self.parts[n - 1].end,
            _ => self.parts[0].start..self.parts[n - 2].end,
        }
    }

    /// The site's name: the end part away from the longest one.
    pub fn site(&self) -> Option<Range<usize>> {
        let n = self.parts.len();
        match n {
            0 | 1 => None,
            _ if self.main + 1 == n => Some(self.parts[0].clone()),
            _ => Some(self.parts[n - 1].clone()),
        }
    }

    /// Folded forms a repeat of the headline may take on the page: the whole
    /// title, and every run of consecutive parts holding the longest part.
    pub fn repeats(&self, line: &str) -> Vec<String> {
        let mut out = vec![fold(line)];
        let n = self.parts.len();
        for a in 0..=self.main.min(n.saturating_sub(1)) {
            for b in self.main + 1..=n {
                if b - a < n {
                    out.push(fold(&line[self.parts[a].start..self.parts[b - 1].end]));
                }
            }
        }
        out
    }
}

/// The first character of [`fold`]`(text)` (a space when the text is blank),
/// without folding the rest.
pub(crate) fn fold_first(text: &str) -> char {
    text.chars()
        .find(|c| !c.is_whitespace())
        .map(fold_char)
        .and_then(|c| c.to_lowercase().next())
        .unwrap_or(' ')
}

/// Curly quotes, guillemets and dashes as their ASCII forms.
fn fold_char(c: char) -> char {
    match c {
        '‘' | '’' | '`' | '´' => '\'',
        '“' | '”' | '«' | '»' => '"',
        '–' | '—' => '-',
        c => c,
    }
}

/// Text folded for comparing titles: lower case, straight quotes, dashes as
/// hyphens, white space runs as one space.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = fold_char(c);
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// How alike two headlines are by the words they share (Dice coefficient over
/// word sets, 0 to 1).
pub(crate) fn word_similarity(a: &str, b: &str) -> f32 {
    WordSet::of(a).similarity(&WordSet::of(b))
}

/// The byte ranges of the runs of alphanumeric characters in `s`: its words,
/// for the word sets and the scans over a text that compare them.
fn word_ranges(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = None;
    s.char_indices()
        .chain(std::iter::once((s.len(), ' ')))
        .filter_map(move |(i, c)| match (c.is_alphanumeric(), start) {
            (true, None) => {
                start = Some(i);
                None
            }
            (false, Some(st)) => {
                start = None;
                Some(st..i)
            }
            _ => None,
        })
}

/// The distinct lower-cased words of a text, for comparing headlines.
///
/// One lower-cased copy of the text and the ranges of its words, sorted by
/// word: two allocations a set, where a `String` a word would be one each.
pub(crate) struct WordSet {
    lower: String,
    words: Vec<std::ops::Range<usize>>,
}

impl WordSet {
    pub(crate) fn of(s: &str) -> WordSet {
        let lower = s.to_lowercase();
        let mut words: Vec<std::ops::Range<usize>> = word_ranges(&lower).collect();
        words.sort_unstable_by(|a, b| lower[a.clone()].cmp(&lower[b.clone()]));
        words.dedup_by(|a, b| lower[a.clone()] == lower[b.clone()]);
        WordSet { lower, words }
    }

    /// The share of this set's words of `min_bytes` or more that `lower` (a
    /// text already lower-cased) uses too, over `min_words` at least (so that
    /// one word shared of one says less than three of three); 0 when it has
    /// none so long. The text is scanned, not made a set: it is long (a
    /// story's lead) and read once or twice.
    pub(crate) fn share_in_lower(&self, lower: &str, min_bytes: usize, min_words: usize) -> f32 {
        let own: Vec<usize> = (0..self.words.len())
            .filter(|&i| self.word(i).len() >= min_bytes)
            .collect();
        if own.is_empty() {
            return 0.0;
        }
        let mut found = vec![false; own.len()];
        for range in word_ranges(lower) {
            let w = &lower[range];
            if w.len() >= min_bytes {
                if let Ok(k) = own.binary_search_by(|&o| self.word(o).cmp(w)) {
                    found[k] = true;
                }
            }
        }
        let shared = found.iter().filter(|&&f| f).count();
        #[allow(clippy::cast_precision_loss)]
        let share = shared as f32 / own.len().max(min_words) as f32;
        share
    }

    fn word(&self, i: usize) -> &str {
        &self.lower[self.words[i].clone()]
    }

    /// Dice coefficient over the two sets, 0 to 1.
    pub(crate) fn similarity(&self, other: &WordSet) -> f32 {
        let (na, nb) = (self.words.len(), other.words.len());
        if na == 0 || nb == 0 {
            return 0.0;
        }
        // Both sorted: count the shared words in one merge.
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < na && j < nb {
            match self.word(i).cmp(other.word(j)) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        #[allow(clippy::cast_precision_loss)]
        let dice = 2.0 * shared as f32 / (na + nb) as f32;
        dice
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_titles_split_into_headline_and_site() {
        let line = "Storm hits the coast of Maine | The Springfield Herald";
        let t = DocTitle::of(line);
        assert_eq!(&line[t.headline(line)], "Storm hits the coast of Maine");
        assert_eq!(t.site().map(|r| &line[r]), Some("The Springfield Herald"));
        let line = "Herald - Storm hits the coast, leaving thousands without power";
        let t = DocTitle::of(line);
        assert_eq!(
            &line[t.headline(line)],
            "Storm hits the coast, leaving thousands without power"
        );
        assert_eq!(t.site().map(|r| &line[r]), Some("Herald"));
        let line = "Book Reviews – The Springfield Writing Center";
        let t = DocTitle::of(line);
        assert_eq!(&line[t.headline(line)], "Book Reviews");
        assert_eq!(
            t.site().map(|r| &line[r]),
            Some("The Springfield Writing Center")
        );
        let line = "Storm hits the coast";
        assert_eq!(DocTitle::of(line).site(), None);
        assert_eq!(&line[DocTitle::of(line).headline(line)], line);
    }

    #[test]
    fn repeats_hold_the_longest_part() {
        let line = "Live: Storm hits the coast - Weather | Herald";
        let r = DocTitle::of(line).repeats(line);
        assert!(r.contains(&"live: storm hits the coast".to_owned()));
        assert!(r.contains(&"live: storm hits the coast - weather".to_owned()));
        assert!(r.contains(&"live: storm hits the coast - weather | herald".to_owned()));
        assert!(!r.contains(&"weather | herald".to_owned()));
        assert!(!r.contains(&"herald".to_owned()));
    }

    #[test]
    fn folding_and_similarity() {
        assert_eq!(fold("  It’s  A\tStorm "), "it's a storm");
        assert!(
            word_similarity(
                "7 Major Diet Trends for 2025",
                "The 7 Biggest Diet Trends in 2025"
            ) >= 0.5
        );
        assert!(word_similarity("Storm hits the coast", "Subscribe to our newsletter") < 0.2);
    }

    #[test]
    fn glued_artifacts_are_stripped() {
        assert_eq!(
            strip_glued_prefix("NextImg:Putin meets China’s top diplomat"),
            Some("Putin meets China’s top diplomat")
        );
        assert_eq!(
            strip_glued_prefix("imgAlt:Storm hits the coast"),
            Some("Storm hits the coast")
        );
    }

    #[test]
    fn ordinary_labels_are_kept() {
        assert_eq!(strip_glued_prefix("Opinion: The case for trains"), None);
        assert_eq!(strip_glued_prefix("LIVE:Storm hits the coast"), None);
        assert_eq!(strip_glued_prefix("Time 10:30 tonight"), None);
        assert_eq!(strip_glued_prefix("https://example.com/page"), None);
    }

    #[test]
    fn share_in_lower_counts_the_long_words_found_in_the_text() {
        let line = WordSet::of("Storm hits the Coast of Maine, overnight storm");
        let share = |text: &str| line.share_in_lower(&text.to_lowercase(), 4, 3);
        // storm, coast, maine, overnight of storm, hits, coast, maine, overnight.
        let four = share("A storm hit the coast on Monday; MAINE crews worked overnight.");
        assert!((four - 0.8).abs() < 1e-6, "{four}");
        assert!((share("ΣΟΦΙΑ storm-coast maine") - 0.6).abs() < 1e-6);
        assert!(share("Nothing here shares a word.").abs() < 1e-6);
        assert!(share("").abs() < 1e-6);
        // One long word shared of one counts over three.
        let one = WordSet::of("Storm").share_in_lower("storm", 4, 3);
        assert!((one - 1.0 / 3.0).abs() < 1e-6, "{one}");
    }
}
