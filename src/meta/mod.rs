//! Stage 5: the article's fields (title, date, source, byline), decided
//! once for text and HTML alike.
//!
//! The stage reads two kinds of evidence ([`evidence`]): what the page
//! *prints*, as the text stages found it ([`Printed`]: the headline, the
//! dateline, the publisher candidates, the byline the context chose), and,
//! for HTML input, what its markup *states* ([`Stated`]: `<meta>` tags,
//! JSON-LD, `<h1>`, `<time>`). Each field is decided in its own module
//! from both. A field the page does not give is `None`: aggregators print
//! their own name and date above the story, and absent beats wrong.

mod byline;
mod date;
pub(crate) mod evidence;
mod source;
mod title;

pub(crate) use evidence::{Fields, Printed, Stated};

/// Decide the article's fields from what the page prints and, for HTML
/// input, what its markup states.
pub(crate) fn decide(printed: &Printed<'_>, stated: Option<&Stated>) -> Fields {
    Fields {
        title: title::decide(printed, stated),
        date: date::decide(printed, stated),
        source: source::decide(printed, stated),
        byline: byline::decide(printed, stated),
    }
}
