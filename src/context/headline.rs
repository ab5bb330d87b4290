//! The headline: which line of the page is the story's own title.
//!
//! Everything else hangs on it: the dateline is looked for around it, what
//! sits above it is the page's header, and the metadata stage reads the title
//! from it. A page names its headline in several ways, tried from the
//! surest: a line glued to an aggregator's artifact, a repeat of the document
//! title (the page's first line in a dump), a headline-shaped line sharing
//! most of the document title's words, the document title itself less the
//! site's name ([`marked`]); only without any of these, the headline-shaped
//! line that best heads the story by the page's layout ([`by_layout`]:
//! over its byline or dateline, standing out of the menu above, printed
//! again, sharing the lead's words), else the one right above the first
//! paragraph of the main content ([`above_prose`]); the driver finds the
//! main content in between. A first line that may not be a document title
//! at all (a browser's copy starts with the page's first link) is overruled
//! by a clear headline of the layout ([`layout_over_document`]). Lists of like items
//! ("Race 1: …", "Race 2: …") are kept from passing for a headline and its
//! echoes.

use crate::classify::Rule;
use crate::text::features::Features;
use crate::text::{names, titles};
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
/// The most words of a first line that may be a label (a logo's text, a
/// link: a browser's copy or a terminal's dump opens with one) as well as a
/// document title: only its repeat names the headline, not a line sharing
/// its words (a menu item, "About …").
const MAX_LABEL_WORDS: u32 = 2;
/// The most words of a first line that reads as a document title and may
/// still be a logo's text or a site's name, which the layout may overrule.
const MAX_NAME_TITLE_WORDS: u32 = 4;
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
    let dt = titles::DocTitle::of(line);
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
        && !matches!(
            page.kind(d),
            LineKind::Dateline | LineKind::Advertisement | LineKind::SiteChrome
        );
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
        text_lines(page).find(|&i| titles::strip_glued_prefix(page.lines[i].text).is_some())
    {
        return Some(Headline::whole(i));
    }
    doc.and_then(|d| title_from_document(page, d))
}

/// The headline-shaped line nearest above the first paragraph of prose (of
/// the main content, when it is known), with only metadata and clutter
/// between.
///
/// With `wrapped`, a line of a paragraph wrapped at a fixed width may be
/// the one: no headline then, but where the story starts, for the dateline.
pub(super) fn above_prose(
    page: &Page<'_, '_>,
    first_prose: Option<usize>,
    wrapped: bool,
) -> Option<Headline> {
    let first_prose =
        first_prose.or_else(|| text_lines(page).find(|&i| page.feats[i].is_prose()))?;
    // Clutter between (captions, credits, ads) does not count towards the
    // reach: without it, as in a cleaned body, the headline stands as near.
    page.above(first_prose)
        .filter(|&j| page.kind(j) == LineKind::Body)
        .take(TITLE_REACH)
        .find(|&j| page.feats[j].is_prose() || page.feats[j].is_headline_shaped())
        .filter(|&j| {
            !page.feats[j].is_prose()
                && !ends_a_list(page, j)
                && (wrapped || !inside_a_paragraph(page, j))
        })
        .map(Headline::whole)
}

/// How many lines of text around the start of the main content a headline
/// is looked for by the page's layout, above it and into it (a region that
/// spans teasers as well starts above the story).
const LAYOUT_REACH: usize = 30;
/// How many lines of text under a headline its byline or dateline may be
/// (a dek, a section label or a photo's credit may come between).
const META_REACH: usize = 4;
/// How many lines of prose under a headline are its story's lead, for the
/// words the two share.
const LEAD_LINES: usize = 3;
/// How many lines under its first the lead is looked for in (a wrapped
/// text has few lines that read as prose).
const LEAD_REACH: usize = 200;
/// How many bytes of the lead its words are read from.
const LEAD_BYTES: usize = 1500;
/// How many lines above a headline the menu it stands out of is read in.
const STAND_OUT_LINES: usize = 2;
/// The fewest words of a line that stands out of a menu as a headline.
const STAND_OUT_WORDS: u32 = 4;
/// The fewest topic words a line's share is counted over.
const TOPIC_WORDS: usize = 3;
/// The fewest words of a line whose printing again speaks for it.
const ECHO_WORDS: u32 = 4;
/// Words shorter than this (in bytes) say nothing of a topic ("the", "of").
const TOPIC_WORD_BYTES: usize = 4;

/// What speaks for a line being the headline, read from the page's layout
/// alone (no document title): see [`weight`] for what each is worth.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct HeadlineEvidence {
    /// How many lines of text under it the story's meta (a byline, a
    /// dateline) is, within reach.
    meta_below: Option<usize>,
    /// Longer than the short lines right above (a menu, a breadcrumb trail).
    stands_out: bool,
    /// One of a list of like items (a menu, teasers).
    in_list: bool,
    /// Printed again elsewhere on the page, whole or ending a longer line (a
    /// breadcrumb trail, a share prompt, a teaser of itself).
    echoed: bool,
    /// The share of its topic words the story's lead uses too.
    topic_share: f32,
    /// Lines of text between it and the story's first prose.
    distance: usize,
    /// Lines of the main content's prose above it: a subheading's.
    prose_above: usize,
    /// Shaped as a name and sharing no word with the lead: the publisher
    /// or the author printed over the story's date, not its headline.
    names_someone: bool,
    /// Its number of words.
    words: u32,
    /// Numbered as an item of a list ("4. Create content …").
    numbered: bool,
    /// Ending with a line of text just under it: a breadcrumb trail
    /// ("Blog » Storm hits the coast") over the headline it ends with.
    trail: bool,
}

/// What each piece of [`HeadlineEvidence`] weighs.
///
/// Set by a search over the headline candidates of the dev pages' browser
/// copies and terminal dumps (where no document title names the headline),
/// one weight at a time, for the most pages whose best line is the
/// headline: what the story's lead says (`TOPIC`) tells most, a line printed
/// again (`ECHOED`) least (menu items and names are printed again too).
mod weight {
    /// A byline or dateline right under the line: the story's head.
    pub const META_BELOW: f32 = 3.75;
    /// Each line farther down the byline or dateline is.
    pub const META_FARTHER: f32 = -0.5;
    /// Standing out of the menu above.
    pub const STANDS_OUT: f32 = 1.0;
    /// One of a list of like items.
    pub const IN_LIST: f32 = -4.0;
    /// Printed again elsewhere.
    pub const ECHOED: f32 = 0.5;
    /// All its topic words in the lead.
    pub const TOPIC: f32 = 5.0;
    /// Each line of text between it and the story's prose.
    pub const DISTANCE: f32 = -0.1;
    /// Each line of the main content's prose above it, up to
    /// [`MAX_PROSE_ABOVE`].
    pub const PROSE_ABOVE: f32 = -2.5;
    /// The most lines of prose above that count against a line.
    pub const MAX_PROSE_ABOVE: usize = 3;
    /// Shaped as a name and about nothing the story says.
    pub const NAMES_SOMEONE: f32 = -2.5;
    /// Two words: more often a label or a menu item than a headline.
    pub const TWO_WORDS: f32 = -2.0;
    /// Three words: a section's or a person's name as often.
    pub const THREE_WORDS: f32 = -1.25;
    /// Numbered as a list item: a step or an entry of a listicle (its
    /// subheadings), not its headline.
    pub const NUMBERED: f32 = -2.0;
    /// A trail ending with the headline under it.
    pub const TRAIL: f32 = -2.0;
    /// The least score a line needs to be taken as the headline.
    pub const MIN_SCORE: f32 = 1.0;
    /// The least score of a line taken over the repeat of a document title
    /// that names no site.
    pub const OVER_DOCUMENT: f32 = 3.0;
}

impl HeadlineEvidence {
    fn score(&self) -> f32 {
        let flag = |b: bool, w: f32| if b { w } else { 0.0 };
        #[allow(clippy::cast_precision_loss)]
        let (distance, prose_above) = (
            self.distance as f32 * weight::DISTANCE,
            self.prose_above.min(weight::MAX_PROSE_ABOVE) as f32 * weight::PROSE_ABOVE,
        );
        #[allow(clippy::cast_precision_loss)]
        let meta = self.meta_below.map_or(0.0, |d| {
            weight::META_BELOW + (d - 1) as f32 * weight::META_FARTHER
        });
        meta + flag(self.stands_out, weight::STANDS_OUT)
            + flag(self.in_list, weight::IN_LIST)
            + flag(self.echoed, weight::ECHOED)
            + self.topic_share * weight::TOPIC
            + distance
            + prose_above
            + flag(self.names_someone, weight::NAMES_SOMEONE)
            + flag(self.words <= 2, weight::TWO_WORDS)
            + flag(self.words == 3, weight::THREE_WORDS)
            + flag(self.numbered, weight::NUMBERED)
            + flag(self.trail, weight::TRAIL)
    }
}

/// The headline read from the page's layout, when no document title names
/// it: the headline-shaped line around the start of the main content
/// (`start`) that best heads a story, by what follows it (a byline, a
/// dateline, the story's prose sharing its words), how it stands out of the
/// menu above and whether the page prints it again.
pub(super) fn by_layout(page: &Page<'_, '_>, start: Option<usize>) -> Option<Headline> {
    let mut best: Option<(usize, f32)> = None;
    // Lines come bottom up: of two that score alike, the upper heads the
    // story (the lower is a subheading saying it again).
    layout_scores(page, start, |j, score| {
        if score >= weight::MIN_SCORE && best.is_none_or(|(_, s)| score >= s) {
            best = Some((j, score));
        }
    });
    best.map(|(j, _)| Headline::whole(j))
}

/// The headline by the page's layout over the one its document title
/// marked (`marked`), when the document title is not clearly one: a first
/// line naming no site and standing in a block with the lines under it (in
/// a browser's copy of a page the first line is a link or a menu's item),
/// whose repeat the layout reads as no headline while another line is
/// clearly the story's head; or a document title no line repeats, taken
/// itself less the site's name, while a line heads the story over its
/// byline or dateline (the page words its headline apart from its title).
pub(super) fn layout_over_document(
    page: &Page<'_, '_>,
    doc: &DocLine,
    marked: &Headline,
    start: Option<usize>,
) -> Option<Headline> {
    // A first line that stands apart (in a block of its own) or names its
    // site reads as a document title: its repeat stands, unless the first
    // line is as short as a logo's text or a site's name (a terminal's dump
    // opens with one, apart) and the repeat heads no story.
    let next = (doc.line + 1..page.lines.len()).find(|&i| !page.lines[i].is_blank());
    let apart = next.is_none_or(|i| page.lines[i].block != page.lines[doc.line].block);
    let itself = marked.line == doc.line;
    let trusted = !itself && (apart || doc.title.parts.len() > 1);
    if trusted && page.feats[doc.line].words > MAX_NAME_TITLE_WORDS
        || titles::strip_glued_prefix(page.lines[marked.line].text).is_some()
    {
        return None;
    }
    let mut best: Option<(usize, f32)> = None;
    let mut marked_score = f32::NEG_INFINITY;
    layout_scores(page, start, |j, score| {
        if j == marked.line {
            marked_score = score;
        }
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((j, score));
        }
    });
    let (j, score) = best?;
    // The document title itself (no line repeats it), or the repeat of one
    // that reads as a document title, gives way only to a story's head,
    // over its byline or dateline, while the line it marked heads none: a
    // page of products or services has headlines of its own under the one
    // it is titled by.
    (j != marked.line
        && score >= weight::OVER_DOCUMENT
        && marked_score < weight::MIN_SCORE
        && (!(itself || trusted) || meta_under(page, j) && !meta_under(page, marked.line)))
    .then_some(Headline::whole(j))
}

/// Whether a byline or a dateline is among the few lines of text under
/// line `j`.
fn meta_under(page: &Page<'_, '_>, j: usize) -> bool {
    (j + 1..page.lines.len())
        .filter(|&i| !page.lines[i].is_blank())
        .take(META_REACH)
        .any(|i| matches!(page.kind(i), LineKind::Byline | LineKind::Dateline))
}

/// Score each headline-shaped line around the start of the main content
/// (`start`) by [`HeadlineEvidence`], bottom up: `visit` gets the line and
/// its score.
fn layout_scores(page: &Page<'_, '_>, start: Option<usize>, mut visit: impl FnMut(usize, f32)) {
    let Some(start) = start.or_else(|| text_lines(page).find(|&i| page.feats[i].is_prose())) else {
        return;
    };
    let n = page.lines.len();
    let lo = page.above(start).take(LAYOUT_REACH).last().unwrap_or(start);
    let hi = (start..n)
        .filter(|&i| !page.lines[i].is_blank())
        .take(LAYOUT_REACH)
        .last()
        .map_or(n, |i| i + 1);
    let is_prose = |i: usize| page.kind(i).is_body() && page.feats[i].is_prose();
    // Prose of the main content above a line makes it a subheading.
    let mut prose_above = (start..hi).filter(|&i| is_prose(i)).count();
    // Scanned from the bottom up, so that the next prose and meta below are
    // known when a line is reached.
    let mut next_prose: Option<usize> = None;
    let mut lines_to_prose = 0usize;
    // Lines of text since the nearest byline or dateline below.
    let mut meta_within: Option<usize> = None;
    let mut lead: Option<(usize, String)> = None;
    for j in (lo..hi).rev() {
        if page.lines[j].is_blank() {
            continue;
        }
        let f = &page.feats[j];
        let kind = page.kind(j);
        let meta_below = meta_within.filter(|&d| d < META_REACH).map(|d| d + 1);
        meta_within = match kind {
            LineKind::Byline | LineKind::Dateline => Some(0),
            _ => meta_within.map(|d| d + 1),
        };
        if is_prose(j) {
            prose_above = prose_above.saturating_sub(usize::from(j >= start));
            next_prose = Some(j);
            lines_to_prose = 0;
            continue;
        }
        lines_to_prose += 1;
        let Some(prose) = next_prose else { continue };
        if kind != LineKind::Body || !f.is_headline_shaped() || f.chars > MAX_ECHO_CHARS {
            continue;
        }
        if lead.as_ref().is_none_or(|(p, _)| *p != prose) {
            lead = Some((prose, lead_words(page, prose)));
        }
        let topic_share = lead
            .as_ref()
            .map_or(0.0, |(_, w)| topic_share(page.lines[j].text, w));
        let evidence = HeadlineEvidence {
            meta_below,
            stands_out: stands_out(page, j),
            in_list: ends_a_list(page, j) || starts_a_list(page, j),
            // Short lines are printed again as menu items and names.
            echoed: f.words >= ECHO_WORDS && echoed(page, j),
            topic_share,
            distance: lines_to_prose - 1,
            prose_above,
            names_someone: names::is_name_shaped(page.lines[j].text, f) && topic_share == 0.0,
            words: f.words,
            numbered: is_numbered(page.lines[j].text),
            trail: ends_with_a_line_below(page, j),
        };
        // In the main content (which a line of running text without its
        // full stop may start) and under its prose, only a line heading its own
        // byline or dateline starts a story (the region began at a teaser);
        // any other is a subheading or a line of the story.
        if (evidence.prose_above > 0 || j >= start) && evidence.meta_below.is_none() {
            continue;
        }
        if inside_a_paragraph(page, j) {
            continue;
        }
        let score = evidence.score();
        visit(j, score);
    }
}

/// The most digits of a list item's number.
const MAX_ITEM_DIGITS: usize = 3;

/// Whether `line` starts with a list item's number: one to three digits,
/// a full stop or a closing parenthesis, a space ("4. ", "12) "; not
/// "6.1 " nor "2025 ").
fn is_numbered(line: &str) -> bool {
    let b = line.trim_start().as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=MAX_ITEM_DIGITS).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_whitespace)
}

/// The fewest characters of a line of a paragraph wrapped at a fixed width
/// (a shorter line with text under it is a headline over a lower-case dek
/// or byline as often).
const MIN_WRAPPED_CHARS: u32 = 50;

/// Whether line `j` is a piece of a paragraph wrapped at a fixed width:
/// long, and its sentence goes on in a lower-case line of text right under
/// it, in the same block. (Whether it goes on from the line above says
/// less: over a headline, in a copy without blank lines, stand the long
/// lines of a breadcrumb trail or a teaser.)
fn inside_a_paragraph(page: &Page<'_, '_>, j: usize) -> bool {
    let block = page.lines[j].block;
    let next = page
        .lines
        .get(j + 1)
        .filter(|l| !l.is_blank() && l.block == block);
    page.feats[j].chars >= MIN_WRAPPED_CHARS
        && next.is_some_and(|l| l.text.starts_with(char::is_lowercase))
        && page.kind(j + 1) == LineKind::Body
}

/// The words of the story's lead, lower-cased: its text from `prose` to
/// its third line of prose, up to [`LEAD_BYTES`] (the opening words name
/// the topic; reading on costs more than it tells). Kept as text: each line
/// above is matched against it once or twice, cheaper than sorting its
/// words into a set.
fn lead_words(page: &Page<'_, '_>, prose: usize) -> String {
    let end = (prose..page.lines.len())
        .take(LEAD_REACH)
        .filter(|&i| page.feats[i].is_prose())
        .take(LEAD_LINES)
        .last()
        .unwrap_or(prose);
    // The lines between are the lead's too (a wrapped paragraph's pieces).
    let mut text = String::with_capacity(LEAD_BYTES + 1);
    for line in &page.lines[prose..=end] {
        let room = LEAD_BYTES.saturating_sub(text.len());
        let mut cut = room.min(line.text.len());
        while !line.text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.push_str(&line.text[..cut]);
        text.push(' ');
        if text.len() >= LEAD_BYTES {
            break;
        }
    }
    text.to_lowercase()
}

/// The share of the topic words of `line` (words of some length) that the
/// lead uses too.
fn topic_share(line: &str, lead: &str) -> f32 {
    let words = titles::WordSet::of(line);
    words.share_in_lower(lead, TOPIC_WORD_BYTES, TOPIC_WORDS)
}

/// Whether line `j` is longer than the short lines right above it: a
/// headline under a menu or a breadcrumb trail.
fn stands_out(page: &Page<'_, '_>, j: usize) -> bool {
    let words = page.feats[j].words;
    words >= STAND_OUT_WORDS
        && page
            .above(j)
            .take(STAND_OUT_LINES)
            .all(|i| page.feats[i].words * 2 <= words)
}

/// Whether the page prints line `j` again: a line of the same text (in
/// any case), or a longer short line ending with it (a breadcrumb trail,
/// "Share: …").
fn echoed(page: &Page<'_, '_>, j: usize) -> bool {
    let text = page.lines[j].text;
    let len = text.len();
    let own = titles::fold(text);
    (0..page.lines.len()).any(|i| {
        let other = page.lines[i].text;
        if i == j || other.len() + FOLD_SLACK < len || page.feats[i].chars > MAX_ECHO_CHARS {
            return false;
        }
        if other.len() <= len + FOLD_SLACK {
            titles::fold_first(other) == own.chars().next().unwrap_or(' ')
                && titles::fold(other) == own
        } else {
            ends_with_ignoring_case(other, text)
        }
    })
}

/// How many lines of text under a breadcrumb trail the headline it ends
/// with may be.
const TRAIL_REACH: usize = 4;

/// Whether line `j` ends with the text of one of the next lines of text
/// (of two words or more, after a separator, a space or a number): a
/// breadcrumb trail, or a list's numbered entry, printing a headline under it again.
fn ends_with_a_line_below(page: &Page<'_, '_>, j: usize) -> bool {
    let text = page.lines[j].text.trim_end();
    (j + 1..page.lines.len())
        .filter(|&i| !page.lines[i].is_blank())
        .take(TRAIL_REACH)
        .any(|i| {
            let tail = page.lines[i].text.trim();
            page.feats[i].words >= 2
                && tail.len() < text.len()
                && ends_with_ignoring_case(text, tail)
                && !text[..text.len() - tail.len()].ends_with(char::is_alphanumeric)
        })
}

/// Whether `text` ends with `tail`, ASCII case aside.
fn ends_with_ignoring_case(text: &str, tail: &str) -> bool {
    text.len() >= tail.len()
        && text.is_char_boundary(text.len() - tail.len())
        && text[text.len() - tail.len()..].eq_ignore_ascii_case(tail)
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
    // The cheap test first: the folds and word sets cost allocations.
    if !others
        .iter()
        .all(|o| o.is_some_and(|i| page.feats[i].is_headline_shaped()))
    {
        return false;
    }
    let own = titles::fold(page.lines[j].text);
    let words = titles::WordSet::of(page.lines[j].text);
    others.iter().all(|o| {
        o.is_some_and(|i| {
            page.feats[i].is_headline_shaped()
                && titles::fold(page.lines[i].text) != own
                && titles::WordSet::of(page.lines[i].text).similarity(&words) >= SIMILAR_TITLE
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
        let head = titles::fold_first(text);
        if !repeats.iter().any(|r| r.starts_with(head)) {
            continue;
        }
        let folded = titles::fold(text);
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
    let core_words = titles::WordSet::of(core);
    // A first line that reads as a sentence may open a text rather than
    // title a page: only its exact repeat names the headline then, not a
    // line that shares its words (a subheading further down). Nor has the
    // first line of a list of like items ("Race 1: …", "Race 2: …") echoes,
    // nor a label: one or two words are shared by menu items as often.
    let echoes = if page.feats[d].is_prose()
        || starts_a_list(page, d)
        || page.feats[d].words <= MAX_LABEL_WORDS
    {
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
        let score = core_words.similarity(&titles::WordSet::of(page.lines[i].text));
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
    let headline = titles::fold(page.lines[t].text);
    let below: Vec<usize> = (t + 1..page.lines.len())
        .filter(|&i| !page.lines[i].is_blank())
        .take(TITLE_REACH)
        .take_while(|&i| !page.feats[i].is_prose())
        .collect();
    for i in below {
        if page.kind(i) == LineKind::Body && titles::fold(page.lines[i].text) == headline {
            page.set(i, Rule::HeadlineAgain);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::context::testing::{layout_of, PROSE};

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
    fn headline_over_its_byline_without_a_document_title() {
        let page = format!("Home\nNews\nWeather\nSport\nStorm hits the coast of Maine overnight\nBy Jane Doe\nNov 18, 2019\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(4));
        assert_eq!(layout.dateline, Some(6));
    }

    #[test]
    fn a_subheading_in_the_story_is_no_headline() {
        let page = format!("Menu\nSearch\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}Crews restore the storm lines\n{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(2));
    }

    #[test]
    fn a_menu_item_repeated_is_no_document_title() {
        // A browser's copy starts with the menu, not the document title: its
        // first item printed again in the footer is not the headline.
        let page = format!("Degrees\nCertificates\nPrograms\nStorm hits the coast of Maine overnight\nBy Jane Doe\n{PROSE}{PROSE}Degrees\nContact\n");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(3));
    }

    #[test]
    fn list_item_numbers_are_told() {
        assert!(super::is_numbered("4. Create content that serves users"));
        assert!(super::is_numbered("  12) Wear a helmet"));
        assert!(!super::is_numbered("6.1 Accommodations to try"));
        assert!(!super::is_numbered("2025. A year in review"));
        assert!(!super::is_numbered("39 Best Electrician Tools"));
        assert!(!super::is_numbered("4."));
    }

    #[test]
    fn a_numbered_subheading_is_no_headline() {
        // A listicle's entries stand over their own prose: the numbered one
        // nearest the story is a step of it, not its headline.
        let page = format!("Home\nBlog\nSeven ways to keep a storm from your home\n1. Clear the drains before a storm hits the coast\n{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(2));
    }

    #[test]
    fn a_breadcrumb_trail_is_no_headline() {
        // The trail over the headline ends with it: the line it ends with
        // is the headline.
        let page = format!("Home\nBlog » Storm hits the coast of Maine overnight\nStorm hits the coast of Maine overnight\nNov 18, 2019\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(2));
    }

    #[test]
    fn a_story_head_overrules_an_unrepeated_document_title() {
        // No line repeats the document title, while a line heads the story
        // over its byline: that line is the headline.
        let menu = "Home\nNews\nSport\n".repeat(12);
        let page = format!("Weather news and forecasts | Springfield Herald\n\n{menu}Storm hits the coast of Maine overnight\nBy Jane Doe\nNov 18, 2019\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(38));
        assert_eq!(layout.title_range, None);
    }

    #[test]
    fn an_unrepeated_document_title_stays_over_a_page_of_products() {
        // Without a byline or dateline under it, a headline of the page is
        // one of its items: the document title stays.
        let menu = "Home\nShop\nSale\n".repeat(12);
        let page = format!("Trail backpacks for every hike | Springfield Outfitters\n\n{menu}The lightest trail backpacks of the storm season\n{PROSE}{PROSE}");
        let (layout, lines) = layout_of(&page);
        assert_eq!(layout.title, Some(0));
        let r = layout.title_range.expect("range");
        assert_eq!(&lines[0][r], "Trail backpacks for every hike");
    }

    #[test]
    fn a_logo_repeated_in_the_menu_is_no_headline() {
        // A terminal's dump opens with the logo's text, apart: its repeat in
        // the menu heads no story, the line over the byline does.
        let page = format!("Springfield Herald\n\nSpringfield Herald\nHome\nNews\nSport\nWeather\nStorm hits the coast of Maine overnight\nBy Jane Doe\n\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(7));
    }

    #[test]
    fn a_label_first_line_has_no_echoes() {
        // A terminal browser's dump opens with the logo's text: a menu item
        // sharing its words is no headline.
        let page = format!("Springfield Logo\n\nHome\nSpringfield News\nWeather\nStorm hits the coast of Maine overnight\nBy Jane Doe\n\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.title, Some(5));
    }
}
