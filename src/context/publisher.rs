//! Who the story is from: the publisher named above its dateline, the
//! site's name, the byline.
//!
//! An aggregator reprints a story under its own banner, so the original
//! publisher is the name printed in the story's head (a name-shaped line just
//! above the dateline), and the rest of the header above the headline is the
//! site's chrome ([`mark_header`]). The site's own name is read where sites
//! print it about themselves: the document title's last part, the holder of
//! the copyright notice, the "About" link, the banner's logo ([`site`]).

use std::ops::{Range, RangeInclusive};

use crate::classify::Rule;
use crate::text::{dates, names, titles};
use crate::LineKind;

use super::page::{DocLine, Headline, Page, SIMILAR_TITLE};

/// Everything above the headline is header: keep what is tied to the story
/// (its dateline and the publisher named right above it) and mark the rest as
/// the site's chrome. Returns the line naming the publisher.
pub(super) fn mark_header(
    page: &mut Page<'_, '_>,
    title: usize,
    header_end: usize,
    dateline: Option<usize>,
) -> Option<usize> {
    // The publisher's name sits in a run of name-shaped lines just above the
    // story's dateline, itself above the headline. (Name-shaped lines right
    // above a headline are as often a menu or a section's name.)
    let names: Vec<usize> = match dateline.filter(|&d| d < title) {
        // In the same block as the dateline: a name across a blank line is
        // the end of a menu.
        Some(anchor) => page
            .above(anchor)
            .take_while(|&j| {
                page.kind(j) == LineKind::Body
                    && page.lines[j].block == page.lines[anchor].block
                    && names::is_name_shaped(page.lines[j].text, &page.feats[j])
                    // "Published on" over the date labels it, names no one.
                    && !dates::is_label_line(page.lines[j].text)
            })
            .collect(),
        None => Vec::new(),
    };
    for i in 0..title {
        match page.kind(i) {
            LineKind::Body if names.contains(&i) => page.set(i, Rule::Publisher),
            LineKind::Body | LineKind::Heading if i < header_end => page.set(i, Rule::Header),
            LineKind::Dateline if Some(i) != dateline => page.set(i, Rule::PageDate),
            _ => {}
        }
    }
    // The fullest form of the name: "New York Post" over "NY Post". A
    // longer run is a menu's items, printed one a line (a browser's copy
    // keeps no blank line to end the menu on).
    if names.len() > MAX_PUBLISHER_LINES {
        return None;
    }
    names.into_iter().max_by_key(|&j| page.feats[j].chars)
}

/// How many name-shaped lines above the dateline may name its publisher
/// ("New York Post" over "NY Post").
const MAX_PUBLISHER_LINES: usize = 2;

/// A name printed on the page: its line and the name's byte range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Name {
    pub line: usize,
    pub range: Range<usize>,
}

impl Name {
    /// The whole of line `line` as a name.
    fn whole_line(page: &Page<'_, '_>, line: usize) -> Name {
        Name {
            line,
            range: 0..page.lines[line].text.len(),
        }
    }

    /// The name's text.
    fn text<'a>(&self, page: &Page<'_, 'a>) -> &'a str {
        &page.lines[self.line].text[self.range.clone()]
    }
}

/// The site's name: in the document title, unless the copyright notice
/// holds it under the site's domain; else, when a publisher is named above
/// the story (`publisher`), only the holder of a full notice; else the
/// holder of the copyright notice, the name of the "About" link or the
/// banner's logo.
pub(super) fn site(
    page: &Page<'_, '_>,
    doc: Option<&DocLine>,
    headline: Option<&Headline>,
    publisher: Option<usize>,
) -> Option<Name> {
    let in_title = doc.and_then(|d| site_in_title(page, d, headline));
    let copyright = copyright_holder(page).map(|c| spelled_out(page, c));
    // A site that holds its copyright under its domain ("© 2025 Herald.com")
    // names itself so: that beats a part of the title that may be a section.
    let domain = copyright
        .clone()
        .filter(|c| names::is_domain_name(c.text(page)));
    if domain.is_some() {
        return domain;
    }
    if in_title.is_some() {
        return in_title;
    }
    // A name above the dateline is as often a menu's or a section's as the
    // publisher's: the site's full notice names it for sure.
    if publisher.is_some() {
        return copyright.filter(|c| names::is_full_notice(page.lines[c.line].text));
    }
    // "Herald is part of Acme Media" names the notice's holder as the
    // site's owner: the site is the one named in the sentence.
    let owned = copyright.as_ref().and_then(|c| {
        let holder = c.text(page);
        self_named(page, |line, name| {
            let text = page.lines[line].text;
            text[name.clone()] != *holder && text[name.end..].contains(holder)
        })
    });
    if owned.is_some() {
        return owned;
    }
    // The banner's name printed on the notice line beside the holder
    // ("Herald © 2019 Herald Media Group, LLC") is the site's own.
    let logo = logo_name(page, doc);
    let logo_on_notice = match (&copyright, &logo) {
        (Some(c), Some(l)) => page.lines[c.line].text.contains(l.text(page)),
        _ => false,
    };
    if logo_on_notice {
        logo
    } else {
        // An "About" link to the site's domain ("About Herald.com") names
        // the site over a holding company's notice.
        let about = about_name(page);
        if about
            .as_ref()
            .is_some_and(|a| names::is_domain_name(a.text(page)))
        {
            return about;
        }
        // The name an image's text calls the banner's logo ("Herald logo")
        // is the site's, over the company that holds its notice.
        let holder = copyright.as_ref().map(|c| c.text(page));
        let alt = logo_alt(page).filter(|a| holder.is_none_or(|h| !restates(h, a.text(page))));
        if alt.is_some() {
            return alt;
        }
        // A notice held by the story's author (a writer's newsletter: "©
        // 2025 Jane Doe", and "Jane Doe" over the story) names the writer:
        // the publication is the name the page opens with.
        if let Some(h) = copyright
            .as_ref()
            .filter(|c| author_held(page, c, headline))
        {
            // A single plain word there is a menu's first item ("Blog").
            let opening = opening_name(page, headline)
                .filter(|o| o.text(page) != h.text(page) && brand_shaped(o.text(page)));
            if opening.is_some() {
                return opening;
            }
        }
        let own = self_named(page, |_, _| true);
        // A name the site's chrome prints on more lines than the notice
        // prints its holder is the site's brand, the holder the company
        // that owns it ("Sportsnet" and "© Rogers Media").
        if let Some(h) = holder {
            let mut best = (lines_naming(page, h), None);
            // A banner's single plain word is as often a menu's or a
            // section's ("Plants", "California") as a brand.
            let logo = logo.as_ref().filter(|l| brand_shaped(l.text(page)));
            for brand in [logo, about.as_ref(), own.as_ref()].into_iter().flatten() {
                let b = brand.text(page);
                if b == h || restates(h, b) {
                    continue;
                }
                let printed = lines_naming(page, b);
                if printed > best.0 {
                    best = (printed, Some(brand));
                }
            }
            if let Some(brand) = best.1 {
                return Some(brand.clone());
            }
        }
        copyright.or(about).or(logo).or(own)
    }
}

/// Whether the notice's holder is the story's author: printed as a line of
/// its own within a byline's reach below the headline.
fn author_held(page: &Page<'_, '_>, holder: &Name, headline: Option<&Headline>) -> bool {
    let Some(t) = headline.map(|h| h.line) else {
        return false;
    };
    let name = holder.text(page);
    let end = (t + BYLINE_REACH).min(page.lines.len());
    (t + 1..end).any(|j| j != holder.line && page.lines[j].text.trim() == name)
}

/// The name the page opens with, when its first line is one and not the
/// headline: a banner's logo printed as text.
fn opening_name(page: &Page<'_, '_>, headline: Option<&Headline>) -> Option<Name> {
    let first = (0..page.lines.len()).find(|&i| !page.lines[i].is_blank())?;
    if headline.is_some_and(|h| h.line == first) {
        return None;
    }
    let (text, f) = (page.lines[first].text, &page.feats[first]);
    (LOGO_WORDS.contains(&f.words)
        && names::is_name_shaped(text, f)
        && crate::classify::classify(text, f).kind() != LineKind::SiteChrome)
        .then(|| Name::whole_line(page, first))
}

/// The site's name in the text of its logo's image near the top of the
/// page ("Springfield Herald logo": renderers that print an image's
/// alternative text print it where the logo stands), when the page prints
/// the name elsewhere too: as printed there ("sky news logo" and "Sky
/// News"), which an image of a sponsor's or a partner's logo rarely is.
fn logo_alt(page: &Page<'_, '_>) -> Option<Name> {
    let n = page.lines.len();
    (0..n)
        .filter(|&i| !page.lines[i].is_blank())
        .take(BANNER_LINES)
        .find_map(|i| {
            let text = page.lines[i].text;
            let name = &text[names::logo_alt_name(text)?];
            (0..n).filter(|&j| j != i).find_map(|j| {
                let at = find_word_ignoring_case(page.lines[j].text, name)?;
                Some(Name {
                    line: j,
                    range: at..at + name.len(),
                })
            })
        })
}

/// Where `text` holds `name` as whole words, ASCII case aside.
fn find_word_ignoring_case(text: &str, name: &str) -> Option<usize> {
    let (t, w) = (text.as_bytes(), name.as_bytes());
    let first = *w.first()?;
    (0..=t.len().checked_sub(w.len())?).find(|&at| {
        t[at].eq_ignore_ascii_case(&first)
            && text.is_char_boundary(at)
            && text.is_char_boundary(at + w.len())
            && t[at..at + w.len()].eq_ignore_ascii_case(w)
            && !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && !text[at + w.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// On how many lines the page prints `name` as whole words.
fn lines_naming(page: &Page<'_, '_>, name: &str) -> usize {
    page.lines
        .iter()
        .filter(|l| contains_word(l.text, name))
        .count()
}

/// Whether a name is shaped like a brand rather than a word of the
/// language: more than one word, a domain, or a capital or digit inside its
/// word ("PCWorld", "NCCIH", "VG247").
fn brand_shaped(name: &str) -> bool {
    name.split_whitespace().nth(1).is_some()
        || names::is_domain_name(name)
        || name
            .chars()
            .skip(1)
            .any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `brand` only restates the notice's `holder`: its initials
/// ("AMA" for "American Marketing Association"), or its words and more
/// ("Ovolo Boutique Hotels" for "Ovolo"): then the holder is the site's own
/// name.
fn restates(holder: &str, brand: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && !names::is_connector(w))
            .map(str::to_lowercase)
            .collect()
    };
    let (h, b) = (words(holder), words(brand));
    let initials: String = h.iter().filter_map(|w| w.chars().next()).collect();
    let abbreviates = b.len() == 1 && h.len() > 1 && b[0] == initials;
    let extends = !h.is_empty() && h.iter().all(|w| b.contains(w));
    abbreviates || extends
}

/// The site's name in the document title: its last part ("Headline | Site",
/// "Headline - Section | Site"), which is where sites put it far more often
/// than first, even when the headline is the shorter part; the first part
/// only when the last one is the headline shown on the page. A part without
/// letters (a year, a date) names nothing.
fn site_in_title(page: &Page<'_, '_>, doc: &DocLine, headline: Option<&Headline>) -> Option<Name> {
    let (d, dt) = (doc.line, &doc.title);
    let line = page.lines[d].text;
    let last = dt.parts.last().filter(|_| dt.parts.len() > 1)?.clone();
    let headline = match headline.map(|h| (h.line, &h.range)) {
        Some((t, Some(r))) if t == d => Some(&line[r.clone()]),
        Some((t, None)) if t != d => Some(page.lines[t].text),
        _ => None,
    };
    let last_is_headline = headline.is_some_and(|h| {
        let h = titles::fold(h);
        h == titles::fold(&line[last.clone()])
            || titles::word_similarity(&h, &line[last.clone()]) >= SIMILAR_TITLE
                && titles::word_similarity(&h, &line[dt.parts[0].clone()]) < SIMILAR_TITLE
    });
    let site = if last_is_headline { dt.site()? } else { last };
    let name = &line[site.clone()];
    // A part that counts or dates ("Top 25 Ranked by Market Share", "Cost
    // Guide 2025") reads as the headline's second half, unless the page
    // prints it elsewhere as a name.
    let subtitle = name
        .split_whitespace()
        .any(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && !(0..page.lines.len()).any(|i| i != d && page.lines[i].text.contains(name));
    (name.chars().any(char::is_alphabetic) && !subtitle).then_some(Name {
        line: d,
        range: site,
    })
}

/// How far (in lines) from the headline a byline may be and still be the story's.
const BYLINE_REACH: usize = 15;
/// The most characters of a line read as a copyright notice: a longer line
/// is text that mentions a ©.
const MAX_NOTICE_CHARS: u32 = 300;
/// How long (in bytes) a holder written in capitals may be to be read as
/// initials ("NYP Holdings").
const ACRONYM_LEN: RangeInclusive<usize> = 2..=6;
/// The fewest words of a name spelled out from a holder's initials.
const MIN_SPELLED_OUT_WORDS: u32 = 2;
/// How many words a banner's logo may have.
const LOGO_WORDS: RangeInclusive<u32> = 1..=4;
/// The fewest characters of a banner's logo.
const MIN_LOGO_CHARS: u32 = 4;
/// How many bytes longer than a name a line must be to name it elsewhere: a
/// line barely longer is the name printed again (a menu item, a footer).
const NAME_CONTEXT: usize = 10;
/// How many words an "About" link may have ("About Springfield Herald").
const ABOUT_WORDS: RangeInclusive<u32> = 2..=5;

/// The holder named in the page's last copyright notice (in its footer): the
/// publisher when nothing closer names it. A bare "© Name" (which may be a
/// photo's credit) only when no full notice names anyone, and only in the
/// lower half of the page.
fn copyright_holder(page: &Page<'_, '_>) -> Option<Name> {
    let n = page.lines.len();
    let holders = || {
        (0..n)
            .rev()
            .filter(|&i| page.feats[i].chars <= MAX_NOTICE_CHARS)
            .filter_map(|line| {
                names::copyright_holder(page.lines[line].text).map(|range| Name { line, range })
            })
    };
    holders()
        .find(|h| names::is_full_notice(page.lines[h.line].text))
        .or_else(|| holders().take_while(|h| h.line >= n / 2).next())
}

/// The name a notice's holder abbreviates, when the page prints it on a line
/// of its own ("© 2019 NYP Holdings" and "New York Post"): a notice names the
/// legal entity by its initials, the site by its name.
fn spelled_out(page: &Page<'_, '_>, notice: Name) -> Name {
    let holder = notice.text(page);
    let acronym =
        ACRONYM_LEN.contains(&holder.len()) && holder.bytes().all(|b| b.is_ascii_uppercase());
    if !acronym {
        return notice;
    }
    let initials_match = |line: &str| {
        let mut initials = line
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && !names::is_connector(w))
            .map(|w| w.chars().next().unwrap_or(' '));
        holder.chars().all(|c| initials.next() == Some(c)) && initials.next().is_none()
    };
    (0..page.lines.len())
        .find(|&j| {
            let text = page.lines[j].text;
            let f = &page.feats[j];
            f.words >= MIN_SPELLED_OUT_WORDS
                && text.starts_with(holder.get(..1).unwrap_or_default())
                && names::is_name_shaped(text, f)
                && initials_match(text)
        })
        .map_or(notice, |j| Name::whole_line(page, j))
}

/// How many lines at the top of the page a site's banner is looked for in.
const BANNER_LINES: usize = 12;

/// The site's name in its banner: a name-shaped line near the top of the
/// page that names the site elsewhere too. Its document title may end or
/// open with it, and a domain ("Herald.com") names the site wherever it is
/// printed. Otherwise only the first name of the banner (a logo comes before
/// its menu) and only as a proper noun in a sentence ("Herald readers …",
/// "news from Herald") or as the holder of the notice ("© 2025 Herald"): a
/// menu item or a section ("Recipes", "Services", "Home") is printed inside
/// other headings and lists far more often than so.
fn logo_name(page: &Page<'_, '_>, doc: Option<&DocLine>) -> Option<Name> {
    let n = page.lines.len();
    let first = (0..n).find(|&i| !page.lines[i].is_blank())?;
    let doc_title = page.lines[first].text;
    // A first line of one part may be the logo itself: a browser's copy
    // prints no document title, and opens with the banner.
    let titled = doc.is_some_and(|d| d.line == first && d.title.parts.len() > 1);
    let names = (if titled { first + 1 } else { first }..n)
        .filter(|&i| !page.lines[i].is_blank())
        .take(BANNER_LINES)
        .filter(|&i| {
            let f = &page.feats[i];
            LOGO_WORDS.contains(&f.words)
                && f.chars >= MIN_LOGO_CHARS
                && names::is_name_shaped(page.lines[i].text, f)
                // A menu's own words ("Menu", "Home") come before a logo too.
                && crate::classify::classify(page.lines[i].text, f).kind() != LineKind::SiteChrome
        });
    let named_elsewhere = |i: usize, first_name: bool| {
        let name = page.lines[i].text;
        if doc_title.len() > name.len() + NAME_CONTEXT
            && (starts_with_word(doc_title, name) || doc_title.ends_with(name))
        {
            return true;
        }
        let domain = names::is_domain_name(name);
        (domain || first_name)
            && (first + 1..n).any(|j| {
                let text = page.lines[j].text;
                if j == i || text.len() <= name.len() + NAME_CONTEXT {
                    false
                } else if domain {
                    text.contains(name)
                } else if page.feats[j].is_prose() {
                    names_in_sentence(text, name)
                } else {
                    names::copyright_holder(text).is_some_and(|r| &text[r] == name)
                }
            })
    };
    names
        .enumerate()
        .find(|&(k, i)| named_elsewhere(i, k == 0))
        .map(|(_, i)| Name::whole_line(page, i))
}

/// Whether `text` opens with `name` as a whole word.
fn starts_with_word(text: &str, name: &str) -> bool {
    text.strip_prefix(name)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Whether a sentence names `name` as a proper noun: opening it, or
/// capitalised after a lower-case word ("news from Herald"), and not as the
/// start of a longer one ("a Social Media agency" names no "Social").
fn names_in_sentence(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let rest = &text[at + name.len()..];
        let next_word = rest.trim_start_matches([' ', '\'', '’']);
        let whole = !(rest.starts_with(char::is_alphanumeric)
            || rest.starts_with(' ') && next_word.starts_with(char::is_uppercase));
        let before = text[..at].trim_end();
        let after_lower = before.len() < at
            && before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase));
        whole && (at == 0 || after_lower)
    })
}

/// The name in a link to the site's own "About" page ("About Springfield
/// Herald"), printed in its menu or footer: the first one on the page. Read
/// only without a copyright notice: a menu may say "About Jill".
fn about_name(page: &Page<'_, '_>) -> Option<Name> {
    (0..page.lines.len()).find_map(|line| {
        let f = &page.feats[line];
        if !ABOUT_WORDS.contains(&f.words) {
            return None;
        }
        let range = names::about_name(page.lines[line].text)?;
        Some(Name { line, range })
    })
}

/// The name a site gives itself in a sentence ("Welcome to Springfield
/// Herald", "Herald is part of Acme Media"): the first such name that the
/// page prints on another line too (its notice, its logo, a second frame),
/// which a stray phrase's capitals rarely are; `keep` tells which (of the
/// line and the name's range in it) to read.
fn self_named(page: &Page<'_, '_>, keep: impl Fn(usize, Range<usize>) -> bool) -> Option<Name> {
    (0..page.lines.len()).find_map(|line| {
        let text = page.lines[line].text;
        names::self_names(text).find_map(|range| {
            let name = &text[range.clone()];
            (keep(line, range.clone())
                && (0..page.lines.len())
                    .any(|j| j != line && contains_word(page.lines[j].text, name)))
            .then_some(Name { line, range })
        })
    })
}

/// Whether `text` holds `name` as whole words.
fn contains_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The story's byline: the first within reach of the headline (of the top
/// of the page when there is none).
pub(super) fn byline(page: &Page<'_, '_>, title: Option<usize>) -> Option<usize> {
    let t = title.unwrap_or(0);
    let lo = t.saturating_sub(BYLINE_REACH);
    let hi = (t + BYLINE_REACH).min(page.lines.len());
    (lo..hi).find(|&i| page.kind(i) == LineKind::Byline)
}

#[cfg(test)]
mod tests {
    use crate::context::testing::{layout_of, PROSE};

    /// The site the context pass names on `page`, as text.
    fn site_of(page: &str) -> Option<String> {
        let (layout, lines) = layout_of(page);
        layout.site.map(|(i, r)| lines[i][r].to_owned())
    }

    #[test]
    fn site_is_the_last_part_of_the_document_title() {
        let page =
            format!("Book Reviews – The Springfield Writing Center\n\nBook Reviews\n{PROSE}");
        assert_eq!(
            site_of(&page).as_deref(),
            Some("The Springfield Writing Center")
        );
        let page = format!("Storm hits the coast of Maine overnight | 12/20/2024\n\n{PROSE}");
        assert_eq!(layout_of(&page).0.site, None);
    }

    #[test]
    fn a_counting_title_part_is_no_site() {
        let page = format!("Storm hits the coast of Maine overnight - Top 25 Ranked\n\n{PROSE}{PROSE}\n© 2025 Springfield Herald. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
    }

    #[test]
    fn a_copyright_held_under_the_domain_beats_a_title_section() {
        let page = format!("Storm hits the coast of Maine overnight - Auto News\n\n{PROSE}{PROSE}\n© 2025 Herald.com, Inc. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Herald.com"));
    }

    #[test]
    fn publisher_from_the_banner() {
        let page = format!("Storm hits the coast of Maine overnight\n\nMenu\nSpringfield Herald\nNews\nStorm hits the coast of Maine overnight\n{PROSE}Springfield Herald readers sent photos of the flooded streets.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
    }

    #[test]
    fn publisher_above_the_dateline_but_no_menu() {
        let page = format!("Storm hits the coast of Maine overnight\n\nNew York Post\nNov 18, 2019\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}");
        let (layout, lines) = layout_of(&page);
        assert_eq!(
            layout.source.map(|i| lines[i].as_str()),
            Some("New York Post")
        );
        let page = format!("Storm hits the coast of Maine overnight\n\nNews\nSports\nWeather\nOpinion\nNov 18, 2019\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}");
        assert_eq!(layout_of(&page).0.source, None);
    }

    #[test]
    fn publisher_from_the_logo_a_copy_opens_with() {
        let page = format!("Springfield Herald\nNews\nSports\nStorm hits the coast of Maine overnight\nBy Jane Doe\n{PROSE}Springfield Herald readers sent photos of the flooded streets.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
    }

    #[test]
    fn the_full_notice_beats_a_name_above_the_dateline() {
        let page = format!("Start Here\nNov 18, 2019\nStorm hits the coast of Maine overnight\nBy Jane Doe\n{PROSE}{PROSE}© 2025 Springfield Herald. All rights reserved.\n");
        let (layout, lines) = layout_of(&page);
        assert_eq!(layout.source.map(|i| lines[i].as_str()), Some("Start Here"));
        let (i, r) = layout.site.expect("site");
        assert_eq!(&lines[i][r], "Springfield Herald");
    }

    #[test]
    fn an_about_link_to_the_domain_beats_the_holding_company() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}About Herald.com\n© 2025 Acme Magazines, Inc. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Herald.com"));
    }

    #[test]
    fn menu_across_a_blank_line_from_the_dateline_is_no_publisher() {
        let page = format!("Storm hits the coast of Maine overnight\n\nCar\nMotorcycle\n\nNov 18, 2019\n\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.source, None);
    }

    #[test]
    fn the_banner_name_on_the_notice_beats_the_holding_company() {
        let page = format!("Storm hits the coast of Maine overnight\n\nHerald\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}Herald © 2019 Acme Holdings, LLC. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Herald"));
    }

    #[test]
    fn menu_above_the_headline_is_no_publisher() {
        let page = format!("Storm hits the coast of Maine overnight\n\nSearch Search\nWeather\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}");
        let (layout, _) = layout_of(&page);
        assert_eq!(layout.source, None);
        assert_eq!(layout.site, None);
    }

    #[test]
    fn a_holder_by_its_initials_is_spelled_out() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}\nSpringfield Herald\n© 2025 SH Holdings, Inc. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
    }

    #[test]
    fn publisher_from_the_copyright_notice() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}\n© Getty Images\n© 2025 Springfield Herald, Inc. All rights reserved.\nPrivacy\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
    }
    #[test]
    fn a_site_naming_itself_twice_names_the_site() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}Discover more from Springfield Herald\nSubscribe to get the latest posts.\nSpringfield Herald\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}Discover more from Springfield Herald\n");
        assert_eq!(layout_of(&page).0.site, None);
    }
    #[test]
    fn a_site_naming_the_holder_its_owner_beats_the_holder() {
        let page = format!("Storm hits the coast of Maine overnight\n\n{PROSE}{PROSE}Herald is part of the Acme Publishing Group\nHerald\n© 2025 Acme. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Herald"));
    }

    #[test]
    fn the_logo_image_text_names_the_site_over_the_holder() {
        let page = format!("Springfield Herald logo\nNews\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}About Springfield Herald\n© 2025 Acme Holdings, LLC. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
        // Initials of the holder name the holder.
        let page = format!("SHM logo\nNews\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}Read SHM on the go.\n© 2025 Springfield Herald Media. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald Media"));
    }

    #[test]
    fn a_brand_printed_more_often_than_the_holder_is_the_site() {
        let page = format!("Springfield Herald\nNews\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}Springfield Herald readers sent photos of the flooded streets.\nMore from Springfield Herald\nSpringfield Herald Newsletters\n© 2025 Acme Media Group, Inc. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Herald"));
        let page = format!("Herald\nNews\nStorm hits the coast of Maine overnight\n{PROSE}{PROSE}Herald readers sent photos of the flooded streets.\nAcme Media Group uses cookies.\nAcme Media Group ads.\n© 2025 Acme Media Group, Inc. All rights reserved.\n");
        assert_eq!(site_of(&page).as_deref(), Some("Acme"));
    }

    #[test]
    fn a_notice_held_by_the_author_leaves_the_site_to_the_opening_name() {
        let page = format!("Springfield Letters\nSubscribe\nStorm hits the coast of Maine overnight\nJane Doe\nNov 18, 2019\n{PROSE}{PROSE}© 2025 Jane Doe · Privacy ∙ Terms\n");
        assert_eq!(site_of(&page).as_deref(), Some("Springfield Letters"));
    }
}
