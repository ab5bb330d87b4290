//! Stage 4: decisions that need neighbours and position.
//!
//! The classifier saw each line alone. Here the page is read as a whole:
//! where the headline is, what sits above it (the header zone: the site's or
//! aggregator's banner, its page date, the original publisher and the story's
//! dateline), and which sentences are captions because a credit line sits
//! under them.
//!
//! [`resolve`] runs the stages in the order their evidence needs, each in
//! its own module writing through [`Page`] (`page.rs`):
//!
//! 1. `captions`: sentences claimed by the photo credit under them, first,
//!    so that no caption passes for the headline or for story text;
//! 2. `headline`: the line the page marks as its headline, if any;
//! 3. `region`: the main content, anchored on that headline (else the
//!    headline is then looked for right above the main content);
//! 4. `dateline`: the date nearest the headline and the main content;
//! 5. `publisher`: the publisher above the dateline (the rest of the header
//!    becomes chrome), the site's name, the byline;
//! 6. `body`: once what lies outside the main content is chrome (`region`
//!    again), the lead-in under the headline is trimmed and the subheadings
//!    are marked.
//!
//! The stages never call one another: what one finds comes back here and is
//! passed to the next.

use std::ops::Range;

use crate::classify::Rule;

mod body;
mod captions;
mod dateline;
mod headline;
mod page;
mod publisher;
mod region;
#[cfg(test)]
mod testing;

use page::Headline;
pub(crate) use page::Page;

/// The positions the metadata stage reads its values from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    /// The headline's line.
    pub title: Option<usize>,
    /// The line of the story's date.
    pub dateline: Option<usize>,
    /// The line naming the publisher above the dateline.
    pub source: Option<usize>,
    /// The story's byline.
    pub byline: Option<usize>,
    /// The part of the title line that is the headline, when it is not all of
    /// it ("Headline | Site" read from the document title).
    pub title_range: Option<Range<usize>>,
    /// The site's name: line and byte range (in the document title, the
    /// copyright notice, the "About" link or the banner; see
    /// `publisher::site`).
    pub site: Option<(usize, Range<usize>)>,
}

/// Run every context decision, in order, and say where the metadata is.
///
/// `markup_headline` is the line of a headline the markup names (an `<h1>`,
/// the page's meta title), when the input was HTML: it then anchors the main
/// content. `heading` is the headline the text's form marks (a Markdown
/// `#` heading), taken when the markup names none: it comes before a repeat
/// of the first line, which text in such a form rarely opens with.
/// `contained` says the markup has narrowed the page to the article's
/// container (see [`region::find`]).
pub(crate) fn resolve(
    page: &mut Page<'_, '_>,
    markup_headline: Option<usize>,
    heading: Option<usize>,
    contained: bool,
) -> Layout {
    let mut layout = Layout::default();
    // Markup that names the headline or the article's container vouches for
    // the lines under the headline as the article's.
    let vouched = markup_headline.is_some() || contained;
    captions::claim(page);
    let doc = headline::doc_title(page);
    // A headline the page marks (in its markup, a repeat of its document
    // title, a glued artifact) anchors the search for the main content;
    // otherwise the headline is looked for above the main content.
    let marked = markup_headline
        .filter(|&h| h < page.lines.len())
        .map(Headline::whole)
        .or_else(|| {
            heading
                .filter(|&h| h < page.lines.len() && page.kind(h) == crate::LineKind::Body)
                .map(Headline::whole)
        })
        .or_else(|| headline::marked(page, doc.as_ref()));
    let anchor = marked
        .as_ref()
        .map(|h| h.line)
        .filter(|&t| doc.as_ref().is_none_or(|d| t != d.line));
    let mut region = region::find(page, anchor, contained);
    let mut start = region.map(|r| r.start);
    // A first line is not always a document title (a browser's copy starts
    // with the page's first link): the layout may overrule its repeat, but
    // not a headline the markup or the text's form marks.
    let overruled = match (&doc, &marked) {
        (Some(d), Some(m)) if markup_headline.is_none() && heading != Some(m.line) => {
            headline::layout_over_document(page, d, m, start)
        }
        _ => None,
    };
    let marked = match overruled {
        Some(h) => {
            region = region::find(page, Some(h.line), contained);
            start = region.map(|r| r.start);
            Some(h)
        }
        None => marked,
    };
    let found = marked
        .or_else(|| headline::by_layout(page, start))
        .or_else(|| headline::above_prose(page, start, false));
    if let Some(h) = &found {
        layout.title = Some(h.line);
        layout.title_range = h.range.clone();
    }
    if let Some(t) = layout.title {
        page.set(t, Rule::Headline);
        headline::drop_copies(page, t);
    }
    let headline_text = layout.title.map(|t| {
        let line = page.lines[t].text;
        layout
            .title_range
            .clone()
            .and_then(|r| line.get(r))
            .unwrap_or(line)
    });
    // Without a headline, the line where it would stand (a piece of a
    // wrapped paragraph) still anchors the story's date.
    let date_anchor = layout
        .title
        .or_else(|| headline::above_prose(page, start, true).map(|h| h.line));
    layout.dateline = dateline::choose(page, date_anchor, headline_text, region);
    if let Some(t) = layout.title {
        // Text of the main content region stays, even above a headline
        // found further down (an intro, or a headline repeated lower).
        let header_end = region.map_or(t, |r| r.start.min(t));
        layout.source = publisher::mark_header(page, t, header_end, layout.dateline);
    }
    layout.site = publisher::site(page, doc.as_ref(), found.as_ref(), layout.source)
        .map(|name| (name.line, name.range));
    layout.byline = publisher::byline(page, layout.title);
    if let Some(r) = region {
        region::apply(page, r, &[layout.title]);
    }
    if let Some(t) = layout.title.filter(|_| !vouched) {
        body::trim_lead_in(page, t);
    }
    body::mark_headings(page, layout.title);
    layout
}
