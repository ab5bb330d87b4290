//! The metadata the markup states outright: `<title>`, `<meta>`, `<time>`
//! and JSON-LD, and what the rest of the pipeline asks of it.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{node::Element, Node};

use crate::text::dates;
use crate::text::normalize::{fold_spaces, normalize};
use crate::Date;

/// Metadata stated by the markup, raw as printed there (white space
/// folded). Each `Option` holds the first the page states.
#[derive(Debug, Clone, Default)]
pub(crate) struct Markup {
    /// The `<title>`.
    pub title_tag: Option<String>,
    /// Open Graph's `og:title`.
    pub og_title: Option<String>,
    /// The `headline` (else `name`) of the first JSON-LD article object.
    pub ld_headline: Option<String>,
    /// The page's visible `<h1>`s with text, in document order (the first
    /// [`MAX_H1S`](super::walk::MAX_H1S)).
    pub h1s: Vec<H1>,
    /// Open Graph's `og:site_name`.
    pub site_name: Option<String>,
    /// The `publisher` of the first JSON-LD article object.
    pub ld_publisher: Option<String>,
    /// A publication date from a well-known `<meta>` name (Open Graph,
    /// Dublin Core, schema.org microdata, …).
    pub published: Option<String>,
    /// The `datePublished` of the first JSON-LD article object.
    pub ld_date: Option<String>,
    /// The first `datePublished` of any JSON-LD object, an article or not
    /// (a `WebPage`): for pages whose article object states none.
    pub ld_other_date: Option<String>,
    /// A publication date from a less common `<meta>` name.
    pub published_other: Option<String>,
    /// Whether a page-level `<meta>` (Open Graph, Dublin Core, a publisher's
    /// own name) states the publication date, rather than only schema.org's
    /// `datePublished` (JSON-LD or microdata).
    pub declared: bool,
    /// The first `<time>`'s `datetime`.
    pub time_datetime: Option<String>,
    /// The author, from a `<meta>` (not a profile's URL) or the first
    /// JSON-LD article object.
    pub author: Option<String>,
    /// The other dates the markup states (the first [`MAX_STATED`]):
    /// modification dates, the `datetime` of every `<time>` but the first,
    /// every JSON-LD `datePublished` and `dateModified`. None is the
    /// article's date on its own; one the page prints near its headline is.
    pub stated: Vec<String>,
}

/// An `<h1>` of the page.
#[derive(Debug, Clone)]
pub(crate) struct H1 {
    /// Its text, white space folded.
    pub text: String,
    /// Whether it is inside the article ([`Flags::MAIN`](super::vocabulary::Flags::MAIN)).
    pub in_article: bool,
    /// Its number among the document's elements, in document order.
    pub element: usize,
}

/// How many dates [`Markup::stated`] keeps at most, so that a page that
/// states thousands (a list of dated teasers) costs no more.
pub(super) const MAX_STATED: usize = 64;
/// How many JSON values a JSON-LD script is read for at most.
const MAX_JSON_VALUES: usize = 10_000;
/// An `<h1>` that a meta title contains is the headline when it is at least
/// this many fifths of that title (in bytes): a smaller part is a logo or
/// a section's name.
const REPEATED_FIFTHS: usize = 2;
/// The word similarity to the meta title from which an `<h1>` is taken for
/// the headline that the title words differently.
const SIMILAR_H1: f32 = 0.5;

/// The text of an element's direct text children (for `<title>`, scripts).
fn child_text(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for c in node.children() {
        if let Node::Text(t) = c.value() {
            s.push_str(t);
        }
    }
    s
}

/// `s` normalised as the page's text is (control characters white space,
/// line separators line breaks, invisible and bidirectional-override
/// characters dropped: nothing a terminal would run, nothing that reorders
/// what is shown), trimmed and its white space folded, unless nothing is
/// left.
pub(super) fn non_empty(s: &str) -> Option<String> {
    let s = fold_spaces(&normalize(s));
    (!s.is_empty()).then_some(s)
}

/// Metadata from one element: `<title>`, `<meta>`, `<time>`; the text of a
/// JSON-LD script is pushed on `ld`, for [`read_json_ld`] once the walk is
/// done.
pub(super) fn read_markup(
    el: &Element,
    node: ego_tree::NodeRef<'_, Node>,
    m: &mut Markup,
    ld: &mut Vec<String>,
) {
    match el.name() {
        "title" if m.title_tag.is_none() => m.title_tag = non_empty(&child_text(node)),
        "meta" => {
            let page_level = el.attr("property").or_else(|| el.attr("name"));
            let key = page_level
                .or_else(|| el.attr("itemprop"))
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let Some(content) = el.attr("content").and_then(non_empty) else {
                return;
            };
            let slot = match key.as_str() {
                "og:title" => &mut m.og_title,
                "og:site_name" => &mut m.site_name,
                "article:published_time"
                | "datepublished"
                | "og:published_time"
                | "pubdate"
                | "publishdate"
                | "publish-date"
                | "date"
                | "dc.date"
                | "dc.date.issued"
                | "dcterms.date"
                | "sailthru.date"
                | "parsely-pub-date" => {
                    m.declared |= page_level.is_some() && parse_date(&content).is_some();
                    &mut m.published
                }
                // Other vocabularies' publication dates ("cludo:date",
                // "article.published"); never a modification or expiry date,
                // nor the publisher ("article:publisher" is a URL).
                k if (k.contains("publish") || k.ends_with(":date") || k.ends_with(".date"))
                    && !["modif", "updat", "expir", "end", "publisher"]
                        .iter()
                        .any(|w| k.contains(w)) =>
                {
                    m.declared |= page_level.is_some() && parse_date(&content).is_some();
                    &mut m.published_other
                }
                "author" | "article:author" | "sailthru.author" | "parsely-author"
                    if !content.starts_with("http") =>
                {
                    &mut m.author
                }
                k if k.contains("modif") || k.contains("updat") => {
                    if m.stated.len() < MAX_STATED {
                        m.stated.push(content);
                    }
                    return;
                }
                _ => return,
            };
            slot.get_or_insert(content);
        }
        "time" => {
            if let Some(d) = el.attr("datetime").and_then(non_empty) {
                if m.time_datetime.is_none() {
                    m.time_datetime = Some(d);
                } else if m.stated.len() < MAX_STATED {
                    m.stated.push(d);
                }
            }
        }
        "script"
            if el
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
        {
            ld.push(child_text(node));
        }
        _ => {}
    }
}

/// Headline, date, author and publisher of the first article object in a
/// JSON-LD script, the first `datePublished` of any object, and every
/// object's dates as [`Markup::stated`] ones. The JSON is walked with an
/// explicit stack, for at most [`MAX_JSON_VALUES`] values.
pub(super) fn read_json_ld(script: &str, m: &mut Markup) {
    use serde_json::Value;
    const ARTICLE_TYPES: &[&str] = &[
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "Report",
        "TechArticle",
        "ScholarlyArticle",
        "LiveBlogPosting",
        "SocialMediaPosting",
    ];
    let Ok(root) = serde_json::from_str::<Value>(script.trim()) else {
        return;
    };
    fn string(v: Option<&Value>) -> Option<String> {
        match v? {
            Value::String(s) => non_empty(s),
            Value::Array(a) => a.iter().find_map(|x| string(Some(x))),
            Value::Object(o) => string(o.get("name")),
            _ => None,
        }
    }
    let mut stack = vec![&root];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > MAX_JSON_VALUES {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(o) => {
                let is_article = match o.get("@type") {
                    Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                    Some(Value::Array(ts)) => ts
                        .iter()
                        .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                    _ => false,
                };
                if is_article {
                    if m.ld_headline.is_none() {
                        m.ld_headline = string(o.get("headline")).or_else(|| string(o.get("name")));
                    }
                    if m.ld_date.is_none() {
                        m.ld_date = string(o.get("datePublished"));
                    }
                    if m.author.is_none() {
                        m.author = string(o.get("author"));
                    }
                    if m.ld_publisher.is_none() {
                        m.ld_publisher = string(o.get("publisher"));
                    }
                }
                if m.ld_other_date.is_none() {
                    m.ld_other_date = string(o.get("datePublished"));
                }
                for key in ["dateModified", "datePublished"] {
                    if let Some(d) = string(o.get(key)) {
                        if m.stated.len() < MAX_STATED {
                            m.stated.push(d);
                        }
                    }
                }
                stack.extend(o.values().filter(|x| x.is_object() || x.is_array()));
            }
            _ => {}
        }
    }
}

/// A date as markup prints it: ISO first (the calendar date as printed),
/// then any form the text reader knows.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})").expect("iso date regex compiles")
    });
    if let Some(c) = ISO.captures(s) {
        let y = c[1].parse().ok()?;
        let mo = c[2].parse().ok()?;
        let d = c[3].parse().ok()?;
        return Date::new(y, mo, d).ok();
    }
    dates::find_date(s)
}

impl Markup {
    /// The headline: the first `<h1>` (the article's first) that the page's
    /// meta titles repeat (they often add the site's name) as more than a
    /// small part of them, else the `<h1>` most like the meta title in its
    /// words (from half of them), else the meta title (without the site's
    /// name), else the first `<h1>` (the article's first). An `<h1>` that
    /// names the site is its logo, taken only when there is nothing else; one
    /// that is all a small part of a meta title is not repeated by it.
    pub(crate) fn title(&self) -> Option<&str> {
        use crate::text::titles::{self as t, DocTitle};
        let metas: Vec<String> = [&self.og_title, &self.ld_headline, &self.title_tag]
            .into_iter()
            .flatten()
            .map(|m| m.to_lowercase())
            .collect();
        let site = self
            .site_name
            .iter()
            .chain(&self.ld_publisher)
            .map(|s| t::fold(s))
            .collect::<Vec<_>>();
        let h1s = || {
            self.h1s
                .iter()
                .filter(|h| h.in_article)
                .chain(self.h1s.iter().filter(|h| !h.in_article))
                .map(|h| h.text.as_str())
                .filter(|h| !site.contains(&t::fold(h)))
        };
        let repeated = h1s().find(|h| {
            let h = h.to_lowercase();
            metas
                .iter()
                .any(|m| m.contains(&h) && h.len() * 5 >= m.len() * REPEATED_FIFTHS)
        });
        // The meta title's headline part: `<title>` adds the site's name.
        let meta_title = self
            .og_title
            .as_deref()
            .or(self.ld_headline.as_deref())
            .map(|m| (m, 0..m.len()))
            .or_else(|| {
                self.title_tag
                    .as_deref()
                    .map(|m| (m, DocTitle::of(m).headline(m)))
            })
            .and_then(|(m, r)| m.get(r).filter(|h| !h.trim().is_empty()));
        let similar = || {
            let core = meta_title?;
            h1s()
                .map(|h| (h, t::word_similarity(h, core)))
                .filter(|&(_, s)| s >= SIMILAR_H1)
                .min_by(|a, b| b.1.total_cmp(&a.1))
                .map(|(h, _)| h)
        };
        repeated
            .or_else(similar)
            .or(meta_title)
            .or_else(|| h1s().next())
            .or_else(|| self.h1s.first().map(|h| h.text.as_str()))
    }

    /// The publication dates the markup states, most trusted first.
    fn published_dates(&self) -> impl Iterator<Item = &String> {
        self.declared_dates().chain(&self.time_datetime)
    }

    /// The publication dates stated by `<meta>` tags and schema.org, without
    /// a `<time>`'s, most trusted first.
    fn declared_dates(&self) -> impl Iterator<Item = &String> {
        [
            &self.published,
            &self.ld_date,
            &self.ld_other_date,
            &self.published_other,
        ]
        .into_iter()
        .flatten()
    }

    /// Whether the publication date comes from schema.org alone (JSON-LD
    /// or microdata): no page-level `<meta>` declares one, and it is not
    /// only a `<time>`'s.
    pub(crate) fn schema_dated(&self) -> bool {
        !self.declared && self.declared_dates().any(|s| parse_date(s).is_some())
    }

    /// The publication date: the first of the markup's, most trusted first,
    /// that reads as a date.
    pub(crate) fn date(&self) -> Option<Date> {
        self.published_dates().find_map(|s| parse_date(s))
    }

    /// Every date the markup states that reads as one: the publication
    /// dates, the modification dates, every `<time>`'s.
    pub(crate) fn all_dates(&self) -> Vec<Date> {
        self.published_dates()
            .chain(&self.stated)
            .filter_map(|s| parse_date(s))
            .collect()
    }

    /// The publisher: Open Graph's site name, else JSON-LD's publisher.
    pub(crate) fn source(&self) -> Option<&str> {
        self.site_name.as_deref().or(self.ld_publisher.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::flatten;

    /// The markup read from a page's `<head>`.
    fn head(tags: &str) -> Markup {
        flatten(&format!(
            "<html><head>{tags}</head><body><p>Text.</p></body></html>"
        ))
        .markup
    }

    #[test]
    fn the_publisher_is_not_a_publication_date() {
        let m = head(
            "<meta property=\"article:publisher\" content=\"https://example.com/herald\">\
             <meta name=\"cludo:date\" content=\"2023-02-22\">",
        );
        assert_eq!(m.published_other.as_deref(), Some("2023-02-22"));
        assert_eq!(
            m.date().map(|d| d.to_string()).as_deref(),
            Some("2023-02-22")
        );
    }

    #[test]
    fn only_page_level_meta_declares_a_publication_date() {
        let og = "<meta property=\"article:published_time\" content=\"2023-02-22T08:00:00Z\">";
        let dc = "<meta name=\"dc.date\" content=\"2023-02-22\">";
        let microdata = "<meta itemprop=\"datePublished\" content=\"2023-02-22\">";
        let ld = "<script type=\"application/ld+json\">\
                  {\"@type\":\"Article\",\"datePublished\":\"2023-02-22\"}</script>";
        assert!(head(og).declared);
        assert!(head(dc).declared);
        assert!(!head(microdata).declared);
        assert!(!head(ld).declared);
        // A publication meta that holds no date declares none.
        assert!(!head("<meta name=\"date\" content=\"today\">").declared);
        assert!(head(ld).schema_dated());
        assert!(head(microdata).schema_dated());
        assert!(!head(&format!("{og}{ld}")).schema_dated());
        let time = flatten("<p><time datetime=\"2023-02-22\">Feb 22</time></p>").markup;
        assert!(!time.schema_dated());
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            parse_date("2019-11-19T05:00:00Z").map(|d| d.to_string()),
            Some("2019-11-19".into())
        );
    }
}
