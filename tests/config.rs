//! Bad configuration is an `Error` naming what was wrong, never a panic, and
//! a good one that is merely large still works.

use declutter::{Cleaner, Error, LineKind};

const PAGE: &str = "Storm hits the coast\n\nA storm hit the coast on Monday, leaving thousands of homes without power.\n\nRead more at example.com\n";

fn build(patterns: &[&str]) -> Result<Cleaner, Error> {
    Cleaner::builder().markers(patterns.iter().copied()).build()
}

#[test]
fn invalid_patterns_name_the_pattern_and_the_reason() {
    for bad in [
        "(unclosed",
        "[z-a]",
        "a{2,1}",
        r"\p{NoSuchClass}",
        "*",
        "(?<name",
        r"\",
    ] {
        let err = build(&["(?i)^read more", bad]).expect_err(bad);
        match &err {
            Error::InvalidPattern { pattern, source } => {
                assert_eq!(pattern, bad);
                assert!(!source.to_string().is_empty());
            }
            other => panic!("{bad}: {other:?}"),
        }
        assert!(err.to_string().contains(bad), "{err}");
        assert!(std::error::Error::source(&err).is_some());
    }
}

#[test]
fn empty_patterns_give_their_position() {
    for (patterns, at) in [
        (&["", "x"][..], 0),
        (&["(?i)^read more", "   "][..], 1),
        (&["a", "b", "\t\n"][..], 2),
    ] {
        match build(patterns) {
            Err(Error::EmptyPattern { index }) => assert_eq!(index, at),
            other => panic!("{patterns:?}: {other:?}"),
        }
        let message = build(patterns).unwrap_err().to_string();
        assert!(message.contains(&format!("#{at}")), "{message}");
    }
}

#[test]
fn patterns_that_match_everything_are_refused() {
    for every in [
        ".*", "(?s).*", "a*", "x?", "^", "$", "(?:)", r"\b|\B", ".", r"\S", r"[\s\S]", r"\w|\W",
        r"(?s)\A",
    ] {
        match build(&["(?i)^read more", every]) {
            Err(Error::PatternMatchesEverything { pattern }) => assert_eq!(pattern, every),
            other => panic!("{every}: {other:?}"),
        }
    }
}

#[test]
fn narrow_patterns_are_accepted_and_remove_only_their_lines() {
    let cleaner = build(&["^$", "(?i)^read more", r"^\d{4}$"]).expect("valid markers");
    let article = cleaner.clean(PAGE);
    assert_eq!(article.paragraphs().len(), 1);
    assert_eq!(
        cleaner.classify_line("Read more at example.com"),
        LineKind::Marker
    );
    assert_eq!(cleaner.classify_line("A storm hit."), LineKind::Body);
}

#[test]
fn patterns_over_the_regex_size_limit_are_an_error() {
    for huge in [r"\w{1000}", "a{1000}{1000}", r"(?:\w+\s+){500}"] {
        match build(&[huge]) {
            Err(Error::InvalidPattern { pattern, source }) => {
                assert_eq!(pattern, huge);
                assert!(source.to_string().contains("size limit"), "{source}");
            }
            other => panic!("{huge}: {other:?}"),
        }
    }
}

#[test]
fn patterns_under_the_limit_alone_but_over_it_together_are_an_error() {
    // Each compiles alone; the set of them does not.
    let one = r"\w{150}";
    assert!(build(&[one]).is_ok());
    match build(&[one, one, one]) {
        Err(Error::InvalidPattern { pattern, source }) => {
            assert!(pattern.contains(one));
            assert!(source.to_string().contains("size limit"), "{source}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_huge_literal_pattern_works() {
    // 20,000 alternatives, about 200 KB of pattern: large, but legitimate.
    let words: Vec<String> = (0..20_000).map(|i| format!("promo{i:05}")).collect();
    let pattern = format!("^(?:{})$", words.join("|"));
    assert!(pattern.len() > 200_000);
    let cleaner = build(&[&pattern]).expect("a large literal set compiles");
    assert_eq!(cleaner.classify_line("promo12345"), LineKind::Marker);
    assert_eq!(cleaner.classify_line("promo123456"), LineKind::Body);
    let page = format!("{PAGE}promo00042\n");
    let article = cleaner.clean(&page);
    assert!(article.paragraphs().iter().all(|p| p != "promo00042"));
}

#[test]
fn many_patterns_are_fine() {
    let patterns: Vec<String> = (0..500).map(|i| format!("^teaser {i}$")).collect();
    let cleaner = Cleaner::builder()
        .markers(patterns)
        .build()
        .expect("500 small patterns");
    assert_eq!(cleaner.classify_line("teaser 499"), LineKind::Marker);
    assert_eq!(cleaner.clean(PAGE).paragraphs().len(), 2);
}

#[test]
fn markers_matching_all_prose_are_refused() {
    for every in ["[^x]", ".{2,}", r"\p{L}", r"[\s\S]"] {
        assert!(
            matches!(build(&[every]), Err(Error::PatternMatchesEverything { .. })),
            "{every}"
        );
    }
}

#[test]
fn a_failing_set_of_many_markers_is_reported_in_few_lines() {
    // Each compiles alone; together they are over the engine's size limit.
    let patterns: Vec<String> = (0..40).map(|i| format!(r"^\w{{100}} {i}$")).collect();
    let err = Cleaner::builder()
        .markers(patterns)
        .build()
        .expect_err("over the size limit");
    assert!(matches!(err, Error::InvalidPattern { .. }));
    let msg = err.to_string();
    assert!(msg.len() < 2_000, "{} bytes", msg.len());
}
