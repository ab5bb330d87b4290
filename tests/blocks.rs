//! The body as a document: blocks from HTML markup and from text, and the
//! article written as Markdown.

use declutter::{Block, Cleaner, TextForm};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/documents/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn item(ordered: bool, depth: u8, text: &str) -> Block {
    Block::ListItem {
        ordered,
        depth,
        text: text.into(),
    }
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.into(),
    }
}

/// The text of every block, code line by line, and table cells one by one
/// (HTML, where each cell is a line) or a row's non-empty cells joined by a
/// space (text, where each row is): the text view's lines.
fn block_lines(blocks: &[Block], rows_are_lines: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for b in blocks {
        match b {
            Block::Table { rows } => {
                for r in rows {
                    if rows_are_lines {
                        let cells: Vec<&str> = r
                            .cells()
                            .iter()
                            .map(String::as_str)
                            .filter(|c| !c.is_empty())
                            .collect();
                        lines.push(cells.join(" "));
                    } else {
                        lines.extend(r.cells().iter().cloned());
                    }
                }
            }
            Block::Code { text } => lines.extend(text.lines().map(str::to_owned)),
            other => lines.push(other.text().unwrap_or_default().to_owned()),
        }
    }
    lines
}

#[test]
fn an_html_page_reads_as_its_markup_structures_it() {
    let article = declutter::clean_html(&fixture("structured-page.html"));
    let blocks = article.blocks();
    assert_eq!(blocks[2], heading(2, "What you need"));
    assert_eq!(
        &blocks[3..8],
        [
            item(false, 0, "500 g of strong white flour"),
            item(false, 0, "Yeast, one of:"),
            item(false, 1, "7 g of dried yeast"),
            item(false, 1, "15 g of fresh yeast"),
            item(false, 0, "10 g of salt"),
        ]
    );
    assert_eq!(blocks[8], heading(3, "The steps"));
    assert!(matches!(
        &blocks[9],
        Block::ListItem {
            ordered: true,
            depth: 0,
            ..
        }
    ));
    assert!(matches!(&blocks[12], Block::Quote { text } if text.starts_with("The best bread")));
    assert_eq!(
        blocks[14],
        Block::Code {
            text: "oven.set(230);\nbake(loaf, 35);".into()
        }
    );
    let Block::Table { rows } = &blocks[16] else {
        panic!("{:?}", blocks[16]);
    };
    assert!(rows[0].is_header() && !rows[1].is_header());
    assert_eq!(rows[2].cells(), ["1 kg", "700 g"]);
    // The blocks are the text view's lines, grouped.
    assert_eq!(block_lines(blocks, false), article.paragraphs());
}

#[test]
fn an_html_page_round_trips_to_the_expected_markdown() {
    let article = declutter::clean_html(&fixture("structured-page.html"));
    assert_eq!(
        article.to_markdown(),
        fixture("structured-page.expected.md")
    );
}

const MARKDOWN: &str = "# Making bread at home\n\n\
    Bread needs only flour, water, salt and yeast, and a little *patience* on the part of the baker.\n\n\
    Most of the work is done by the yeast while you wait, so a loaf fits well into a quiet morning.\n\n\
    ## What you need\n\n\
    - 500 g of strong white flour\n\
    - Yeast, one of:\n  - 7 g of dried yeast\n  - 15 g of fresh yeast\n\
    - 10 g of salt\n\n\
    The dough should feel smooth and spring back when you press it with a finger, which takes a while.\n\n\
    > The best bread is the one you baked yourself this morning, still warm from the oven.\n\n\
    How much water the flour takes depends on the flour, but these amounts are a good place to start:\n\n\
    | Flour | Water |\n|---|---|\n| 500 g | 350 g |\n| 1 kg | 700 g |\n\n\
    Leave the loaf to cool on a rack for an hour before you cut it, or the crumb will be gummy.\n";

#[test]
fn markdown_text_reads_as_its_syntax_structures_it() {
    let cleaner = Cleaner::builder().form(TextForm::Markdown).build().unwrap();
    let article = cleaner.clean(MARKDOWN);
    let blocks = article.blocks();
    assert_eq!(article.title(), Some("Making bread at home"));
    assert_eq!(blocks[2], heading(2, "What you need"));
    assert_eq!(
        &blocks[3..8],
        [
            item(false, 0, "500 g of strong white flour"),
            item(false, 0, "Yeast, one of:"),
            item(false, 1, "7 g of dried yeast"),
            item(false, 1, "15 g of fresh yeast"),
            item(false, 0, "10 g of salt"),
        ]
    );
    assert!(matches!(&blocks[9], Block::Quote { .. }));
    let Block::Table { rows } = &blocks[11] else {
        panic!("{:?}", blocks[11]);
    };
    assert!(rows[0].is_header());
    assert_eq!(rows[0].cells(), ["Flour", "Water"]);
    assert_eq!(rows[1].cells(), ["500 g", "350 g"]);
    assert_eq!(block_lines(blocks, true), article.paragraphs());
    // Written out again, it is the Markdown it was read from, but for the
    // emphasis (taken off as the text view takes it) and the table's layout.
    let md = article.to_markdown();
    assert!(
        md.contains("- Yeast, one of:\n  - 7 g of dried yeast\n"),
        "{md}"
    );
    assert!(
        md.contains("| Flour | Water |\n| --- | --- |\n| 500 g | 350 g |\n"),
        "{md}"
    );
}

#[test]
fn plain_text_lists_are_items_and_the_rest_paragraphs() {
    let text = "Making bread at home\n\n\
        Bread needs only flour, water, salt and yeast, and a little patience on the part of the baker.\n\
        1. Mix the flour, the yeast and the salt in a large bowl of your choice.\n\
        2. Add the water and knead the dough for ten minutes or a little longer.\n\
        Leave the loaf to cool on a rack for an hour before you cut it, or the crumb will be gummy.\n";
    let article = declutter::clean(text);
    let kinds: Vec<bool> = article
        .blocks()
        .iter()
        .map(|b| matches!(b, Block::ListItem { ordered: true, .. }))
        .collect();
    assert_eq!(kinds, [false, true, true, false], "{:?}", article.blocks());
    // The number is the text's, and the item's marker in Markdown.
    assert!(article
        .to_markdown()
        .contains("\n\n1. Mix the flour, the yeast and the salt"));
}

#[test]
fn captions_are_blocks_when_kept() {
    let html = "<article><h1>Storm hits the coast</h1>\
        <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>\
        <figure><img src='a.jpg'><figcaption>Waves crash over the sea wall on Monday.</figcaption></figure>\
        <p>Crews worked through the night to restore the lines, officials said on Tuesday.</p></article>";
    let kept = Cleaner::builder().keep_captions(true).build().unwrap();
    let blocks = kept.clean_html(html).blocks().to_vec();
    assert!(
        blocks.contains(&Block::Caption {
            text: "Waves crash over the sea wall on Monday.".into()
        }),
        "{blocks:?}"
    );
    assert!(!Cleaner::new()
        .clean_html(html)
        .blocks()
        .iter()
        .any(|b| matches!(b, Block::Caption { .. })));
}

#[test]
fn text_that_looks_like_syntax_is_escaped() {
    let html = "<article><h1>Storm hits the coast</h1>\
        <p>A storm hit the coast on Monday, leaving thousands of homes without power.</p>\
        <p>1. This is not a list, and *these* are not_emphasis [or links] in the text.</p></article>";
    let md = declutter::clean_html(html).to_markdown();
    assert!(
        md.contains("1\\. This is not a list, and \\*these\\* are not\\_emphasis \\[or links\\] in the text."),
        "{md}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn blocks_are_in_the_serde_form() {
    let article = declutter::clean_html(&fixture("structured-page.html"));
    let json = serde_json::to_value(&article).unwrap();
    let blocks = json["blocks"].as_array().unwrap();
    assert_eq!(
        blocks[2],
        serde_json::json!({"type": "heading", "level": 2, "text": "What you need"})
    );
    assert_eq!(
        blocks[5],
        serde_json::json!({"type": "list-item", "ordered": false, "depth": 1, "text": "7 g of dried yeast"})
    );
    assert_eq!(blocks[16]["type"], "table");
    assert_eq!(
        blocks[16]["rows"][0],
        serde_json::json!({"header": true, "cells": ["Flour", "Water"]})
    );
    let back: declutter::Article = serde_json::from_value(json).unwrap();
    assert_eq!(back, article);
}
