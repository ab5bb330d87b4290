//! The date: the story's publication date.

use super::evidence::{Printed, Stated};
use crate::text::dates::{find_date, is_date_line, is_update_label};
use crate::Date;

/// How many lines from the headline a dateline may be and still be the
/// date the page shows for the article (blank lines count).
const NEAR_HEADLINE: usize = 16;

/// The date printed on the dateline; for HTML input, the markup's
/// publication date unless the dateline at the headline prints another
/// date the page shows as its own, and failing both the date printed at
/// the article's end.
pub(super) fn decide(printed: &Printed<'_>, stated: Option<&Stated>) -> Option<Date> {
    let shown = printed.dateline.and_then(find_date);
    let Some(stated) = stated else {
        return shown;
    };
    let at_headline = printed.dateline.filter(|_| {
        printed
            .dateline_distance
            .is_some_and(|d| d <= NEAR_HEADLINE)
    });
    // Whether the dateline right at the headline is a line of its own that
    // prints nothing but a date, not labelled as a revision.
    let alone = at_headline.is_some_and(|l| is_date_line(l) && !is_update_label(l));
    let revised = at_headline.is_some_and(is_update_label);
    let mut date = shown;
    // The markup's publication date, unless the dateline at the headline
    // prints another date the markup states too: the page shows its latest
    // revision as its date, or the date in its own time zone. So it does,
    // stated or not, when only schema.org's `datePublished` dates the page
    // (no page-level `<meta>` declares a publication) and the dateline
    // prints its date alone or labels it as the revision ("Updated …"):
    // that date is often the first version's of a page kept up to date, or
    // one its template fills in, and the site dates the page by what it
    // prints.
    if let Some(d) = stated.date {
        let kept = shown.filter(|&p| {
            p != d && ((alone && stated.states(p)) || ((alone || revised) && stated.schema_dated))
        });
        if kept.is_none() {
            date = Some(d);
        }
    }
    // Failing any other, the first date-only line after the headline: a
    // page that prints its date at the article's end.
    date.or_else(|| printed.closing_dateline.and_then(find_date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn text_reads_the_dateline_only() {
        let printed = Printed {
            dateline: Some("22 Feb 2023"),
            closing_dateline: Some("March 3, 2023"),
            ..Printed::default()
        };
        assert_eq!(decide(&printed, None), day("2023-02-22"));
        let closing = Printed {
            closing_dateline: Some("March 3, 2023"),
            ..Printed::default()
        };
        assert_eq!(decide(&closing, None), None);
        assert_eq!(
            decide(&closing, Some(&Stated::default())),
            day("2023-03-03")
        );
    }

    #[test]
    fn a_dateline_far_from_the_headline_yields_to_the_markup() {
        let stated = Stated {
            date: day("2021-05-04"),
            dates: vec![day("2021-05-04").unwrap(), day("2023-03-03").unwrap()],
            ..Stated::default()
        };
        let at = |distance| Printed {
            dateline: Some("March 3, 2023"),
            dateline_distance: Some(distance),
            ..Printed::default()
        };
        assert_eq!(decide(&at(2), Some(&stated)), day("2023-03-03"));
        assert_eq!(
            decide(&at(NEAR_HEADLINE + 1), Some(&stated)),
            day("2021-05-04")
        );
    }

    #[test]
    fn the_date_at_the_headline_beats_a_publication_date_only_schema_org_states() {
        let page = |head: &str, shown: &str| {
            format!(
                "<html><head><title>Storm hits the coast</title>{head}</head><body><article>\
                 <h1>Storm hits the coast</h1><p>{shown}</p>\
                 <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>\
                 <p>Crews worked through the night to restore the lines, officials said.</p>\
                 </article></body></html>"
            )
        };
        let date = |head: &str, shown: &str| {
            crate::clean_html(&page(head, shown))
                .date()
                .map(|d| d.to_string())
        };
        let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
                  \"datePublished\":\"2021-05-04T08:00:00Z\"}</script>";
        let microdata = "<meta itemprop=\"datePublished\" content=\"2021-05-04\">";
        let og = "<meta property=\"article:published_time\" content=\"2021-05-04T08:00:00Z\">";
        let updated = "Last updated: March 3, 2023";
        assert_eq!(date(ld, updated).as_deref(), Some("2023-03-03"));
        assert_eq!(date(microdata, updated).as_deref(), Some("2023-03-03"));
        assert_eq!(date(ld, "March 3, 2023").as_deref(), Some("2023-03-03"));
        // A page-level meta declares the publication: it stays the date.
        let declared = format!("{og}{ld}");
        assert_eq!(date(&declared, updated).as_deref(), Some("2021-05-04"));
        assert_eq!(
            date(&declared, "March 3, 2023").as_deref(),
            Some("2021-05-04")
        );
        // So does a `<time>`: it is no schema.org date.
        let time = "<time datetime=\"2021-05-04\"></time>March 3, 2023";
        assert_eq!(date("", time).as_deref(), Some("2021-05-04"));
    }
}
