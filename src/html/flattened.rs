//! What the front-end hands the pipeline: the text stream, one [`Hint`] per
//! line of it, and the markup's metadata.

use super::markup::Markup;
use super::vocabulary::Flags;
use crate::text::shape::Shape;

/// The markup's evidence for one line of the text stream.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Hint {
    /// The [`Flags`] that hold for all of the line's text.
    pub flags: Flags,
    /// Share of the line's characters inside links, 0 to 1.
    pub link_density: f32,
    /// How many runs of link text the line holds (a menu line many, a
    /// listing's item one or two).
    pub links: u16,
    /// The structural part the line plays (of its first word's element).
    pub shape: Shape,
}

/// A page flattened: the text stream, one hint per line of it, and the
/// markup's metadata.
#[derive(Debug, Clone, Default)]
pub(crate) struct Flattened {
    /// One line per line of text, a blank line between blocks.
    pub text: String,
    /// One per line of `text` (blank lines get the default hint).
    pub hints: Vec<Hint>,
    pub markup: Markup,
}
