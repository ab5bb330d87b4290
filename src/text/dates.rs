//! Dates as pages print them, parsed to a calendar date.
//!
//! Only forms that name the year are read: a "Wednesday" or "3 hours ago" says
//! nothing that can be checked, and an absent date is better than a wrong one.
//! Numeric day/month orders are read only where they cannot be confused
//! (ISO `2019-11-18`, or a day above 12).

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januar|februar|märz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|december|maret|agustus|desember)\.?";

/// Three-letter month abbreviations of Spanish, Italian and Portuguese that
/// the English prefixes do not read, used only between hyphens or dots
/// ("04-ago-2021"): "ago" and "set" are words elsewhere.
const MONTH_ABBR: &str = r"(?:ene|ago|dic|gen|set|dez)";

/// Month names of the most common Latin-script languages of the web that
/// the English three-letter prefixes do not read ("maio", "juillet", "mei").
const MONTH_NAMES: &[(&str, i8)] = &[
    ("enero", 1),
    ("ene", 1),
    ("gen", 1),
    ("ago", 8),
    ("set", 9),
    ("dic", 12),
    ("dez", 12),
    ("janvier", 1),
    ("januar", 1),
    ("januari", 1),
    ("gennaio", 1),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("märz", 3),
    ("maerz", 3),
    ("maart", 3),
    ("avril", 4),
    ("abril", 4),
    ("maio", 5),
    ("mai", 5),
    ("maggio", 5),
    ("mei", 5),
    ("mayo", 5),
    ("juin", 6),
    ("giugno", 6),
    ("juillet", 7),
    ("luglio", 7),
    ("agosto", 8),
    ("août", 8),
    ("aout", 8),
    ("agustus", 8),
    ("settembre", 9),
    ("setembro", 9),
    ("ottobre", 10),
    ("outubro", 10),
    ("oktober", 10),
    ("setiembre", 9),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dezembro", 12),
    ("dezember", 12),
    ("desember", 12),
    ("décembre", 12),
];

/// Where a year ends: a word boundary, or a capital glued to it, where a
/// renderer joined two elements without a space ("July 30, 2019January 18,
/// 2023", "April 26, 2024Updated on …"); [`find_dates`] leaves the capital
/// out of the date's range.
const YEAR_END: &str = r"(?:\b|(?-i:[A-Z]))";

/// Every printed form a date is read from. No capture groups: the fast DFA
/// finds the match and [`parse`] reads its fields, which costs a fraction of
/// a capturing search.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let p = format!(
        r"(?ix)
        \b(?:19|20)\d{{2}}[-/.•·]\d{{1,2}}[-/.•·]\d{{1,2}}(?:\b|T)
        | \b\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?{MONTH},?\s+(?:de\s+)?(?:19|20)\d{{2}}{YEAR_END}
        | \b\d{{1,2}}[-.](?:{MONTH}|{MONTH_ABBR})[-.](?:19|20)\d{{2}}{YEAR_END}
        | \b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?[,.]?\s+(?:19|20)\d{{2}}{YEAR_END}
        | \b\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)\d{{2}}{YEAR_END}
        ",
    );
    Regex::new(&crate::text::words::ascii_boundaries(&p)).expect("date regex compiles")
});

fn month_number(word: &str) -> Option<i8> {
    let lower = word.to_lowercase();
    if let Some(&(_, m)) = MONTH_NAMES.iter().find(|(name, _)| *name == lower) {
        return Some(m);
    }
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let head = word.get(..3)?;
    NAMES
        .iter()
        .position(|m| head.eq_ignore_ascii_case(m))
        .and_then(|i| i8::try_from(i + 1).ok())
}

/// Read the fields of a text the `DATE` regex matched.
fn parse(matched: &str) -> Option<Date> {
    let mut numbers: [&str; 3] = [""; 3];
    let mut n = 0;
    let mut month = None;
    for token in matched
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if n == 3 {
                return None;
            }
            numbers[n] = digits;
            n += 1;
        } else if month.is_none() {
            month = month_number(token);
        }
    }
    let int = |s: &str| s.parse::<i16>().ok();
    let (y, m, d) = match (month, n) {
        // "22 Feb 2023", "Feb 22, 2023": the year is the four-digit number.
        (Some(m), 2) => {
            let (year, day) = if numbers[1].len() == 4 {
                (numbers[1], numbers[0])
            } else {
                (numbers[0], numbers[1])
            };
            (int(year)?, i16::from(m), int(day)?)
        }
        (None, 3) if numbers[0].len() == 4 => {
            (int(numbers[0])?, int(numbers[1])?, int(numbers[2])?)
        }
        // Day and month in either order: read only when it cannot be confused.
        // Not even dots settle it: German pages write "12.03.2024" day first,
        // some American ones "09.10.2024" month first.
        (None, 3) => {
            let (a, b, y) = (int(numbers[0])?, int(numbers[1])?, int(numbers[2])?);
            match (a > 12, b > 12) {
                (true, false) => (y, b, a),
                (false, true) => (y, a, b),
                _ if a == b => (y, a, b),
                _ => return None,
            }
        }
        _ => return None,
    };
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Every date in `text`, with the byte range it was printed in.
pub(crate) fn find_dates(text: &str) -> impl Iterator<Item = (Date, std::ops::Range<usize>)> + '_ {
    DATE.find_iter(text).filter_map(|m| {
        let mut range = m.range();
        // The capital glued after a year (see `YEAR_END`) is the next word's.
        if text.as_bytes()[range.end - 1].is_ascii_uppercase() {
            range.end -= 1;
        }
        Some((parse(&text[range.clone()])?, range))
    })
}

/// How many of a text's dates [`find_date`] chooses among: a publication
/// and a few revisions; a text dated more often is a list.
const MAX_DATES_READ: usize = 4;

/// The publication date among the dates of `text`: the one labelled
/// "Published"/"Posted"/"Originally", else the earliest not labelled
/// "Updated" (a story is revised after it is published: "May 21, 2025
/// April 24, 2025 by …"), else the first.
pub(crate) fn find_date(text: &str) -> Option<Date> {
    let mut first = None;
    let mut earliest: Option<Date> = None;
    let mut prev_end = 0;
    for (d, range) in find_dates(text).take(MAX_DATES_READ) {
        let label = &text[prev_end..range.start];
        prev_end = range.end;
        first.get_or_insert(d);
        let lower = label.to_lowercase();
        if PUBLISHED
            .iter()
            .chain(&["originally"])
            .any(|w| lower.contains(w))
        {
            return Some(d);
        }
        if !is_update_word(label) {
            earliest = Some(earliest.map_or(d, |e| e.min(d)));
        }
    }
    earliest.or(first)
}

/// Words that label a date as the publication, in the seven languages of the
/// lexicon, lower case.
const PUBLISHED: &[&str] = &[
    "published",
    "posted",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publiée",
    "mis en ligne",
    "publicado",
    "publicada",
    "pubblicato",
    "pubblicata",
    "gepubliceerd",
    "geplaatst",
];

/// Words that label a date as a revision, lower case.
const UPDATED: &[&str] = &[
    "updated",
    "modified",
    "last update",
    "revised",
    "reviewed",
    "aktualisiert",
    "geändert",
    "mis à jour",
    "modifié",
    "actualizado",
    "actualizada",
    "aggiornato",
    "aggiornata",
    "atualizado",
    "atualizada",
    "bijgewerkt",
    "gewijzigd",
];

/// The short words around a date on a date-only line, other than English:
/// "am … um … Uhr", "le … à", "el", "il … alle ore", "em … às", "op … om".
const DATE_PARTICLES: &[&str] = &[
    "am", "um", "uhr", "le", "à", "el", "de", "del", "a", "las", "il", "alle", "ore", "em", "às",
    "op", "om", "stand", "mis", "mise", "jour",
];

/// Weekdays of the seven languages, lower case (Portuguese ones are read
/// without their "-feira", which the line is split at).
const WEEKDAY_NAMES: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "segunda",
    "terça",
    "quarta",
    "quinta",
    "sexta",
    "feira",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Whether a word may stand beside a date on a date-only line: a label
/// ("Published", "Updated"), a weekday, a time or a time zone.
fn is_date_word(word: &str) -> bool {
    const LABELS: &[&str] = &[
        "published",
        "updated",
        "posted",
        "last",
        "modified",
        "on",
        "at",
        "date",
        "created",
        "first",
        "am",
        "pm",
        "a.m",
        "p.m",
        "utc",
        "gmt",
        "z",
    ];
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    /// The longest weekday name the prefixes stand for ("wednesday").
    const LONGEST_WEEKDAY: usize = 9;
    /// How long a time zone's abbreviation is ("ET", "CEST").
    const ZONE_BYTES: std::ops::RangeInclusive<usize> = 2..=4;
    let w = word.trim_end_matches('.');
    let lower = w.to_lowercase();
    // "14:05", "14.05", and the French "10h15" / "10h".
    let time = !w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'.' || b == b'h')
        && w.bytes().any(|b| b == b':' || b == b'.' || b == b'h')
        && w.as_bytes()[0].is_ascii_digit()
        && w.bytes().filter(|&b| b == b'h').count() <= 1;
    let zone = ZONE_BYTES.contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && w.ends_with('T');
    time || zone
        || LABELS.contains(&lower.as_str())
        || PUBLISHED.contains(&lower.as_str())
        || UPDATED.contains(&lower.as_str())
        || DATE_PARTICLES.contains(&lower.as_str())
        || WEEKDAY_NAMES.contains(&lower.as_str())
        || WEEKDAYS.iter().any(|d| {
            lower.starts_with(d)
                && lower.len() <= LONGEST_WEEKDAY
                && lower.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// The fewest digits a dated line prints: the four of a year.
pub(crate) const MIN_DATE_DIGITS: u32 = 4;

/// A line that says nothing but a date: "22 Feb 2023", "May 31, 2025 |",
/// "Published 3:45 p.m. ET Nov. 18, 2019", "Updated: 2019-11-18 10:02".
pub(crate) fn is_date_line(line: &str) -> bool {
    let Some((_, range)) = find_dates(line).next() else {
        return false;
    };
    let rest_ok = |s: &str| {
        s.split(|c: char| c.is_whitespace() || "|•·,;-–—/()[]".contains(c))
            .filter(|w| !w.is_empty())
            .all(|w| is_date_word(w.trim_end_matches(':')))
    };
    rest_ok(&line[..range.start]) && rest_ok(&line[range.end..])
}

/// Whether the first date of a line is labelled as a revision ("Updated",
/// "Last modified") rather than as the publication ("Published", "Posted").
pub(crate) fn is_update_label(line: &str) -> bool {
    let Some((_, range)) = find_dates(line).next() else {
        return false;
    };
    is_update_word(&line[..range.start])
}

/// Whether the words printed before a date label a revision.
fn is_update_word(before: &str) -> bool {
    let before = before.to_lowercase();
    let updated = UPDATED.iter().any(|w| before.contains(w));
    let published = PUBLISHED.iter().any(|w| before.contains(w));
    updated && !published
}

/// Whether the first date of a line is labelled as the publication:
/// "Published on July 18, 2025", "Posted on 18.11.2019 in News".
pub(crate) fn is_publish_label(line: &str) -> bool {
    let Some((_, range)) = find_dates(line).next() else {
        return false;
    };
    let before = line[..range.start].to_lowercase();
    PUBLISHED.iter().any(|w| before.contains(w))
}

/// A line that is nothing but a label for the date printed on the next line:
/// "Published on", "Last updated:", "Date".
pub(crate) fn is_label_line(line: &str) -> bool {
    const WORDS: &[&str] = &[
        "published",
        "posted",
        "updated",
        "last",
        "modified",
        "on",
        "date",
        "first",
        "originally",
        "created",
    ];
    let mut words = line
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            let w = w.to_lowercase();
            WORDS.contains(&w.as_str())
                || PUBLISHED.contains(&w.as_str())
                || UPDATED.contains(&w.as_str())
                || DATE_PARTICLES.contains(&w.as_str())
        })
}

/// How long a line printing the story's date among other words may be:
/// "By Jane Doe | Nov 18, 2019", "Posted on 18.11.2019 in News".
const MAX_DATELINE_CHARS: u32 = 120;

/// A line of any length that opens with the story's dateline and goes on
/// with its byline or its categories: "Posted on May 2, 2024 by Jane Doe -
/// 5 Comments on …", "On May 2, 2024 May 9, 2024 In Travel, Tips, …". A
/// sentence that opens with a date ("On May 2, 2024, the council …") goes on
/// otherwise.
fn opens_with_dateline(line: &str) -> bool {
    // Only label words stand before the dates, so they lie near the start:
    // the rest of a long line is not searched.
    let mut cut = line.len().min(OPENING_BYTES);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut dates = find_dates(&line[..cut]).take(2);
    let Some((_, first)) = dates.next() else {
        return false;
    };
    let labels_only = line[..first.start]
        .split_whitespace()
        .all(|w| is_date_word(w.trim_end_matches(':')));
    let mut end = first.end;
    if let Some((_, second)) = dates.next() {
        if line[end..second.start].trim().is_empty() {
            end = second.end;
        }
    }
    let rest = line[end..].trim_start();
    labels_only
        && (rest
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("by ") || w.eq_ignore_ascii_case("in "))
            || rest.starts_with(['|', '-', '–', '—', '•', '·']))
}

/// How far into a long line its opening dateline is looked for, in bytes:
/// a few label words and two dates.
const OPENING_BYTES: usize = 160;

/// A short line that prints a date and is not a copyright notice: the form a
/// story's dateline takes when it shares its line with a byline or a label.
pub(crate) fn is_dateline_text(line: &str, chars: u32) -> bool {
    !line.contains("://")
        && !line.contains('©')
        && !contains_ascii_ci(line, b"copyright")
        && if chars <= MAX_DATELINE_CHARS {
            find_dates(line).next().is_some()
        } else {
            opens_with_dateline(line)
        }
}

/// Whether `line` contains `word` (lower-case ASCII) in any ASCII case,
/// without lower-casing a copy of the line: this runs on every dated line.
fn contains_ascii_ci(line: &str, word: &[u8]) -> bool {
    line.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        find_date(s).map(|d| d.to_string())
    }

    #[test]
    fn forms_sites_print() {
        assert_eq!(d("22 Feb 2023").as_deref(), Some("2023-02-22"));
        assert_eq!(
            d("November 18, 2019 11:03 PM").as_deref(),
            Some("2019-11-18")
        );
        assert_eq!(d("Nov. 18, 2019").as_deref(), Some("2019-11-18"));
        assert_eq!(d("18 Nov 2019").as_deref(), Some("2019-11-18"));
        assert_eq!(d("2019-11-18").as_deref(), Some("2019-11-18"));
        assert_eq!(d("2019-11-18T10:00:00Z").as_deref(), Some("2019-11-18"));
        assert_eq!(
            d("Published 3:45 p.m. ET Nov. 18, 2019").as_deref(),
            Some("2019-11-18")
        );
        assert_eq!(d("Sept. 3rd, 2020").as_deref(), Some("2020-09-03"));
        assert_eq!(d("18/11/2019").as_deref(), Some("2019-11-18"));
        assert_eq!(d("December 19. 2025").as_deref(), Some("2025-12-19"));
        assert_eq!(d("22 de janeiro de 2018").as_deref(), Some("2018-01-22"));
        assert_eq!(d("Oktober 27, 2015").as_deref(), Some("2015-10-27"));
        assert_eq!(d("3 août 2021").as_deref(), Some("2021-08-03"));
        assert_eq!(d("22. März 2023").as_deref(), Some("2023-03-22"));
        assert_eq!(d("15 mei 2020").as_deref(), Some("2020-05-15"));
        assert_eq!(d("19-Dec-2025").as_deref(), Some("2025-12-19"));
        assert_eq!(d("25.Jun.2019").as_deref(), Some("2019-06-25"));
        assert_eq!(d("on 04-ago-2021 5:11").as_deref(), Some("2021-08-04"));
        assert_eq!(d("2025•01•08").as_deref(), Some("2025-01-08"));
        // Each language's long form, with its weekday and time around it.
        for (line, want) in [
            ("Montag, 3. März 2024, 14:05 Uhr", "2024-03-03"),
            ("Veröffentlicht am 23.03.2024", "2024-03-23"),
            ("Publié le 3 mars 2024 à 10h15", "2024-03-03"),
            ("lundi 1er avril 2024", "2024-04-01"),
            ("Publicado el 3 de marzo de 2024", "2024-03-03"),
            ("martes, 12 de noviembre de 2024", "2024-11-12"),
            ("Pubblicato il 3 marzo 2024 alle 10:15", "2024-03-03"),
            ("Publicado em 3 de março de 2024", "2024-03-03"),
            ("Gepubliceerd op 3 maart 2024 om 10:15", "2024-03-03"),
            ("dinsdag 12 november 2024", "2024-11-12"),
        ] {
            assert_eq!(d(line).as_deref(), Some(want), "{line}");
        }
        // A date-only line in each language, its labels read as labels.
        for line in [
            "Montag, 3. März 2024, 14:05 Uhr",
            "Veröffentlicht am 23.03.2024",
            "Publié le 3 mars 2024 à 10h15",
            "Mis à jour le 4 mars 2024",
            "Publicado el 3 de marzo de 2024",
            "Pubblicato il 3 marzo 2024 alle ore 10:15",
            "quarta-feira, 3 de março de 2024",
            "Gepubliceerd op 3 maart 2024 om 10:15",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        assert!(is_update_label("Aktualisiert am 4. März 2024"));
        assert!(is_publish_label("Publicado el 3 de marzo de 2024"));
        assert!(is_label_line("Veröffentlicht am"));
        assert_eq!(d("Veröffentlicht am 09.10.2024"), None);
        assert!(!is_date_line("La Repubblica, 3 marzo 2024"));
        // The Romance abbreviations are read between separators only.
        assert_eq!(d("Set 4 2021"), None);
    }

    #[test]
    fn publication_date_among_several() {
        assert_eq!(
            d("Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022")
                .as_deref(),
            Some("2022-11-09")
        );
        assert_eq!(
            d("May 21, 2025 April 24, 2025 by The Ritualist").as_deref(),
            Some("2025-04-24")
        );
        assert_eq!(
            d("August 16, 2019 - Updated July 9, 2025").as_deref(),
            Some("2019-08-16")
        );
        assert_eq!(d("Updated Dec 17, 2025").as_deref(), Some("2025-12-17"));
    }

    #[test]
    fn dates_glued_to_the_next_word() {
        assert_eq!(
            d("July 30, 2019January 18, 2023").as_deref(),
            Some("2019-07-30")
        );
        assert_eq!(
            d("April 26, 2024Updated on: October 28, 2024").as_deref(),
            Some("2024-04-26")
        );
        let line = "July 4, 2025February 9, 2026";
        let ranges: Vec<_> = find_dates(line).map(|(_, r)| &line[r]).collect();
        assert_eq!(ranges, ["July 4, 2025"]);
    }

    #[test]
    fn ambiguous_or_impossible_dates_are_absent() {
        assert_eq!(d("03/04/2020"), None);
        assert_eq!(d("February 30, 2020"), None);
        assert_eq!(d("Wednesday"), None);
        assert_eq!(d("in 2020"), None);
    }

    #[test]
    fn dates_inside_short_lines() {
        let yes = |s: &str| is_dateline_text(s, s.chars().count() as u32);
        assert!(yes("By Jane Doe | Nov 18, 2019"));
        assert!(yes("Posted on 18.11.2019 in News"));
        let long = " and a long list of categories, tags and more words to read.".repeat(2);
        assert!(yes(&format!("Posted on Nov 18, 2019 by Jane Doe{long}")));
        assert!(yes(&format!("On Nov 18, 2019 Nov 20, 2019 In News{long}")));
        assert!(!yes(&format!("On Nov 18, 2019, the council voted{long}")));
        assert!(!yes("© 2019 The Springfield Herald"));
        assert!(!yes("Copyright 2019-11-18 Herald"));
        assert!(!yes("By Jane Doe"));
        assert!(!yes("http://example.com/2011/09/07/story.html"));
    }

    #[test]
    fn update_labels() {
        assert!(is_update_label("Updated: Dec 17, 2025, 21:47 IST"));
        assert!(is_update_label("Page last modified Jan. 17, 2025"));
        assert!(!is_update_label("Published on July 18, 2025"));
        assert!(!is_update_label("August 16, 2019 - Updated July 9, 2025"));
        assert!(!is_update_label(
            "Posted Nov 19, 2019; updated Nov 20, 2019"
        ));
    }

    #[test]
    fn label_lines() {
        assert!(is_label_line("Published on"));
        assert!(is_label_line("Last Updated:"));
        assert!(is_label_line("Date"));
        assert!(!is_label_line(""));
        assert!(!is_label_line("Published by Jane Doe"));
        assert!(!is_label_line("Published on May 2, 2024"));
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line("22 Feb 2023"));
        assert!(is_date_line("May 31, 2025  |"));
        assert!(is_date_line("Published 3:45 p.m. ET Nov. 18, 2019"));
        assert!(is_date_line("Updated: 2019-11-18 10:02"));
        assert!(is_date_line("Monday, Feb. 20, 2023"));
        assert!(!is_date_line(
            "Biden visited Kyiv on Monday, Feb. 20, 2023."
        ));
    }
}
