//! The lexical families of the line classifier.
//!
//! Only what is truly lexical lives here: fixed phrases that mean the same on
//! every site (ad markers, agency credits, wire credits, share/follow chrome).
//! Whether a line is prose, a headline or a caption is decided from its shape
//! and its neighbours, not from word lists.
//!
//! No pattern repeats a full Unicode class (`\p{L}`) in a bounded loop: such a pattern multiplies
//! the lazy DFA's states until it gives up and a far slower engine takes over
//! (one such pattern once made the classifier fifty times slower). Names are
//! matched with Latin ranges instead.
//!
//! Every pattern is anchored at the start of the line. That matters for speed:
//! all families are compiled into one `RegexSet`, and on a prose line every
//! anchored pattern dies within the first few bytes, so one lazy-DFA pass costs
//! about as much as reading the first word. Patterns are matched against the
//! trimmed line.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::rule::Rule;
use crate::text::words::ascii_boundaries;

/// A family of patterns that all mean one kind of line.
pub(crate) struct Family {
    /// The verdict on a line the family matches: its kind and the reason
    /// `explain` shows.
    pub rule: Rule,
    /// A line longer than this (in chars) is not of this family even when a
    /// pattern matches its start: a credit or a share button is short, a
    /// sentence that happens to begin with "Photo:" is not.
    pub max_chars: usize,
    pub patterns: &'static [&'static str],
    /// Patterns anchored only at the end of the line, for clutter that is
    /// recognised by how it ends ("… contributed to this report."). They are
    /// compiled apart from the start-anchored ones: a regex anchored only at
    /// the end is searched backwards from the end and gives up within a few
    /// bytes on ordinary lines.
    pub suffixes: &'static [&'static str],
    /// Patterns tried only on lines that contain a `/`: credits that start
    /// with a photographer's name ("Evan Vucci/AP"). Tried on every line, the
    /// leading name would keep the DFA reading every title-case line.
    pub with_slash: &'static [&'static str],
    /// Patterns tried only on short lines (at most `SHORT_LINE` chars): ones
    /// that must read a few words of any capitalised line before they can
    /// fail ("Jill Winger says"), which would cost every line of prose.
    pub short: &'static [&'static str],
}

/// The longest line the `suffixes` are tried on, in chars. What they catch
/// ("Reuters contributed to this report.", "© Acme. All rights reserved.")
/// names a few sources in one short line; most lines of prose are longer,
/// and skipping them saves a search on almost every paragraph.
const SUFFIX_LINE: usize = 120;

/// The longest line the `short` patterns are tried on, in chars.
const SHORT_LINE: usize = 48;

/// News agencies and picture agencies as they appear in credit lines.
/// Case-sensitive on purpose: "AP" is a credit, "ap" is not.
macro_rules! agency {
    () => {
        r"(?:AP|AFP|REUTERS|Reuters|EPA|EPA-EFE|EFE|ANSA|Getty Images|Getty|Shutterstock|Alamy|Alamy Stock Photo|Bloomberg|Xinhua|TASS|Sputnik|Anadolu Agency|Anadolu|Pool|POOL|NurPhoto|SIPA|Sipa USA|ZUMA Press|ZUMA Wire|ZUMA|Zuma|UPI|PA|PA Wire|PA Images|PA Media|Rex Features|REX|Shutterstock/REX|Corbis|iStock|iStockphoto|AP Photo|AAP|KCNA|KCNA via KNS|Kyodo|Yonhap|Imagn|Imagn Images|USA TODAY Sports|USA TODAY NETWORK|Icon Sportswire|WireImage|FilmMagic|Polaris|Redux|Backgrid|BACKGRID|Splash News|Unsplash|Pexels|Pixabay|Wikimedia Commons|Flickr|NASA|Handout|HANDOUT|DPA|dpa|picture alliance|Picture Alliance|Abaca|ABACAPRESS|Avalon|Camera Press|Magnum Photos|The Washington Post|The New York Times|Los Angeles Times|Chicago Tribune)"
    };
}

/// A personal or organisation name as printed in a credit ("Evan Vucci",
/// "Mikhail Metzel", "U.S. Navy").
macro_rules! name {
    () => {
        // Latin letters only (with Latin-1 accents): a full Unicode letter
        // class repeated this many times would multiply the DFA's states.
        r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\-]*(?:\s+(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\-]*|de|van|von|da|del|la|le|bin|al)){0,4}"
    };
}

/// Trailing punctuation a marker line may carry ("ADVERTISEMENT -", "Advertisement:").
macro_rules! tail {
    () => {
        r"[\s\-–—:.|•·*]*$"
    };
}

pub(crate) static FAMILIES: &[Family] = &[
    Family {
        rule: Rule::Sponsor,
        max_chars: 400,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            r"(?i)^sponsor(?:ed)?\s*(?:by\b|[:\-–—])",
            r"(?i)^(?:presented|brought to you|supported|powered|paid for|underwritten) by\b",
            r"(?i)^in (?:partnership|association) with\b",
            r"(?i)^(?:this|the following) (?:content|article|story|post) (?:is|was) (?:sponsored|paid for|produced)\b",
        ],
    },
    Family {
        rule: Rule::AdMarker,
        max_chars: 80,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            concat!(
                r"(?i)^[\s\-–—|•·*]*(?:advertisements?|advertisment|advertising|advert|ads?|sponsored|sponsored content|sponsored links?|paid content|paid post|promoted|promoted content|partner content|ad feedback|report (?:this )?ad|skip (?:this )?ad(?:vertisement)?|close ad|ad choices|adchoices)",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*(?:story|article|content|text) continues (?:below|after)(?: (?:this|the) )?(?: ?(?:advertisement|ad|advert))?",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*continue reading (?:the main story|below|after (?:the )?(?:ad|advertisement))",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*scroll (?:down )?to (?:continue|read)(?: reading)?(?: with content)?",
                tail!()
            ),
            concat!(
                r"(?i)^[\s\-–—|•·*]*(?:advertisement|ad)\s*[\-–—:]\s*(?:scroll|continue|story continues)\b.*",
                tail!()
            ),
        ],
    },
    Family {
        rule: Rule::WireCredit,
        max_chars: 240,
        short: &[],
        with_slash: &[],
        suffixes: &[
            r"(?i)contributed (?:to )?(?:this|the) (?:report|story|article|reporting)\s*[.)]*$",
        ],
        patterns: &[
            r"(?i)^[\-–—(]*\s*with\s+(?:[A-Za-zÀ-ÿ.’'&]+\s+){0,3}(?:wires?|wire services|wire reports|news services)\s*[.)]?$",
            r"(?i)^[\-–—]+\s*(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg(?: news)?|dpa|xinhua|united press international|upi|cnn wire|[\p{L}]+ wire services?)\s*\.?$",
            r"(?i)^(?:the\s+)?associated press\.?$",
            r"(?i)^\(?\s*(?:additional )?reporting by\b",
            r"(?i)^\(?\s*(?:writing|editing|compiled|written|edited) by\b.*\)?$",
            r"(?i)^(?:compiled|written|edited) from (?:wire|news) (?:services|reports)\s*\.?$",
            r"(?i)^this (?:story|article|report) (?:has been|was) (?:updated|corrected)\b.*$",
        ],
    },
    Family {
        rule: Rule::PhotoCredit,
        max_chars: 160,
        suffixes: &[],
        patterns: &[
            // "AP", "via REUTERS", "AFP via Getty Images", "AP Photo/Evan Vucci",
            // "Getty Images for Netflix".
            concat!(
                r"^(?:[Vv]ia\s+)?",
                agency!(),
                r"(?:\s+Photo)?(?:\s*/\s*",
                name!(),
                r")?(?:\s+(?:via|for|/)\s+",
                name!(),
                r")?\s*\.?$"
            ),
            // "(AP Photo/Evan Vucci)", "(Photo: Reuters)".
            concat!(
                r"^\(\s*(?:",
                agency!(),
                r"\s+)?(?i:photo|photograph|image|file photo|courtesy)\b[^()]*\)\s*\.?$"
            ),
            // "Photo: …", "Image credit: …", "Photograph by …", "Pictures: …".
            r"(?i)^(?:top |main |lead |header |file |featured )?(?:photo|photos|photograph|photographs|photography|image|images|picture|pictures|pic|graphic|graphics|illustration|video|footage|cover (?:photo|image))\s*(?:credits?|courtesy|source)?\s*(?::|/|\bby\b|\bcourtesy\b|\.{2,}|…)",
            r"(?i)^(?:credits?|courtesy(?: of)?|source|copyright|©)\s*(?::|\.{2,}|…|\s+of\b)",
            r"(?i)^(?:image|photo|picture)\s+(?:via|from|courtesy of)\b",
        ],
        // "Evan Vucci/AP", "Mikhail Metzel/TASS via AP", "Doug Mills/The New York Times".
        short: &[],
        with_slash: &[concat!(r"^", name!(), r"\s*/\s*", agency!(), r"\b.*$")],
    },
    Family {
        rule: Rule::Byline,
        max_chars: 120,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        // "By" and a capitalised word; the rest of a byline is free-form
        // ("By JOHN SMITH and Jane Doe, Associated Press | Nov 18, 2019"), so
        // the classifier rejects sentence-shaped matches ("By Monday, the
        // council had voted.") by shape instead of spelling names out here.
        patterns: &[
            r"^(?i:by|written by|words by|story by|posted by|text by|von|par|por)\s+[\p{Lu}\d].*$",
        ],
    },
    Family {
        // Consent banners run to whole paragraphs, so they get their own,
        // longer cap; the phrases are those of the common consent managers.
        rule: Rule::CookieConsent,
        max_chars: 1200,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            r"(?i)^(?:this (?:web)?site|we|our (?:web)?site|this (?:web)?site and (?:its )?(?:third[- ]party|partners?)(?: tools)?)\s+(?:uses?|may use|is using|use[sd]?)\s+cookies\b",
            r"(?i)^(?:strictly )?(?:necessary|functional|functionality|analytics?|analytical|performance|marketing|advertising|advertisement|targeting|non-necessary|essential|preference|statistics?|other|uncategori[sz]ed) cookies (?:are|help|is|include|used|allow|ensure|that)\b",
            r"(?i)^any cookies that\b",
            r"(?i)^(?:privacy overview|cookie (?:settings|preferences|policy|consent)|manage (?:consent|cookies)(?: preferences)?|always enabled|necessary|non-necessary|save (?:&|and) accept|accept (?:all|cookies)|reject (?:all)?|do not sell or share my personal information)\s*$",
            r"(?i)^(?:by (?:clicking|continuing|using) .*(?:cookies|privacy|terms)|we (?:and our partners )?(?:use|store|process) (?:cookies|personal data|data)\b)",
        ],
    },
    Family {
        // Headers of what follows an article (comments, related stories,
        // share bars): the main-content region does not extend past them.
        rule: Rule::EndOfArticle,
        // Headers are short and never sentences: "Read more about the new
        // range." inside an article is text, "Read more" alone is not.
        max_chars: 80,
        short: &[],
        with_slash: &[],
        suffixes: &[],
        patterns: &[
            r"(?i)^\d+\s+(?:comments?|responses?|replies|thoughts?|reactions?)\b(?:\s*(?:on|to|\||»|:)\s*.*)?$",
            r"(?i)^(?:leave|post|add|write|submit|join) (?:a|your|the) (?:comment|reply|response|discussion|conversation)\b[^.!?]*$",
            r"(?i)^(?:comments?|discussion|reader comments|responses|what (?:do )?you think\??)\s*(?:\(\d+\))?\s*:?$",
            r"(?i)^(?:comments?|discussion|responses|reactions) (?:about|on|to) this (?:post|article|story|page|entry)\s*:?$",
            r"(?i)^(?:related|more|similar|recommended|popular|latest|trending|recent|other|further|featured)\s+(?:posts|articles|stories|news|reads|reading|content|coverage|videos|recipes|guides|links|items)(?:\s+(?:from|on|in|about|by|for|like this)\b[^.!?]{0,50})?\s*:?$",
            r"(?i)^(?:you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more|this next)|also read|don[’']t miss|recommended for you|what to read next|more from|more on this|keep reading|up next)\b[^.!?]{0,40}(?:\.\.\.|…)?:?$",
            r"(?i)^share (?:this|the)(?: (?:article|story|post|page))?\s*:?$",
            r"(?i)^(?:about the author|tags?|filed under|categories|posted in)\s*:?[^.!?]{0,60}$",
        ],
    },
    Family {
        rule: Rule::SiteChrome,
        max_chars: 200,
        with_slash: &[],
        short: &[
            r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.\-]*(?:\s+[A-Za-zÀ-ÿ'’.\-]+){0,3}\s+(?:says|said|wrote|writes|replied)\s*:?$",
        ],
        suffixes: &[r"(?i)all rights reserved\W{0,3}$"],
        patterns: &[
            // Navigation and account links on a line of their own.
            concat!(
                r"(?i)^[\s\-–—|•·»›<>*]*(?:back|go back|back to top|top|topic|topics|home|homepage|menu|main menu|search|sections?|all sections|skip to (?:main )?content|skip to navigation|skip to site index|skip navigation|log ?in|log ?out|sign ?in|sign ?out|sign ?up|register|subscribe|subscribe now|subscriber|account|my account|profile|today[’']s paper|e-?paper|next|previous|prev|next (?:article|story|post)|previous (?:article|story|post)|more|read more|see more|show more|load more|view more|more stories|related|related (?:stories|articles|posts|content|coverage|topics)|you may also like|recommended|recommended for you|trending|trending now|popular|most popular|most read|most viewed|top stories|latest|latest news|latest stories|editor[’']s picks|share|share this|share (?:this )?(?:article|story|post|page)|shares|tweet|email|e-mail|print|comments?|leave a comment|post a comment|add a comment|show comments|view comments|reply|like|follow|follow us|facebook|twitter|x|instagram|linkedin|youtube|whatsapp|pinterest|reddit|tiktok|telegram|flipboard|copy link|copy|link copied|close|open|toggle navigation|advertise|advertise with us|contact|contact us|about|about us|privacy|privacy policy|terms|terms of (?:use|service)|terms and conditions|cookie policy|cookies|cookie settings|accept|accept all|accept cookies|reject all|manage cookies|manage preferences|do not sell my (?:personal )?info(?:rmation)?|sitemap|rss|newsletter|newsletters|jobs|careers|help|faq|feedback|tags?|filed under|listen|listen to (?:this )?article|watch|play|video|videos|photos|gallery|view gallery|enlarge|expand|zoom|loading|loading\.\.\.|opinion|news|world|politics|business|sports?|entertainment|lifestyle|health|science|technology|tech|culture|travel|weather|local|national|video player)",
                tail!()
            ),
            // Comment threads: "reply to comment" (and "Jill Winger says",
            // among the short-line patterns).
            r"(?i)^(?:reply|reply to (?:this )?comment|report (?:this )?comment|log ?in to reply|cancel reply|load more comments|view (?:all )?\d* ?(?:comments|replies))$",
            // Share, follow and click-through prompts.
            r"(?i)^(?:follow|find|like|join|connect with) (?:us|me) on\b.*$",
            r"(?i)^share (?:on|via|this|to|with)\b.*$",
            r"(?i)^(?:click|tap) (?:here|to)\b.*$",
            // Newsletter and subscription offers.
            r"(?i)^(?:sign up|subscribe|register|join)\b.*\b(?:newsletters?|updates|inbox|e-?mails?|alerts|free|digest)\b.*$",
            r"(?i)^get (?:the|our) .*newsletters?.*$",
            r"(?i)^(?:enter your e-?mail|your e-?mail address|e-?mail address)\b.*$",
            r"(?i)^(?:already a (?:subscriber|member)|not a subscriber|subscribe to (?:continue|read)|become a (?:subscriber|member))\b.*$",
            // Cookie banners and legal lines.
            r"(?i)^(?:©|\(c\)|copyright\b)",
            r"(?i)^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b",
            r"(?i)^by (?:using|continuing|clicking|browsing)\b.*\b(?:cookies|terms|privacy|agree)\b",
            // Counters: "0", "1.2K", "12 comments", "Comments (3)", "5 min read".
            r"(?i)^[\d.,]+\s*[km]?$",
            // Pagination: "1 2 3 4 5", "« 1 2 3 … 12 Next »".
            r"(?i)^(?:[«‹<]\s*|prev(?:ious)?\s+)?(?:\d{1,4}\s+|…\s+|\.\.\.\s+){2,}\d{1,4}(?:\s+next)?(?:\s*[»›>])?$",
            r"(?i)^[\d.,]+\s*[km]?\s+(?:comments?|shares?|likes?|views?|reads?|replies|responses|reactions|followers|subscribers|points?|votes?|retweets?)$",
            r"(?i)^(?:comments?|shares?|views?|likes?|replies)\s*[:(]?\s*[\d.,]+\s*[km]?\)?$",
            r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s\-]min(?:ute)?s?\.?\s+(?:read|listen|watch)$",
            // Breadcrumbs and separator-led fragments ("Home > News", "| Remer,MN").
            r"(?i)^home\s*[>/»›|]",
            // Not "•": a bullet starts a list item, article text or a menu
            // entry, which only its neighbourhood tells (the region stage).
            r"^[|·»›]\s*.*$",
            r"^[\s|•·»›/\-–—*_=#~+]+$",
        ],
    },
];

/// Patterns compiled twice: as one alternation, whose anchored `is_match`
/// answers "is this line clutter at all?" in one early-exiting DFA pass, and
/// as one `RegexSet` per family, asked in order only for the few lines that
/// are (a non-overlapping `is_match` per family is cheaper than one
/// overlapping search that must report every pattern).
struct Group {
    any: Regex,
    families: Vec<(u8, RegexSet)>,
}

impl Group {
    fn new(patterns: Vec<(String, u8)>) -> Group {
        let alternation = patterns
            .iter()
            .map(|(p, _)| format!("(?:{p})"))
            .collect::<Vec<_>>()
            .join("|");
        let any = regex::RegexBuilder::new(&alternation)
            .dfa_size_limit(16 << 20)
            .build()
            .expect("built-in lexicon compiles");
        let mut families: Vec<(u8, RegexSet)> = Vec::new();
        for i in 0..FAMILIES.len() {
            let i = u8::try_from(i).expect("fewer than 256 families");
            let own: Vec<&str> = patterns
                .iter()
                .filter(|(_, f)| *f == i)
                .map(|(p, _)| p.as_str())
                .collect();
            if !own.is_empty() {
                families.push((i, RegexSet::new(own).expect("built-in lexicon compiles")));
            }
        }
        Group { any, families }
    }

    fn family(&self, line: &str, fits: impl Fn(&Family) -> bool) -> Option<&'static Family> {
        if !self.any.is_match(line) {
            return None;
        }
        self.families
            .iter()
            .map(|(i, set)| (&FAMILIES[usize::from(*i)], set))
            .find(|(f, set)| fits(f) && set.is_match(line))
            .map(|(f, _)| f)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.families.iter().map(|(_, s)| s.len()).sum()
    }
}

/// The whole lexicon, compiled once.
pub(crate) struct Lexicon {
    common: Group,
    slash: Group,
    short: Group,
    suffixes: Group,
    max_chars: usize,
    max_suffix_chars: usize,
}

impl Lexicon {
    /// The first family (in `FAMILIES` order) with a matching pattern whose
    /// length cap the line meets.
    pub fn family(&self, line: &str, chars: usize) -> Option<&'static Family> {
        // Longer than every family's cap: no need to look.
        if chars > self.max_chars {
            return None;
        }
        let fits = |f: &Family| chars <= f.max_chars;
        self.common
            .family(line, fits)
            .or_else(|| {
                (chars <= 160 && line.contains('/'))
                    .then(|| self.slash.family(line, fits))
                    .flatten()
            })
            .or_else(|| {
                (chars <= SHORT_LINE)
                    .then(|| self.short.family(line, fits))
                    .flatten()
            })
            .or_else(|| {
                (chars <= self.max_suffix_chars)
                    .then(|| self.suffixes.family(line, fits))
                    .flatten()
            })
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.common.len() + self.slash.len() + self.short.len() + self.suffixes.len()
    }
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let (mut common, mut slash, mut short, mut suffixes) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (i, family) in FAMILIES.iter().enumerate() {
        let i = u8::try_from(i).expect("fewer than 256 families");
        common.extend(family.patterns.iter().map(|p| (ascii_boundaries(p), i)));
        slash.extend(family.with_slash.iter().map(|p| (ascii_boundaries(p), i)));
        short.extend(family.short.iter().map(|p| (ascii_boundaries(p), i)));
        suffixes.extend(family.suffixes.iter().map(|p| (ascii_boundaries(p), i)));
    }
    Lexicon {
        common: Group::new(common),
        slash: Group::new(slash),
        short: Group::new(short),
        suffixes: Group::new(suffixes),
        max_chars: FAMILIES.iter().map(|f| f.max_chars).max().unwrap_or(0),
        max_suffix_chars: FAMILIES
            .iter()
            .filter(|f| !f.suffixes.is_empty())
            .map(|f| f.max_chars)
            .max()
            .unwrap_or(0)
            .min(SUFFIX_LINE),
    }
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LineKind;

    fn kind(line: &str) -> Option<LineKind> {
        LEXICON
            .family(line, line.chars().count())
            .map(|f| f.rule.kind())
    }

    #[test]
    fn every_family_compiles() {
        for f in FAMILIES {
            for p in f
                .patterns
                .iter()
                .chain(f.suffixes)
                .chain(f.with_slash)
                .chain(f.short)
            {
                assert!(Regex::new(&ascii_boundaries(p)).is_ok(), "{p}");
            }
        }
        assert!(LEXICON.len() > 20);
    }

    #[test]
    fn ad_markers() {
        for l in [
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Sponsored",
            "- Advertisement -",
            "Continue reading the main story",
        ] {
            assert_eq!(kind(l), Some(LineKind::Advertisement), "{l}");
        }
        assert_eq!(kind("Advertisements are everywhere in this town."), None);
    }

    #[test]
    fn sponsor_lines_of_any_length() {
        let long = "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge and Reasoning Support for Fantasy Sports and Betting Enthusiasts.";
        assert_eq!(kind(long), Some(LineKind::Sponsor));
        assert_eq!(kind("Sponsored by Acme"), Some(LineKind::Sponsor));
    }

    #[test]
    fn photo_credits() {
        for l in [
            "AP",
            "REUTERS",
            "via REUTERS",
            "Getty Images",
            "AFP via Getty Images",
            "Photo: Jane Doe",
            "Image credit: NASA",
            "Evan Vucci/AP",
            "Mikhail Metzel/TASS via AP",
            "(AP Photo/Evan Vucci)",
            "Credit... Doug Mills/The New York Times",
        ] {
            assert_eq!(kind(l), Some(LineKind::PhotoCredit), "{l}");
        }
        assert_eq!(kind("ap"), None);
        assert_eq!(kind("APPLE"), None);
    }

    #[test]
    fn wire_credits() {
        for l in [
            "With Post wires",
            "— Associated Press",
            "Reuters contributed to this report",
            "The Associated Press contributed to this report.",
            "Additional reporting by Jane Doe in London",
        ] {
            assert_eq!(kind(l), Some(LineKind::WireCredit), "{l}");
        }
    }

    #[test]
    fn bylines_need_a_name() {
        assert_eq!(kind("By Jamelle Bouie"), Some(LineKind::Byline));
        assert_eq!(
            kind("By JOHN SMITH and Jane Doe, Associated Press"),
            Some(LineKind::Byline)
        );
        assert_eq!(
            kind("By using this site you agree to our terms"),
            Some(LineKind::SiteChrome)
        );
        assert_eq!(kind("By the time the vote came, it was over."), None);
        assert_eq!(
            LineKind::classify("By Monday, the council had voted to close the old bridge."),
            LineKind::Body
        );
    }

    #[test]
    fn end_of_article_markers() {
        for l in [
            "109 Comments | Grow a Garden, Make It Yourself",
            "34 responses to “ Anthony Lynn: “We needed to win this game” ”",
            "Leave a Reply",
            "You may also like these posts...",
            "Related Stories",
            "Share this:",
            "More from The Times",
            "Discussion about this post",
            "Comment on this article",
        ] {
            assert_eq!(
                LEXICON.family(l, l.chars().count()).map(|f| f.rule),
                Some(Rule::EndOfArticle),
                "{l}"
            );
        }
        assert_eq!(kind("Jill Winger says"), Some(LineKind::SiteChrome));
        assert_eq!(kind("reply to comment"), Some(LineKind::SiteChrome));
        assert_eq!(
            kind("More than 40 people were hurt in the blast, officials said."),
            None
        );
        assert_eq!(kind("Read more about recent LG innovations."), None);
        assert_eq!(kind("More posts ≠ more subscribers."), None);
    }

    #[test]
    fn chrome_is_whole_line_only() {
        for l in [
            "back",
            "topic",
            "0",
            "12 comments",
            "Share on Facebook",
            "© 2023 Acme Corp",
            "1 2 3 4 5",
            "« 1 2 3 … 12 Next »",
        ] {
            assert_eq!(kind(l), Some(LineKind::SiteChrome), "{l}");
        }
        assert_eq!(
            kind("Back in 2019 the council voted to share the costs."),
            None
        );
    }
}
