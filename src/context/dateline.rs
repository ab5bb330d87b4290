//! The story's dateline: which of the page's dates is the story's own.
//!
//! A page prints many dates: the aggregator's or the site's own in its
//! header, a teaser's in every card, a comment's under every comment, the
//! revision date beside the publication date. The story's is the one printed
//! nearest the story's head, so each candidate is scored by its distance to
//! the nearest anchor (the headline and its echoes, the ends of the main
//! content, a byline), plus costs for what makes a date the page's rather
//! than the story's (a `|` bar, an "Updated" label, a place after the
//! content, other dates close by). A date the page labels "Published" is
//! taken wherever it is printed when no anchored date is close.

use crate::text::dates::{self, MIN_DATE_DIGITS};
use crate::text::titles;
use crate::LineKind;

use super::page::{Page, Region, MAX_ECHO_CHARS, REPEAT_WINDOW, SIMILAR_TITLE};

/// How far (in non-blank lines, after penalties) from the nearest anchor (the
/// headline, the start of the main content, a byline) a date may be and still
/// be the story's.
const DATE_REACH: u32 = 25;
/// A date sharing its line with other words is a weaker candidate than a
/// date-only line.
const MIXED_LINE_COST: u32 = 3;
/// Each `|` counts as this much distance: dates in bars belong to the page.
const PIPE_COST: u32 = 2;
/// An "Updated"/"Modified" date yields to a published date nearby.
const UPDATED_COST: u32 = 4;
/// Dates after the main content (comments, related lists) are suspect.
const AFTER_CONTENT_COST: u32 = 6;
/// The start of the main content is a looser anchor than the headline: it may
/// be a lower part of the page than the story's head.
const REGION_ANCHOR_COST: u32 = 3;
/// Dates above an anchor count as farther than dates below it.
const ABOVE_FACTOR: u32 = 2;
/// A byline away from the headline still anchors a date printed beside it
/// ("By Jane Doe" over "Dec 18, 2025"), within this many lines.
const BESIDE_BYLINE: u32 = 3;
/// More bylines than this above the end of the content are a teaser list.
const MAX_BYLINES: usize = 3;
/// What a date labelled "Published" costs when no anchor is near it.
const PUBLISHED_COST: u32 = 12;
/// How many repeats of the headline anchor the date too.
const MAX_ECHOES: usize = 2;
/// Dates this close (in non-blank lines) to another date are read as a list.
const LIST_SPAN: u32 = 3;
/// How many dates on either side of a date are looked at for a list.
const LIST_NEIGHBOURS: usize = 2;
/// What being one of a list of dates costs.
const LIST_COST: u32 = 4;
/// How many lines after the end of the main content a date may close it.
const CLOSING_REACH: u32 = 3;
/// With no headline and no main content to anchor on, a dateline is taken
/// only among this many first non-blank lines.
const TOP_LINES: usize = 3;
/// A line this short (in words) that reads as a date label ("Published on")
/// labels the date on the line under it.
const MAX_LABEL_WORDS: u32 = 3;

/// Whether a line's date carries a label ("Published", "Updated").
type DateLabel = fn(&str) -> bool;

/// A dated line with the label printed on the line above it, when that line
/// is nothing but a label ("Published on" over "Feb 2, 2023"): the label
/// belongs to the date as much as on one line.
fn labelled_text<'a>(page: &Page<'_, 'a>, i: usize) -> std::borrow::Cow<'a, str> {
    let text = page.lines[i].text;
    match page.above(i).next() {
        Some(j)
            if page.feats[j].words <= MAX_LABEL_WORDS
                && dates::is_label_line(page.lines[j].text) =>
        {
            format!("{} {text}", page.lines[j].text).into()
        }
        _ => text.into(),
    }
}

/// The line of the only date the page labels with `label` (several lines may
/// print it), if there is one.
fn only_labelled_date(page: &Page<'_, '_>, label: DateLabel) -> Option<usize> {
    let mut labelled = (0..page.lines.len()).filter(|&i| {
        let f = &page.feats[i];
        f.digits >= MIN_DATE_DIGITS
            && dates::is_dateline_text(page.lines[i].text, f.chars)
            && label(&labelled_text(page, i))
    });
    let p = labelled.next()?;
    let d = dates::find_date(page.lines[p].text);
    labelled
        .all(|j| dates::find_date(page.lines[j].text) == d)
        .then_some(p)
}

/// A line the story's date is looked for around.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// The anchor's line.
    line: usize,
    /// Added to the distance of every date measured from this anchor.
    cost: u32,
    /// Farthest distance (before costs) from this anchor.
    reach: u32,
    /// Whether dates above the anchor count.
    above: bool,
}

/// The anchors of the story's date: its headline and up to [`MAX_ECHOES`]
/// repeats of it, the start and end of the main content, and its bylines
/// unless there are so many that they are a list of teasers. `rank` is the
/// non-blank rank of every line.
fn anchors(
    page: &Page<'_, '_>,
    title: Option<usize>,
    headline: Option<&str>,
    region: Option<Region>,
    rank: &[u32],
) -> Vec<Anchor> {
    let n = page.lines.len();
    let anchor = |line, cost, reach, above| Anchor {
        line,
        cost,
        reach,
        above,
    };
    let mut anchors: Vec<Anchor> = Vec::new();
    anchors.extend(title.map(|t| anchor(t, 0, DATE_REACH, true)));
    if let Some(g) = region {
        if Some(g.start) != title {
            anchors.push(anchor(g.start, REGION_ANCHOR_COST, DATE_REACH, true));
        }
        anchors.push(anchor(g.end, AFTER_CONTENT_COST, CLOSING_REACH, false));
    }
    // The headline printed again elsewhere (the page's own h1 when the one
    // chosen is the document title, or a repeat above the one chosen).
    let echo_end = n.min(REPEAT_WINDOW);
    // The headline's longest word, a cheap test before comparing words.
    let key = headline.and_then(|h| h.split_whitespace().max_by_key(|w| w.len()));
    if let (Some(h), Some(key)) = (headline, key) {
        let headline_words = titles::WordSet::of(h);
        let first = (0..n).find(|&i| !page.lines[i].is_blank());
        let echoes = (0..echo_end)
            .filter(|&i| Some(i) != title && Some(i) != first)
            .filter(|&i| {
                let f = &page.feats[i];
                f.chars <= MAX_ECHO_CHARS
                    && page.lines[i].text.contains(key)
                    && f.is_headline_shaped()
            })
            .filter(|&i| {
                titles::WordSet::of(page.lines[i].text).similarity(&headline_words) >= SIMILAR_TITLE
            })
            .take(MAX_ECHOES);
        let echoes: Vec<usize> = echoes.collect();
        anchors.extend(echoes.into_iter().map(|e| anchor(e, 0, DATE_REACH, true)));
    }
    let head: Vec<usize> = title.into_iter().chain(region.map(|g| g.start)).collect();
    let last = region.map_or(n, |g| g.end + 1);
    let bylines: Vec<usize> = (0..last)
        .filter(|&i| page.kind(i) == LineKind::Byline)
        .take(MAX_BYLINES + 1)
        .collect();
    // Many bylines are a list of teasers, each with its own date: then only
    // the story's head anchors.
    let teasers = bylines.len() > MAX_BYLINES;
    for b in bylines {
        // The story's byline (near its head) anchors as far as the headline;
        // any other byline only the date printed beside it.
        let near_head = head
            .iter()
            .any(|&a| rank[b].abs_diff(rank[a]) <= DATE_REACH);
        let reach = if near_head { DATE_REACH } else { BESIDE_BYLINE };
        if !teasers {
            anchors.push(anchor(b, 0, reach, true));
        }
    }
    anchors
}

/// The article's dateline: among date-only lines and short dated lines (a
/// byline with a date, "Posted on …"), the one nearest an anchor of the story
/// (its headline, the start and end of the main content, a byline). Dates
/// further up belong to the page (an aggregator prints its own); dates in `|`
/// bars, after the content or labelled "updated" count as farther.
pub(super) fn choose(
    page: &Page<'_, '_>,
    title: Option<usize>,
    headline: Option<&str>,
    region: Option<Region>,
) -> Option<usize> {
    let n = page.lines.len();
    if title.is_none() && region.is_none() {
        // With no headline to anchor on, only a date at the very top is taken.
        return (0..n)
            .filter(|&i| !page.lines[i].is_blank())
            .take(TOP_LINES)
            .find(|&i| page.kind(i) == LineKind::Dateline);
    }
    // Non-blank rank of every line: distances are counted in printed lines.
    let mut rank = Vec::with_capacity(n);
    let mut r = 0u32;
    for l in page.lines {
        rank.push(r);
        r += u32::from(!l.is_blank());
    }
    let anchors = anchors(page, title, headline, region, &rank);
    let content_end = region.map(|g| g.end);
    let cost = |i: usize| -> Option<u32> {
        let f = &page.feats[i];
        let text = page.lines[i].text;
        let mixed = match page.kind(i) {
            LineKind::Dateline => false,
            LineKind::Title => return None,
            _ if f.digits >= MIN_DATE_DIGITS && dates::is_dateline_text(text, f.chars) => true,
            _ => return None,
        };
        let distance = anchors
            .iter()
            .filter_map(|a| {
                let d = rank[i].abs_diff(rank[a.line]);
                let ok = d <= a.reach && (a.above || i >= a.line);
                let d = if i < a.line { d * ABOVE_FACTOR } else { d };
                ok.then_some(d + a.cost)
            })
            .min()?;
        let mut c = distance + PIPE_COST * f.pipes;
        if mixed {
            c += MIXED_LINE_COST;
        }
        if dates::is_update_label(&labelled_text(page, i)) {
            c += UPDATED_COST;
        }
        if content_end.is_some_and(|e| i > e) {
            c += AFTER_CONTENT_COST;
        }
        (c <= DATE_REACH).then_some(c)
    };
    // Only lines within reach of some anchor are looked at.
    let window = 2 * DATE_REACH as usize + 1;
    let mut seen = vec![false; n];
    let mut found: Vec<(usize, u32)> = Vec::new();
    for a in &anchors {
        let lo = a.line.saturating_sub(window);
        let hi = (a.line + window).min(n);
        for (i, seen) in seen.iter_mut().enumerate().take(hi).skip(lo) {
            if !std::mem::replace(seen, true) {
                found.extend(cost(i).map(|c| (i, c)));
            }
        }
    }
    // A date labelled "Published" or "Posted" is the story's wherever it is
    // printed, when the page labels only one date so; else one labelled
    // "Updated" (a page that prints only its revision date).
    if found.iter().all(|&(_, c)| c > PUBLISHED_COST) {
        let labels: [(DateLabel, u32); 2] = [
            (dates::is_publish_label, PUBLISHED_COST),
            (dates::is_update_label, PUBLISHED_COST + UPDATED_COST),
        ];
        for (label, c) in labels {
            if let Some(p) = only_labelled_date(page, label) {
                found.retain(|&(i, _)| i != p);
                found.push((p, c));
                break;
            }
        }
    }
    found.sort_unstable();
    // A date with other dates printed close by is one of a list (teasers,
    // comments, an archive): weaker than a date standing alone.
    let date_of = |i: usize| dates::find_date(page.lines[i].text);
    let mut best: Option<(u32, usize)> = None;
    for (k, &(i, c)) in found.iter().enumerate() {
        let d = date_of(i);
        let close =
            |&&(j, _): &&(usize, u32)| rank[i].abs_diff(rank[j]) <= LIST_SPAN && date_of(j) != d;
        let listed = found[..k]
            .iter()
            .rev()
            .take(LIST_NEIGHBOURS)
            .any(|x| close(&x))
            || found[k + 1..]
                .iter()
                .take(LIST_NEIGHBOURS)
                .any(|x| close(&x));
        let c = c + if listed { LIST_COST } else { 0 };
        if c <= DATE_REACH && best.is_none_or(|b| (c, i) < b) {
            best = Some((c, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use crate::context::testing::{layout_of, PROSE};

    /// A headline over forty paragraphs of prose, then `tail`.
    fn long_story(tail: &str) -> String {
        let mut page = String::from("Storm hits the coast of Maine overnight\n\n");
        for _ in 0..40 {
            page.push_str(PROSE);
        }
        page.push_str(tail);
        page
    }

    #[test]
    fn published_date_beats_updated_date() {
        let page = format!(
            "Storm hits the coast of Maine overnight\n\nUpdated Dec 17, 2025\nPublished Dec 15, 2025\n\n{PROSE}{PROSE}"
        );
        let (layout, lines) = layout_of(&page);
        assert_eq!(layout.title, Some(0));
        assert_eq!(
            lines[layout.dateline.expect("date")],
            "Published Dec 15, 2025"
        );
    }

    #[test]
    fn date_beside_a_byline_far_from_the_headline() {
        let page = long_story("By Jane Doe\nDec 18, 2025\n");
        let (layout, lines) = layout_of(&page);
        assert_eq!(lines[layout.dateline.expect("date")], "Dec 18, 2025");
    }

    #[test]
    fn a_date_in_a_list_of_dates_yields_to_one_alone() {
        let page = format!(
            "Storm hits the coast of Maine overnight | Springfield Herald\n\nOther story\nJune 15, 2010\nAnother story\nMay 27, 2014\nStorm hits the coast of Maine overnight\nCoast guard\nWeather desk\nNov 20, 2019\n{PROSE}{PROSE}"
        );
        let (layout, lines) = layout_of(&page);
        assert_eq!(layout.title, Some(6));
        assert_eq!(lines[layout.dateline.expect("date")], "Nov 20, 2019");
    }

    #[test]
    fn a_labelled_publication_date_far_from_the_headline() {
        let mut page =
            long_story("Share\nTweet\nEmail\nPrint\nRelated\nMore\nPublished on July 18, 2025\n");
        let (layout, lines) = layout_of(&page);
        assert_eq!(
            lines[layout.dateline.expect("date")],
            "Published on July 18, 2025"
        );
        // Two different dates so labelled are a list: neither is taken.
        page.push_str("Posted on May 2, 2024\n");
        assert_eq!(layout_of(&page).0.dateline, None);
    }

    #[test]
    fn a_label_on_the_line_above_the_date() {
        let page =
            long_story("Share\nTweet\nEmail\nPrint\nRelated\nMore\nPublished\nJuly 18, 2025\n");
        let (layout, lines) = layout_of(&page);
        assert_eq!(lines[layout.dateline.expect("date")], "July 18, 2025");
    }

    #[test]
    fn a_date_beside_an_echo_of_the_headline() {
        let mut page = String::from(
            "Storm hits the coast of Maine overnight | Herald\n\nStorm hits Maine overnight\nJan 5, 2024\n",
        );
        for k in 0..30 {
            page.push_str(&format!("Item {k}\n"));
        }
        page.push_str("Storm hits the coast of Maine overnight\n");
        page.push_str(&PROSE.repeat(3));
        let (layout, lines) = layout_of(&page);
        assert_eq!(layout.title, Some(34));
        assert_eq!(lines[layout.dateline.expect("date")], "Jan 5, 2024");
    }
}
