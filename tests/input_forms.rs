//! Input as it comes: line endings, invisible characters, blank and odd input.

use declutter::{clean, Cleaner, LineKind};

const PAGE: &str = "Storm hits the coast\n\nA storm hit the coast on Monday, leaving thousands of homes without power.\n\nAdvertisement\n\nCrews worked through the night to restore the lines, officials said.\n";

fn paragraphs(text: &str) -> Vec<String> {
    clean(text).paragraphs().to_vec()
}

#[test]
fn empty_and_blank_input_give_an_empty_article() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{A0}\u{200B}\u{FEFF}"] {
        let article = clean(text);
        assert!(article.is_empty(), "{text:?}");
        assert_eq!(article.title(), None);
        assert_eq!(article.date(), None);
        assert_eq!(article.body(), "");
    }
}

#[test]
fn every_line_ending_gives_the_same_article() {
    let lf = clean(PAGE);
    assert_eq!(lf.paragraphs().len(), 2);
    assert_eq!(clean(&PAGE.replace('\n', "\r\n")), lf);
    assert_eq!(clean(&PAGE.replace('\n', "\r")), lf);
}

#[test]
fn invisible_characters_and_odd_spaces_do_not_change_the_article() {
    let noisy = format!(
        "\u{FEFF}{}",
        PAGE.replace("storm hit", "storm\u{A0}hit")
            .replace("Crews", "\u{200B}Crews")
            .replace("the lines", "the\tlines")
    );
    assert_eq!(paragraphs(&noisy), paragraphs(PAGE));
    assert_eq!(clean(&noisy).title(), Some("Storm hits the coast"));
}

#[test]
fn one_paragraph_a_line_keeps_every_paragraph() {
    let text = "Storm hits the coast\nA storm hit the coast on Monday, leaving thousands of homes without power.\nCrews worked through the night to restore the lines, officials said.\nSchools will stay closed until Wednesday, the district said in a statement.\n";
    assert_eq!(paragraphs(text).len(), 3);
}

#[test]
fn explain_reports_every_line() {
    let report = Cleaner::new().explain(PAGE);
    assert_eq!(report.len(), PAGE.lines().count());
    assert_eq!(report[4].kind, LineKind::Advertisement);
    assert_eq!(report[4].number, 5);
    assert!(!report[4].reason.is_empty());
}

#[test]
fn a_credit_without_a_caption_is_only_a_credit() {
    let text = "AP\n\nA storm hit the coast on Monday, leaving thousands of homes without power.\n";
    let article = clean(text);
    assert_eq!(article.paragraphs().len(), 1);
    assert_eq!(article.credits()[0].text(), "AP");
}

#[test]
fn a_page_of_only_clutter_has_no_body() {
    let text = "Advertisement\n\nADVERTISEMENT\n\nSponsored\n\nAdvertisement\n";
    let article = clean(text);
    assert!(article.paragraphs().is_empty());
}

#[test]
fn odd_scripts_do_not_break_anything() {
    let text = "مرحبا بالعالم هذا نص تجريبي طويل بما يكفي ليكون فقرة كاملة من المقال.\n\n\
                这是一个测试段落，用来检查中文文本是否能够被正确处理而不会出现任何问题。\n\n\
                Emoji 🎉🎉🎉 in a sentence that is long enough to count as a paragraph of prose here.\n\n\
                e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\n";
    let article = clean(text);
    for p in article.paragraphs() {
        assert!(text.contains(p.as_str()), "{p}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trip() {
    let article = clean(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/syndicated-page.txt"
        ))
        .unwrap(),
    );
    let json = serde_json::to_string(&article).unwrap();
    assert!(json.contains("\"2023-02-22\""));
    let back: declutter::Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, article);
    assert_eq!(
        serde_json::to_string(&LineKind::PhotoCredit).unwrap(),
        "\"photo-credit\""
    );
}
