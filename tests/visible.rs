//! `clean_html` keeps only what the page shows: markup tricks around the
//! article (comments that end early, scripts with double escapes, raw text,
//! drawings whose ends stand in quoted attributes, fallback content) neither
//! put hidden text in the body nor take the article out of it.

mod support;

use declutter::clean_html;
use support::visible::first_unseen;

const PARAS: [&str; 4] = [
    "The council voted on Monday to rebuild the old bridge over the river before the winter.",
    "Work on the new bridge will start in March and should take about two years, the mayor said.",
    "Traffic will be sent over the northern crossing while the works last, adding ten minutes a trip.",
    "Residents who spoke at the meeting welcomed the plan but asked for a footpath on both sides.",
];

/// An article page with `before` between the headline and the first
/// paragraph and `inside` within the second.
fn page(before: &str, inside: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Bridge to be rebuilt</title></head><body>\
         <h1>Bridge to be rebuilt</h1>{before}<p>{}</p><p>{}{inside}</p><p>{}</p><p>{}</p></body></html>",
        PARAS[0], PARAS[1], PARAS[2], PARAS[3]
    )
}

/// The body holds none of `hidden`, only text the page shows, and every
/// paragraph of the article.
fn check(html: &str, hidden: &str) {
    let a = clean_html(html);
    let body = a.body();
    assert!(
        !body.contains(hidden),
        "hidden text {hidden:?} in the body:\n{body}"
    );
    assert!(!body.contains('<'), "markup in the body:\n{body}");
    assert_eq!(first_unseen(html, a.paragraphs()), None, "{html}");
    for p in PARAS {
        assert!(
            body.contains(p),
            "paragraph lost: {p:?}\nin {html}\nbody:\n{body}"
        );
    }
}

/// Pairs of markup before the article and text no browser shows.
const HIDDEN_BEFORE: &[(&str, &str)] = &[
    // A script's double escape: the first `</script>` ends only the escape.
    (
        "<script><!--<script></script><p>document.write(secret)</p></script>",
        "document.write",
    ),
    (
        "<script>if (a) { document.write('<!--<script>'); } </script><p>leaked code</p></script>",
        "leaked code",
    ),
    // `</svg` inside a quoted attribute does not end the drawing.
    (
        "<svg><desc data-x='</svg>'>M0 0 L10 10 path data</desc></svg>",
        "path data",
    ),
    (
        "<svg><text title=\"</svg>\">drawing label</text></svg>",
        "drawing label",
    ),
    (
        "<math><mi x='</math>'>math internals</mi></math>",
        "math internals",
    ),
    // Fallback content is raw text: never literal markup in the body.
    (
        "<noembed><p>plugin fallback</p></noembed>",
        "plugin fallback",
    ),
    (
        "<noframes><p>frames fallback</p></noframes>",
        "frames fallback",
    ),
    (
        "<noscript><p>enable scripts</p></noscript>",
        "enable scripts",
    ),
    ("<iframe><p>iframe fallback</p></iframe>", "iframe fallback"),
    (
        "<datalist><option>datalist option</option></datalist>",
        "datalist option",
    ),
    (
        "<dialog><p>closed dialog text</p></dialog>",
        "closed dialog",
    ),
    ("<template><p>template text</p></template>", "template text"),
    ("<title>second title in the body</title>", "second title"),
    (
        "<style>p::before { content: 'style text' }</style>",
        "style text",
    ),
    ("<textarea><p>textarea text</p></textarea>", "textarea text"),
    // Comments, however they end.
    ("<!-- <p>commented out text</p> -->", "commented out"),
    (
        "<!-- a --!><!-- <p>commented out text</p> --!>",
        "commented out",
    ),
    ("<!---- <p>commented out text</p> ---->", "commented out"),
    // Attribute values, stray quotes and all.
    (
        "<div title=\"<p>attribute text</p>\"></div>",
        "attribute text",
    ),
    (
        "<div class=a\"b title='<p>attribute text</p>'></div>",
        "attribute text",
    ),
];

#[test]
fn text_no_browser_shows_stays_out_of_the_body() {
    for (before, hidden) in HIDDEN_BEFORE {
        check(&page(before, ""), hidden);
    }
}

#[test]
fn inline_tricks_inside_a_paragraph_leak_nothing() {
    for (inside, hidden) in HIDDEN_BEFORE {
        let a = clean_html(&page("", inside));
        assert!(!a.body().contains(hidden), "{inside}: {}", a.body());
        assert!(!a.body().contains('<'), "{inside}: {}", a.body());
    }
}

/// Markup before the article that a scan guessing the tokenizer's states
/// took to run over the whole article.
const TRAPS: &[&str] = &[
    // Comments that end at once.
    "<!-->",
    "<!--->",
    "<!-- note --!>",
    "<!-- a -- b --!>",
    // A comment inside raw text is text: the element ends at its end tag.
    "<iframe><!--</iframe>-->",
    "<noscript><!--</noscript>-->",
    "<noembed><!--</noembed>-->",
    "<noframes><!--</noframes>-->",
    "<textarea><!--</textarea>-->",
    "<title><!--</title>-->",
    "<style><!--</style>-->",
    "<xmp><!--</xmp>-->",
    // A script escape without a nested script start ends at `</script>`.
    "<script><!--</script>",
    "<script><!-- var x; --></script>",
    // `<!--` or a quote in an attribute value starts nothing.
    "<div title=\"<!--\"></div>",
    "<div title=a'b></div>",
];

#[test]
fn tricks_before_the_article_do_not_lose_it() {
    for before in TRAPS {
        let html = page(before, "");
        let a = clean_html(&html);
        for p in PARAS {
            assert!(
                a.body().contains(p),
                "{before}: paragraph lost: {p:?}\nbody:\n{}",
                a.body()
            );
        }
        assert_eq!(first_unseen(&html, a.paragraphs()), None, "{html}");
    }
}

#[test]
fn an_open_dialog_and_json_ld_are_read() {
    let html = page(
        "<dialog open><p>A notice the page shows in an open dialog box here.</p></dialog>",
        "",
    );
    assert!(clean_html(&html).body().contains(PARAS[0]));
    let html = page(
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05\"}</script>",
        "",
    );
    let a = clean_html(&html);
    assert_eq!(
        a.date().map(|d| d.to_string()).as_deref(),
        Some("2024-03-05")
    );
    assert_eq!(a.title(), Some("Bridge to be rebuilt"));
}
