//! The headline: which line of the page is the story's own title.
//!
//! Everything else hangs on it: the dateline is looked for around it, what
//! sits above it is the page's header, and the metadata stage reads the title
//! from it. A page names its headline in several ways, tried from the
//! surest: a line glued to an aggregator's artifact, a repeat of the document
//! title (the page's first line in a dump), a headline-shaped line sharing
//! most of the document title's words, the document title itself less the
//! site's name ([`marked`]); only without any of these, the headline-shaped
//! line right above the first paragraph of the main content
//! ([`above_prose`]), which the driver finds in between. Lists of like items
//! ("Race 1: …", "Race 2: …") are kept from passing for a headline and its
//! echoes.

use crate::classify::{Features, Rule};
use crate::meta::title;
use crate::LineKind;

use super::page::{
    DocLine, Headline, Page, MAX_ECHO_CHARS, REPEAT_WINDOW, SIMILAR_TITLE, TITLE_REACH,
};

/// How far from the top a headline may be looked for, in lines still read
/// as text.
const TITLE_WINDOW: usize = 200;
/// The on-page headline comes before subheadings that echo it: a later line
/// replaces an earlier one only when it is clearly closer to the title.
const CLEARLY_MORE_SIMILAR: f32 = 0.2;
/// A line of more words than this is no echo of the document title.
const MAX_ECHO_WORDS: u32 = 40;
/// The most characters of a document title: a longer first line is text.
const MAX_DOC_TITLE_CHARS: u32 = 300;
/// The most words of a document title: a longer first line is text.
const MAX_DOC_TITLE_WORDS: u32 = 60;
/// The most words of a last part of the document title that names the site
/// ("… | Springfield Herald").
const MAX_SITE_WORDS: usize = 4;
/// A first line that reads as a sentence of more words than this, without a
/// part naming the site, opens a text rather than titling a page.
const MAX_TITLE_SENTENCE_WORDS: u32 = 24;
/// How many bytes longer than the longest repeat of the document title a
/// line may be and still fold to one (folding straightens curly quotes and
/// joins runs of separators and spaces, which shortens a line).
const FOLD_SLACK: usize = 8;

/// The page's document title: its first non-blank line, when it reads as one.
pub(super) fn doc_title(page: &Page<'_, '_>) -> Option<DocLine> {
    let d = (0..page.lines.len()).find(|&i| !page.lines[i].is_blank())?;
    let f = &page.feats[d];
    // Neither a date nor an ad marker is a title (an "Advertisement" repeated
    // below became the headline of a page of ads). A title may read as a
    // sentence ("How accurate is it?"), but a long sentence that names no
    // site, or one followed by more prose, opens a text rather than titles a
    // page: its repeat or an echo lower down became the headline, and
    // cleaning a clean body lost what was above.
    let line = page.lines[d].text;
    let dt = title::DocTitle::of(line);
    let next = (d + 1..page.lines.len()).find(|&i| !page.lines[i].is_blank());
    let names_site = dt.parts.len() > 1
        && dt
            .parts
            .last()
            .is_some_and(|p| line[p.clone()].split_whitespace().count() <= MAX_SITE_WORDS);
    let opens_text = f.is_prose()
        && (f.words > MAX_TITLE_SENTENCE_WORDS && !names_site
            || next.is_some_and(|n| page.feats[n].is_prose()));
    let ok = f.chars <= MAX_DOC_TITLE_CHARS
        && f.words <= MAX_DOC_TITLE_WORDS
        && !opens_text
        && !matches!(page.kind(d), LineKind::Dateline | LineKind::Advertisement);
    ok.then_some(DocLine { line: d, title: dt })
}

/// The first lines of text of the page, where a headline may be.
fn text_lines<'p>(page: &'p Page<'_, '_>) -> impl Iterator<Item = usize> + 'p {
    (0..page.lines.len())
        .filter(|&i| page.kind(i) == LineKind::Body)
        .take(TITLE_WINDOW)
}

/// A headline the page itself marks: glued to an aggregator's artifact, or
/// repeating its document title.
pub(super) fn marked(page: &Page<'_, '_>, doc: Option<&DocLine>) -> Option<Headline> {
    // An aggregator's glued artifact marks its headline unmistakably.
    if let Some(i) =
        text_lines(page).find(|&i| title::strip_glued_prefix(page.lines[i].text).is_some())
    {
        return Some(Headline::whole(i));
    }
    doc.and_then(|d| title_from_document(page, d))
}

/// The headline-shaped line nearest above the first paragraph of prose (of
/// the main content, when it is known), with only metadata and clutter
/// between.
pub(super) fn above_prose(page: &Page<'_, '_>, first_prose: Option<usize>) -> Option<Headline> {
    let first_prose =
        first_prose.or_else(|| text_lines(page).find(|&i| page.feats[i].is_prose()))?;
    // Clutter between (captions, credits, ads) does not count towards the
    // reach: without it, as in a cleaned body, the headline stands as near.
    page.above(first_prose)
        .filter(|&j| page.kind(j) == LineKind::Body)
        .take(TITLE_REACH)
        .find(|&j| page.feats[j].is_prose() || page.feats[j].is_headline_shaped())
        .filter(|&j| !page.feats[j].is_prose() && !ends_a_list(page, j))
        .map(Headline::whole)
}

/// Whether line `j` is the last of a list of like items ("Race 11: …",
/// "Race 12: …"): the two lines of text above it share most of its words
/// without repeating it (a headline may be printed twice, a list item is
/// one of many).
fn ends_a_list(page: &Page<'_, '_>, j: usize) -> bool {
    let mut above = page.above(j).filter(|&i| page.kind(i).is_body());
    run_of_like_items(page, j, [above.next(), above.next()])
}

/// Whether line `j` is the first of a list of like items: the two lines of
/// text below it are like it.
fn starts_a_list(page: &Page<'_, '_>, j: usize) -> bool {
    let mut below =
        (j + 1..page.lines.len()).filter(|&i| !page.lines[i].is_blank() && page.kind(i).is_body());
    run_of_like_items(page, j, [below.next(), below.next()])
}

/// Whether both `others` are headline-shaped lines sharing most of the
/// words of line `j` without repeating it.
fn run_of_like_items(page: &Page<'_, '_>, j: usize, others: [Option<usize>; 2]) -> bool {
    let own = title::fold(page.lines[j].text);
    let words = title::WordSet::of(page.lines[j].text);
    others.iter().all(|o| {
        o.is_some_and(|i| {
            page.feats[i].is_headline_shaped()
                && title::fold(page.lines[i].text) != own
                && title::WordSet::of(page.lines[i].text).similarity(&words) >= SIMILAR_TITLE
        })
    })
}

/// The headline from the document title: its repeat above the story (the
/// on-page headline, the whole title or the parts without the site's name),
/// else the headline-shaped line sharing most of its words, else the document
/// title without the site's name.
fn title_from_document(page: &Page<'_, '_>, doc: &DocLine) -> Option<Headline> {
    let (d, dt) = (doc.line, &doc.title);
    let line = page.lines[d].text;
    let repeats = dt.repeats(line);
    let max_chars = repeats.iter().map(String::len).max().unwrap_or(0);
    let min_chars = repeats.iter().map(String::len).min().unwrap_or(0);
    // A headline heads a story: a line with no prose after it (a footer
    // repeating the site's name) is not the on-page headline, and taking it
    // made everything above it header.
    let last_prose = (0..page.lines.len())
        .rev()
        .find(|&i| page.feats[i].is_prose())
        .unwrap_or(0);
    let window = d + 1..page.lines.len().min(d + 1 + REPEAT_WINDOW).min(last_prose);
    let mut best: Option<(usize, usize)> = None;
    for i in window.clone() {
        let text = page.lines[i].text;
        if text.is_empty() || text.len() > max_chars + FOLD_SLACK || !may_fold_to(text, min_chars) {
            continue;
        }
        // A repeat starts as the folded line starts: compare that first.
        let head = title::fold_first(text);
        if !repeats.iter().any(|r| r.starts_with(head)) {
            continue;
        }
        let folded = title::fold(text);
        if repeats.contains(&folded) && best.is_none_or(|(_, len)| folded.len() > len) {
            best = Some((i, folded.len()));
        }
    }
    if let Some((i, _)) = best {
        return Some(Headline::whole(i));
    }
    let headline = dt.headline(line);
    let core = &line[dt.parts.get(dt.main).cloned().unwrap_or(headline.clone())];
    let mut similar: Option<(usize, f32)> = None;
    let core_words = title::WordSet::of(core);
    // A first line that reads as a sentence may open a text rather than
    // title a page: only its exact repeat names the headline then, not a
    // line that shares its words (a subheading further down). Nor has the
    // first line of a list of like items ("Race 1: …", "Race 2: …") echoes.
    let echoes = if page.feats[d].is_prose() || starts_a_list(page, d) {
        0..0
    } else {
        window
    };
    for i in echoes {
        let f = &page.feats[i];
        if f.chars > MAX_ECHO_CHARS
            || f.terminal
            || f.words > MAX_ECHO_WORDS
            || !f.is_headline_shaped()
        {
            continue;
        }
        let score = core_words.similarity(&title::WordSet::of(page.lines[i].text));
        if score >= SIMILAR_TITLE && similar.is_none_or(|(_, s)| score > s + CLEARLY_MORE_SIMILAR) {
            similar = Some((i, score));
        }
    }
    if let Some((i, _)) = similar {
        return Some(Headline::whole(i));
    }
    // Without a repeat, only a title that names its site is trusted: a bare
    // first line may as well be a banner.
    (dt.parts.len() > 1 && Features::of(&line[headline.clone()]).is_headline_shaped()).then_some(
        Headline {
            line: d,
            range: Some(headline),
        },
    )
}

/// Whether `text` may fold to a text of `folded` bytes: folding lengthens a
/// text by half at most (a few letters have a longer lower case), so a line
/// much shorter than every repeat of the title cannot be one.
fn may_fold_to(text: &str, folded: usize) -> bool {
    text.len() * 3 >= folded * 2
}

/// Copies of the headline printed again right under it, before the story
/// starts (a banner repeated, an image's alt text), are not story text.
pub(super) fn drop_copies(page: &mut Page<'_, '_>, t: usize) {
    let headline = title::fold(page.lines[t].text);
    let below: Vec<usize> = (t + 1..page.lines.len())
        .filter(|&i| !page.lines[i].is_blank())
        .take(TITLE_REACH)
        .take_while(|&i| !page.feats[i].is_prose())
        .collect();
    for i in below {
        if page.kind(i) == LineKind::Body && title::fold(page.lines[i].text) == headline {
            page.set(i, Rule::HeadlineAgain);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::context::testing::layout_of;

    #[test]
    fn repeated_document_title_is_the_headline() {
        let page = "Storm hits the coast of Maine overnight | Springfield Herald\n\nHome\nNews\nSpringfield Herald\n\nStorm hits the coast of Maine overnight\nBy Jane Doe | Nov 18, 2019\n\nA storm hit the coast on Monday, leaving thousands of homes without power.\n";
        let (layout, lines) = layout_of(page);
        assert_eq!(layout.title, Some(6));
        assert_eq!(layout.title_range, None);
        let (d, r) = layout.site.expect("site");
        assert_eq!(&lines[d][r], "Springfield Herald");
        assert_eq!(layout.dateline, Some(7));
    }

    #[test]
    fn document_title_without_repeat_drops_the_site() {
        let page = "Storm hits the coast of Maine overnight | Springfield Herald\n\nA storm hit the coast on Monday, leaving thousands of homes without power.\n";
        let (layout, lines) = layout_of(page);
        assert_eq!(layout.title, Some(0));
        let r = layout.title_range.expect("range");
        assert_eq!(&lines[0][r], "Storm hits the coast of Maine overnight");
    }
}
