//! Inputs that once broke an invariant (found by `tests/properties.rs` and the
//! fuzzers in `fuzz/`), kept so they stay fixed. Fuzzer inputs that crash go
//! under `tests/fixtures/regressions/` and are replayed by
//! `fuzzer_inputs_replay`.

mod support;

use declutter::{clean, Cleaner, Error};
use support::{assert_idempotent, check_all};

/// A first line that is a sentence of prose is not the page's document
/// title: it was, and its repeat lower down became the headline, so
/// cleaning the clean body lost a paragraph.
#[test]
fn a_prose_first_line_is_not_a_document_title() {
    let p = "Russian President Vladimir Putin welcomed China’s top diplomat at the Kremlin Wednesday, amid mounting concerns.";
    let q = "Wang Yi told Putin that ties between Russia and China had withstood the pressure from a volatile situation.";
    let body = format!("{p}\n\n{p}\n\n{q}\n");
    let article = check_all(&body);
    assert_eq!(article.title(), None);
    assert_eq!(article.paragraphs(), [p, p, q]);
}

/// A copy of the headline right under it (a repeated banner) is not body
/// text.
#[test]
fn a_headline_printed_twice_is_not_body() {
    let page = "The Springfield Herald\nThe Springfield Herald\nThe Springfield Herald\n\nStorm Storm Storm\n\nA storm hit the coast on Monday, and thousands of homes were left without power.\n";
    let article = check_all(page);
    assert_eq!(
        article
            .paragraphs()
            .iter()
            .filter(|p| *p == "The Springfield Herald")
            .count(),
        0,
        "{:?}",
        article.paragraphs()
    );
}

/// Sentences of scripts without spaces or outside Latin weighed nothing as
/// prose, so the main-content region of a mixed page cut them off once the
/// chrome that had split it into small clusters was gone.
#[test]
fn cjk_and_arabic_sentences_are_prose_to_the_region() {
    for tail in [
        "北京市政府周一宣布，将在全市范围内推行新的垃圾分类制度。",
        "أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين في المنطقة.",
    ] {
        let page = format!("Were were storm storm storm storm storm storm storm said storm storm storm storm.\nStorm storm storm storm were storm said storm were storm said were storm storm were storm storm storm storm storm.\na\na\nStorm storm storm storm storm storm storm storm.\nHome\nStorm storm storm storm storm storm storm storm storm with storm said storm were storm storm.\nStorm storm storm storm storm storm storm said storm storm storm,” he said.\nStorm were storm storm storm storm storm storm storm storm storm storm storm storm storm storm were,” he said.\n{tail}\n");
        let article = check_all(&page);
        let again = check_all(&article.body());
        assert_eq!(again.paragraphs().last().map(String::as_str), Some(tail));
    }
}

/// Headlines and sentences in scripts without case (Arabic) are recognised.
#[test]
fn uncased_scripts_have_headlines() {
    let head = "خطة جديدة لدعم المزارعين";
    let p = "أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين في المنطقة الشمالية من البلاد.";
    let article = check_all(&format!("{head}\n\n{p}\n"));
    assert_eq!(article.title(), Some(head));
    assert_eq!(article.paragraphs(), [p]);
}

/// Zero-width joiners inside emoji sequences and Persian words are text:
/// they were dropped, which split 👨‍👩‍👧 into three faces.
#[test]
fn joiners_in_emoji_are_kept() {
    let p = "Families 👨\u{200D}👩\u{200D}👧 lined the banks of the river from the early afternoon until midnight.";
    let article = check_all(&format!("Festival returns to the river\n\n{p}\n"));
    assert_eq!(article.paragraphs(), [p]);
}

/// A marker matching every non-empty line (`.`) removed the whole article:
/// the check probed the empty line, which markers never see.
#[test]
fn a_marker_matching_every_non_empty_line_is_refused() {
    assert!(matches!(
        Cleaner::builder().marker(".").build(),
        Err(Error::PatternMatchesEverything { .. })
    ));
}

/// Every input the fuzzers ever crashed on, replayed through both targets'
/// checks (none so far: the directory may be empty).
#[test]
fn fuzzer_inputs_replay() {
    let dir = format!("{}/tests/fixtures/regressions", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("readable directory").path();
        let bytes = std::fs::read(&path).expect("readable file");
        let text = String::from_utf8_lossy(&bytes);
        check_all(&text);
        let _ = clean(&text).body();
    }
}

/// A footer repeating the document title (a site's name) was taken for the
/// on-page headline, and everything above it became header: the whole
/// article vanished. A headline has prose after it.
#[test]
fn a_title_repeated_in_the_footer_is_not_the_headline() {
    let page = "New York Post\n\nStorm Storm Storm\n\nStorm the storm the storm the storm the,” he said.\n\nStorm the storm the storm the storm the.\nNew York Post\n";
    let article = check_all(page);
    assert_eq!(article.title(), Some("Storm Storm Storm"));
    assert_eq!(
        article.paragraphs()[..2],
        [
            "Storm the storm the storm the storm the,” he said.",
            "Storm the storm the storm the storm the."
        ]
    );
}

/// A page of nothing but ad markers: "Advertisement" on the first line was
/// taken for the document title and its repeat below for the headline.
#[test]
fn an_ad_marker_is_not_a_document_title() {
    let article = check_all("Advertisement\n\nADVERTISEMENT\nAdvertisement\n");
    assert!(article.is_empty(), "{article:?}");
}

/// Twelve like items of a list ("Race 1: Interlagos Circuit", …).
fn race_items() -> Vec<String> {
    (1..=12)
        .map(|i| format!("Race {i}: Interlagos Circuit"))
        .collect()
}

/// A standfirst or teaser between the headline and the story's first
/// paragraph is furniture: kept, it read as the headline when the clean body
/// was cleaned again, and left the body.
#[test]
fn headline_shaped_lines_between_headline_and_story_leave_the_body() {
    let page = "Storm Leaves Thousands Without Power | The Herald\n\nHome\nNews\n\nStorm Leaves Thousands Without Power\n\nWhy the grid failed again This Winter\n\nA storm hit the coast on Monday, and thousands of homes were left without power for two days.\n\nThe utility said crews from three states were working to restore the lines by Friday.\n";
    let article = check_all(page);
    assert_eq!(
        article.title(),
        Some("Storm Leaves Thousands Without Power")
    );
    assert_eq!(article.paragraphs().len(), 2, "{:?}", article.paragraphs());
    assert!(article.paragraphs()[0].starts_with("A storm hit"));
    assert_idempotent(&article);
}

/// A list between the headline and the first sentence is the article's own
/// (a calendar, a checklist): it stays.
#[test]
fn a_list_under_the_headline_stays() {
    let items = race_items();
    let page = format!(
        "Race Calendar 2018 | Speed News\n\nRace Calendar 2018\n\n{}\n\nThe calendar may change if the organisers move a race to another weekend this year.\n",
        items.join("\n")
    );
    let article = check_all(&page);
    assert_eq!(article.title(), Some("Race Calendar 2018"));
    for item in &items {
        assert!(article.paragraphs().contains(item), "lost {item:?}");
    }
}

/// A first line that reads as a sentence ending in a question mark, followed
/// by more prose, opens a text: a subheading further down that shares its
/// words is not its headline.
#[test]
fn a_question_opening_a_text_does_not_title_it() {
    let body = "Is remote work here to stay for most of the companies that tried it during the last years?\n\nMost companies that tried remote work kept some of it, and many of their staff say they prefer it.\n\nWhy remote work is here to stay\n\nSurveys of managers show that output held steady while office costs fell by a third in two years.\n";
    let article = check_all(body);
    assert_eq!(article.title(), None);
    assert_eq!(article.paragraphs().len(), 4, "{:?}", article.paragraphs());
    assert_idempotent(&article);
}

/// Captions and credits between a headline and the first paragraph do not
/// push the headline out of reach: without them (as in the cleaned body)
/// it stands right above the story.
#[test]
fn clutter_does_not_count_towards_the_headline_reach() {
    let caption = "Workers repair a power line in the storm.";
    let story = "A storm hit the coast on Monday, and thousands of homes were left without power for two days.";
    let mut page = String::from("Storm Leaves Thousands Without Power\n\n");
    for _ in 0..5 {
        page.push_str(&format!("{caption}\nAP\n\n"));
    }
    page.push_str(story);
    let article = check_all(&page);
    assert_eq!(
        article.title(),
        Some("Storm Leaves Thousands Without Power")
    );
    assert_eq!(article.paragraphs(), [story]);
    assert_idempotent(&article);
}

/// A clean text that opens with a list of like items: the first item is no
/// document title and its siblings no echo of it; the list stays whole, and
/// cleaning the body gives it back.
#[test]
fn a_list_opening_a_text_stays_whole() {
    let items = race_items();
    let text = format!(
        "{}\n\nThe calendar may change if the organisers move a race to another weekend this year.\n",
        items.join("\n\n")
    );
    let article = check_all(&text);
    for item in &items {
        assert!(article.paragraphs().contains(item), "lost {item:?}");
    }
    assert_idempotent(&article);
}
