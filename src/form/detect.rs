//! Which form a text is in, from the text itself, and the width it was
//! wrapped at.
//!
//! Hard-wrapped text is recognised by what wrapping does, not by a width
//! assumed: a line was broken where the next word would have passed the
//! width. For a width `w`, the pair of lines (a, b) of one block says so when
//! `width(a) <= w < width(a) + 1 + width(first word of b)`: an interval of
//! widths per pair. The width that most pairs agree on, with few lines of
//! several words longer than it, is the wrap width; text written one
//! paragraph per line has no such width. Markdown is recognised by the
//! density of the syntax no other text has: `[text](url)`, `![alt](src)`,
//! `#` headings, table separator rows.

use super::{lists, width, TextForm};

/// Narrower than this is no wrap width (a column of numbers is not wrapped).
const MIN_WIDTH: usize = 20;
/// Wider than this is no wrap width: such lines are paragraphs written whole.
const MAX_WIDTH: usize = 400;
/// The fewest line pairs that must agree on a width.
const MIN_WRAPPED_PAIRS: u32 = 5;
/// The fewest widths that the lines the wrap broke end at.
const MIN_EDGE_WIDTHS: usize = 3;
/// Each line of several words longer than a width counts against it this
/// many agreeing pairs' worth: text wrapped at `w` has no such lines.
const OVER_COST: u32 = 2;
/// Text is read as wrapped only when the lines of several words longer
/// than its width number at most this share of the pairs agreeing on it:
/// a text wrapped at a width has almost none (only unbreakable runs), while
/// text written one paragraph per line, whose short lines happen to agree
/// on some width, has many.
const MAX_OVER_SHARE: f32 = 0.1;
/// The lines after a line that the cheap pass of `too_many_long_lines`
/// reads without a long line before it leaves the answer to the measure.
const GIVE_UP_PAIRS: u32 = 200;
/// The fewest lines with Markdown's links or table separators.
const MIN_MARKDOWN_LINES: usize = 3;
/// The share of the non-blank lines that must carry Markdown's syntax.
const MARKDOWN_SHARE: f32 = 0.05;

/// The form of `text` and, for wrapped forms, its wrap width.
pub(super) fn detect(text: &str) -> (TextForm, Option<usize>) {
    if is_markdown(text) {
        return (TextForm::Markdown, wrap_width(text));
    }
    if too_many_long_lines(text) {
        return (TextForm::Plain, None);
    }
    match measure(text) {
        Some(m) if m.over as f32 <= MAX_OVER_SHARE * m.pairs as f32 => {
            (TextForm::Wrapped, Some(m.width))
        }
        _ => (TextForm::Plain, None),
    }
}

/// A wrap width and the evidence for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Measure {
    width: usize,
    /// Line pairs whose break the width explains.
    pairs: u32,
    /// Lines of several words longer than the width.
    over: u32,
}

/// Whether enough lines carry syntax only Markdown has. Links and table
/// separators must be there: a `#` at a line's start is also a shell
/// prompt, a comment or a hashtag, so headings only add to the share.
fn is_markdown(text: &str) -> bool {
    // Most texts have no link syntax at all: one search over the bytes
    // answers for them without reading lines.
    let b = text.as_bytes();
    let links = memchr::memmem::find_iter(b, b"](")
        .take(MIN_MARKDOWN_LINES)
        .count();
    if links < MIN_MARKDOWN_LINES && memchr::memmem::find(b, b"---|").is_none() {
        return false;
    }
    let mut strong = 0usize;
    let mut headings = 0usize;
    let mut lines = 0usize;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        lines += 1;
        let heading = t.starts_with('#') && {
            let rest = t.trim_start_matches('#');
            t.len() - rest.len() <= 6 && rest.starts_with(' ')
        };
        let link = memchr::memmem::find(t.as_bytes(), b"](").is_some() && t.contains('[');
        let separator = t.starts_with("---|") || t.starts_with("|---") || t.starts_with("| ---");
        strong += usize::from(link || separator);
        headings += usize::from(heading && !link);
    }
    strong >= MIN_MARKDOWN_LINES && (strong + headings) as f32 >= MARKDOWN_SHARE * lines as f32
}

/// The width of a line, or `MAX_WIDTH + 1` for any line wider than
/// `MAX_WIDTH`: a line of more than four bytes per column of it is wider
/// whatever its characters, and needs no counting (in text written one
/// paragraph per line, most bytes are in such lines).
///
/// Between the two, the characters of the first bytes are counted a chunk
/// at a time: each is at least a column, so once they pass `MAX_WIDTH` the
/// line does, and the rest of a long line is not read.
fn clamped_width(raw: &str) -> usize {
    let b = raw.as_bytes();
    if b.len() <= MAX_WIDTH {
        // Never wider than its bytes: no clamp can apply.
        return width(raw);
    }
    if b.len() > 4 * (MAX_WIDTH + 1) {
        return MAX_WIDTH + 1;
    }
    let mut chars = 0;
    for chunk in b.chunks(64) {
        chars += chunk.iter().filter(|&&x| (x & 0xC0) != 0x80).count();
        if chars > MAX_WIDTH {
            return MAX_WIDTH + 1;
        }
    }
    width(raw).min(MAX_WIDTH + 1)
}

/// Whether the lines of several words wider than `MAX_WIDTH` alone rule
/// out every wrap width, by a cheap pass that reads most lines only by
/// their byte length: text written one paragraph per line is known by it
/// without the full measure. Exact, never a guess: at any width the lines
/// against it include all these (`over >= long`), and the pairs agreeing
/// on it are at most the lines that follow a non-blank line of at least
/// `MIN_WIDTH` bytes (`pairs <= follow`; a line is never wider than its
/// bytes), so when `long > MAX_OVER_SHARE * follow` the rule of [`detect`]
/// fails at every width.
fn too_many_long_lines(text: &str) -> bool {
    let mut long = 0u32;
    let mut follow = 0u32;
    let mut prev_len: Option<usize> = None;
    for line in trimmed_lines(text) {
        let Some((raw, t)) = line else {
            prev_len = None;
            continue;
        };
        follow += u32::from(prev_len.is_some_and(|n| n >= MIN_WIDTH));
        // Hard-wrapped text has no long line at all: stop reading it soon
        // (giving up only leaves the answer to the full measure).
        if long == 0 && follow >= GIVE_UP_PAIRS {
            return false;
        }
        prev_len = Some(raw.len());
        if raw.len() > MAX_WIDTH
            && clamped_width(raw) > MAX_WIDTH
            && memchr::memchr(b' ', t.as_bytes()).is_some()
            && lists::marker(t).is_none()
            && memchr::memchr(b'|', t.as_bytes()).is_none()
        {
            long += 1;
        }
    }
    long as f32 > MAX_OVER_SHARE * follow as f32
}

/// The lines of `text` as `split('\n')` gives them, found with the `memchr`
/// crate's vector search: this pass reads every byte of every text.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line
        })
}

/// Each line of `text` without its trailing spaces, and without its leading
/// ones too, as `(raw, t)`; `None` for a blank line. The passes over the
/// lines read them so: the width counts the indentation, the tests do not.
fn trimmed_lines(text: &str) -> impl Iterator<Item = Option<(&str, &str)>> {
    split_lines(text).map(|line| {
        let raw = line.trim_end_matches(' ');
        let t = raw.trim_start_matches(' ');
        (!t.is_empty()).then_some((raw, t))
    })
}

/// The width the text was hard-wrapped at, if it was.
pub(super) fn wrap_width(text: &str) -> Option<usize> {
    measure(text).map(|m| m.width)
}

/// The width most line breaks agree on, with few longer lines against it.
fn measure(text: &str) -> Option<Measure> {
    // Pairs agreeing on each width, as a difference array of intervals, and
    // lines of several words by width (capped).
    let mut agree = vec![0i32; MAX_WIDTH + 2];
    let mut longer = vec![0u32; MAX_WIDTH + 2];
    let mut prev: Option<usize> = None;
    for line in trimmed_lines(text) {
        let Some((raw, t)) = line else {
            prev = None;
            continue;
        };
        let w = clamped_width(raw);
        // List items and table rows are often left unwrapped (Markdown
        // writers wrap paragraphs only): they say nothing against a width.
        if memchr::memchr(b' ', t.as_bytes()).is_some()
            && lists::marker(t).is_none()
            && memchr::memchr(b'|', t.as_bytes()).is_none()
        {
            longer[w.min(MAX_WIDTH + 1)] += 1;
        }
        if let Some(pw) = prev.filter(|pw| (MIN_WIDTH..=MAX_WIDTH).contains(pw)) {
            let first = t.split(' ').next().unwrap_or(t);
            let end = (pw + width(first)).min(MAX_WIDTH);
            agree[pw] += 1;
            agree[end + 1] -= 1;
        }
        prev = Some(w);
    }
    let mut over = 0u32;
    for &n in &longer[MAX_WIDTH + 1..] {
        over += n;
    }
    // Widths from the widest down: `over` grows as the width shrinks, so
    // the running sum of `agree` is needed from the bottom; take prefix sums
    // first.
    let mut full = vec![0u32; MAX_WIDTH + 1];
    let mut run = 0i32;
    for (w, d) in agree.iter().take(MAX_WIDTH + 1).enumerate() {
        run += d;
        full[w] = u32::try_from(run).unwrap_or(0);
    }
    let mut best: Option<(u32, Measure)> = None;
    for w in (MIN_WIDTH..=MAX_WIDTH).rev() {
        let pairs = full[w];
        if pairs >= MIN_WRAPPED_PAIRS && pairs >= OVER_COST * over {
            let score = pairs - OVER_COST * over;
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((
                    score,
                    Measure {
                        width: w,
                        pairs,
                        over,
                    },
                ));
            }
        }
        over += longer[w];
    }
    let (_, m) = best?;
    // Lines of one width, one under another (a list of like items), agree
    // on a width without being wrapped: the ragged right edge of wrapped
    // text ends its lines at several widths.
    // A second pass, only for the few texts that have a width.
    // And a wrap breaks lines where the width falls, mostly inside a
    // sentence: lines that all end their sentences are paragraphs written
    // one per line, whatever widths they happen to agree on.
    let mut seen = [false; MAX_WIDTH + 1];
    let mut distinct = 0;
    let mut inside_sentence = 0u32;
    let mut prev: Option<(usize, &str)> = None;
    for line in trimmed_lines(text) {
        let Some((raw, t)) = line else {
            prev = None;
            continue;
        };
        if let Some((pw, pt)) = prev.filter(|&(pw, _)| (MIN_WIDTH..=m.width).contains(&pw)) {
            let first = t.split(' ').next().unwrap_or(t);
            if pw + width(first) >= m.width {
                if !seen[pw] {
                    seen[pw] = true;
                    distinct += 1;
                }
                if !ends_sentence(pt) {
                    inside_sentence += 1;
                }
            }
        }
        prev = Some((clamped_width(raw), t));
    }
    (distinct >= MIN_EDGE_WIDTHS && inside_sentence * 2 >= m.pairs).then_some(m)
}

/// Whether a line ends a sentence: its last character, closing quotes and
/// brackets aside, is a full stop, a question or an exclamation mark.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_lines_is_split_on_newlines() {
        for text in ["", "\n", "a", "a\n", "\na\n\nb", "é\n\u{4e00}\nc\n\n"] {
            let ours: Vec<&str> = split_lines(text).collect();
            let std: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    const WRAPPED: &str = "A storm hit the coast on Monday, leaving thousands of homes\n\
        without power. Crews worked through the night to restore the\n\
        lines, officials said, and most homes had power again by the\n\
        morning. The storm moved north during the day and was expected\n\
        to weaken over land, forecasters said on Tuesday evening after\n\
        the last of the rain had passed over the hills to the east.\n";

    #[test]
    fn the_wrap_width_is_found_not_assumed() {
        assert_eq!(detect(WRAPPED).0, TextForm::Wrapped);
        let w = wrap_width(WRAPPED).unwrap();
        assert!((62..=64).contains(&w), "{w}");
        let narrow = WRAPPED.replace('\n', " ");
        let rewrapped = narrow
            .split(' ')
            .fold((String::new(), 0), |(mut s, n), word| {
                if n + 1 + word.len() > 40 && n > 0 {
                    s.push('\n');
                    s.push_str(word);
                    (s, word.len())
                } else {
                    if n > 0 {
                        s.push(' ');
                    }
                    s.push_str(word);
                    (s, n + usize::from(n > 0) + word.len())
                }
            })
            .0;
        let w = wrap_width(&rewrapped).unwrap();
        assert!((36..=40).contains(&w), "{w}");
    }

    #[test]
    fn the_clamped_width_is_the_width_capped() {
        for n in [0, 5, 399, 400, 401, 402, 700, 1604, 1605, 3000] {
            for unit in ["a", "é", "漢", "ａ", "a漢"] {
                let line = unit.repeat(n);
                assert_eq!(
                    clamped_width(&line),
                    width(&line).min(MAX_WIDTH + 1),
                    "{n} {unit}"
                );
            }
        }
    }

    #[test]
    fn long_lines_rule_out_only_what_the_measure_would() {
        let long = "word ".repeat(90);
        let texts = [
            WRAPPED.to_string(),
            format!("{WRAPPED}{long}\n"),
            format!("{long}\n{WRAPPED}{long}\n{long}\n"),
            format!("{long}\n{long}\nShort line.\n"),
            String::new(),
        ];
        for text in &texts {
            if too_many_long_lines(text) {
                assert!(
                    measure(text).is_none_or(|m| m.over as f32 > MAX_OVER_SHARE * m.pairs as f32),
                    "{text:?}"
                );
            }
        }
        assert!(!too_many_long_lines(WRAPPED));
        assert!(too_many_long_lines(&texts[3]));
    }

    #[test]
    fn paragraphs_of_like_widths_that_end_their_sentences_are_not_wrapped() {
        // Proptest seed 271828 (`clean_articles_keep_every_paragraph`): six
        // one-line paragraphs whose widths happen to agree on a width.
        let text = "Storm Storm Storm\n\
            Storm the Monday the storm the Monday the Monday the Monday of budget of record their storm of storm the Monday the Monday of storm the.\n\
            Storm the storm the storm the of the Monday of Monday of said the officials a Monday of Monday the storm the storm the Monday and storm the.\n\
            Said the storm a storm the said the council of council and said the storm a storm with Monday the Monday the storm the police the Monday a.\n\
            Monday of Monday the storm the was the rose a storm the were with storm the storm the budget a budget and storm and Monday with Monday the.\n\
            Said the said the storm the said the storm the police the storm the said the Monday the storm the said the storm the storm the storm the.\n\
            Storm the storm the storm the storm the.\n";
        assert_eq!(detect(text), (TextForm::Plain, None));
        assert!(ends_sentence("He said “no.”"));
        assert!(!ends_sentence("A storm hit the coast on Monday, leaving"));
    }

    #[test]
    fn one_paragraph_per_line_is_plain() {
        let plain = "Storm hits the coast\n\
            A storm hit the coast on Monday, leaving thousands of homes without power across the region.\n\
            Crews worked through the night.\n\
            Most homes had power again by the morning, officials said after a long night of work on the lines.\n\
            The storm moved north.\n\
            It was expected to weaken over land, forecasters said on Tuesday.\n";
        assert_eq!(detect(plain).0, TextForm::Plain);
        assert_eq!(detect("").0, TextForm::Plain);
        let like: String = (1..=12)
            .map(|i| format!("Race {i}: Interlagos Circuit\n"))
            .collect();
        assert_eq!(detect(&like).0, TextForm::Plain);
    }

    #[test]
    fn markdown_is_known_by_its_syntax() {
        let md =
            "# Storm hits the coast\n\n* [Home](/)\n* [News](/news)\n\nA storm hit [the coast](/c).\n";
        assert_eq!(detect(md).0, TextForm::Markdown);
        assert_eq!(
            detect("A line with [brackets] (and parens).\n").0,
            TextForm::Plain
        );
        let shell = "# pacman -S package\n# pacman -Syu\n# webdev # ai\nInstall it.\n";
        assert_eq!(detect(shell).0, TextForm::Plain);
    }
}
