//! The two seed pages against their expected results (`tests/fixtures/*.expected.json`,
//! copied from the design card's golden files).

use declutter::{Cleaner, LineKind};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expected(name: &str) -> Value {
    serde_json::from_str(&fixture(&format!("{name}.expected.json"))).expect("expected JSON parses")
}

fn opt_str(v: &Value) -> Option<&str> {
    v.as_str()
}

fn check_fields(name: &str) {
    let exp = expected(name);
    let article = declutter::clean(&fixture(&format!("{name}.txt")));
    assert_eq!(article.title(), opt_str(&exp["title"]), "title");
    assert_eq!(
        article.date().map(|d| d.to_string()).as_deref(),
        opt_str(&exp["date"]),
        "date"
    );
    assert_eq!(article.source(), opt_str(&exp["source"]), "source");
    let want: Vec<String> = exp["body_paragraphs"]
        .as_array()
        .expect("body_paragraphs")
        .iter()
        .map(|p| ws(p.as_str().expect("paragraph")))
        .collect();
    let got: Vec<String> = article.paragraphs().iter().map(|p| ws(p)).collect();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "paragraph {i}");
    }
    assert_eq!(got.len(), want.len(), "paragraph count");
}

fn check_kinds(name: &str) {
    let exp = expected(name);
    let report = Cleaner::new().explain(&fixture(&format!("{name}.txt")));
    let expected_lines = exp["line_kinds"].as_array().expect("line_kinds");
    let non_blank: Vec<_> = report
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .collect();
    assert_eq!(
        non_blank.len(),
        expected_lines.len(),
        "non-blank line count"
    );
    for (got, want) in non_blank.iter().zip(expected_lines) {
        assert_eq!(got.number as u64, want["line"].as_u64().expect("line"));
        assert_eq!(
            got.kind.as_str(),
            want["kind"].as_str().expect("kind"),
            "line {}: {}",
            got.number,
            got.text
        );
    }
}

#[test]
fn syndicated_page_fields_and_body() {
    check_fields("syndicated-page");
}

#[test]
fn syndicated_page_line_kinds() {
    check_kinds("syndicated-page");
}

#[test]
fn clean_article_fields_and_body() {
    check_fields("clean-article");
}

#[test]
fn clean_article_line_kinds() {
    check_kinds("clean-article");
}

#[test]
fn clean_article_keeps_every_paragraph() {
    let text = fixture("clean-article.txt");
    let article = declutter::clean(&text);
    let body = article.body();
    for line in text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && *l != "With Post wires")
    {
        assert!(body.contains(&ws(line)), "lost: {line}");
    }
}

#[test]
fn syndicated_page_credits_are_reported() {
    let article = declutter::clean(&fixture("syndicated-page.txt"));
    let credits: Vec<&str> = article.credits().iter().map(|c| c.text()).collect();
    assert_eq!(credits, ["AP", "via REUTERS", "REUTERS", "With Post wires"]);
}

#[test]
fn captions_can_be_kept() {
    let cleaner = Cleaner::builder().keep_captions(true).build().unwrap();
    let article = cleaner.clean(&fixture("syndicated-page.txt"));
    assert!(article
        .paragraphs()
        .iter()
        .any(|p| p.starts_with("Earlier this week, Biden made a surprise trip to Kyiv")));
    let exp = expected("syndicated-page");
    let body = exp["body_paragraphs"].as_array().unwrap().len();
    let captions = exp["line_kinds"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["kind"] == "caption")
        .count();
    assert_eq!(article.paragraphs().len(), body + captions);
}
