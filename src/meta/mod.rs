//! Stage 5: title, date and source, chosen among candidates.
//!
//! Each field is a choice between candidates ranked by how tightly they are
//! tied to the story (position relative to the headline, the company they
//! keep), never the first match on the page: aggregators print their own name
//! and date above the story, and absent beats wrong.

pub(crate) mod date;
pub(crate) mod source;
pub(crate) mod title;
