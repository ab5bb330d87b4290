//! Whole pages rendered to text: the article is found among the page's chrome.

use declutter::clean;

const NAV: &str = "Home\nNews\nWorld\nPolitics\nBusiness\nSports\nLog In\nSubscribe\n";

const ARTICLE: [&str; 4] = [
    "The city council voted on Tuesday to close the old bridge to all traffic after engineers found that two of its supports had cracked during the winter.",
    "The bridge, which opened in 1931, carries about twelve thousand cars a day across the river, and the closure is expected to last at least until the end of the year.",
    "Officials said that buses would be rerouted over the northern crossing and that a temporary footbridge could be in place within a month if the state agrees to pay for it.",
    "Residents who spoke at the meeting were divided, with some saying that the closure was long overdue and others worried about the effect on shops near the bridge.",
];

fn page() -> String {
    let mut p = format!("Council closes old bridge | The Springfield Herald\n\n{NAV}\nCouncil closes old bridge\n\nBy Jane Doe\nNov. 18, 2019\n\n");
    p.push_str(&ARTICLE[..2].join("\n\n"));
    p.push_str("\n\nWhat happens next\n\nBuses will use the northern crossing\nThe footbridge needs state money\nShops near the bridge may lose trade\n\n");
    p.push_str(&ARTICLE[2..].join("\n\n"));
    p.push_str("\n\nShare this:\nFacebook\nTwitter\n\n3 Comments\n\nmarysmith says:\nNovember 18, 2019 at 6:34 am\nThis is what happens when nobody maintains anything for ninety years and everyone acts surprised.\nReply\n\njohn_doe says:\nNovember 18, 2019 at 7:02 am\nI drive over that bridge every day and I had no idea that it was in such a bad state, which is frightening.\nReply\n\n");
    p.push_str("Related Stories\n\nMayor announces new budget\nSchool board elects new chair\n\n© 2019 The Springfield Herald. All rights reserved.\nPrivacy Policy\nTerms of Use\n");
    p
}

#[test]
fn the_article_is_found_among_the_chrome() {
    let article = clean(&page());
    let body = article.body();
    for paragraph in ARTICLE {
        assert!(body.contains(paragraph), "lost: {paragraph}");
    }
    assert!(
        body.contains("The footbridge needs state money"),
        "list items stay"
    );
    assert!(body.contains("What happens next"), "subheadings stay");
    for chrome in [
        "Politics",
        "Subscribe",
        "marysmith",
        "nobody maintains",
        "Mayor announces",
        "All rights reserved",
        "Privacy Policy",
    ] {
        assert!(!body.contains(chrome), "kept: {chrome}");
    }
    assert_eq!(article.title(), Some("Council closes old bridge"));
    assert_eq!(
        article.date().map(|d| d.to_string()).as_deref(),
        Some("2019-11-18")
    );
    assert_eq!(article.byline(), Some("Jane Doe"));
}

#[test]
fn paragraphs_keep_their_order_and_are_not_repeated() {
    let article = clean(&page());
    let paragraphs = article.paragraphs();
    let positions: Vec<usize> = ARTICLE
        .iter()
        .map(|p| {
            paragraphs
                .iter()
                .position(|q| q == p)
                .expect("paragraph kept")
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    for p in paragraphs {
        assert_eq!(
            paragraphs.iter().filter(|q| *q == p).count(),
            1,
            "repeated: {p}"
        );
    }
}

#[test]
fn a_page_of_short_lines_is_kept_whole_rather_than_cut() {
    // A recipe: no paragraph of prose long enough to anchor on.
    let text = "Lemon cake\n\n2 eggs\n200 g flour\n150 g sugar\n1 lemon, zested\n100 g butter\n\nBeat the eggs with the sugar.\nFold in the flour and the zest.\nBake for 40 minutes at 180 C.\n";
    let article = clean(text);
    let body = article.body();
    for line in [
        "200 g flour",
        "1 lemon, zested",
        "Fold in the flour and the zest.",
        "Bake for 40 minutes at 180 C.",
    ] {
        assert!(body.contains(line), "lost: {line}");
    }
}
