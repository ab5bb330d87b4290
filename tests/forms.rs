//! Text in every form: hard-wrapped dumps, Markdown, plain text, recognised
//! from the text itself or named on the builder.

use declutter::{clean, Cleaner, TextForm};

/// A terminal browser's dump: menus with bullets, a headline wrapped over two
/// lines, paragraphs hard-wrapped at 60 columns, an article list.
const WRAPPED: &str = "\
  • Home
  • News
  • Sport

Storm hits the coast as thousands of homes are left without
power overnight

A storm hit the coast on Monday, leaving thousands of homes
without power. Crews worked through the night to restore the
lines, officials said, and most homes had power again by the
morning.

The storm moved north during the day and was expected to
weaken over land, forecasters said on Tuesday evening after
the last of the rain had passed over the hills to the east.

Residents were told to:

  • stay indoors until the winds have dropped
  • keep away from fallen power lines
  • report damage to the council

Schools in the area will reopen on Wednesday, the council said,
once the roads have been cleared of fallen trees and debris.
";

const MARKDOWN: &str = "\
  * [Home](https://example.com/)
  * [News](https://example.com/news)

# Storm hits the coast

![A photo of the harbour](https://example.com/img/flood-
street.jpg)

A storm hit the **coast** on Monday, leaving _thousands_ of
homes without power. [Crews](https://example.com/crews)
worked through the night to restore the lines, officials
said.

> The damage is the worst in a decade, the mayor said after
> touring the flooded streets of the town.

The storm moved north during the day and was expected to
weaken over land, forecasters said on Tuesday evening after
the rain had passed.
";

fn cleaner(form: TextForm) -> Cleaner {
    Cleaner::builder().form(form).build().unwrap()
}

#[test]
fn a_wrapped_paragraph_is_joined_again() {
    let article = clean(WRAPPED);
    assert!(article.paragraphs().iter().any(|p| p
        == "A storm hit the coast on Monday, leaving thousands of homes without power. \
            Crews worked through the night to restore the lines, officials said, and most \
            homes had power again by the morning."));
    assert_eq!(
        article.title(),
        Some("Storm hits the coast as thousands of homes are left without power overnight")
    );
}

#[test]
fn list_items_are_not_joined_and_the_article_keeps_its_own() {
    let article = clean(WRAPPED);
    let paragraphs = article.paragraphs();
    for item in [
        "stay indoors until the winds have dropped",
        "keep away from fallen power lines",
        "report damage to the council",
    ] {
        assert!(
            paragraphs.iter().any(|p| p == item),
            "{item}: {paragraphs:?}"
        );
    }
    // The menu at the page's edge is no part of the article.
    assert!(!paragraphs.iter().any(|p| p == "Home" || p == "News"));
    // No bullet is left in the body.
    assert!(!article.body().contains('•'));
}

#[test]
fn markdown_links_keep_their_text_and_lose_their_url() {
    let article = clean(MARKDOWN);
    let body = article.body();
    assert!(body.contains("Crews worked through the night"), "{body}");
    assert!(!body.contains("https://"), "{body}");
    assert!(!body.contains("]("), "{body}");
    assert!(!body.contains("**") && !body.contains('_'), "{body}");
    assert!(article.paragraphs().iter().any(|p| p.starts_with(
        "A storm hit the coast on Monday, leaving thousands of homes without power. Crews"
    )));
}

#[test]
fn markdown_images_are_gone_and_headings_name_the_headline() {
    let article = clean(MARKDOWN);
    assert!(!article.body().contains("harbour"), "{}", article.body());
    assert!(!article.body().contains("jpg"));
    assert_eq!(article.title(), Some("Storm hits the coast"));
    // The quote is read without its marks, as one paragraph.
    assert!(article.paragraphs().iter().any(|p| p
        == "The damage is the worst in a decade, the mayor said after touring the flooded \
            streets of the town."));
}

#[test]
fn auto_detection_picks_each_form() {
    assert_eq!(clean(WRAPPED), cleaner(TextForm::Wrapped).clean(WRAPPED));
    assert_eq!(clean(MARKDOWN), cleaner(TextForm::Markdown).clean(MARKDOWN));
    // Read as plain, the same texts keep their wraps and their syntax.
    assert_ne!(clean(WRAPPED), cleaner(TextForm::Plain).clean(WRAPPED));
    assert!(cleaner(TextForm::Plain)
        .clean(MARKDOWN)
        .body()
        .contains("]("));
}

#[test]
fn plain_text_is_unchanged() {
    let plain = "Storm hits the coast\n\n\
        A storm hit the coast on Monday, leaving thousands of homes without power.\n\n\
        Crews worked through the night to restore the lines, officials said.\n\n\
        - a dash that starts a line\n";
    assert_eq!(clean(plain), cleaner(TextForm::Plain).clean(plain));
    let report = Cleaner::new().explain(plain);
    assert_eq!(report.len(), plain.lines().count());
    for (line, text) in report.iter().zip(plain.lines()) {
        assert_eq!(line.text, text.trim());
    }
}

#[test]
fn every_form_keeps_the_body_to_input_words() {
    // Whatever form a text is read in, the body holds only its words.
    for text in [WRAPPED, MARKDOWN] {
        for form in [
            TextForm::Auto,
            TextForm::Plain,
            TextForm::Wrapped,
            TextForm::Markdown,
        ] {
            let article = cleaner(form).clean(text);
            for word in article.body().split_whitespace() {
                assert!(text.contains(word), "{form:?}: {word:?} not in the input");
            }
        }
    }
}

#[test]
fn odd_input_in_any_form_never_panics() {
    let odd = [
        "",
        "\n\n",
        "[",
        "![",
        "](",
        "[a](",
        "**",
        "`",
        "<!--",
        "# ",
        "#",
        "> ",
        "|---|",
        "* ",
        "•",
        "漢字漢字漢字\n漢字",
        "a\u{2028}b",
    ];
    for text in odd {
        for form in [
            TextForm::Auto,
            TextForm::Plain,
            TextForm::Wrapped,
            TextForm::Markdown,
        ] {
            let _ = cleaner(form).clean(text);
            let _ = cleaner(form).explain(text);
        }
    }
    let brackets = "[".repeat(50_000);
    let _ = cleaner(TextForm::Markdown).clean(&brackets);
}

#[test]
fn bullets_in_plain_text_are_decided_by_their_neighbourhood() {
    let page = "Home\nNews\nSport\n\nStorm hits the coast\n\n\
        A storm hit the coast on Monday, leaving thousands of homes without power across the region.\n\n\
        Residents were told to:\n\n\
        • stay indoors until the winds have dropped\n\
        • keep away from fallen power lines\n\
        • report damage to the council\n\n\
        Schools in the area will reopen on Wednesday, the council said, once the roads are cleared.\n";
    let article = clean(page);
    for item in [
        "• stay indoors until the winds have dropped",
        "• keep away from fallen power lines",
        "• report damage to the council",
    ] {
        assert!(
            article.paragraphs().iter().any(|p| p == item),
            "{item}: {:?}",
            article.paragraphs()
        );
    }
}
