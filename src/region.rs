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

use crate::classify::Features;
use crate::context::Page;
use crate::LineKind;

/// A run of line indices, inclusive at both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Region {
    pub start: usize,
    pub end: usize,
}

/// Gap weight (in chrome lines) that ends a cluster of prose.
const MAX_GAP: f32 = 3.0;
/// The prose weight (about words) below which no cluster is trusted to be
/// the article.
const MIN_ARTICLE: f32 = 60.0;
/// A cluster this share of the page's prose or more is the article alone.
const DOMINANT: f32 = 0.5;
/// With no dominant cluster, clusters this share of the largest join it.
const SUBSTANTIAL: f32 = 0.25;

/// Function words of the most common Latin-script languages of the web
/// (English, Spanish, Portuguese, French, German, Italian, Dutch): their
/// density tells running text from headlines and link lists, which are almost
/// all content words.
fn is_function_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() || w.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let w = &buf[..w.len()];
    matches!(
        w,
        // English
        b"the" | b"a" | b"an" | b"of" | b"to" | b"in" | b"and" | b"or" | b"but" | b"is" | b"are" | b"was"
            | b"were" | b"be" | b"been" | b"has" | b"have" | b"had" | b"it" | b"its" | b"that" | b"this"
            | b"these" | b"those" | b"with" | b"for" | b"on" | b"at" | b"by" | b"from" | b"as" | b"not"
            | b"he" | b"she" | b"they" | b"we" | b"you" | b"i" | b"his" | b"her" | b"their" | b"our"
            | b"which" | b"who" | b"what" | b"when" | b"if" | b"so" | b"than" | b"then" | b"there"
            | b"would" | b"will" | b"can" | b"could" | b"about" | b"into" | b"also" | b"more" | b"said"
            // Spanish, Portuguese, Italian
            | b"el" | b"la" | b"los" | b"las" | b"de" | b"del" | b"y" | b"que" | b"en" | b"un" | b"una"
            | b"por" | b"con" | b"para" | b"se" | b"es" | b"o" | b"os" | b"um" | b"uma" | b"do"
            | b"da" | b"dos" | b"das" | b"no" | b"na" | b"com" | b"il" | b"di" | b"che" | b"per" | b"non"
            | b"e" | b"lo" | b"gli" | b"le" | b"al" | b"su"
            // French
            | b"les" | b"des" | b"du" | b"et" | b"est" | b"une" | b"pour" | b"dans" | b"qui" | b"pas"
            | b"sur" | b"au" | b"aux" | b"ce" | b"elle" | b"nous" | b"vous" | b"sont"
            // German, Dutch
            | b"der" | b"die" | b"und" | b"ist" | b"ein" | b"eine" | b"zu" | b"den" | b"von"
            | b"mit" | b"sich" | b"auf" | b"nicht" | b"dem" | b"im" | b"het" | b"een" | b"van"
            | b"op" | b"zijn" | b"niet" | b"dat" | b"voor"
    )
}

/// How strongly a line reads as running text, in words (0 = not prose).
fn prose_weight(text: &str, f: &Features) -> f32 {
    let sentence = f.words >= 7 && (f.terminal || f.words >= 15);
    if !sentence || f.upper * 2 > f.lower {
        return 0.0;
    }
    let words = f.words.min(120) as f32;
    let (mut function, mut spaced) = (0u32, 0u32);
    for w in text.split_whitespace() {
        spaced += 1;
        function += u32::from(is_function_word(w));
    }
    // Scripts written without spaces (Chinese, Japanese, Thai) and scripts
    // other than Latin (Arabic, Hebrew, Cyrillic, …) have no function words
    // in the list to count (`Features` estimated the words of the first from
    // the characters): their sentences count at a neutral density.
    let latin = (f.lower + f.upper) * 2 >= f.chars;
    let density = if f.words > spaced || !latin {
        0.25
    } else {
        function as f32 / f.words as f32
    };
    // Teasers and headlines that end in a full stop still lack function words.
    if density < 0.12 && f.words < 25 {
        return 0.0;
    }
    words * (0.5 + density.min(0.5))
}

/// How much a non-prose line separates prose, in chrome lines.
fn gap_weight(kind: LineKind, text: &str, f: &Features) -> f32 {
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
        LineKind::SiteChrome | LineKind::Dateline | LineKind::Source => 1.0,
        _ if f.words <= 2 => 1.0,
        _ => {
            let (mut function, mut capitalised, mut total) = (0u32, 0u32, 0u32);
            for w in text.split_whitespace() {
                total += 1;
                if is_function_word(w) {
                    function += 1;
                } else if w.chars().next().is_some_and(char::is_uppercase) {
                    capitalised += 1;
                }
            }
            let content = total - function;
            if function == 0 || capitalised * 10 > content * 7 {
                // A link or a teaser headline: content words, title case.
                0.8
            } else if f.words >= 4 && function * 5 >= total {
                // A fragment of text: a list item, a table row, a step.
                0.1
            } else {
                // A subheading or a short label.
                0.34
            }
        }
    }
}

struct Cluster {
    start: usize,
    end: usize,
    weight: f32,
}

/// Find the main content region, or `None` when the page has no prose.
pub(crate) fn find(page: &Page<'_, '_>) -> Option<Region> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut current: Option<Cluster> = None;
    let mut gap = 0.0f32;
    for i in 0..page.lines.len() {
        let kind = page.classes[i].kind;
        let text = page.lines[i].text;
        let f = &page.feats[i];
        let weight = if kind.is_body() {
            prose_weight(text, f)
        } else {
            0.0
        };
        if weight > 0.0 {
            match current.as_mut() {
                Some(c) => {
                    c.end = i;
                    c.weight += weight;
                }
                None => {
                    current = Some(Cluster {
                        start: i,
                        end: i,
                        weight,
                    })
                }
            }
            gap = 0.0;
            continue;
        }
        gap += gap_weight(kind, text, f);
        if gap > MAX_GAP {
            clusters.extend(current.take());
        }
    }
    clusters.extend(current);
    let best = clusters
        .iter()
        .max_by(|a, b| a.weight.total_cmp(&b.weight))?;
    let total: f32 = clusters.iter().map(|c| c.weight).sum();
    // Too little prose anywhere to tell an article from its surroundings
    // (a list, a recipe, a table): keep the whole page.
    if best.weight < MIN_ARTICLE {
        return None;
    }
    if best.weight >= DOMINANT * total {
        return Some(Region {
            start: best.start,
            end: best.end,
        });
    }
    let substantial = || {
        clusters
            .iter()
            .filter(|c| c.weight >= SUBSTANTIAL * best.weight)
    };
    Some(Region {
        start: substantial().map(|c| c.start).min()?,
        end: substantial().map(|c| c.end).max()?,
    })
}

/// Mark every body line outside the region as chrome.
pub(crate) fn apply(page: &mut Page<'_, '_>, region: Region, keep: &[Option<usize>]) {
    for i in (0..region.start).chain(region.end + 1..page.lines.len()) {
        if keep.contains(&Some(i)) {
            continue;
        }
        if page.classes[i].kind.is_body() {
            page.classes[i] = crate::classify::Class {
                kind: LineKind::SiteChrome,
                reason: "outside the main content",
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weight(s: &str) -> f32 {
        prose_weight(s, &Features::of(s))
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
        assert!(is_function_word("The"));
        assert!(is_function_word("said,"));
        assert!(!is_function_word("Chargers"));
        assert!(!is_function_word("théâtre"));
    }
}
