//! Every verdict a line can get, as one byte.
//!
//! A [`Rule`] names the decision that gave a line its kind: a lexicon
//! family, a shape test, a context stage's finding, a markup hint. Each rule
//! always gives the same [`LineKind`] and is explained by the same reason, so
//! both are derived from it rather than stored beside it: a line's verdict is
//! one byte, the kind and the reason cannot disagree, and a stage that acts on
//! another's verdict (the region ending at an end-of-article marker) tests a
//! variant, not a string.
//!
//! The rules of every stage are listed here, in the classifier, because the
//! classifier's verdicts are what the later stages revise: they all write
//! into one table of rules, which the lower stage has to be able to hold.
//! The reasons are what [`Cleaner::explain`](crate::Cleaner::explain) reports.

use crate::LineKind;

/// The table of rules: variant, the kind it gives, the reason `explain`
/// shows. The kind and the reason come out of one `match` each.
macro_rules! rules {
    ($( $(#[doc = $doc:literal])* $rule:ident => $kind:ident, $reason:expr; )*) => {
        /// Which decision gave a line its kind (see the module docs).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub(crate) enum Rule {
            $( $(#[doc = $doc])* $rule, )*
        }

        impl Rule {
            /// Every rule, in table order.
            #[cfg(test)]
            pub(crate) const ALL: &'static [Rule] = &[$(Rule::$rule),*];

            /// The kind of line this rule gives.
            pub(crate) const fn kind(self) -> LineKind {
                match self {
                    $(Rule::$rule => LineKind::$kind,)*
                }
            }

            /// Why: the reason [`Cleaner::explain`](crate::Cleaner::explain)
            /// reports for lines this rule gave their kind.
            pub(crate) const fn reason(self) -> &'static str {
                match self {
                    $(Rule::$rule => $reason,)*
                }
            }
        }
    };
}

rules! {
    // The classifier: a line's shape.
    /// An empty or white-space-only line.
    Blank => Blank, "blank";
    /// Text nothing else recognised: body until the context says otherwise.
    Text => Body, "text";
    /// A line that is only a date.
    DateOnly => Dateline, "date-only line";
    /// A line one of the user's own marker patterns matches.
    UserMarker => Marker, "user marker";

    // The classifier: the lexicon's families.
    /// A sponsor line ("Sponsored by …").
    Sponsor => Sponsor, "sponsor line";
    /// An ad marker ("Advertisement", "Story continues below").
    AdMarker => Advertisement, "ad marker";
    /// A wire or contribution credit.
    WireCredit => WireCredit, "wire credit";
    /// A photo or agency credit.
    PhotoCredit => PhotoCredit, "photo credit";
    /// "By" and a name.
    Byline => Byline, "byline";
    /// A cookie consent banner.
    CookieConsent => SiteChrome, "cookie consent";
    /// The header of what follows an article (comments, related stories,
    /// share bars): the main content does not extend past it.
    EndOfArticle => SiteChrome, "end of the article (comments, related, share)";
    /// Navigation, account, share and subscription links, counters, legal
    /// lines.
    SiteChrome => SiteChrome, "site chrome";

    // The HTML front-end: the markup's evidence.
    /// The line the markup names as the headline.
    MarkupHeadline => Title, "markup: headline";
    /// Text in a figure caption or under a caption class.
    MarkupCaption => Caption, "markup: caption";
    /// A short line under a byline class.
    MarkupByline => Byline, "markup: byline";
    /// Prose under a byline class: the author's biography.
    MarkupAuthorBox => SiteChrome, "markup: author's box";
    /// Text in a `<nav>`.
    MarkupNavigation => SiteChrome, "markup: navigation";
    /// Text in a `<header>` or `<footer>`.
    MarkupHeaderFooter => SiteChrome, "markup: header or footer";
    /// Text in an `<aside>` or a `<form>`.
    MarkupAsideForm => SiteChrome, "markup: aside or form";
    /// Text under a class name that means clutter.
    MarkupClutterClass => SiteChrome, "markup: clutter class";
    /// A line that is mostly links.
    MarkupLinks => SiteChrome, "markup: links";
    /// Text outside the element that holds the article.
    MarkupOutside => SiteChrome, "markup: outside the article";

    // The context pass: a line's neighbours and position.
    /// Text just above a photo credit.
    AboveCredit => Caption, "text above a photo credit";
    /// Text just above a caption that describes the same photo.
    AboveCaption => Caption, "photo description above a caption";
    /// The line found to be the headline.
    Headline => Title, "headline";
    /// A copy of the headline.
    HeadlineAgain => SiteChrome, "headline printed again";
    /// Text outside the main content.
    OutsideMain => SiteChrome, "outside the main content";
    /// The original publisher's name above the story's dateline.
    Publisher => Source, "publisher above the dateline";
    /// Text in the header zone above the headline.
    Header => SiteChrome, "header above the headline";
    /// A date in the header that is not the story's.
    PageDate => SiteChrome, "page date, not the story's";
    /// Text between the headline and the first paragraph.
    BeforeStory => SiteChrome, "between the headline and the story";
    /// A short line inside the body: a subheading or a list item.
    ShortInBody => Heading, "short line in the body";
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::Cleaner;

    #[test]
    fn a_verdict_is_one_byte() {
        assert_eq!(std::mem::size_of::<Rule>(), 1);
        assert_eq!(std::mem::size_of::<Option<Rule>>(), 1);
    }

    #[test]
    fn reasons_are_unique_and_said() {
        let mut seen = HashSet::new();
        for &rule in Rule::ALL {
            assert!(!rule.reason().is_empty(), "{rule:?}");
            assert!(seen.insert(rule.reason()), "{rule:?} repeats a reason");
        }
    }

    /// A paragraph of story prose.
    const PROSE: &str = "A storm hit the coast on Monday, leaving thousands of homes without power, and crews worked through the night to restore the lines while officials said the damage was the worst in a decade.";

    /// A page's head: the document title, navigation, the headline and a
    /// copy of it, a standfirst between it and the story.
    const HEAD_PAGE: &str = "Storm Leaves Thousands Without Power | The Herald\n\nHome\nNews\n\n\
        Storm Leaves Thousands Without Power\nStorm Leaves Thousands Without Power\n\n\
        Why the grid failed again This Winter\n\n\
        A storm hit the coast on Monday, and thousands of homes were left without power for two days.\n\n\
        The utility said crews from three states were working to restore the lines by Friday.\n";

    /// A story with the rest of the context pass's cases: a header above
    /// the headline, a byline, a subheading, an end-of-article marker, text
    /// below the story, a cookie banner and a line the user's marker matches.
    fn story_page() -> String {
        let p = PROSE;
        format!(
            "Sign in\nThe Daily Bugle\n\nStorm hits the coast\nBy Jane Doe\n\n\
             {p}\n\n{p}\n\nWhat happens next\n\n{p}\n\n{p}\n\n\
             Read the full report here\n\nRelated Stories\n\nCoast cleanup begins\n\n\
             We use cookies to improve your experience on our site.\n"
        )
    }

    /// An HTML page with every kind of markup evidence.
    fn html_page() -> String {
        let p = PROSE;
        format!(
            "<html><head><title>Storm hits the coast | Bugle</title></head><body>\
             <header><p>The Daily Bugle</p></header>\
             <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
             <div class='teaser'><p>{p}</p></div>\
             <article><h1>Storm hits the coast</h1>\
             <p class='byline'>Jane Doe</p>\
             <p>{p}</p><figure><img src='a.jpg'><figcaption>Waves at the pier</figcaption></figure>\
             <p>{p}</p><p>{p}</p><p>{p}</p>\
             <div class='share'><p>Tell your friends</p></div>\
             <p><a href='/a'>One story</a> <a href='/b'>Another story</a></p>\
             <div class='author'><p>{p}</p></div></article>\
             <aside><p>Most read today</p></aside>\
             <footer><p>Contact the newsroom</p></footer></body></html>"
        )
    }

    /// Every rule gives some line of the fixtures or of the pages above its
    /// kind, and `explain` reports the rule's kind with its reason. A rule
    /// that never fires is either dead or untested. The pipeline is run
    /// whole: most rules are given by the stages above the classifier.
    #[test]
    fn every_rule_fires() {
        let marked = Cleaner::builder()
            .marker(r"^Read the full report")
            .build()
            .expect("marker compiles");
        let mut reports = Vec::new();
        for text in [
            include_str!("../../tests/fixtures/clean-article.txt").to_owned(),
            include_str!("../../tests/fixtures/syndicated-page.txt").to_owned(),
            HEAD_PAGE.to_owned(),
            story_page(),
        ] {
            reports.extend(marked.explain(&text));
        }
        reports.extend(Cleaner::new().explain_html(&html_page()));
        let mut fired = HashSet::new();
        for line in &reports {
            let rule = Rule::ALL
                .iter()
                .find(|r| r.reason() == line.reason)
                .unwrap_or_else(|| panic!("{:?} is no rule's reason", line.reason));
            assert_eq!(rule.kind(), line.kind, "{line:?}");
            fired.insert(*rule);
        }
        let silent: Vec<Rule> = Rule::ALL
            .iter()
            .copied()
            .filter(|r| !fired.contains(r))
            .collect();
        assert!(silent.is_empty(), "rules that never fired: {silent:?}");
    }
}
