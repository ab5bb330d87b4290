//! Shared by the robustness tests (`properties`, `regressions`, `hostile`):
//! page generators and the invariants every cleaned article must satisfy.
//!
//! The invariants take the page *text* the cleaner saw, so a future HTML entry
//! point can reuse them on the text it extracts.

#![allow(dead_code)]

use declutter::{Article, Block, Cleaner, LineKind};
use proptest::prelude::*;

pub mod visible;

// ------------------------------------------------------------ normalising

/// The crate's normalisation as the tests understand it: zero-width space,
/// word joiner, BOM, soft hyphen and bidirectional embeddings, overrides and
/// isolates dropped, zero-width (non-)joiners dropped
/// unless they follow a non-ASCII character; every other space-like or control
/// character (NBSP, tab, CR, LF, U+2028, …) one space; runs of white space
/// folded. Newlines are folded too, so paragraphs may be compared as
/// substrings of the whole page.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            continue;
        }
        // Joiners stay after a non-ASCII character (emoji, Persian).
        let after_ascii = space || out.chars().next_back().is_none_or(|p| p.is_ascii());
        if matches!(c, '\u{200C}' | '\u{200D}') && after_ascii {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

// ------------------------------------------------------------ invariants

/// Every paragraph is text of the page, and the paragraphs come in page order.
pub fn assert_nothing_invented(input: &str, article: &Article) {
    let page = fold(input);
    let mut from = 0;
    for (k, p) in article.paragraphs().iter().enumerate() {
        assert!(!p.is_empty(), "paragraph {k} is empty");
        assert_eq!(&fold(p), p, "paragraph {k} is not white-space folded");
        match page[from..].find(p.as_str()) {
            Some(at) => from += at + p.len(),
            None => panic!(
                "paragraph {k} {p:?} is not in the page after the previous paragraph (present at all: {})",
                page.contains(p.as_str())
            ),
        }
    }
}

/// Title and source are absent or text of the page; the date's year is printed
/// in the page.
pub fn assert_metadata_found(input: &str, article: &Article) {
    let page = fold(input);
    if let Some(t) = article.title() {
        assert!(!t.is_empty(), "empty title");
        assert!(page.contains(t), "title {t:?} is not in the page");
    }
    if let Some(s) = article.source() {
        assert!(!s.is_empty(), "empty source");
        assert!(page.contains(s), "source {s:?} is not in the page");
    }
    if let Some(b) = article.byline() {
        assert!(page.contains(b), "byline {b:?} is not in the page");
    }
    if let Some(d) = article.date() {
        let year = d.year().to_string();
        assert!(page.contains(&year), "date {d}: year not in the page");
    }
    for c in article.credits() {
        assert!(
            page.contains(c.text()),
            "credit {:?} is not in the page",
            c.text()
        );
    }
}

/// A line `explain` says was removed never comes back as a paragraph, unless
/// the same text is also a kept line elsewhere.
pub fn assert_removed_stays_removed(
    cleaner: &Cleaner,
    keep_captions: bool,
    input: &str,
    article: &Article,
) {
    let report = cleaner.explain(input);
    let kept_kind = |k: LineKind| k.is_body() || (keep_captions && k == LineKind::Caption);
    let kept: std::collections::HashSet<String> = report
        .iter()
        .filter(|l| kept_kind(l.kind))
        .map(|l| fold(&l.text))
        .collect();
    let removed: std::collections::HashMap<String, LineKind> = report
        .iter()
        .filter(|l| !kept_kind(l.kind) && l.kind != LineKind::Blank)
        .map(|l| (fold(&l.text), l.kind))
        .collect();
    for p in article.paragraphs() {
        if let Some(kind) = removed.get(p) {
            assert!(
                kept.contains(p),
                "paragraph {p:?} was removed as {kind} and is in the body"
            );
        }
    }
    // Every kept line is a paragraph, in order.
    let kept_in_order: Vec<String> = report
        .iter()
        .filter(|l| kept_kind(l.kind))
        .map(|l| fold(&l.text))
        .collect();
    assert_eq!(
        kept_in_order,
        article.paragraphs(),
        "explain's kept lines are not the body"
    );
}

/// Cleaning the body of an article gives the same body back.
pub fn assert_idempotent(article: &Article) {
    let again = check_all(&article.body());
    assert_eq!(
        again.paragraphs(),
        article.paragraphs(),
        "cleaning the clean body changed it"
    );
}

/// All invariants of one cleaning, with the default cleaner.
/// The blocks are the paragraphs' text, grouped: the same words in the same
/// order, none added, none lost (a table row of text is one paragraph and
/// several cells, a code block several paragraphs and one block).
pub fn assert_blocks_are_the_paragraphs(article: &Article) {
    let mut from_blocks: Vec<&str> = Vec::new();
    for b in article.blocks() {
        match b {
            Block::Table { rows } => {
                for r in rows {
                    for c in r.cells() {
                        from_blocks.extend(c.split_whitespace());
                    }
                }
            }
            other => from_blocks.extend(other.text().unwrap_or_default().split_whitespace()),
        }
    }
    let from_paragraphs: Vec<&str> = article
        .paragraphs()
        .iter()
        .flat_map(|p| p.split_whitespace())
        .collect();
    assert_eq!(
        from_blocks,
        from_paragraphs,
        "blocks: {:?}",
        article.blocks()
    );
}

pub fn check_all(input: &str) -> Article {
    let article = declutter::clean(input);
    assert_blocks_are_the_paragraphs(&article);
    assert_nothing_invented(input, &article);
    assert_metadata_found(input, &article);
    assert_removed_stays_removed(&Cleaner::new(), false, input, &article);
    article
}

// ------------------------------------------------------------ generators

const WORDS: &[&str] = &[
    "storm",
    "coast",
    "power",
    "homes",
    "officials",
    "said",
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "on",
    "Monday",
    "night",
    "crews",
    "worked",
    "restore",
    "lines",
    "city",
    "council",
    "voted",
    "budget",
    "school",
    "river",
    "flooded",
    "police",
    "report",
    "minister",
    "talks",
    "with",
    "Russia",
    "China",
    "Beijing",
    "trade",
    "market",
    "prices",
    "rose",
    "fell",
    "week",
    "after",
    "before",
    "were",
    "was",
    "has",
    "had",
    "their",
    "its",
    "new",
    "record",
    "years",
    "people",
];

fn word() -> impl Strategy<Value = &'static str> {
    prop::sample::select(WORDS)
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A sentence of story text: 8 to 30 words, capitalised, ending in a full stop.
pub fn prose() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(word(), 8..30),
        prop::sample::select(&[".", ".", "!", "?", ",\u{201D} he said.", ""][..]),
    )
        .prop_map(|(ws, end)| format!("{}{end}", capitalise(&ws.join(" "))))
}

const FUNCTION: &[&str] = &[
    "the", "a", "of", "to", "and", "in", "on", "with", "was", "were", "has", "their", "after",
];

/// A sentence that reads like running text (content and function words, as
/// prose has) and ends like one: the paragraphs of a clean article.
pub fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((prop::sample::select(FUNCTION), word()), 4..15),
        prop::sample::select(&[".", "!", "?", ",\u{201D} he said."][..]),
    )
        .prop_map(|(pairs, end)| {
            let words: Vec<&str> = pairs.iter().flat_map(|(f, w)| [*w, *f]).collect();
            format!("{}{end}", capitalise(&words.join(" ")))
        })
}

/// A headline: 3 to 10 title-case words, no full stop.
pub fn headline() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 3..10).prop_map(|ws| {
        ws.iter()
            .map(|w| capitalise(w))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

const CLUTTER: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "AP",
    "via REUTERS",
    "Getty Images",
    "Photo: Jane Doe/AP",
    "With Post wires",
    "Reuters contributed to this report.",
    "Sponsor: ACME",
    "Home",
    "News",
    "Sports",
    "Subscribe",
    "Share",
    "back",
    "topic",
    "Sign up for our newsletter",
    "By Jane Doe",
    "By Jane Doe | Nov 18, 2019",
    "The Springfield Herald",
    "New York Post",
    "© 2024 The Springfield Herald",
    "0",
    "| Remer,MN",
];

const DATES: &[&str] = &[
    "22 Feb 2023",
    "May 31, 2025 |",
    "Published 3:45 p.m. ET Nov. 18, 2019",
    "2019-11-18",
    "Updated: 2019-11-18 10:02",
    "Monday, Feb. 20, 2023",
    "18/11/2019",
    "February 30, 2020",
];

const UNICODE: &[&str] = &[
    "北京市政府周一宣布，将在全市范围内推行新的垃圾分类制度。",
    "東京都は月曜日、新しい条例を発表しました。",
    "أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين في المنطقة.",
    "הממשלה הודיעה ביום שני על תוכנית חדשה.",
    "Die Regierung hat am Montag einen neuen Plan vorgestellt, der für alle gilt.",
    "🎉🔥 Big news today 🚀",
    "👨‍👩‍👧‍👦",
    "e\u{301}\u{302}\u{303}\u{304} combining marks",
    "Zalgo t\u{336}\u{337}e\u{338}x\u{335}t",
    "\u{202E}reversed text\u{202C}",
    "ÅÄÖ åäö ß ø",
];

/// One line of a page, before its ending is chosen.
pub fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prose(),
        2 => headline(),
        4 => prop::sample::select(CLUTTER).prop_map(str::to_owned),
        2 => prop::sample::select(DATES).prop_map(str::to_owned),
        3 => Just(String::new()),
        1 => prop::sample::select(UNICODE).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => prop::collection::vec(any::<char>(), 0..40).prop_map(|v| v.into_iter().collect()),
    ]
}

/// Invisible and odd characters the crate normalises, sprinkled into text.
const ODD: &[&str] = &[
    "\u{A0}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\t", "\u{2028}",
    "\u{3000}", "\u{7}", "  ",
];

/// Insert odd characters at a few char boundaries of `text`.
pub fn sprinkle(text: &str, at: &[(usize, usize)]) -> String {
    if at.is_empty() || text.is_empty() {
        return text.to_owned();
    }
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut inserts: Vec<(usize, &str)> = at
        .iter()
        .map(|&(pos, k)| (bounds[pos % bounds.len()], ODD[k % ODD.len()]))
        .collect();
    inserts.sort_by_key(|&(p, _)| p);
    let mut out = String::with_capacity(text.len() + 4 * inserts.len());
    let mut last = 0;
    for (p, s) in inserts {
        out.push_str(&text[last..p]);
        out.push_str(s);
        last = p;
    }
    out.push_str(&text[last..]);
    out
}

fn ending() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["\n", "\n", "\n", "\n\n", "\r\n", "\r", "\u{2029}", " \n"][..])
}

/// A generated page: lines of every kind, mixed endings, odd characters.
pub fn page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((line(), ending()), 0..40),
        prop::collection::vec((any::<usize>(), any::<usize>()), 0..6),
    )
        .prop_map(|(lines, odd)| {
            let mut text = String::new();
            for (l, e) in lines {
                text.push_str(&l);
                text.push_str(e);
            }
            sprinkle(&text, &odd)
        })
}

/// A realistic article page: header chrome, a headline, dated byline, prose
/// with inline clutter, a caption with its credit, a wire credit.
pub fn article_page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(CLUTTER), 0..5),
        prop::option::of(prop::sample::select(DATES)),
        headline(),
        prop::collection::vec(
            (sentence(), prop::option::of(prop::sample::select(CLUTTER))),
            1..10,
        ),
        ending(),
    )
        .prop_map(|(header, date, head, body, end)| {
            let mut lines: Vec<String> = header.iter().map(|s| (*s).to_owned()).collect();
            lines.extend(date.map(str::to_owned));
            lines.push(String::new());
            lines.push(head);
            lines.push(String::new());
            for (p, after) in body {
                lines.push(p);
                if let Some(c) = after {
                    lines.push(c.to_owned());
                }
                lines.push(String::new());
            }
            lines.join(end)
        })
}

pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One edit to a page's lines.
#[derive(Debug, Clone)]
pub enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize),
    Insert(usize, String),
    Truncate(usize),
    Endings(&'static str),
    Sprinkle(Vec<(usize, usize)>),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<usize>().prop_map(Mutation::Delete),
        2 => any::<usize>().prop_map(Mutation::Duplicate),
        2 => any::<usize>().prop_map(Mutation::Swap),
        3 => (any::<usize>(), line()).prop_map(|(i, l)| Mutation::Insert(i, l)),
        1 => any::<usize>().prop_map(Mutation::Truncate),
        1 => prop::sample::select(&["\r\n", "\r", "\n\n", "\u{2028}"][..]).prop_map(Mutation::Endings),
        1 => prop::collection::vec((any::<usize>(), any::<usize>()), 1..8).prop_map(Mutation::Sprinkle),
    ]
}

pub fn mutate(text: &str, edits: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut ending = "\n";
    let mut odd = Vec::new();
    for m in edits {
        let n = lines.len().max(1);
        match m {
            Mutation::Delete(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::Duplicate(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Mutation::Swap(i) if lines.len() > 1 => {
                let i = i % (lines.len() - 1);
                lines.swap(i, i + 1);
            }
            Mutation::Insert(i, l) => lines.insert(i % (lines.len() + 1), l.clone()),
            Mutation::Truncate(i) if !lines.is_empty() => {
                let l = &mut lines[i % n];
                let cut = l
                    .char_indices()
                    .map(|(k, _)| k)
                    .nth(i / n % (l.chars().count() + 1))
                    .unwrap_or(l.len());
                l.truncate(cut);
            }
            Mutation::Endings(e) => ending = e,
            Mutation::Sprinkle(s) => odd.extend_from_slice(s),
            _ => {}
        }
    }
    sprinkle(&lines.join(ending), &odd)
}

/// A fixture page with a few edits.
pub fn mutated_fixture() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["syndicated-page.txt", "clean-article.txt"][..]),
        prop::collection::vec(mutation(), 0..8),
    )
        .prop_map(|(name, edits)| mutate(&fixture(name), &edits))
}

// ------------------------------------------------------------ hostile HTML

/// Markup on which a scan that guesses the tokenizer's states goes wrong:
/// comments that end early (`<!-->`, `<!--->`, `--!>`) or never, scripts
/// with double escapes, raw-text and RCDATA elements, drawings whose ends
/// stand in quoted attributes, stray quotes, and text no browser shows.
pub const TRICKS: &[&str] = &[
    "<!--",
    "-->",
    "<!-->",
    "<!--->",
    "--!>",
    "<!-- c --!>",
    "<!-- <p>commented out paragraph text here</p> -->",
    "<script>",
    "</script>",
    "<script><!--<script>",
    "<!--<script>",
    "document.write('<p>leaked script text of the page</p>');",
    "<script>var s = '</scr' + 'ipt><p>x</p>';</script>",
    "<style>",
    "</style>",
    "p { color: red } <p>styled</p>",
    "<svg>",
    "</svg>",
    "<svg><title a='</svg>'>",
    "<svg><path d=\"M0 0L10 10\"/></svg>",
    "<math>",
    "</math>",
    "<p title=\"",
    "\"",
    "'",
    "<a href=x\"y>",
    "<div class=a\"b>",
    "<noembed>",
    "</noembed>",
    "<noframes>",
    "</noframes>",
    "<noscript>",
    "</noscript>",
    "<iframe>",
    "</iframe>",
    "<textarea>",
    "</textarea>",
    "<title>",
    "</title>",
    "<xmp>",
    "</xmp>",
    "<template>",
    "</template>",
    "<datalist>",
    "</datalist>",
    "<dialog>",
    "<dialog open>",
    "</dialog>",
    "<![CDATA[",
    "]]>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<b id=x>",
    "<table>",
    "<td>",
    "<select>",
    "=",
    ">",
    "<",
    "</",
    "<?x>",
    "<!x>",
    "<br/>",
    "<div/>",
    "&lt;p&gt;",
    "<script type=application/ld+json>{\"@type\":\"NewsArticle\"}</script>",
];

/// A page of prose paragraphs with [`TRICKS`] sprinkled between and inside
/// them.
pub fn hostile_html() -> impl Strategy<Value = String> {
    (
        headline(),
        prop::collection::vec(
            (
                prop::collection::vec(prop::sample::select(TRICKS), 0..4),
                sentence(),
                sentence(),
            ),
            2..10,
        ),
    )
        .prop_map(|(head, parts)| {
            let mut html = format!("<html><head><title>{head}</title></head><body><h1>{head}</h1>");
            for (tricks, a, b) in parts {
                html.push_str("<p>");
                html.push_str(&a);
                for t in tricks {
                    html.push_str(t);
                }
                html.push(' ');
                html.push_str(&b);
                html.push_str("</p>\n");
            }
            html.push_str("</body></html>");
            html
        })
}
