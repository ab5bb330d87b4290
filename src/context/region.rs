//! The main content of a whole-page dump: which run of lines is the article.
//!
//! A page rendered to text has the article somewhere among menus, teasers,
//! share bars, comments and footers. Lexicons catch only the chrome that is
//! spelled the same everywhere, so this stage reads shapes instead: prose
//! lines (long, sentence-ending, dense in function words) cluster where the
//! article is, and chrome (runs of short title-case lines, dates, counters,
//! link lists) separates clusters. The article is the cluster holding most
//! of the page's prose; when no cluster clearly dominates, the region spans
//! every substantial cluster, because returning more of the page loses less
//! than cutting an article made of short lines down to one fragment.

use std::collections::HashMap;

use crate::classify::Rule;
use crate::text::features::Features;
use crate::text::words::is_function_word_bytes;
use crate::LineKind;

use super::page::{Page, Region};

/// Gap weight (in chrome lines) that ends a cluster of prose: three lines of
/// the site's chrome in a row, or more lines of weaker evidence.
const MAX_GAP: f32 = 3.0;
/// The prose weight (about words) below which no cluster is trusted to be
/// the article.
const MIN_ARTICLE: f32 = 60.0;
/// Lines of the site's own chrome that still let two clusters be one text.
const MAX_HARD_GAP: usize = 0;
/// Prose weight between the headline and an end-of-article marker that makes
/// the marker the start of the page's tail.
const TAIL_AFTER: f32 = 2.0 * MIN_ARTICLE;
/// In the article's container (HTML), the share of the prose before a marker
/// that the prose after it may reach at most for the marker to start the
/// tail: more is the article going on past an inline promo ("Related:",
/// "Also read") that the markup gives its own box.
const CONTAINED_AFTER: f32 = 0.25;
/// How many words of a line its word statistics look at.
const SAMPLE: u32 = 24;
/// The best cluster, grown over its soft gaps, holding this share of the
/// page's prose or more is the article alone.
const DOMINANT: f32 = 0.5;
/// With no dominant cluster, clusters this share of the largest join it.
const SUBSTANTIAL: f32 = 0.25;
/// Text above the headline is rarely the article: it competes at its score
/// divided by this.
const ABOVE_HEADLINE_DISCOUNT: f32 = 2.0;
/// The share of its weight a cluster keeps in its score when its prose is
/// interleaved line by line with chrome (a comment thread).
const INTERLEAVED_FLOOR: f32 = 0.3;
/// The share of its weight a cluster's score gains by the share of its
/// non-blank lines that are prose: all prose scores the full weight.
const RUNNING_SHARE: f32 = 0.7;

/// The most words one line weighs: a single huge line does not outweigh
/// paragraphs.
const MAX_LINE_WORDS: u32 = 120;
/// The function-word density given to sentences that cannot be counted
/// (scripts without spaces or outside the list).
const NEUTRAL_DENSITY: f32 = 0.25;
/// Below this function-word density a short line (under `TEASER_WORDS`) is
/// a teaser or a headline, even with a full stop.
const MIN_DENSITY: f32 = 0.12;
/// Lines of fewer words than this need `MIN_DENSITY` to be prose.
const TEASER_WORDS: u32 = 25;
/// What a line of prose weighs per word before its density adds to it.
const BASE_WEIGHT: f32 = 0.5;
/// The most a line's function-word density adds to its weight per word.
const MAX_DENSITY_BONUS: f32 = 0.5;

/// How many times its capitals a line of prose's lower-case letters must
/// number at least: fewer is shouting or title case.
const CASE_RATIO: u32 = 2;
/// How many times its ASCII letters a line's characters number at most for
/// it to be read in Latin script (half or more of them letters).
const LATIN_SHARE: u32 = 2;
/// Content words in ten capitalised above which a line is a link or a
/// teaser's headline.
const LINK_CAPITALISED_TENTHS: u32 = 7;
/// A fragment of text has one function word in this many words or more.
const FRAGMENT_FUNCTION_ONE_IN: u32 = 5;

/// Gap weight of a line of the site's own (lexicon chrome, a date, a
/// publisher's name) or one of a word or two.
const CHROME_GAP: f32 = 1.0;
/// A line this short (in words) separates prose as chrome does.
const BARE_LABEL_WORDS: u32 = 2;
/// Gap weight of a link or a teaser's headline: content words, title case.
const LINK_GAP: f32 = 0.8;
/// Gap weight of a fragment of text: a list item, a table row, a step.
const FRAGMENT_GAP: f32 = 0.1;
/// The fewest words of a fragment of text.
const FRAGMENT_WORDS: u32 = 4;
/// Gap weight of a subheading or a short label.
const LABEL_GAP: f32 = 0.34;

/// Word counts of a line that need its words, taken in one pass over its
/// first `SAMPLE` words: the mix of a paragraph shows in its first sentences,
/// and long paragraphs are most of a page's bytes.
#[derive(Debug, Clone, Copy)]
struct WordStats {
    /// Words looked at.
    spaced: u32,
    /// Function words among them.
    function: u32,
    /// Capitalised words that are not function words.
    capitalised: u32,
}

impl WordStats {
    /// Count the word `text[start..end]`.
    fn count(&mut self, text: &str, start: usize, end: usize) {
        self.spaced += 1;
        let w = &text.as_bytes()[start..end];
        if is_function_word_bytes(w) {
            self.function += 1;
        } else if w[0].is_ascii_uppercase()
            || (!w[0].is_ascii() && text[start..].chars().next().is_some_and(char::is_uppercase))
        {
            self.capitalised += 1;
        }
    }

    /// The counts of a line with no words.
    const NONE: WordStats = WordStats {
        spaced: 0,
        function: 0,
        capitalised: 0,
    };

    /// The counts of a line.
    fn of(text: &str) -> WordStats {
        let mut stats = WordStats::NONE;
        // Lines are normalised: words are separated by plain spaces, found by
        // a byte scan (a word starts after an ASCII space, so at a character
        // boundary).
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() && stats.spaced < SAMPLE {
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i] != b' ' {
                i += 1;
            }
            stats.count(text, start, i);
        }
        stats
    }
}

/// How strongly a line reads as running text, in words (0 = not prose).
fn prose_weight(f: &Features, w: WordStats) -> f32 {
    let sentence = f.is_sentence_length();
    // Capitals more than half the lower-case letters: shouting or title case.
    if !sentence || f.upper * CASE_RATIO > f.lower {
        return 0.0;
    }
    let words = f.words.min(MAX_LINE_WORDS) as f32;
    // Scripts written without spaces (Chinese, Japanese, Thai) and scripts
    // other than Latin (Arabic, Hebrew, Cyrillic, …) have no function words
    // in the list to count (`Features` estimated the words of the first from
    // the characters): their sentences count at a neutral density.
    // At least half of the characters are ASCII letters.
    let latin = (f.lower + f.upper) * LATIN_SHARE >= f.chars;
    let density = if f.words > f.spaced || !latin {
        NEUTRAL_DENSITY
    } else {
        w.function as f32 / w.spaced.max(1) as f32
    };
    // Teasers and headlines that end in a full stop still lack function words.
    if density < MIN_DENSITY && f.words < TEASER_WORDS {
        return 0.0;
    }
    words * (BASE_WEIGHT + density.min(MAX_DENSITY_BONUS))
}

/// How much a non-prose line separates prose, in chrome lines.
fn gap_weight(kind: LineKind, f: &Features, w: WordStats) -> f32 {
    match kind {
        // Inline clutter sits inside articles: it neither joins nor splits.
        LineKind::Blank
        | LineKind::Advertisement
        | LineKind::Sponsor
        | LineKind::PhotoCredit
        | LineKind::Caption
        | LineKind::WireCredit
        | LineKind::Marker
        | LineKind::Byline
        | LineKind::Title => 0.0,
        LineKind::SiteChrome | LineKind::Dateline | LineKind::Source => CHROME_GAP,
        _ if f.words <= BARE_LABEL_WORDS => CHROME_GAP,
        _ => {
            let content = w.spaced - w.function;
            // No function word, or more than seven in ten content words
            // capitalised.
            if w.function == 0 || w.capitalised * 10 > content * LINK_CAPITALISED_TENTHS {
                LINK_GAP
            } else if f.words >= FRAGMENT_WORDS && w.function * FRAGMENT_FUNCTION_ONE_IN >= w.spaced
            {
                // A fifth of its words or more are function words.
                FRAGMENT_GAP
            } else {
                LABEL_GAP
            }
        }
    }
}

/// A run of prose lines, with what lies between them, that the chrome
/// around does not split.
struct Cluster {
    /// First and last prose line.
    start: usize,
    end: usize,
    /// Prose weight (about words).
    weight: f32,
    prose_lines: u32,
    /// Non-blank lines inside the cluster that are not prose: chrome between
    /// paragraphs, as a comment thread has around every comment.
    other_lines: u32,
}

impl Cluster {
    /// Weight for choosing the article: prose interleaved with chrome line
    /// by line (comments with their names, dates and reply links; teasers
    /// with their headlines) counts for less than prose that runs on.
    fn score(&self) -> f32 {
        let density = self.prose_lines as f32 / (self.prose_lines + self.other_lines) as f32;
        self.weight * (INTERLEAVED_FLOOR + RUNNING_SHARE * density)
    }
}

/// Find the main content region, or `None` when the page has no prose.
///
/// `headline` is the line of a headline the page marks, when there is one:
/// the article follows it, and what follows an end-of-article marker after
/// it is the page's tail.
///
/// `contained` says the page's markup has already narrowed the page to the
/// article's container (HTML input): then the region spans all of its prose
/// up to the page's tail, whatever separates it.
pub(super) fn find(
    page: &Page<'_, '_>,
    headline: Option<usize>,
    contained: bool,
) -> Option<Region> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // End-of-article markers ("34 Comments", "Related stories") by line.
    let mut boundaries: Vec<usize> = Vec::new();
    let mut current: Option<Cluster> = None;
    let mut gap = 0.0f32;
    let mut pending_other = 0u32;
    for i in 0..page.lines.len() {
        let kind = page.kind(i);
        let text = page.lines[i].text;
        let f = &page.feats[i];
        let stats = if kind.is_body() {
            Some(WordStats::of(text))
        } else {
            None
        };
        let weight = stats.map_or(0.0, |w| prose_weight(f, w));
        if weight > 0.0 {
            match current.as_mut() {
                Some(c) => {
                    c.end = i;
                    c.weight += weight;
                    c.prose_lines += 1;
                    c.other_lines += pending_other;
                }
                None => {
                    current = Some(Cluster {
                        start: i,
                        end: i,
                        weight,
                        prose_lines: 1,
                        other_lines: 0,
                    })
                }
            }
            gap = 0.0;
            pending_other = 0;
            continue;
        }
        let g = gap_weight(kind, f, stats.unwrap_or(WordStats::NONE));
        gap += g;
        pending_other += u32::from(g > 0.0);
        // Comments, related stories and share bars follow the article: a
        // marker of them ends the cluster whatever the gap.
        let boundary = page.rule(i) == Rule::EndOfArticle;
        if boundary {
            boundaries.push(i);
        }
        if gap >= MAX_GAP || boundary {
            clusters.extend(current.take());
            pending_other = 0;
        }
    }
    clusters.extend(current);
    let tail = headline
        .or(contained.then_some(0))
        .and_then(|h| drop_tail(page, &mut clusters, &boundaries, h, contained));
    if contained {
        // Prose above the headline is a teaser or a ticker when the story
        // under the headline is long enough to stand alone.
        if let Some(h) = headline {
            let below: f32 = clusters
                .iter()
                .filter(|c| c.end > h)
                .map(|c| c.weight)
                .sum();
            if below >= MIN_ARTICLE {
                clusters.retain(|c| c.end > h);
            }
        }
        // Lists and tables after the last paragraph are the article's too,
        // up to its tail.
        let total: f32 = clusters.iter().map(|c| c.weight).sum();
        return (total >= MIN_ARTICLE).then(|| Region {
            start: clusters.first().map_or(0, |c| c.start),
            end: tail.map_or(page.lines.len().saturating_sub(1), |t| t.saturating_sub(1)),
        });
    }
    let before = |c: &Cluster| headline.is_some_and(|h| c.end < h);
    let (best_index, best) = clusters.iter().enumerate().max_by(|(_, a), (_, b)| {
        let score = |c: &Cluster| {
            if before(c) {
                c.score() / ABOVE_HEADLINE_DISCOUNT
            } else {
                c.score()
            }
        };
        score(a).total_cmp(&score(b))
    })?;
    // Too little prose anywhere to tell an article from its surroundings
    // (a list, a recipe, a table): keep the whole page.
    if best.weight < MIN_ARTICLE {
        return None;
    }
    // Grow the article over its own lists and labels: a neighbouring
    // cluster joins when what separates them is not the site's chrome.
    let (mut first, mut last) = (best_index, best_index);
    while first > 0 && soft_gap(page, clusters[first - 1].end, clusters[first].start) {
        first -= 1;
    }
    while last + 1 < clusters.len() && soft_gap(page, clusters[last].end, clusters[last + 1].start)
    {
        last += 1;
    }
    let grown: f32 = clusters[first..=last].iter().map(|c| c.weight).sum();
    let total: f32 = clusters.iter().map(|c| c.weight).sum();
    if grown >= DOMINANT * total {
        return Some(Region {
            start: clusters[first].start,
            end: clusters[last].end,
        });
    }
    let substantial = || {
        clusters
            .iter()
            .filter(|c| c.weight >= SUBSTANTIAL * best.weight)
    };
    Some(Region {
        start: substantial()
            .map(|c| c.start)
            .min()?
            .min(clusters[first].start),
        end: substantial().map(|c| c.end).max()?.max(clusters[last].end),
    })
}

/// Drop the clusters of the page's tail: those after the first
/// end-of-article marker that follows some prose below the headline. Returns
/// the marker's line.
///
/// A marker repeated on the page ("Read more" under every teaser card) is a
/// link, not the header of the tail, and does not count; neither does one
/// with more prose after it than before (an inline promo).
fn drop_tail(
    page: &Page<'_, '_>,
    clusters: &mut Vec<Cluster>,
    boundaries: &[usize],
    headline: usize,
    contained: bool,
) -> Option<usize> {
    // One pass over the markers in page order, with running sums over the
    // clusters passed so far: no marker lies inside a cluster (a marker ends
    // one), so those before a marker are a prefix and the rest come after.
    let mut times: HashMap<&str, u32> = HashMap::new();
    for &b in boundaries {
        *times.entry(page.lines[b].text).or_default() += 1;
    }
    let total_score: f32 = clusters.iter().map(Cluster::score).sum();
    let (mut passed, mut prose, mut passed_score) = (0, 0.0f32, 0.0f32);
    let mut tail = None;
    for &b in boundaries {
        while passed < clusters.len() && clusters[passed].end < b {
            let c = &clusters[passed];
            if c.start > headline {
                prose += c.weight;
            }
            passed_score += c.score();
            passed += 1;
        }
        // An inline promo ("Don't miss:") has more of the article after it.
        let after = total_score - passed_score;
        let once = times.get(page.lines[b].text) == Some(&1);
        let little_after = !contained || after <= CONTAINED_AFTER * passed_score;
        if b > headline && prose >= TAIL_AFTER && prose >= after && once && little_after {
            tail = Some(b);
            break;
        }
    }
    if let Some(t) = tail {
        clusters.retain(|c| c.start < t);
    }
    tail
}

/// Whether the lines strictly between `from` and `to` hold no more than
/// [`MAX_HARD_GAP`] of the site's own lines (lexicon chrome, dates) and no
/// end-of-article marker: then two clusters around them are one text split
/// by a list.
fn soft_gap(page: &Page<'_, '_>, from: usize, to: usize) -> bool {
    let mut hard = 0;
    for i in from + 1..to {
        let rule = page.rule(i);
        if rule == Rule::EndOfArticle {
            return false;
        }
        if matches!(rule.kind(), LineKind::SiteChrome | LineKind::Dateline) {
            hard += 1;
            if hard > MAX_HARD_GAP {
                return false;
            }
        }
    }
    true
}

/// Mark every body line outside the region as chrome, but those in `keep`.
pub(super) fn apply(page: &mut Page<'_, '_>, region: Region, keep: &[Option<usize>]) {
    for i in (0..region.start).chain(region.end + 1..page.lines.len()) {
        if keep.contains(&Some(i)) {
            continue;
        }
        if page.kind(i).is_body() {
            page.set(i, Rule::OutsideMain);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weight(s: &str) -> f32 {
        prose_weight(&Features::of(s), WordStats::of(s))
    }

    #[test]
    fn prose_outweighs_teasers() {
        assert!(weight("Chargers coach Anthony Lynn recognizes that his team’s playoff hopes are somewhere between slim and none.") > 0.0);
        assert_eq!(
            weight("Hill suffers hamstring injury in win over Chargers"),
            0.0
        );
        assert_eq!(
            weight("Rotoworld About Contact Feeds Advertising Privacy Policy Terms"),
            0.0
        );
    }

    #[test]
    fn sentences_without_spaces_are_prose() {
        assert!(weight("北京市政府周一宣布，将在全市范围内推行新的垃圾分类制度。") > 0.0);
        assert!(weight("東京都は月曜日、新しい条例を発表しました。") > 0.0);
        assert!(weight("أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين في المنطقة.") > 0.0);
    }

    #[test]
    fn function_words() {
        assert!(is_function_word_bytes(b"The"));
        assert!(is_function_word_bytes(b"said,"));
        assert!(is_function_word_bytes("“The".as_bytes()));
        assert!(!is_function_word_bytes(b"Chargers"));
        assert!(!is_function_word_bytes("théâtre".as_bytes()));
    }
}
