//! Names of organisations as pages print them: name-shaped lines, "About
//! Name" links, domains written as names, copyright holders.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::text::features::Features;

/// Short words that may sit uncapitalised inside a name ("Los Angeles Times",
/// "The Times of India", "Tagesschau & Co").
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "&", "de", "la", "le", "du", "der", "die", "el", "for", "on", "-", "–",
];

/// The most words an organisation's name runs to ("The Springfield Herald
/// Media Group").
const MAX_NAME_WORDS: u32 = 6;
/// The most characters an organisation's name runs to.
const MAX_NAME_CHARS: u32 = 60;
/// How long, in bytes, the top-level domain of a domain written as a name
/// may be ("de", "com", "online").
const TLD_BYTES: std::ops::RangeInclusive<usize> = 2..=6;

/// Whether a word may sit uncapitalised inside a name.
pub(crate) fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// A line that reads as an organisation's name: one to six words, each
/// capitalised or a connector, with no sentence punctuation and no digits.
pub(crate) fn is_name_shaped(line: &str, f: &Features) -> bool {
    (1..=MAX_NAME_WORDS).contains(&f.words)
        && f.chars <= MAX_NAME_CHARS
        && f.digits == 0
        && !f.terminal
        && f.pipes == 0
        && line
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(&w))
        && line
            .chars()
            .all(|c| c.is_alphanumeric() || " .&'’-–".contains(c))
}

/// The name in an "About Name" link, as a byte range of `line`: not "About
/// us", "About the author" or any other pronoun or generic noun.
pub(crate) fn about_name(line: &str) -> Option<Range<usize>> {
    const NOT_NAMES: &[&str] = &[
        "us",
        "me",
        "our",
        "this",
        "the",
        "you",
        "him",
        "her",
        "them",
        "my",
        "company",
        "author",
        "site",
        "page",
        "website",
        "blog",
        "cookies",
        "ads",
        "advertising",
    ];
    let rest = line.strip_prefix("About ")?;
    let name = rest.trim();
    let first = name.split_whitespace().next()?.to_lowercase();
    if NOT_NAMES.contains(&first.as_str()) || !is_name_shaped(name, &Features::of(name)) {
        return None;
    }
    let start = line.len() - rest.len() + (rest.len() - rest.trim_start().len());
    Some(start..start + name.len())
}

/// Words that name no one when an image's text calls them a logo ("Site
/// logo", "white logo", "Brand Logo"): the image's place or colour.
const NOT_LOGO_NAMES: &[&str] = &[
    "site", "brand", "company", "logo", "main", "header", "footer", "mobile", "desktop", "default",
    "primary", "white", "black", "dark", "light", "color", "colour", "small", "large",
];
/// The most words of the name an image's text calls a logo.
const MAX_LOGO_WORDS: usize = 5;

/// The name in a logo's image text, as a byte range of `line`: "Springfield
/// Herald logo", "Herald Logo - 25 years" (renderers that print an image's
/// alternative text put it where the logo stands). Not "Site logo", "white
/// logo" or a byline.
pub(crate) fn logo_alt_name(line: &str) -> Option<Range<usize>> {
    // One literal search first: this runs on the banner's lines.
    let at = line.find(" logo").or_else(|| line.find(" Logo"))?;
    let after = &line[at + " logo".len()..];
    if after.starts_with(char::is_alphanumeric) {
        return None;
    }
    let head = line[..at].trim_end_matches([' ', '-', '|', ':']);
    let start = head.len() - head.trim_start().len();
    // The image's place, colour or year after the name ("Herald white
    // logo", "Herald 2025 Logo") is no part of it.
    let mut name = head.trim_start();
    while let Some((rest, last)) = name.rsplit_once(' ') {
        let lower = last.to_lowercase();
        if !NOT_LOGO_NAMES.contains(&lower.as_str()) && !last.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        name = rest.trim_end();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let generic = words
        .iter()
        .all(|w| NOT_LOGO_NAMES.contains(&w.to_lowercase().as_str()));
    let ok = (1..=MAX_LOGO_WORDS).contains(&words.len())
        && name.chars().count() <= MAX_NAME_CHARS as usize
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && name.chars().any(char::is_alphabetic)
        && !generic
        // A byline's "By", glued or not ("ByJane Doe").
        && !(words[0].eq_ignore_ascii_case("by")
            || words[0].starts_with("By") && words[0][2..].starts_with(char::is_uppercase))
        && !name.contains([',', '!', '?', '(', '[', '/', ':', '"'])
        && !name.contains(". ")
        // A sentence about a logo ("We redesigned the logo", "Our logo is
        // new") names none.
        && !words.last().is_some_and(|w| is_connector(w))
        && !NOT_SELF_NAMES
            .iter()
            .any(|p| *p != "The" && p.eq_ignore_ascii_case(words[0]))
        && !after.trim_start().starts_with(char::is_lowercase);
    ok.then_some(start..start + name.len())
}

/// A site's domain written as its name: "Herald.com", "move.org".
pub(crate) fn is_domain_name(name: &str) -> bool {
    let Some((host, tld)) = name.rsplit_once('.') else {
        return false;
    };
    TLD_BYTES.contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// What a copyright notice opens with before the holder's name: the mark,
/// years and ranges, "by".
static NOTICE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s+|copyrights?\b|©|\(c\)|&copy;|(?:19|20)\d{2}\b|[-–—,:.]|by\s)")
        .expect("notice lead compiles")
});

/// Where the holder's name ends: a sentence, a separator, "All rights
/// reserved", the site's software ("Powered by …"), a year.
static NOTICE_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\.\s|\.$|[|,•·;(®™/@]|\s[-–—]\s|\ball\s+rights\b|\bpowered\s+by\b|\b(?:19|20)\d{2}\b",
    )
    .expect("notice stop compiles")
});

/// A company's legal form after its name ("Inc.", "LLC", "B.V.").
static LEGAL_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[\s,]+(?:inc|llc|l\.l\.c|ltd|limited|gmbh|b\.\s?v|bv|plc|corp|corporation|co|pc|pllc|llp|s\.a|ag|ug|pty|holdings|group|media\s+group)\.?$",
    )
    .expect("legal form compiles")
});

/// A year, as notices print it.
static NOTICE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:19|20)\d{2}\b").expect("notice year compiles"));

/// The copyright mark, or the word followed by a mark or a year.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)©|\(c\)\s*(?:19|20)\d{2}|&copy;|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d{2}|(?-i:[A-Z]))",
    )
    .expect("notice compiles")
});

/// Whether a copyright notice is the site's for sure: it names a year,
/// reserves rights or spells "Copyright ©". A bare "© Name" may as well be a
/// photo's or a wire's credit.
pub(crate) fn is_full_notice(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    NOTICE_YEAR.is_match(line)
        || lower.contains("rights reserved")
        || lower.contains("copyright") && (line.contains('©') || lower.contains("(c)"))
}

/// The holder's name in a copyright notice ("© 2025 Springfield Herald, Inc.
/// All rights reserved." → "Springfield Herald"), as a byte range of `line`:
/// the name after the last mark, without years, legal form or the rest; else
/// the name the notice opens with before its mark ("Herald Inc. © 2025",
/// "2019-2025 Herald LLC All Rights Reserved").
pub(crate) fn copyright_holder(line: &str) -> Option<Range<usize>> {
    // One literal search first (a SIMD multi-literal scan): this runs on
    // every line of the page.
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"©|opyright|OPYRIGHT|\([cC]\)|ights [Rr]eserved|IGHTS RESERVED")
            .expect("notice mark compiles")
    });
    if !MARK.is_match(line) {
        return None;
    }
    // Photo credits are notices too, of the photographer's rights.
    let credit = line.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let w = w.to_ascii_lowercase();
        ["photo", "photos", "image", "images", "credit", "credits"].contains(&w.as_str())
            || w.contains("getty")
            || w.contains("istock")
    });
    if credit {
        return None;
    }
    after_mark(line).or_else(|| before_mark(line))
}

/// The holder named after the notice's last mark.
fn after_mark(line: &str) -> Option<Range<usize>> {
    let mut start = NOTICE.find_iter(line).last()?.start();
    while let Some(m) = NOTICE_LEAD.find(&line[start..]) {
        if m.is_empty() {
            break;
        }
        start += m.end();
    }
    let rest = &line[start..];
    let end = start + NOTICE_STOP.find(rest).map_or(rest.len(), |m| m.start());
    holder_in(line, start, end)
}

/// Where a notice's mark starts in the text before it: the mark, the word,
/// "All rights reserved".
static MARK_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)©|\(c\)|&copy;|\bcopyrights?\b|\ball\s+rights\s+reserved")
        .expect("mark start compiles")
});

/// The holder named before the notice's first mark, in the segment of the
/// line the mark opens (after the last separator): its name written out in
/// capitalised words, without the years around it.
fn before_mark(line: &str) -> Option<Range<usize>> {
    let mark = MARK_START.find(line)?.start();
    // A notice may open its own segment ("Herald 2025 | All rights
    // reserved"): then the holder is the segment before.
    let head = line[..mark].trim_end_matches(|c: char| c.is_whitespace() || "|•·".contains(c));
    let seg = head.rfind(['|', '•', '·']).map_or(0, |k| {
        k + head[k..].chars().next().map_or(1, char::len_utf8)
    });
    let mut start = seg;
    while let Some(m) = NOTICE_LEAD.find(&line[start..head.len()]) {
        if m.is_empty() {
            break;
        }
        start += m.end();
    }
    let name = line[start..head.len()].trim_end_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_digit() || ".,-–—:©".contains(c)
    });
    let range = holder_in(line, start, start + name.len())?;
    // Capitalised words only: the end of a sentence before "copyright" is no
    // holder.
    let capitalised = line[range.clone()].split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || CONNECTORS.contains(&w)
    });
    let text = &line[range.clone()];
    // Opening with a letter (not a street number) and not ending on a
    // connector (a sentence's "Models on Copyrighted Works").
    let whole = text.starts_with(char::is_alphabetic)
        && !text
            .split_whitespace()
            .last()
            .is_some_and(|w| CONNECTORS.contains(&w));
    (capitalised && whole).then_some(range)
}

/// Words of the footer's links printed beside a notice, which name no holder.
const FOOTER_LINKS: &[&str] = &[
    "privacy",
    "terms",
    "policy",
    "cookies",
    "sitemap",
    "contact",
    "imprint",
    "disclaimer",
];

/// The holder's name in `line[start..end]`, without a legal form, when it
/// reads as a name.
fn holder_in(line: &str, start: usize, mut end: usize) -> Option<Range<usize>> {
    loop {
        let name =
            line[start..end].trim_end_matches(|c: char| c.is_whitespace() || ".,-–—:".contains(c));
        end = start + name.len();
        match LEGAL_FORM.find(name) {
            Some(m) if m.start() > 0 => end = start + m.start(),
            _ => break,
        }
    }
    let name = &line[start..end];
    let words = name.split_whitespace().count();
    let ok = (1..=MAX_NAME_WORDS as usize).contains(&words)
        && name.chars().count() <= MAX_NAME_CHARS as usize
        && name.chars().next().is_some_and(char::is_alphanumeric)
        // A name, not the rest of a sentence ("Copyright 2019 onwards"); a
        // brand may start in lower case ("moveBuddha", "monday.com").
        && (!name.starts_with(char::is_lowercase)
            || name.contains(|c: char| c.is_uppercase() || c == '.'))
        && name.chars().any(char::is_alphabetic)
        && !name.to_ascii_lowercase().contains("rights")
        // The footer's links beside the notice ("Privacy Policy © 2025").
        && !name.split_whitespace().any(|w| {
            FOOTER_LINKS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
        });
    ok.then_some(start..end)
}

/// A capitalised word of a name: letters and digits, inner dots (a domain,
/// "Herald.com"), an ampersand, apostrophes and hyphens.
const NAME_WORD: &str = r"\p{Lu}[\p{L}\p{N}&'’.-]*";

/// The frames in which a site names itself: "Welcome to X", "Discover
/// more from X", "Sign in to your X account", "At X, we …" before the name;
/// "X is part of …", "X helps you …" after it. The welcome frame is given in
/// the main European languages too ("Willkommen bei X", "Bienvenue sur X").
const FRAMES_BEFORE: &[&str] = &[
    "Welcome to",
    "Discover more from",
    "Sign in to your",
    "Log in to your",
    "Subscribe to",
    "Thanks for reading",
    "Thank you for reading",
    "Thank you for visiting",
    "Thanks for visiting",
    "Thank you for supporting",
    "Thanks for supporting",
    "We're the",
    "We’re the",
    "We are the",
    // The same frames in other languages.
    "Willkommen bei",
    "Willkommen auf",
    "Bienvenue sur",
    "Bienvenue chez",
    "Bienvenue à",
    "Bienvenido a",
    "Bienvenidos a",
    "Bem-vindo ao",
    "Bem-vindo à",
    "Bem-vindos ao",
    "Benvenuti su",
    "Benvenuto su",
    "Welkom bij",
    "Welkom op",
];
/// The words that follow a name in a frame (see [`FRAMES_BEFORE`]).
const FRAMES_AFTER: &[&str] = &[
    "is part of",
    "is a part of",
    "helps you",
    "is owned by",
    "is published by",
    "is supported by its",
    "is reader-supported",
    "is a production of",
    "is your",
    "is here to help",
];

/// The self-naming frames, compiled once: the name after a leading frame
/// (group 1), between "at" and ", we" (", she", ", our" …) (group 2), or before a trailing frame
/// (group 3). Every alternative holds a literal, so the scan is one
/// multi-literal search per line.
static SELF_NAMING: LazyLock<Regex> = LazyLock::new(|| {
    let name = format!(
        r"{NAME_WORD}(?:\s(?:(?:of|the|and|&|for|de)\s)?{NAME_WORD}){{0,{}}}",
        MAX_NAME_WORDS - 1
    );
    let before = FRAMES_BEFORE.join("|");
    let after = FRAMES_AFTER.join("|");
    Regex::new(&format!(
        r"\b(?:{before})\s(?:the\s)?({name})|\b[Aa]t\s({name})\s?,\s(?:we|our|she|he|they|you)\b|(?:^|[.!?]\s)({name})\s(?:{after})\b"
    ))
    .expect("self-naming frames compile")
});

/// A looser pattern every line that [`SELF_NAMING`] matches also matches
/// (a frame, then a capital; "at", a capital, no comma up to ", we"; a
/// name's last word, then a trailing frame; a name holds no comma), with no word
/// boundary, so that the lazy DFA answers it: the capture search, whose
/// Unicode word boundaries and leading name class no DFA or literal scan
/// can run, then reads only the few lines that pass.
static SELF_NAMING_GATE: LazyLock<Regex> = LazyLock::new(|| {
    let before = FRAMES_BEFORE.join("|");
    let after = FRAMES_AFTER.join("|");
    Regex::new(&format!(
        r"(?:{before})\s(?:the\s)?\p{{Lu}}|[Aa]t\s\p{{Lu}}[^,]*,\s(?:we|our|she|he|they|you)|\p{{Lu}}[\p{{L}}\p{{N}}&'’.-]*\s(?:{after})"
    ))
    .expect("self-naming gate compiles")
});

/// Words that open a frame's capture without naming anyone ("Welcome to
/// Our Website", "Sign in to Your Account", "Subscribe to Newsletter",
/// "What helps you …").
const NOT_SELF_NAMES: &[&str] = &[
    "Our",
    "Your",
    "My",
    "This",
    "The",
    "Their",
    "His",
    "Her",
    "Its",
    "A",
    "An",
    "We",
    "It",
    "He",
    "She",
    "They",
    "You",
    "Newsletter",
    "Newsletters",
    "Company",
    "Updates",
    "What",
    "How",
    "Why",
    "Who",
    "Which",
    "Where",
];

/// The names a line gives its site in a self-naming frame ("Welcome to
/// Springfield Herald", "Herald is part of Acme Media"), as byte ranges.
pub(crate) fn self_names(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let gated = SELF_NAMING_GATE.is_match(line);
    gated
        .then(|| SELF_NAMING.captures_iter(line))
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let m = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
            let text = m.as_str().trim_end_matches(['.', '\'', '’', '-']);
            let mut words = text.split_whitespace();
            let first = words.next()?;
            // "The Daily Planet" is a name, a bare "The" none.
            let pronoun =
                NOT_SELF_NAMES.contains(&first) && (first != "The" || words.next().is_none());
            (!pronoun).then(|| m.start()..m.start() + text.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(s: &str) -> bool {
        is_name_shaped(s, &Features::of(s))
    }

    #[test]
    fn publisher_names() {
        assert!(named("New York Post"));
        assert!(named("NY Post"));
        assert!(named("The Times of India"));
        assert!(named("Reuters"));
    }

    fn holder(line: &str) -> Option<&str> {
        copyright_holder(line).map(|r| &line[r])
    }

    #[test]
    fn copyright_holders() {
        assert_eq!(
            holder("© 2025 Springfield Herald, Inc. All rights reserved."),
            Some("Springfield Herald")
        );
        assert_eq!(
            holder("Copyright © 2012 - 2025 Menlo Coaching B.V."),
            Some("Menlo Coaching")
        );
        assert_eq!(
            holder("© Conductor 2025. All Rights Reserved"),
            Some("Conductor")
        );
        assert_eq!(holder("©2025 by Sally Tomatoes."), Some("Sally Tomatoes"));
        assert_eq!(holder("© Copyright Gannett 2025"), Some("Gannett"));
        assert_eq!(
            holder("Made in Ohio © Everfit 2025 - All Rights Reserved."),
            Some("Everfit")
        );
        assert_eq!(
            holder("9500 Euclid Avenue | © 2025 Springfield Clinic. All Rights Reserved"),
            Some("Springfield Clinic")
        );
        assert_eq!(holder("Copyright 2019 Acme Media LLC"), Some("Acme Media"));
        assert_eq!(
            holder("All Rights Reserved © monday.com"),
            Some("monday.com")
        );
        assert_eq!(
            holder("© Springfield Herald Pty Ltd. All rights reserved."),
            Some("Springfield Herald")
        );
        assert_eq!(
            holder("© 2019 Herald Media Group. All rights reserved."),
            Some("Herald")
        );
        // Named before the mark, or with no mark but the reservation.
        assert_eq!(
            holder("Binariks Inc. © 2014-2025. All Rights Reserved."),
            Some("Binariks")
        );
        assert_eq!(
            holder("Class Central © 2011-2025 Privacy Policy"),
            Some("Class Central")
        );
        assert_eq!(
            holder("The Coffee Chronicler 2024 ©"),
            Some("The Coffee Chronicler")
        );
        assert_eq!(
            holder("FieldEdge 2025 | All rights reserved."),
            Some("FieldEdge")
        );
        assert_eq!(
            holder("2019-2026 Greenhouse Studio LLC All Rights Reserved"),
            Some("Greenhouse Studio")
        );
        assert_eq!(
            holder("Herald LLC. All rights reserved. Copyright © 2015-2025"),
            Some("Herald")
        );
        assert_eq!(
            holder("© 2025 Accreditedonline.org, a Red Ventures Company"),
            Some("Accreditedonline.org")
        );
    }

    #[test]
    fn notices_with_their_software_or_a_plural_mark() {
        assert_eq!(
            holder("© 2026, Springfield Herald Plant Care USA Powered by Shopify"),
            Some("Springfield Herald Plant Care USA")
        );
        assert_eq!(
            holder("© Copyrights 2020 by Springfield Herald - All rights reserved."),
            Some("Springfield Herald")
        );
    }

    #[test]
    fn logo_alt_names() {
        let logo = |s: &'static str| logo_alt_name(s).map(|r| &s[r]);
        assert_eq!(logo("Springfield Herald Logo"), Some("Springfield Herald"));
        assert_eq!(logo("sky news logo"), Some("sky news"));
        assert_eq!(logo("Herald Logo - Celebrating 25 Years"), Some("Herald"));
        assert_eq!(logo("Herald header logo"), Some("Herald"));
        assert_eq!(logo("Herald 2025 Logo"), Some("Herald"));
        assert_eq!(logo("Matt on ML.NET Logo"), Some("Matt on ML.NET"));
        assert_eq!(logo("Site logo"), None);
        assert_eq!(logo("white logo"), None);
        assert_eq!(logo("By Jane Doe logo"), None);
        assert_eq!(logo("Herald logos"), None);
        assert_eq!(logo("We redesigned the logo."), None);
        assert_eq!(logo("Our new logo is here"), None);
        assert_eq!(logo("Herald logo is new"), None);
    }

    #[test]
    fn about_links() {
        let about = |s: &'static str| about_name(s).map(|r| &s[r]);
        assert_eq!(
            about("About Springfield Herald"),
            Some("Springfield Herald")
        );
        assert_eq!(about("About Acme"), Some("Acme"));
        assert_eq!(about("About Us"), None);
        assert_eq!(about("About the Author"), None);
        assert_eq!(about("About 20 people came."), None);
    }

    #[test]
    fn domains() {
        assert!(is_domain_name("Herald.com"));
        assert!(is_domain_name("move.org"));
        assert!(!is_domain_name("Springfield Herald"));
        assert!(!is_domain_name("Herald Inc."));
    }

    #[test]
    fn full_notices() {
        assert!(is_full_notice("© 2025 Springfield Herald"));
        assert!(is_full_notice("© Springfield Herald. All rights reserved."));
        assert!(is_full_notice("Copyright © Springfield Herald"));
        assert!(!is_full_notice("© Reuters"));
    }

    #[test]
    fn not_copyright_holders() {
        assert_eq!(
            holder("Terms and Privacy Policy © 2010-2025 All rights reserved."),
            None
        );
        assert_eq!(holder("Image credit: © Depositphotos.com/someone"), None);
        assert_eq!(holder("Copyright, Reprints & Licensing"), None);
        assert_eq!(holder("Copyright @2025"), None);
        assert_eq!(holder("Copyright agent"), None);
        assert_eq!(holder("Copyright 2019 onwards"), None);
        assert_eq!(holder("The storm hit the coast."), None);
        assert_eq!(holder("Some rights reserved."), None);
        assert_eq!(
            holder("Training Generative AI Models on Copyrighted Works"),
            None
        );
        assert_eq!(holder("677 Main Avenue, Boston, MA © 2025"), None);
    }

    #[test]
    fn not_names() {
        assert!(!named("back"));
        assert!(!named("22 Feb 2023"));
        assert!(!named("| Remer,MN"));
        assert!(!named("He said so."));
        assert!(!named(
            "Putin meets China’s top diplomat, brags about new frontiers in Beijing"
        ));
    }
    #[test]
    fn self_names_in_frames() {
        let names = |s: &'static str| self_names(s).map(|r| &s[r]).collect::<Vec<_>>();
        assert_eq!(
            names("Welcome to Springfield Herald! Read on."),
            ["Springfield Herald"]
        );
        assert_eq!(names("Sign in to your Herald.com account"), ["Herald.com"]);
        assert_eq!(names("At ProFor, we build tools."), ["ProFor"]);
        assert_eq!(
            names("Here, at The Podcast Host , we cover it."),
            ["The Podcast Host"]
        );
        assert_eq!(names("XDA is part of the Valnet Publishing Group"), ["XDA"]);
        assert_eq!(
            names("Discover more from The Daily Planet"),
            ["The Daily Planet"]
        );
        assert!(names("Welcome to Our Website").is_empty());
        assert!(names("The storm is part of a pattern.").is_empty());
        assert!(names("welcome to the show").is_empty());
        assert!(names("Subscribe to Newsletter").is_empty());
        assert_eq!(
            names("Willkommen bei Springfield Herald"),
            ["Springfield Herald"]
        );
    }
}
