//! What the metadata stage decides from, as named structs: what the page
//! prints ([`Printed`]), what its markup states ([`Stated`]), and what the
//! stage decides ([`Fields`]).

use crate::classify::Rule;
use crate::context::Layout;
use crate::html::Markup;
use crate::text::lines::Line;
use crate::text::normalize::fold_spaces;
use crate::{Date, LineKind};

/// What the page prints, as the text stages found it: the lines the
/// context chose, borrowed from the normalised text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Printed<'a> {
    /// The headline: its line, or the part of it the context took for the
    /// headline ("Headline | Site" read from the document title).
    pub headline: Option<&'a str>,
    /// The line of the story's date.
    pub dateline: Option<&'a str>,
    /// How many lines apart the dateline and the headline are (blank lines
    /// count), when the page has both.
    pub dateline_distance: Option<usize>,
    /// The first date-only line below the headline: the date of a page that
    /// prints it at the article's end.
    pub closing_dateline: Option<&'a str>,
    /// The site's name (in the document title, the copyright notice, the
    /// "About" link or the banner).
    pub site: Option<&'a str>,
    /// The line naming the publisher above the story.
    pub publisher: Option<&'a str>,
    /// The author line, as printed ("By Jane Doe | Nov 18, 2019").
    pub byline: Option<&'a str>,
}

impl<'a> Printed<'a> {
    /// Read the chosen lines out of the analysed page.
    pub(crate) fn of(lines: &[Line<'a>], rules: &[Rule], layout: &Layout) -> Printed<'a> {
        let text = |i: usize| lines[i].text;
        Printed {
            headline: layout.title.map(|t| {
                let line = text(t);
                // A range that does not fit the line (it was found on
                // another) is ignored rather than trusted.
                match &layout.title_range {
                    Some(r) => line.get(r.clone()).unwrap_or(line),
                    None => line,
                }
            }),
            dateline: layout.dateline.map(text),
            dateline_distance: layout
                .dateline
                .zip(layout.title)
                .map(|(d, t)| d.abs_diff(t)),
            closing_dateline: layout.title.and_then(|t| {
                (t + 1..lines.len())
                    .find(|&i| rules[i].kind() == LineKind::Dateline)
                    .map(text)
            }),
            site: layout.site.clone().and_then(|(i, r)| text(i).get(r)),
            publisher: layout.source.map(text),
            byline: layout.byline.map(text),
        }
    }
}

/// What the markup states (HTML input), read once from [`Markup`] with
/// white space folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Stated {
    /// The headline (see [`Markup::title`]).
    pub title: Option<String>,
    /// The publication date, most trusted statement first.
    pub date: Option<Date>,
    /// Every date the markup states: publication, modification, `<time>`s.
    pub dates: Vec<Date>,
    /// Whether schema.org alone (JSON-LD or microdata) dates the page: no
    /// page-level `<meta>` declares a publication.
    pub schema_dated: bool,
    /// The publisher.
    pub source: Option<String>,
    /// The author.
    pub author: Option<String>,
}

impl Stated {
    /// What `markup` states.
    pub(crate) fn of(markup: &Markup) -> Stated {
        Stated {
            title: markup.title().map(fold_spaces),
            date: markup.date(),
            dates: markup.all_dates(),
            schema_dated: markup.schema_dated(),
            source: markup.source().map(fold_spaces),
            author: markup.author.as_deref().map(fold_spaces),
        }
    }

    /// Whether the markup states `d` anywhere.
    pub(crate) fn states(&self, d: Date) -> bool {
        self.dates.contains(&d)
    }
}

/// The article's fields, as the stage decided them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Fields {
    /// The headline, white space folded.
    pub title: Option<String>,
    /// The story's publication date.
    pub date: Option<Date>,
    /// The original publisher.
    pub source: Option<String>,
    /// The author, without "By".
    pub byline: Option<String>,
}
