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
use crate::LineKind;

mod region;

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
    /// The site's name: line and byte range (in the document title, else in
    /// the copyright notice).
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
    // Markup that names the headline or the article's container vouches for
    // the lines under the headline as the article's.
    let vouched = headline.is_some() || contained;
    claim_captions(page);
    let doc = doc_title(page);
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
    layout.site = doc
        .as_ref()
        .and_then(|(d, dt)| site_in_title(page, *d, dt, &layout));
    if let Some(t) = layout.title {
        page.set(t, LineKind::Title, "headline");
        drop_headline_copies(page, t);
    }
    let headline = layout.title.map(|t| {
        let line = page.lines[t].text;
        layout
            .title_range
            .clone()
            .and_then(|r| line.get(r))
            .unwrap_or(line)
    });
    layout.dateline = choose_dateline(page, layout.title, headline, region);
    if let Some(t) = layout.title {
        // Text of the main content region stays, even above a headline
        // found further down (an intro, or a headline repeated lower).
        let header_end = region.map_or(t, |r| r.start.min(t));
        layout.source = mark_header(page, t, header_end, layout.dateline);
    }
    let copyright = copyright_holder(page).map(|c| spelled_out(page, c));
    // A site that holds its copyright under its domain ("© 2025 Herald.com")
    // names itself so: that beats a part of the title that may be a section.
    let domain = copyright
        .clone()
        .filter(|(i, r)| source::is_domain_name(&page.lines[*i].text[r.clone()]));
    if domain.is_some() {
        layout.site = domain;
    } else if layout.site.is_none() && layout.source.is_none() {
        // The banner's name printed on the notice line beside the holder
        // ("Herald © 2019 Herald Media Group, LLC") is the site's own.
        let logo = logo_name(page);
        let logo_on_notice = match (&copyright, &logo) {
            (Some((c, _)), Some((l, r))) => page.lines[*c]
                .text
                .contains(&page.lines[*l].text[r.clone()]),
            _ => false,
        };
        layout.site = if logo_on_notice {
            logo
        } else {
            copyright.or_else(|| about_name(page)).or(logo)
        };
    }
    layout.byline = find_byline(page, layout.title);
    if let Some(r) = region {
        region::apply(page, r, &[layout.title]);
    }
    if let Some(t) = layout.title.filter(|_| !vouched) {
        trim_lead_in(page, t);
    }
    mark_headings(page, layout.title);
    layout
}

// ------------------------------------------------------------------ title

/// How far from the top a headline may be looked for, in non-blank lines.
const TITLE_WINDOW: usize = 200;
/// How many lines of text above the first paragraph a headline may stand.
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
            .is_some_and(|p| line[p.clone()].split_whitespace().count() <= 4);
    let opens_text = f.is_prose()
        && (f.words > 24 && !names_site || next.is_some_and(|n| page.feats[n].is_prose()));
    let ok = f.chars <= 300
        && f.words <= 60
        && !opens_text
        && !matches!(page.kind(d), LineKind::Dateline | LineKind::Advertisement);
    ok.then_some((d, dt))
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
    // Clutter between (captions, credits, ads) does not count towards the
    // reach: without it, as in a cleaned body, the headline stands as near.
    page.above(first_prose)
        .filter(|&j| page.kind(j) == LineKind::Body)
        .take(TITLE_REACH)
        .find(|&j| page.feats[j].is_prose() || page.feats[j].is_headline_shaped())
        .filter(|&j| !page.feats[j].is_prose() && !ends_a_list(page, j))
        .map(|j| (j, None))
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
fn title_from_document(
    page: &Page<'_, '_>,
    d: usize,
    dt: &title::DocTitle,
) -> Option<(usize, Option<std::ops::Range<usize>>)> {
    let line = page.lines[d].text;
    let repeats = dt.repeats(line);
    let max_chars = repeats.iter().map(String::len).max().unwrap_or(0);
    // Folding lengthens a line by half at most (a few letters have a longer
    // lower case): one much shorter than every repeat cannot be one.
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
        if text.is_empty() || text.len() > max_chars + 8 || text.len() * 3 < min_chars * 2 {
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
        return Some((i, None));
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
        if f.chars > 220 || f.terminal || f.words > 40 || !f.is_headline_shaped() {
            continue;
        }
        let score = core_words.similarity(&title::WordSet::of(page.lines[i].text));
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

/// The site's name in the document title: its last part ("Headline | Site",
/// "Headline - Section | Site"), which is where sites put it far more often
/// than first, even when the headline is the shorter part; the first part
/// only when the last one is the headline shown on the page. A part without
/// letters (a year, a date) names nothing.
fn site_in_title(
    page: &Page<'_, '_>,
    d: usize,
    dt: &title::DocTitle,
    layout: &Layout,
) -> Option<(usize, std::ops::Range<usize>)> {
    let line = page.lines[d].text;
    let last = dt.parts.last().filter(|_| dt.parts.len() > 1)?.clone();
    let headline = match (layout.title, &layout.title_range) {
        (Some(t), Some(r)) if t == d => Some(&line[r.clone()]),
        (Some(t), None) if t != d => Some(page.lines[t].text),
        _ => None,
    };
    let last_is_headline = headline.is_some_and(|h| {
        let h = title::fold(h);
        h == title::fold(&line[last.clone()])
            || title::word_similarity(&h, &line[last.clone()]) >= SIMILAR_TITLE
                && title::word_similarity(&h, &line[dt.parts[0].clone()]) < SIMILAR_TITLE
    });
    let site = if last_is_headline { dt.site()? } else { last };
    let name = &line[site.clone()];
    // A part that counts or dates ("Top 25 Ranked by Market Share", "Cost
    // Guide 2025") reads as the headline's second half, unless the page
    // prints it elsewhere as a name.
    let subtitle = name
        .split_whitespace()
        .any(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && !(0..page.lines.len()).any(|i| i != d && page.lines[i].text.contains(name));
    (name.chars().any(char::is_alphabetic) && !subtitle).then_some((d, site))
}

/// Copies of the headline printed again right under it, before the story
/// starts (a banner repeated, an image's alt text), are not story text.
fn drop_headline_copies(page: &mut Page<'_, '_>, t: usize) {
    let headline = title::fold(page.lines[t].text);
    let below: Vec<usize> = (t + 1..page.lines.len())
        .filter(|&i| !page.lines[i].is_blank())
        .take(TITLE_REACH)
        .take_while(|&i| !page.feats[i].is_prose())
        .collect();
    for i in below {
        if page.kind(i) == LineKind::Body && title::fold(page.lines[i].text) == headline {
            page.set(i, LineKind::SiteChrome, "headline printed again");
        }
    }
}

// ------------------------------------------------------------- header zone

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
/// Dates this close (in lines) to another date are read as a list.
const LIST_SPAN: u32 = 3;
/// What being one of a list of dates costs.
const LIST_COST: u32 = 4;
/// How many lines after the end of the main content a date may close it.
const CLOSING_REACH: u32 = 3;

/// Whether a line's date carries a label ("Published", "Updated").
type DateLabel = fn(&str) -> bool;

/// A dated line with the label printed on the line above it, when that line
/// is nothing but a label ("Published on" over "Feb 2, 2023"): the label
/// belongs to the date as much as on one line.
fn labelled_text<'a>(page: &Page<'_, 'a>, i: usize) -> std::borrow::Cow<'a, str> {
    let text = page.lines[i].text;
    match page.above(i).next() {
        Some(j) if page.feats[j].words <= 3 && date::is_label_line(page.lines[j].text) => {
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
        f.digits >= 4
            && date::is_dateline_text(page.lines[i].text, f.chars)
            && label(&labelled_text(page, i))
    });
    let p = labelled.next()?;
    let d = date::find_date(page.lines[p].text);
    labelled
        .all(|j| date::find_date(page.lines[j].text) == d)
        .then_some(p)
}

/// A line the story's date is looked for around.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    line: usize,
    /// Added to the distance of every date measured from this anchor.
    cost: u32,
    /// Farthest distance (before costs) from this anchor.
    reach: u32,
    /// Whether dates above the anchor count.
    above: bool,
}

/// The article's dateline: among date-only lines and short dated lines (a
/// byline with a date, "Posted on …"), the one nearest an anchor of the story
/// (its headline, the start and end of the main content, a byline). Dates
/// further up belong to the page (an aggregator prints its own); dates in `|`
/// bars, after the content or labelled "updated" count as farther.
fn choose_dateline(
    page: &Page<'_, '_>,
    title: Option<usize>,
    headline: Option<&str>,
    region: Option<region::Region>,
) -> Option<usize> {
    let n = page.lines.len();
    if title.is_none() && region.is_none() {
        // With no headline to anchor on, only a date at the very top is taken.
        return (0..n)
            .filter(|&i| !page.lines[i].is_blank())
            .take(3)
            .find(|&i| page.kind(i) == LineKind::Dateline);
    }
    // Non-blank rank of every line: distances are counted in printed lines.
    let mut rank = Vec::with_capacity(n);
    let mut r = 0u32;
    for l in page.lines {
        rank.push(r);
        r += u32::from(!l.is_blank());
    }
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
        let headline_words = title::WordSet::of(h);
        let first = (0..n).find(|&i| !page.lines[i].is_blank());
        let echoes = (0..echo_end)
            .filter(|&i| Some(i) != title && Some(i) != first)
            .filter(|&i| {
                let f = &page.feats[i];
                f.chars <= 220 && page.lines[i].text.contains(key) && f.is_headline_shaped()
            })
            .filter(|&i| {
                title::WordSet::of(page.lines[i].text).similarity(&headline_words) >= SIMILAR_TITLE
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
    let content_end = region.map(|g| g.end);
    let cost = |i: usize| -> Option<u32> {
        let f = &page.feats[i];
        let text = page.lines[i].text;
        let mixed = match page.kind(i) {
            LineKind::Dateline => false,
            LineKind::Title => return None,
            _ if f.digits >= 4 && date::is_dateline_text(text, f.chars) => true,
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
        if date::is_update_label(&labelled_text(page, i)) {
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
            (date::is_publish_label, PUBLISHED_COST),
            (date::is_update_label, PUBLISHED_COST + UPDATED_COST),
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
    let date_of = |i: usize| date::find_date(page.lines[i].text);
    let mut best: Option<(u32, usize)> = None;
    for (k, &(i, c)) in found.iter().enumerate() {
        let d = date_of(i);
        let close =
            |&&(j, _): &&(usize, u32)| rank[i].abs_diff(rank[j]) <= LIST_SPAN && date_of(j) != d;
        let listed = found[..k].iter().rev().take(2).any(|x| close(&x))
            || found[k + 1..].iter().take(2).any(|x| close(&x));
        let c = c + if listed { LIST_COST } else { 0 };
        if c <= DATE_REACH && best.is_none_or(|b| (c, i) < b) {
            best = Some((c, i));
        }
    }
    best.map(|(_, i)| i)
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
    // story's dateline, itself above the headline. (Name-shaped lines right
    // above a headline are as often a menu or a section's name.)
    let names: Vec<usize> = match dateline.filter(|&d| d < title) {
        // In the same block as the dateline: a name across a blank line is
        // the end of a menu.
        Some(anchor) => page
            .above(anchor)
            .take_while(|&j| {
                page.kind(j) == LineKind::Body
                    && page.lines[j].block == page.lines[anchor].block
                    && source::is_name_shaped(page.lines[j].text, &page.feats[j])
                    // "Published on" over the date labels it, names no one.
                    && !date::is_label_line(page.lines[j].text)
            })
            .collect(),
        None => Vec::new(),
    };
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

/// How far (in lines) from the headline a byline may be and still be the story's.
const BYLINE_REACH: usize = 15;

/// The holder named in the page's last copyright notice (in its footer): the
/// publisher when nothing closer names it. A bare "© Name" (which may be a
/// photo's credit) only when no full notice names anyone, and only in the
/// lower half of the page.
fn copyright_holder(page: &Page<'_, '_>) -> Option<(usize, std::ops::Range<usize>)> {
    let n = page.lines.len();
    let holders = || {
        (0..n)
            .rev()
            .filter(|&i| page.feats[i].chars <= 300)
            .filter_map(|i| source::copyright_holder(page.lines[i].text).map(|r| (i, r)))
    };
    holders()
        .find(|(i, _)| source::is_full_notice(page.lines[*i].text))
        .or_else(|| holders().take_while(|(i, _)| *i >= n / 2).next())
}

/// The name a notice's holder abbreviates, when the page prints it on a line
/// of its own ("© 2019 NYP Holdings" and "New York Post"): a notice names the
/// legal entity by its initials, the site by its name.
fn spelled_out(
    page: &Page<'_, '_>,
    (i, r): (usize, std::ops::Range<usize>),
) -> (usize, std::ops::Range<usize>) {
    let holder = &page.lines[i].text[r.clone()];
    let acronym = (2..=6).contains(&holder.len()) && holder.bytes().all(|b| b.is_ascii_uppercase());
    if !acronym {
        return (i, r);
    }
    let initials_match = |line: &str| {
        let mut initials = line
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && !source::is_connector(w))
            .map(|w| w.chars().next().unwrap_or(' '));
        holder.chars().all(|c| initials.next() == Some(c)) && initials.next().is_none()
    };
    (0..page.lines.len())
        .find(|&j| {
            let text = page.lines[j].text;
            let f = &page.feats[j];
            f.words >= 2
                && text.starts_with(holder.get(..1).unwrap_or_default())
                && source::is_name_shaped(text, f)
                && initials_match(text)
        })
        .map_or((i, r), |j| (j, 0..page.lines[j].text.len()))
}

/// How many lines at the top of the page a site's banner is looked for in.
const BANNER_LINES: usize = 12;

/// The site's name in its banner: a name-shaped line near the top of the
/// page that names the site elsewhere too. Its document title may end or
/// open with it, and a domain ("Herald.com") names the site wherever it is
/// printed. Otherwise only the first name of the banner (a logo comes before
/// its menu) and only as a proper noun in a sentence ("Herald readers …",
/// "news from Herald") or as the holder of the notice ("© 2025 Herald"): a
/// menu item or a section ("Recipes", "Services", "Home") is printed inside
/// other headings and lists far more often than so.
fn logo_name(page: &Page<'_, '_>) -> Option<(usize, std::ops::Range<usize>)> {
    let n = page.lines.len();
    let first = (0..n).find(|&i| !page.lines[i].is_blank())?;
    let doc_title = page.lines[first].text;
    let names = (first + 1..n)
        .filter(|&i| !page.lines[i].is_blank())
        .take(BANNER_LINES)
        .filter(|&i| {
            let f = &page.feats[i];
            (1..=4).contains(&f.words)
                && f.chars >= 4
                && source::is_name_shaped(page.lines[i].text, f)
                // A menu's own words ("Menu", "Home") come before a logo too.
                && crate::classify::classify(page.lines[i].text, f).kind != LineKind::SiteChrome
        });
    let named_elsewhere = |i: usize, first_name: bool| {
        let name = page.lines[i].text;
        if doc_title.len() > name.len() + 10
            && (starts_with_word(doc_title, name) || doc_title.ends_with(name))
        {
            return true;
        }
        let domain = source::is_domain_name(name);
        (domain || first_name)
            && (first + 1..n).any(|j| {
                let text = page.lines[j].text;
                if j == i || text.len() <= name.len() + 10 {
                    false
                } else if domain {
                    text.contains(name)
                } else if page.feats[j].is_prose() {
                    names_in_sentence(text, name)
                } else {
                    source::copyright_holder(text).is_some_and(|r| &text[r] == name)
                }
            })
    };
    names
        .enumerate()
        .find(|&(k, i)| named_elsewhere(i, k == 0))
        .map(|(_, i)| (i, 0..page.lines[i].text.len()))
}

/// Whether `text` opens with `name` as a whole word.
fn starts_with_word(text: &str, name: &str) -> bool {
    text.strip_prefix(name)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Whether a sentence names `name` as a proper noun: opening it, or
/// capitalised after a lower-case word ("news from Herald"), and not as the
/// start of a longer one ("a Social Media agency" names no "Social").
fn names_in_sentence(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let rest = &text[at + name.len()..];
        let next_word = rest.trim_start_matches([' ', '\'', '’']);
        let whole = !(rest.starts_with(char::is_alphanumeric)
            || rest.starts_with(' ') && next_word.starts_with(char::is_uppercase));
        let before = text[..at].trim_end();
        let after_lower = before.len() < at
            && before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
        whole && (at == 0 || after_lower)
    })
}

/// The name in a link to the site's own "About" page ("About Springfield
/// Herald"), printed in its menu or footer: the first one on the page. Read
/// only without a copyright notice: a menu may say "About Jill".
fn about_name(page: &Page<'_, '_>) -> Option<(usize, std::ops::Range<usize>)> {
    (0..page.lines.len()).find_map(|i| {
        let f = &page.feats[i];
        if f.words < 2 || f.words > 5 {
            return None;
        }
        let r = source::about_name(page.lines[i].text)?;
        Some((i, r))
    })
}

fn find_byline(page: &Page<'_, '_>, title: Option<usize>) -> Option<usize> {
    let t = title.unwrap_or(0);
    let lo = t.saturating_sub(BYLINE_REACH);
    let hi = (t + BYLINE_REACH).min(page.lines.len());
    (lo..hi).find(|&i| page.kind(i) == LineKind::Byline)
}

/// Between the headline and the story's first paragraph a page prints the
/// story's furniture: kicker, standfirst, share bar, photo and credit, a
/// teaser. Headline-shaped lines there are not body text: read without the
/// headline above them, the nearest would itself pass for the headline, so
/// keeping them makes cleaning a clean body take its first line for a title.
fn trim_lead_in(page: &mut Page<'_, '_>, t: usize) {
    let Some(p) = (t + 1..page.lines.len())
        .find(|&i| page.kind(i) == LineKind::Body && page.feats[i].is_prose())
    else {
        return;
    };
    // A longer run of short lines is the article's own (a list, a table of
    // contents, a calendar), and the title search does not reach across it.
    let kept = (t + 1..p)
        .filter(|&i| page.kind(i) == LineKind::Body)
        .count();
    if kept > TITLE_REACH {
        return;
    }
    for i in t + 1..p {
        if page.kind(i) == LineKind::Body && page.feats[i].is_headline_shaped() {
            page.set(
                i,
                LineKind::SiteChrome,
                "between the headline and the story",
            );
        }
    }
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

    const PROSE: &str = "A storm hit the coast on Monday, leaving thousands of homes without power, and crews worked through the night to restore the lines while officials said that the damage was the worst in a decade.\n";

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
    fn site_is_the_last_part_of_the_document_title() {
        let page =
            format!("Book Reviews – The Springfield Writing Center\n\nBook Reviews\n{PROSE}");
        let (layout, lines) = layout_of(&page);
        let (d, r) = layout.site.expect("site");
        assert_eq!(&lines[d][r], "The Springfield Writing Center");
        let page = format!("Storm hits the coast of Maine overnight | 12/20/2024\n\n{PROSE}");
        assert_eq!(layout_of(&page).0.site, None);
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

    #[test]
    fn a_counting_title_part_is_no_site() {
        let page = format!("Storm hits the coast of Maine overnight - Top 25 Ranked\n\n{PROSE}{PROSE}\n© 2025 Springfield Herald. All rights reserved.\n");
        let (layout, lines) = layout_of(&page);
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Springfield Herald");
    }

    #[test]
    fn a_copyright_held_under_the_domain_beats_a_title_section() {
        let page = format!("Storm hits the coast of Maine overnight - Auto News\n\n{PROSE}{PROSE}\n© 2025 Herald.com, Inc. All rights reserved.\n");
        let (layout, lines) = layout_of(&page);
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Herald.com");
    }

    #[test]
    fn publisher_from_the_banner() {
        let page = format!("Storm hits the coast of Maine overnight\n\nMenu\nSpringfield Herald\nNews\nStorm hits the coast of Maine overnight\n{PROSE}Springfield Herald readers sent photos of the flooded streets.\n");
        let (layout, lines) = layout_of(&page);
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Springfield Herald");
    }

    #[test]
    fn menu_across_a_blank_line_from_the_dateline_is_no_publisher() {
        let page = format!("Storm hits the coast of Maine overnight\n\nCar\nMotorcycle\n\nNov 18, 2019\n\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.source, None);
    }

    #[test]
    fn the_banner_name_on_the_notice_beats_the_holding_company() {
        let page = format!("Storm hits the coast of Maine overnight\n\nHerald\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}Herald © 2019 Acme Holdings, LLC. All rights reserved.\n");
        let (layout, lines) = layout_of(&page);
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Herald");
    }

    #[test]
    fn menu_above_the_headline_is_no_publisher() {
        let page = format!("Storm hits the coast of Maine overnight\n\nSearch Search\nWeather\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.source, None);
        assert_eq!(layout.site, None);
    }

    #[test]
    fn a_holder_by_its_initials_is_spelled_out() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}\nSpringfield Herald\n© 2025 SH Holdings, Inc. All rights reserved.\n");
        let (layout, lines) = layout_of(&page);
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Springfield Herald");
    }

    #[test]
    fn publisher_from_the_copyright_notice() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}\n© Getty Images\n© 2025 Springfield Herald, Inc. All rights reserved.\nPrivacy\n");
        let (layout, lines) = layout_of(&page);
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Springfield Herald");
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
