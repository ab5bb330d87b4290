//! The body: what stays of the story under its headline.
//!
//! Run last, once the headline, the header and the main content are known:
//! the lead-in between the headline and the first paragraph is trimmed of
//! headline-shaped furniture, and the short headline-shaped lines left in
//! the story are its subheadings.

use crate::classify::Rule;
use crate::LineKind;

use super::page::{Page, TITLE_REACH};

/// Between the headline and the story's first paragraph a page prints the
/// story's furniture: kicker, standfirst, share bar, photo and credit, a
/// teaser. Headline-shaped lines there are not body text: read without the
/// headline above them, the nearest would itself pass for the headline, so
/// keeping them makes cleaning a clean body take its first line for a title.
pub(super) fn trim_lead_in(page: &mut Page<'_, '_>, t: usize) {
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
            page.set(i, Rule::BeforeStory);
        }
    }
}

/// Short headline-shaped lines inside the body are its subheadings.
pub(super) fn mark_headings(page: &mut Page<'_, '_>, title: Option<usize>) {
    let start = title.map_or(0, |t| t + 1);
    for i in start..page.lines.len() {
        if page.kind(i) == LineKind::Body
            && !page.feats[i].is_prose()
            && page.feats[i].is_headline_shaped()
        {
            page.set(i, Rule::ShortInBody);
        }
    }
}
