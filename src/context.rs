//! Stage 4: decisions that need neighbours and position.
//!
//! The classifier saw each line alone. Here the page is read as a whole:
//! where the headline is, what sits above it (the header zone: the site's or
//! aggregator's banner, its page date, the original publisher and the story's
//! dateline), and which sentences are captions because a credit line sits
//! under them.

use std::sync::LazyLock;

use regex::Regex;

use crate::classify::lexicon::ascii_boundaries;
use crate::classify::{Class, Features};
use crate::lines::Line;
use crate::meta::{date, source, title};
use crate::region;
use crate::LineKind;

/// The positions the metadata stage reads its values from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    pub title: Option<usize>,
    pub dateline: Option<usize>,
    pub source: Option<usize>,
    pub byline: Option<usize>,
    /// The part of the title line that is the headline, when it is not all of
    /// it ("Headline | Site" read from the document title).
    pub title_range: Option<std::ops::Range<usize>>,
    /// The site's name in the document title: line and byte range.
    pub site: Option<(usize, std::ops::Range<usize>)>,
}

/// A page, line by line, as the context pass sees it.
pub(crate) struct Page<'p, 'a> {
    pub lines: &'p [Line<'a>],
    pub feats: &'p [Features],
    pub classes: &'p mut [Class],
}

impl Page<'_, '_> {
    fn kind(&self, i: usize) -> LineKind {
        self.classes[i].kind
    }

    fn set(&mut self, i: usize, kind: LineKind, reason: &'static str) {
        self.classes[i] = Class { kind, reason };
    }

    /// Indices of the non-blank lines before `i`, nearest first.
    fn above(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..i).rev().filter(|&j| !self.lines[j].is_blank())
    }
}

/// Run every context decision, in order, and say where the metadata is.
///
/// `headline` is the line of a headline the markup names (an `<h1>`, the
/// page's meta title), when the input was HTML: it then anchors the main
/// content. `contained` says the markup has narrowed the page to the
/// article's container (see [`region::find`]).
pub(crate) fn resolve(page: &mut Page<'_, '_>, headline: Option<usize>, contained: bool) -> Layout {
    let mut layout = Layout::default();
    claim_captions(page);
    let doc = doc_title(page);
    layout.site = doc.as_ref().and_then(|(d, dt)| dt.site().map(|r| (*d, r)));
    // A headline the page marks (in its markup, a repeat of its document
    // title, a glued artifact) anchors the search for the main content;
    // otherwise the headline is looked for above the main content.
    let marked = headline
        .filter(|&h| h < page.lines.len())
        .map(|h| (h, None))
        .or_else(|| marked_title(page, doc.as_ref()));
    let anchor = marked
        .as_ref()
        .map(|&(t, _)| t)
        .filter(|&t| doc.as_ref().is_none_or(|(d, _)| t != *d));
    let region = region::find(page, anchor, contained);
    let found = marked.or_else(|| title_above_prose(page, region.map(|r| r.start)));
    if let Some((t, range)) = found {
        layout.title = Some(t);
        layout.title_range = range;
    }
    if let Some(t) = layout.title {
        page.set(t, LineKind::Title, "headline");
    }
    layout.dateline = choose_dateline(page, layout.title);
    if let Some(t) = layout.title {
        // Text of the main content region stays, even above a headline
        // found further down (an intro, or a headline repeated lower).
        let header_end = region.map_or(t, |r| r.start.min(t));
        layout.source = mark_header(page, t, header_end, layout.dateline);
    }
    layout.byline = find_byline(page, layout.title);
    if let Some(r) = region {
        region::apply(page, r, &[layout.title]);
    }
    mark_headings(page, layout.title);
    layout
}

// ------------------------------------------------------------------ title

/// How far from the top a headline may be looked for, in non-blank lines.
const TITLE_WINDOW: usize = 200;
/// How many non-blank lines above the first paragraph a headline may stand.
const TITLE_REACH: usize = 8;

/// How far down a repeat of the document title is looked for, in lines.
const REPEAT_WINDOW: usize = 600;
/// Word similarity above which a headline-shaped line is the on-page form of
/// the document title.
const SIMILAR_TITLE: f32 = 0.5;
/// The on-page headline comes before subheadings that echo it: a later line
/// replaces an earlier one only when it is clearly closer to the title.
const CLEARLY_MORE_SIMILAR: f32 = 0.2;

/// The page's document title: its first non-blank line, when it reads as one.
fn doc_title(page: &Page<'_, '_>) -> Option<(usize, title::DocTitle)> {
    let d = (0..page.lines.len()).find(|&i| !page.lines[i].is_blank())?;
    let f = &page.feats[d];
    let ok = f.chars <= 300 && f.words <= 60 && page.kind(d) != LineKind::Dateline;
    ok.then(|| (d, title::DocTitle::of(page.lines[d].text)))
}

/// The first lines of text of the page, where a headline may be.
fn text_lines<'p>(page: &'p Page<'_, '_>) -> impl Iterator<Item = usize> + 'p {
    (0..page.lines.len())
        .filter(|&i| page.kind(i) == LineKind::Body)
        .take(TITLE_WINDOW)
}

/// A headline the page itself marks: glued to an aggregator's artifact, or
/// repeating its document title.
fn marked_title(
    page: &Page<'_, '_>,
    doc: Option<&(usize, title::DocTitle)>,
) -> Option<(usize, Option<std::ops::Range<usize>>)> {
    // An aggregator's glued artifact marks its headline unmistakably.
    if let Some(i) =
        text_lines(page).find(|&i| title::strip_glued_prefix(page.lines[i].text).is_some())
    {
        return Some((i, None));
    }
    doc.and_then(|(d, dt)| title_from_document(page, *d, dt))
}

/// The headline-shaped line nearest above the first paragraph of prose (of
/// the main content, when it is known), with only metadata and clutter
/// between.
fn title_above_prose(
    page: &Page<'_, '_>,
    first_prose: Option<usize>,
) -> Option<(usize, Option<std::ops::Range<usize>>)> {
    let first_prose =
        first_prose.or_else(|| text_lines(page).find(|&i| page.feats[i].is_prose()))?;
    for j in page.above(first_prose).take(TITLE_REACH) {
        match page.kind(j) {
            LineKind::Body if page.feats[j].is_prose() => return None,
            LineKind::Body if page.feats[j].is_headline_shaped() => return Some((j, None)),
            _ => {}
        }
    }
    None
}

/// The headline from the document title: its repeat above the story (the
/// on-page headline, the whole title or the parts without the site's name),
/// else the headline-shaped line sharing most of its words, else the document
/// title without the site's name.
fn title_from_document(
    page: &Page<'_, '_>,
    d: usize,
    dt: &title::DocTitle,
) -> Option<(usize, Option<std::ops::Range<usize>>)> {
    let line = page.lines[d].text;
    let repeats = dt.repeats(line);
    let max_chars = repeats.iter().map(String::len).max().unwrap_or(0);
    let window = d + 1..page.lines.len().min(d + 1 + REPEAT_WINDOW);
    let mut best: Option<(usize, usize)> = None;
    for i in window.clone() {
        let text = page.lines[i].text;
        if text.is_empty() || text.len() > max_chars + 8 {
            continue;
        }
        let folded = title::fold(text);
        if repeats.contains(&folded) && best.is_none_or(|(_, len)| folded.len() > len) {
            best = Some((i, folded.len()));
        }
    }
    if let Some((i, _)) = best {
        return Some((i, None));
    }
    let headline = dt.headline(line);
    let core = &line[dt.parts.get(dt.main).cloned().unwrap_or(headline.clone())];
    let mut similar: Option<(usize, f32)> = None;
    for i in window {
        let f = &page.feats[i];
        if f.chars > 220 || f.terminal || f.words > 40 || !f.is_headline_shaped() {
            continue;
        }
        let score = title::word_similarity(core, page.lines[i].text);
        if score >= SIMILAR_TITLE && similar.is_none_or(|(_, s)| score > s + CLEARLY_MORE_SIMILAR) {
            similar = Some((i, score));
        }
    }
    if let Some((i, _)) = similar {
        return Some((i, None));
    }
    // Without a repeat, only a title that names its site is trusted: a bare
    // first line may as well be a banner.
    (dt.parts.len() > 1 && Features::of(&line[headline.clone()]).is_headline_shaped())
        .then_some((d, Some(headline)))
}

// ------------------------------------------------------------- header zone

/// How far (in lines) from the headline a dateline may be and still be the story's.
const DATELINE_REACH: usize = 15;

/// The article's dateline: the date-only line nearest the headline. Dates
/// further up belong to the page (an aggregator prints its own), so distance
/// decides, and a date inside a `|`-separated bar counts as farther.
fn choose_dateline(page: &Page<'_, '_>, title: Option<usize>) -> Option<usize> {
    let Some(t) = title else {
        // With no headline to anchor on, only a date at the very top is taken.
        return (0..page.lines.len())
            .filter(|&i| !page.lines[i].is_blank())
            .take(3)
            .find(|&i| page.kind(i) == LineKind::Dateline);
    };
    let lo = t.saturating_sub(DATELINE_REACH);
    let hi = (t + DATELINE_REACH).min(page.lines.len());
    let date_only = (lo..hi)
        .filter(|&i| page.kind(i) == LineKind::Dateline)
        .min_by_key(|&i| {
            let distance = i.abs_diff(t);
            distance + 4 * page.feats[i].pipes as usize
        });
    date_only.or_else(|| dated_line_near(page, t))
}

/// How many non-blank lines below the headline a date inside a short line
/// (a byline, "Posted on … by …") is looked for; above it, fewer.
const DATED_BELOW: usize = 25;
const DATED_ABOVE: usize = 6;

/// A short line near the headline that prints a date among other words: the
/// nearest one, below the headline before above it.
fn dated_line_near(page: &Page<'_, '_>, t: usize) -> Option<usize> {
    let dated = |i: &usize| {
        let f = &page.feats[*i];
        f.digits >= 4 && date::is_dateline_text(page.lines[*i].text, f.chars)
    };
    let below = (t + 1..page.lines.len())
        .filter(|&i| !page.lines[i].is_blank())
        .take(DATED_BELOW)
        .find(dated);
    below.or_else(|| page.above(t).take(DATED_ABOVE).find(dated))
}

/// Everything above the headline is header: keep what is tied to the story
/// (its dateline and the publisher named right above it) and mark the rest as
/// the site's chrome. Returns the line naming the publisher.
fn mark_header(
    page: &mut Page<'_, '_>,
    title: usize,
    header_end: usize,
    dateline: Option<usize>,
) -> Option<usize> {
    // The publisher's name sits in a run of name-shaped lines just above the
    // story's dateline (or the headline, when there is no dateline).
    let anchor = dateline.filter(|&d| d < title).unwrap_or(title);
    let names: Vec<usize> = page
        .above(anchor)
        .take_while(|&j| {
            page.kind(j) == LineKind::Body
                && source::is_name_shaped(page.lines[j].text, &page.feats[j])
        })
        .collect();
    for i in 0..title {
        match page.kind(i) {
            LineKind::Body if names.contains(&i) => {
                page.set(i, LineKind::Source, "publisher above the dateline")
            }
            LineKind::Body | LineKind::Heading if i < header_end => {
                page.set(i, LineKind::SiteChrome, "header above the headline")
            }
            LineKind::Dateline if Some(i) != dateline => {
                page.set(i, LineKind::SiteChrome, "page date, not the story's")
            }
            _ => {}
        }
    }
    // The fullest form of the name: "New York Post" over "NY Post".
    names.into_iter().max_by_key(|&j| page.feats[j].chars)
}

fn find_byline(page: &Page<'_, '_>, title: Option<usize>) -> Option<usize> {
    let t = title.unwrap_or(0);
    let lo = t.saturating_sub(DATELINE_REACH);
    let hi = (t + DATELINE_REACH).min(page.lines.len());
    (lo..hi).find(|&i| page.kind(i) == LineKind::Byline)
}

/// Short headline-shaped lines inside the body are its subheadings.
fn mark_headings(page: &mut Page<'_, '_>, title: Option<usize>) {
    let start = title.map_or(0, |t| t + 1);
    for i in start..page.lines.len() {
        if page.kind(i) == LineKind::Body
            && !page.feats[i].is_prose()
            && page.feats[i].is_headline_shaped()
        {
            page.set(i, LineKind::Heading, "short line in the body");
        }
    }
}

// ---------------------------------------------------------------- captions

/// How photo descriptions are written: a present-tense verb of what the
/// picture shows, a position in the frame, "pictured", "file photo".
static PHOTO_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(
        r"(?x)
        \b(?:speaks|walks|arrives|attends|poses|gestures|looks\ on|listens|waves|stands|sits|holds|shakes\ hands
           |greets|delivers|takes?\ part|meets|talks|reacts|leaves|visits|smiles|celebrates|embraces|hugs|rides
           |addresses|chats|kneels|prays|marches|gathers|pictured|is\ seen|are\ seen|is\ shown|are\ shown
           |in\ this\ (?:photo|image|picture|handout|file)|file\ (?:photo|picture|image)|photo\ taken)\b
        | ,\s(?:left|right|center|centre|second\ (?:left|right)|far\ (?:left|right)|top|bottom|front|back\ row),
        | \(\s*(?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]|left|right|center|centre|from\ left|from\ right)\s*\)
        ",
    ))
    .expect("photo description regex compiles")
});

/// A line that reads as a photo description rather than as story text.
fn reads_as_photo_description(text: &str) -> bool {
    if text.starts_with(['“', '"', '‘']) {
        return false;
    }
    PHOTO_DESCRIPTION.is_match(text) || date::find_date(text).is_some() && !text.contains(" said")
}

/// Captions are the hard part: one or two sentences that read like story text
/// and are told apart only by the credit line under them. A credit claims the
/// line directly above it (and more lines above in the same block while they
/// read as photo descriptions); when that reaches the top of its block, the
/// block above is claimed too if it is short and reads as a photo description.
fn claim_captions(page: &mut Page<'_, '_>) {
    /// A caption is rarely longer; a body paragraph above a bare credit is.
    const MAX_CAPTION_WORDS: u32 = 80;
    const MAX_CAPTION_LINES: usize = 3;
    let credits: Vec<usize> = (0..page.lines.len())
        .filter(|&i| page.kind(i) == LineKind::PhotoCredit)
        .collect();
    let claimable = |page: &Page<'_, '_>, j: usize| {
        page.kind(j) == LineKind::Body && page.feats[j].words <= MAX_CAPTION_WORDS
    };
    for c in credits {
        let block = page.lines[c].block;
        let mut claimed = 0;
        let mut top = c;
        while top > 0 && page.lines[top - 1].block == block && !page.lines[top - 1].is_blank() {
            let j = top - 1;
            let ok = claimable(page, j)
                && (claimed == 0 || reads_as_photo_description(page.lines[j].text))
                && claimed < MAX_CAPTION_LINES;
            if !ok {
                break;
            }
            page.set(j, LineKind::Caption, "text above a photo credit");
            claimed += 1;
            top = j;
        }
        let reached_block_start = claimed > 0 && (top == 0 || page.lines[top - 1].is_blank());
        if !reached_block_start {
            continue;
        }
        // The block above, when it is a photo description of its own.
        let prev: Vec<usize> = page
            .above(top)
            .take_while(|&j| page.lines[j].block + 1 == block)
            .collect();
        let is_description = !prev.is_empty()
            && prev.len() + claimed <= MAX_CAPTION_LINES
            && prev
                .iter()
                .all(|&j| claimable(page, j) && reads_as_photo_description(page.lines[j].text));
        if is_description {
            for j in prev {
                page.set(j, LineKind::Caption, "photo description above a caption");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout_of(text: &str) -> (Layout, Vec<String>) {
        let lines = crate::lines::split(text);
        let feats: Vec<Features> = lines.iter().map(|l| Features::of(l.text)).collect();
        let mut classes: Vec<Class> = lines
            .iter()
            .zip(&feats)
            .map(|(l, f)| crate::classify::classify(l.text, f))
            .collect();
        let layout = resolve(
            &mut Page {
                lines: &lines,
                feats: &feats,
                classes: &mut classes,
            },
            None,
            false,
        );
        (layout, lines.iter().map(|l| l.text.to_owned()).collect())
    }

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

    #[test]
    fn photo_descriptions() {
        for s in [
            "Russian President Vladimir Putin speaks to the party's foreign policy chief Wang Yi.",
            "Leaders take part in the summit in Warsaw, Poland, February 22, 2023.",
            "Putin’s meeting with Wang came as President Biden, (3rd L) was meeting leaders.",
            "China’s top diplomat, Wang, left, and Vladimir Putin, right, met.",
        ] {
            assert!(reads_as_photo_description(s), "{s}");
        }
    }

    #[test]
    fn story_text_is_not_a_photo_description() {
        for s in [
            "Beijing has denied providing military support to Russia.",
            "“We are reaching new frontiers,” he said.",
            "The summit, he said on February 22, 2023, was a success.",
        ] {
            assert!(!reads_as_photo_description(s), "{s}");
        }
    }
}
