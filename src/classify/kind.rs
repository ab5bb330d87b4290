//! The kinds a line can be given: what the classifier and the context
//! decide between, and what [`Cleaner::explain`](crate::Cleaner::explain)
//! reports. [`LineKind::classify`] lives with the classifier it runs.

/// The kind of a line, as [`Cleaner::explain`](crate::Cleaner::explain) reports it.
///
/// [`LineKind::classify`] gives the kind of one line seen alone; cleaning a
/// whole text then revises it with context (a sentence above a credit line is a
/// [`Caption`](LineKind::Caption), a short line before the headline is
/// [`SiteChrome`](LineKind::SiteChrome), …). Only [`Body`](LineKind::Body) and
/// [`Heading`](LineKind::Heading) lines (and captions, when asked for) end up in
/// the article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum LineKind {
    /// An empty or white-space-only line.
    Blank,
    /// The article's headline.
    Title,
    /// A paragraph of the article.
    Body,
    /// A subheading or a short item inside the article, kept in the body.
    Heading,
    /// The author line ("By Jane Doe").
    Byline,
    /// A line that is only a date (possibly with a time or "Updated").
    Dateline,
    /// The original publisher's name, printed near the headline.
    Source,
    /// A photo caption: description text that belongs to an image.
    Caption,
    /// A photo credit ("AP", "via REUTERS", "Photo: …").
    PhotoCredit,
    /// A wire or contribution credit ("With Post wires", "Reuters contributed to this report").
    WireCredit,
    /// An ad marker ("Advertisement", "Story continues below advertisement").
    Advertisement,
    /// A sponsor line ("Sponsor: …", "Presented by …").
    Sponsor,
    /// The site's or aggregator's own chrome: banners, navigation, share and
    /// follow prompts, counters, newsletter and cookie banners, legal lines.
    SiteChrome,
    /// A line matched by one of the user's own marker patterns.
    Marker,
}

impl LineKind {
    /// The kind's name in kebab case, as used by `explain` and the golden files
    /// (`"photo-credit"`, `"site-chrome"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Blank => "blank",
            LineKind::Title => "title",
            LineKind::Body => "body",
            LineKind::Heading => "heading",
            LineKind::Byline => "byline",
            LineKind::Dateline => "dateline",
            LineKind::Source => "source",
            LineKind::Caption => "caption",
            LineKind::PhotoCredit => "photo-credit",
            LineKind::WireCredit => "wire-credit",
            LineKind::Advertisement => "advertisement",
            LineKind::Sponsor => "sponsor",
            LineKind::SiteChrome => "site-chrome",
            LineKind::Marker => "marker",
        }
    }

    /// Whether lines of this kind are part of the article's body.
    pub fn is_body(self) -> bool {
        matches!(self, LineKind::Body | LineKind::Heading)
    }
}

impl std::fmt::Display for LineKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_kebab_case() {
        assert_eq!(LineKind::PhotoCredit.to_string(), "photo-credit");
        assert_eq!(LineKind::SiteChrome.as_str(), "site-chrome");
    }
}
