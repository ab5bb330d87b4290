//! The page as every context stage reads and writes it, and what the stages
//! hand one another.
//!
//! Each stage reads the lines, their features and the kinds given so far, and
//! changes a kind only through [`Page::set`], with the [`Rule`] that decides
//! it (the kind and its reason both follow from the rule). The stages never
//! call one another: what one finds (the main content [`Region`], the
//! [`Headline`], the [`DocLine`]) goes back to the driver, which passes it
//! on. The measures below are shared by the stages that look for the
//! headline or its echoes, so they agree on what a headline looks like and
//! how far from it to look.

use std::ops::Range;

use crate::classify::Rule;
use crate::text::features::Features;
use crate::text::lines::Line;
use crate::text::titles;
use crate::LineKind;

/// How many lines of text above the first paragraph a headline may stand;
/// also how far below it copies of it and the story's lead-in are looked for.
pub(super) const TITLE_REACH: usize = 8;
/// How far down a repeat of the document title is looked for, in lines.
pub(super) const REPEAT_WINDOW: usize = 600;
/// Word similarity above which a headline-shaped line is the on-page form of
/// the document title.
pub(super) const SIMILAR_TITLE: f32 = 0.5;
/// A line of more characters than this is no echo of the headline (a
/// headline printed again, or the page's own over the document title).
pub(super) const MAX_ECHO_CHARS: u32 = 220;

/// A page, line by line, as the context pass sees it.
pub(crate) struct Page<'p, 'a> {
    pub lines: &'p [Line<'a>],
    pub feats: &'p [Features],
    /// The verdict on each line so far.
    pub rules: &'p mut [Rule],
}

impl Page<'_, '_> {
    /// The kind line `i` has been given so far.
    pub(super) fn kind(&self, i: usize) -> LineKind {
        self.rules[i].kind()
    }

    /// The rule that gave line `i` its kind so far.
    pub(super) fn rule(&self, i: usize) -> Rule {
        self.rules[i]
    }

    /// Give line `i` the kind `rule` decides.
    pub(super) fn set(&mut self, i: usize, rule: Rule) {
        self.rules[i] = rule;
    }

    /// Indices of the non-blank lines before `i`, nearest first.
    pub(super) fn above(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..i).rev().filter(|&j| !self.lines[j].is_blank())
    }
}

/// A run of line indices, inclusive at both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Region {
    pub start: usize,
    pub end: usize,
}

/// Where the headline is: its line, and the part of that line that is the
/// headline when it is not all of it ("Headline | Site" read from the
/// document title).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Headline {
    pub line: usize,
    pub range: Option<Range<usize>>,
}

impl Headline {
    /// A headline that is all of its line.
    pub(super) fn whole(line: usize) -> Headline {
        Headline { line, range: None }
    }
}

/// The page's document title: its line, and how it splits into parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DocLine {
    pub line: usize,
    pub title: titles::DocTitle,
}
