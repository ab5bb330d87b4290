//! The HTML front-end's own stage of the pipeline, between classify and
//! context: the classifier's verdicts revised with the markup's evidence
//! about each line (the [`Hint`]s the walk left).

use super::flattened::Hint;
use super::vocabulary::Flags;
use crate::classify::Rule;
use crate::text::features::Features;
use crate::text::lines::Line;
use crate::LineKind;

/// Prose paragraphs between the headline and the article's container from
/// which they are the article's introduction rather than a standfirst.
const LEAD_MIN: usize = 2;
/// Words from which a line counts as a paragraph of such an introduction.
const LEAD_WORDS: u32 = 10;
/// Link density below which a line between the headline and the container
/// can be a paragraph of the introduction (more is a list of links).
const LEAD_LINK_DENSITY: f32 = 0.2;
/// Prose lines inside the elements the page marks as its article from which
/// (when there are no fewer outside) the mark is trusted: the text outside
/// them is then the page's.
const MARKED_PROSE_MIN: usize = 3;
/// Words up to which a line (not prose) under a byline class is the byline:
/// a longer one is other text of the author's box.
const BYLINE_WORDS: u32 = 12;
/// Link density above which a line is the page's links (menus, teasers).
const LINKS_DENSITY: f32 = 0.5;
/// Words per run of link text from which a line of links reads as an item
/// of a listing (a headline and its source), not a menu ("News | Sport").
const ITEM_WORDS_PER_LINK: u32 = 4;
/// Items from which the page can be a listing.
const LISTING_ITEMS_MIN: usize = 5;

/// Revise the classifier's verdicts with the markup's evidence, before the
/// context pass. `hints[k]` is the hint for line number `k + 1`; `headline`
/// is the index of the markup headline's line; `dated` whether the markup
/// states a publication date (the page is a story). Returns whether the article's
/// container (see [`candidate`](super::container::candidate)) was trusted: then the text outside it is
/// chrome.
pub(crate) fn apply_hints(
    lines: &[Line<'_>],
    feats: &[Features],
    rules: &mut [Rule],
    hints: &[Hint],
    headline: Option<usize>,
    dated: bool,
) -> bool {
    let hint = |line: &Line<'_>| hint_of(hints, line);
    // When the page marks its article and the article holds the prose, text
    // outside it is the page's, not the story's.
    let main_prose = lines
        .iter()
        .zip(feats)
        .filter(|(l, f)| f.is_prose() && hint(l).is_some_and(|h| h.flags.contains(Flags::MAIN)))
        .count();
    let outside_prose = lines
        .iter()
        .zip(feats)
        .filter(|(l, f)| f.is_prose() && hint(l).is_some_and(|h| !h.flags.contains(Flags::MAIN)))
        .count();
    let article_marked = main_prose >= MARKED_PROSE_MIN && main_prose >= outside_prose;
    // The container the markup's text points to, when there is one, decides
    // over the elements the page names as its article (there may be several:
    // teaser cards). But a container that ends above the headline is a block
    // of teasers or a banner, not the story under it.
    let last_in_candidate = hints
        .iter()
        .rposition(|h| h.flags.contains(Flags::CANDIDATE));
    let headline_at = headline.and_then(|h| lines.get(h)).map(|l| l.number - 1);
    let has_candidate = last_in_candidate.is_some_and(|c| headline_at.is_none_or(|h| c > h));
    let inside = if has_candidate {
        Flags::CANDIDATE
    } else {
        Flags::MAIN
    };
    // Prose between the headline and a container that starts below it is
    // the article's lead (a review's or a list's introduction) when there
    // are paragraphs of it: one is a standfirst. Not the headline printed
    // again, nor captions or links.
    let lead = match (
        headline_at,
        hints
            .iter()
            .position(|h| h.flags.contains(Flags::CANDIDATE)),
    ) {
        (Some(h), Some(c)) if has_candidate && c > h => Some(h + 1..c),
        _ => None,
    };
    let lead_prose = |l: &Line<'_>, f: &Features| {
        f.is_prose()
            && lead.as_ref().is_some_and(|r| r.contains(&(l.number - 1)))
            && headline
                .and_then(|h| lines.get(h))
                .is_none_or(|h| h.text.trim() != l.text.trim())
            && hint(l).is_some_and(|h| {
                h.link_density < LEAD_LINK_DENSITY
                    && !h.flags.intersects(Flags::FIGCAPTION | Flags::CAPTION_CLASS)
            })
    };
    // A page whose readable text is mostly items of links is a listing (a
    // job board, search results, a shop's category): its items are its
    // content, not the links around an article. Not a page that dates
    // itself: that is a story, however short, beside its teasers.
    let item = |h: &Hint, f: &Features| {
        h.link_density > LINKS_DENSITY
            && f.words >= ITEM_WORDS_PER_LINK * u32::from(h.links.max(1))
            && !h.flags.intersects(Flags::CHROME | Flags::H1)
    };
    let (mut item_lines, mut item_words, mut text_words) = (0, 0, 0);
    for (l, f) in lines.iter().zip(feats) {
        let Some(h) = hint(l) else { continue };
        if item(&h, f) {
            item_lines += 1;
            item_words += f.words;
        } else if f.is_prose()
            && h.link_density <= LINKS_DENSITY
            && !h.flags.intersects(Flags::CHROME)
        {
            text_words += f.words;
        }
    }
    let listing = !dated && item_lines >= LISTING_ITEMS_MIN && item_words > text_words;
    let has_lead = lines
        .iter()
        .zip(feats)
        .filter(|(l, f)| f.words >= LEAD_WORDS && lead_prose(l, f))
        .count()
        >= LEAD_MIN;
    for ((line, f), rule) in lines.iter().zip(feats).zip(rules.iter_mut()) {
        if line.is_blank() {
            continue;
        }
        let Some(h) = hint(line) else {
            continue;
        };
        if listing && item(&h, f) {
            continue;
        }
        if let Some(r) = hinted(*rule, f, &h) {
            *rule = r;
        } else if (has_candidate || article_marked)
            && !h.flags.contains(inside)
            && rule.kind().is_body()
            && !(has_lead && lead_prose(line, f))
        {
            *rule = Rule::MarkupOutside;
        }
    }
    has_candidate
}

/// The hint for `line`: `hints[k]` is line number `k + 1`'s.
fn hint_of(hints: &[Hint], line: &Line<'_>) -> Option<Hint> {
    line.number
        .checked_sub(1)
        .and_then(|k| hints.get(k))
        .copied()
}

/// The verdict the markup's evidence `h` gives a line the classifier took
/// by `rule`, when it decides one.
fn hinted(rule: Rule, f: &Features, h: &Hint) -> Option<Rule> {
    if matches!(rule.kind(), LineKind::PhotoCredit | LineKind::WireCredit) {
        return None;
    }
    // The header of what follows the article ("Share this:", "Related
    // posts") stays one under a clutter class: the region ends there.
    if rule == Rule::EndOfArticle {
        return None;
    }
    if h.flags.intersects(Flags::FIGCAPTION | Flags::CAPTION_CLASS) && !h.flags.contains(Flags::H1)
    {
        return Some(Rule::MarkupCaption);
    }
    if h.flags.contains(Flags::BYLINE_CLASS)
        && f.words <= BYLINE_WORDS
        && !f.is_prose()
        && !h.flags.contains(Flags::H1)
    {
        return Some(Rule::MarkupByline);
    }
    // Prose in a box the page marks as its author's is the author's
    // biography, not the article's text.
    if h.flags.contains(Flags::BYLINE_CLASS) && f.is_prose() && !h.flags.contains(Flags::H1) {
        return Some(Rule::MarkupAuthorBox);
    }
    // Inside the article's container, whose wrappers' classes were cleared,
    // prose under a clutter class is the article's (a class word such as
    // "nav" or "newsletter" names a section of it), unless it is a comment
    // thread's: what is not prose goes by the class as elsewhere. Prose in a
    // `<footer>` below the container is the article's colophon (a
    // disclaimer, a biography, a call to act), not its text.
    let clear_prose = h.flags.intersects(Flags::MAIN | Flags::CANDIDATE)
        && f.is_prose()
        && !h
            .flags
            .intersects(Flags::NAV | Flags::ASIDE | Flags::FORM | Flags::FOOTER)
        && !(h
            .flags
            .contains(Flags::CANDIDATE | Flags::CHROME_CLASS | Flags::SIDE_CLASS));
    if clear_prose {
        return None;
    }
    if h.flags.contains(Flags::NAV) {
        return Some(Rule::MarkupNavigation);
    }
    if h.flags.intersects(Flags::FOOTER | Flags::HEADER) {
        return Some(Rule::MarkupHeaderFooter);
    }
    if h.flags.intersects(Flags::ASIDE | Flags::FORM) {
        return Some(Rule::MarkupAsideForm);
    }
    if h.flags.contains(Flags::CHROME_CLASS) && !h.flags.contains(Flags::H1) {
        return Some(Rule::MarkupClutterClass);
    }
    if h.link_density > LINKS_DENSITY && !h.flags.contains(Flags::H1) {
        return Some(Rule::MarkupLinks);
    }
    None
}

#[cfg(test)]
mod tests {
    /// An article of `n` paragraphs in the page's container, with `inside`
    /// after its `at`-th paragraph.
    fn story(n: usize, at: usize, inside: &str) -> String {
        let mut html = String::from("<body><nav><a href='/'>Home</a></nav><div class='story'>");
        for k in 0..n {
            html.push_str(&format!(
                "<p>Paragraph {k} of the story: the council voted on Monday to rebuild the bridge, which has been closed since the storm.</p>"
            ));
            if k + 1 == at {
                html.push_str(inside);
            }
        }
        html.push_str("</div><footer>About us</footer></body>");
        html
    }

    #[test]
    fn an_end_of_article_header_in_a_clutter_box_ends_the_article() {
        let bio = "Jane Doe writes about the town and its people for the paper, and has done so for many years.";
        let html = story(
            12,
            12,
            &format!("<div class='share-box'><h3>Share this:</h3><a href='/x'>X</a></div><p>Like this:</p><p>{bio}</p>"),
        );
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 11 of the story"));
        assert!(!body.contains("Like this"), "{body}");
        assert!(!body.contains(bio), "{body}");
    }

    #[test]
    fn an_end_of_article_header_with_the_article_going_on_after_it_is_an_inline_promo() {
        let html = story(
            16,
            10,
            "<div class='related-box'><p>Related content:</p><a href='/x'>Another story of the town</a></div>",
        );
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 15 of the story"), "{body}");
    }

    #[test]
    fn prose_in_the_authors_box_is_a_biography() {
        let bio = "Jane Doe is a reporter at the paper, where she has covered the town council for ten years.";
        let html = story(
            12,
            12,
            &format!("<div class='post-author-box'><p>{bio}</p></div>"),
        );
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 11 of the story"));
        assert!(!body.contains(bio), "{body}");
    }

    #[test]
    fn prose_in_a_footer_inside_the_article_is_not_its_text() {
        let note = "This article is for information only and is not advice; speak to a professional before you act on it.";
        let html = story(12, 12, &format!("<footer><p>{note}</p></footer>"));
        let body = crate::clean_html(&html).body();
        assert!(body.contains("Paragraph 11 of the story"));
        assert!(!body.contains(note), "{body}");
    }
}
