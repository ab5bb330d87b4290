//! The ground floor: text primitives every stage above builds on.
//!
//! Stages 1 and 2 of the pipeline live here ([`normalize`], [`lines`]), with
//! what the later stages read lines by: shape [`features`], printed
//! [`dates`], document [`titles`] and headline comparison, organisation
//! [`names`] and copyright notices, and [`words`] (function words, the ASCII
//! word boundary). None of it knows of a line's kind or of a page: classify,
//! context, meta and the HTML front-end import from here, and nothing here
//! imports from them.

pub(crate) mod dates;
pub(crate) mod features;
pub(crate) mod lines;
pub(crate) mod names;
pub(crate) mod normalize;
pub(crate) mod shape;
pub(crate) mod titles;
pub(crate) mod words;
