//! The pipeline driver and its options: normalise → lines → classify →
//! (the markup's hints, for HTML) → context → meta → article, each step a
//! call into its stage's module.

use regex::RegexSet;

use crate::article::{self, LineReport};
use crate::classify::{self, Rule};
use crate::context::{self, Layout, Page};
use crate::decode::{decode, Decoded, Markup};
use crate::form::{self, TextForm};
use crate::html::Hint;
use crate::meta::{self, Printed, Stated};
use crate::text::features::Features;
use crate::text::lines::{self, Line};
use crate::text::normalize::{fold_spaces, normalize};
use crate::text::shape::Shape;
use crate::{Article, Error, LineKind};

/// A configured cleaner. Build one with [`Cleaner::builder`], then call it from
/// as many threads as you like: it is `Send + Sync` and all its methods take
/// `&self`.
///
/// ```
/// use declutter::Cleaner;
///
/// let cleaner = Cleaner::builder()
///     .keep_captions(true)
///     .marker(r"^Read more at .*$")
///     .build()?;
/// let article = cleaner.clean("Storm hits the coast\nA storm hit the coast on Monday, leaving thousands without power.\nRead more at example.com");
/// assert_eq!(article.paragraphs().len(), 1);
/// # Ok::<(), declutter::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Cleaner {
    keep_captions: bool,
    markers: Option<RegexSet>,
    form: TextForm,
}

/// Options for a [`Cleaner`].
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct CleanerBuilder {
    keep_captions: bool,
    markers: Vec<String>,
    form: TextForm,
}

impl CleanerBuilder {
    /// Keep photo captions in the body (default: `false`, captions are removed).
    /// Credit lines are removed either way and reported in
    /// [`Article::credits`].
    pub fn keep_captions(mut self, yes: bool) -> Self {
        self.keep_captions = yes;
        self
    }

    /// Also remove every line matching this regular expression (searched
    /// anywhere in the trimmed line; anchor it with `^…$` to match whole
    /// lines). Checked when [`build`](Self::build) is called.
    pub fn marker(mut self, pattern: impl Into<String>) -> Self {
        self.markers.push(pattern.into());
        self
    }

    /// The form of the texts this cleaner is given (default
    /// [`TextForm::Auto`]: recognised from each text). Only
    /// [`clean`](Cleaner::clean) and [`explain`](Cleaner::explain) read it;
    /// HTML has its own structure.
    pub fn form(mut self, form: TextForm) -> Self {
        self.form = form;
        self
    }

    /// [`marker`](Self::marker) for each pattern.
    pub fn markers<I, S>(mut self, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.markers.extend(patterns.into_iter().map(Into::into));
        self
    }

    /// Check the options and build the cleaner.
    ///
    /// # Errors
    /// [`Error::EmptyPattern`], [`Error::InvalidPattern`] or
    /// [`Error::PatternMatchesEverything`] for a marker that is empty, does not
    /// compile, or would remove every line.
    ///
    /// ```
    /// use declutter::{Cleaner, Error};
    ///
    /// let err = Cleaner::builder().marker("(unclosed").build().unwrap_err();
    /// assert!(matches!(err, Error::InvalidPattern { .. }));
    /// assert!(err.to_string().contains("(unclosed"));
    /// ```
    pub fn build(self) -> Result<Cleaner, Error> {
        for (index, pattern) in self.markers.iter().enumerate() {
            if pattern.trim().is_empty() {
                return Err(Error::EmptyPattern { index });
            }
        }
        if self.markers.is_empty() {
            return Ok(Cleaner {
                keep_captions: self.keep_captions,
                markers: None,
                form: self.form,
            });
        }
        // One compilation of the whole set. Only when it fails for a syntax
        // error are the patterns parsed alone, to name the one at fault, and
        // with no room to compile (the parse comes first, so a syntax error
        // is found at once): compiling thousands one by one took seconds.
        let markers = match RegexSet::new(&self.markers) {
            Ok(set) => set,
            Err(source) => {
                if matches!(source, regex::Error::Syntax(_)) {
                    for pattern in &self.markers {
                        let parsed = regex::RegexBuilder::new(pattern).size_limit(0).build();
                        if let Err(source @ regex::Error::Syntax(_)) = parsed {
                            return Err(Error::InvalidPattern {
                                pattern: pattern.clone(),
                                source,
                            });
                        }
                    }
                }
                // Over the size limit: the set as a whole is at fault.
                return Err(Error::InvalidPattern {
                    pattern: self.markers.join(" | "),
                    source,
                });
            }
        };
        // A marker that matches every line of article prose would remove
        // the whole article (`.`, `[^x]`, `.{2,}`, `\w|\W`).
        let mut every = vec![true; self.markers.len()];
        for probe in MARKER_PROBES {
            let matched = markers.matches(probe);
            for (k, e) in every.iter_mut().enumerate() {
                *e &= matched.matched(k);
            }
        }
        if let Some(k) = every.iter().position(|&e| e) {
            return Err(Error::PatternMatchesEverything {
                pattern: self.markers[k].clone(),
            });
        }
        Ok(Cleaner {
            keep_captions: self.keep_captions,
            markers: Some(markers),
            form: self.form,
        })
    }
}

/// Paragraphs of article prose, short and long, in many scripts, a marker
/// must not match all of: one that does would remove every paragraph of most
/// articles. Markers are only tried on non-blank lines, so
/// a pattern matching every non-empty text (`.`, `\S`) matches all of them.
const MARKER_PROBES: &[&str] = &[
    "The storm hit the coast on Monday, leaving thousands of homes without power.",
    "“We will rebuild,” the mayor said.",
    "It rained.",
    "Officials said 1,200 people had left their homes by 6 p.m. on Tuesday; more were expected to leave.",
    "Die Regierung kündigte am Mittwoch neue Hilfen für die betroffenen Gemeinden an.",
    "Правительство объявило о новой помощи пострадавшим районам в среду.",
    "وقالت الحكومة إنها ستقدم مساعدات جديدة للمناطق المتضررة.",
    "政府は水曜日、被災地への新たな支援を発表した。",
    "नई दिल्ली में बुधवार को भारी बारिश हुई।",
    "Ο δήμαρχος είπε ότι η πόλη θα ξαναχτιστεί.",
    "(AP) — Crews worked through the night to restore the lines, and most homes had power again by Tuesday, the county said in a statement posted on its website.",
];

/// What the HTML front-end adds to the analysis of its text stream.
#[derive(Clone, Copy)]
struct HtmlEvidence<'m> {
    /// One hint per line of the stream.
    hints: &'m [Hint],
    /// The headline the markup states, white space folded.
    headline: Option<&'m str>,
    /// Whether the markup states a publication date: the page says it is a
    /// story, dated, not a listing of others.
    dated: bool,
}

/// The pipeline's state for one text: every line with its features and kind.
struct Analysis<'a> {
    lines: Vec<Line<'a>>,
    feats: Vec<Features>,
    rules: Vec<Rule>,
    layout: Layout,
}

impl Cleaner {
    /// A cleaner with the default options (what [`clean`](crate::clean) uses).
    pub fn new() -> Cleaner {
        Cleaner::default()
    }

    /// Start configuring a cleaner.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Clean a page given as text. Never fails: empty or white-space-only
    /// input gives an empty [`Article`].
    pub fn clean(&self, text: &str) -> Article {
        let normalized = normalize(text);
        let formed = form::read(&normalized, self.form);
        let analysis = self.analyse(&formed.text, formed.headline());
        self.article(
            analysis,
            None,
            |l| formed.shape(l.number - 1, l.text),
            |c| formed.cells(c),
        )
    }

    /// Clean a page given as HTML. Never fails, whatever the markup: broken,
    /// unclosed or deeply nested markup gives what text it can.
    ///
    /// The markup is evidence the text does not have: navigation, headers,
    /// footers, asides, forms, link lists and elements whose class names
    /// clutter are removed; figure captions are told apart; the title, date,
    /// publisher and author stated in `<meta>` tags and JSON-LD are preferred
    /// to the ones read from the text.
    ///
    /// ```
    /// use declutter::Cleaner;
    ///
    /// let html = r#"<html><head><title>Storm hits the coast | Herald</title>
    /// <meta property="og:site_name" content="The Springfield Herald">
    /// <meta property="article:published_time" content="2023-02-22T08:00:00Z"></head>
    /// <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    /// <article><h1>Storm hits the coast</h1>
    /// <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>
    /// <script>track("view")</script></article>
    /// <footer>© 2023 Springfield Herald. All rights reserved.</footer></body></html>"#;
    /// let article = Cleaner::new().clean_html(html);
    /// assert_eq!(article.title(), Some("Storm hits the coast"));
    /// assert_eq!(article.date().map(|d| d.to_string()).as_deref(), Some("2023-02-22"));
    /// assert_eq!(article.source(), Some("The Springfield Herald"));
    /// assert_eq!(article.paragraphs(), ["A storm hit the coast on Monday, leaving thousands of homes without power."]);
    /// ```
    pub fn clean_html(&self, html: &str) -> Article {
        self.with_html(html, |analysis, stated, hints| {
            let shape = |l: &Line<'_>| {
                l.number
                    .checked_sub(1)
                    .and_then(|k| hints.get(k))
                    .map_or(Shape::Paragraph, |h| h.shape)
            };
            self.article(analysis, Some(stated), shape, |_| &[])
        })
    }

    /// Clean a page given as bytes: decoded as a browser would (see
    /// [`decode`](crate::decode): byte order mark, then the `charset` of
    /// `content_type`, then for HTML the `<meta>` prescan, then a guess), and
    /// cleaned as HTML or text as `content_type` says or, without one, as the
    /// bytes look. Never fails; binary data (an image, an archive) gives an
    /// empty [`Article`], not its bytes as text.
    ///
    /// ```
    /// let page = b"<html><head><meta charset=windows-1252></head><body>\
    ///     <h1>Caf\xe9 owners meet</h1><p>The caf\xe9 owners of the town met on Monday \
    ///     to talk about the new rules for terraces, the mayor\x92s office said.</p></body></html>";
    /// let article = declutter::Cleaner::new().clean_bytes(page, None);
    /// assert_eq!(article.title(), Some("Café owners meet"));
    /// assert!(article.body().contains("mayor\u{2019}s office"));
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8], content_type: Option<&str>) -> Article {
        self.clean_decoded(&decode(bytes, content_type, None))
    }

    /// [`clean_bytes`](Self::clean_bytes) for bytes known to be HTML,
    /// whatever `content_type` or the bytes say of the markup (its `charset`
    /// is still read).
    pub fn clean_html_bytes(&self, bytes: &[u8], content_type: Option<&str>) -> Article {
        self.clean_decoded(&decode(bytes, content_type, Some(Markup::Html)))
    }

    /// Clean what [`decode`](crate::decode) gave, as its markup says; empty
    /// for binary data.
    pub fn clean_decoded(&self, decoded: &Decoded<'_>) -> Article {
        if decoded.looks_binary() {
            return Article::default();
        }
        match decoded.markup() {
            Markup::Html => self.clean_html(decoded.text()),
            Markup::Text => self.clean(decoded.text()),
        }
    }

    /// [`explain`](Self::explain) for a page given as HTML: every line of the
    /// text the markup was flattened to, with the kind
    /// [`clean_html`](Self::clean_html) gave it and why.
    ///
    /// ```
    /// use declutter::{Cleaner, LineKind};
    ///
    /// let report = Cleaner::new().explain_html("<nav><a href='/'>Home</a></nav><p>A storm hit the coast on Monday, leaving thousands without power.</p>");
    /// let kinds: Vec<LineKind> = report.iter().filter(|l| !l.text.is_empty()).map(|l| l.kind).collect();
    /// assert_eq!(kinds, [LineKind::SiteChrome, LineKind::Body]);
    /// ```
    pub fn explain_html(&self, html: &str) -> Vec<LineReport> {
        self.with_html(html, |analysis, _, _| report(&analysis))
    }

    /// Flatten, analyse with the markup's hints, and put the markup's headline
    /// in place; then hand the analysis and what the markup states to `then`.
    fn with_html<R>(
        &self,
        html: &str,
        then: impl FnOnce(Analysis<'_>, &Stated, &[Hint]) -> R,
    ) -> R {
        let page = crate::html::flatten(html);
        let normalized = normalize(&page.text);
        let stated = Stated::of(&page.markup);
        let title = stated.title.as_deref();
        let evidence = HtmlEvidence {
            hints: &page.hints,
            headline: title,
            dated: page.markup.published.is_some() || page.markup.ld_date.is_some(),
        };
        let mut analysis = self.analyse_hinted(&normalized, Some(evidence), None);
        if let Some(t) = title {
            // The headline's own line leaves the body.
            let found = analysis
                .lines
                .iter()
                .position(|l| !l.is_blank() && fold_spaces(l.text) == t);
            if let Some(i) = found {
                analysis.layout.title = Some(i);
                analysis.layout.title_range = None;
                analysis.rules[i] = Rule::MarkupHeadline;
            }
        }
        then(analysis, &stated, &page.hints)
    }

    /// Every input line with the kind it was given and why, for seeing what
    /// [`clean`](Self::clean) removed. Blank lines are included. Text read in
    /// a form other than plain is reported as read: a wrapped paragraph is
    /// one line, Markdown without its syntax, numbered as read.
    ///
    /// ```
    /// use declutter::{Cleaner, LineKind};
    ///
    /// let report = Cleaner::new().explain("Storm hits the coast\nA storm hit the coast on Monday, leaving thousands without power.\nAdvertisement");
    /// let kinds: Vec<LineKind> = report.iter().map(|l| l.kind).collect();
    /// assert_eq!(kinds, [LineKind::Title, LineKind::Body, LineKind::Advertisement]);
    /// ```
    pub fn explain(&self, text: &str) -> Vec<LineReport> {
        let normalized = normalize(text);
        let formed = form::read(&normalized, self.form);
        report(&self.analyse(&formed.text, formed.headline()))
    }

    /// Classify one line with no context: the built-in lexicon, then this
    /// cleaner's own markers. See [`LineKind::classify`].
    pub fn classify_line(&self, line: &str) -> LineKind {
        let line = line.trim();
        self.classify(line, &Features::of(line)).kind()
    }

    fn classify(&self, line: &str, feats: &Features) -> Rule {
        if let Some(markers) = &self.markers {
            if !line.is_empty() && markers.is_match(line) {
                return Rule::UserMarker;
            }
        }
        classify::classify(line, feats)
    }

    /// lines → classify → context, on text read in its form; `heading` is
    /// the headline its form marked (a Markdown heading), if any.
    fn analyse<'a>(&self, text: &'a str, heading: Option<usize>) -> Analysis<'a> {
        self.analyse_hinted(text, None, heading)
    }

    /// [`analyse`](Self::analyse), with the markup's evidence about each line
    /// (from HTML input) applied between classification and context, and the
    /// markup's headline (its text) anchoring the context.
    fn analyse_hinted<'a>(
        &self,
        normalized: &'a str,
        markup: Option<HtmlEvidence<'_>>,
        heading: Option<usize>,
    ) -> Analysis<'a> {
        let lines = lines::split(normalized);
        let feats: Vec<Features> = lines.iter().map(|l| Features::of(l.text)).collect();
        let mut rules: Vec<Rule> = lines
            .iter()
            .zip(&feats)
            .map(|(l, f)| self.classify(l.text, f))
            .collect();
        let mut headline = None;
        let mut contained = false;
        if let Some(HtmlEvidence {
            hints,
            headline: title,
            dated,
        }) = markup
        {
            headline = title.and_then(|t| {
                lines
                    .iter()
                    .position(|l| !l.is_blank() && fold_spaces(l.text) == t)
            });
            contained =
                crate::html::apply_hints(&lines, &feats, &mut rules, hints, headline, dated);
        }
        let layout = context::resolve(
            &mut Page {
                lines: &lines,
                feats: &feats,
                rules: &mut rules,
            },
            headline,
            heading,
            contained,
        );
        Analysis {
            lines,
            feats,
            rules,
            layout,
        }
    }

    /// metadata → article.
    ///
    /// Takes the analysis by value to free the per-line features before the
    /// paragraphs are copied out: on a large page they are the biggest of the
    /// per-line tables, and peak memory is reached here.
    /// `shape` and `cells` tell each line's part in the document's
    /// structure, as the front-end read it (see [`article::assemble`]).
    fn article<'c>(
        &self,
        mut a: Analysis<'_>,
        stated: Option<&Stated>,
        shape: impl Fn(&Line<'_>) -> Shape,
        cells: impl Fn(u32) -> &'c [u16],
    ) -> Article {
        debug_assert_eq!(a.feats.len(), a.lines.len());
        a.feats = Vec::new();
        let printed = Printed::of(&a.lines, &a.rules, &a.layout);
        let fields = meta::decide(&printed, stated);
        article::assemble(fields, &a.lines, &a.rules, self.keep_captions, shape, cells)
    }
}

/// Every line of an analysis with its kind and why.
fn report(analysis: &Analysis<'_>) -> Vec<LineReport> {
    analysis
        .lines
        .iter()
        .zip(&analysis.rules)
        .map(|(line, rule)| LineReport {
            number: line.number,
            text: line.text.to_owned(),
            kind: rule.kind(),
            reason: rule.reason(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_checked() {
        assert!(matches!(
            Cleaner::builder().marker("  ").build(),
            Err(Error::EmptyPattern { index: 0 })
        ));
        assert!(matches!(
            Cleaner::builder().marker(".*").build(),
            Err(Error::PatternMatchesEverything { .. })
        ));
        assert!(Cleaner::builder().marker("^$").build().is_ok());
        for fine in [
            "(?i)^read more",
            "^Advertisement$",
            "Photo:",
            "^—$",
            "(?i)the",
        ] {
            assert!(Cleaner::builder().marker(fine).build().is_ok(), "{fine}");
        }
        // The one at fault is named, among many.
        let many = (0..50)
            .map(|k| format!("^marker {k}$"))
            .chain([".".to_owned()]);
        match Cleaner::builder().markers(many).build() {
            Err(Error::PatternMatchesEverything { pattern }) => assert_eq!(pattern, "."),
            other => panic!("{other:?}"),
        }
        for every in [
            ".", r"\S", r"[\s\S]", r"\w|\W", "[^x]", ".{2,}", r"\p{L}", "(?s).+",
        ] {
            assert!(
                matches!(
                    Cleaner::builder().marker(every).build(),
                    Err(Error::PatternMatchesEverything { .. })
                ),
                "{every}"
            );
        }
    }

    #[test]
    fn markers_remove_lines() {
        let cleaner = Cleaner::builder().marker("(?i)^read more").build().unwrap();
        assert_eq!(
            cleaner.classify_line("Read more: the full story"),
            LineKind::Marker
        );
        assert_eq!(
            cleaner.classify_line("Advertisement"),
            LineKind::Advertisement
        );
    }

    #[test]
    fn cleaner_is_shareable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
    }
}
