//! Test helpers shared by the stages' unit tests: the whole context pass run
//! on a text page.

use crate::classify::Rule;
use crate::text::features::Features;

use super::{resolve, Layout, Page};

/// Run the context pass on `text` as the text front-end would (no markup),
/// and return the layout with the page's lines.
pub(super) fn layout_of(text: &str) -> (Layout, Vec<String>) {
    let lines = crate::text::lines::split(text);
    let feats: Vec<Features> = lines.iter().map(|l| Features::of(l.text)).collect();
    let mut rules: Vec<Rule> = lines
        .iter()
        .zip(&feats)
        .map(|(l, f)| crate::classify::classify(l.text, f))
        .collect();
    let layout = resolve(
        &mut Page {
            lines: &lines,
            feats: &feats,
            rules: &mut rules,
        },
        None,
        None,
        false,
    );
    (layout, lines.iter().map(|l| l.text.to_owned()).collect())
}

/// A sentence of story prose, one line.
pub(super) const PROSE: &str = "A storm hit the coast on Monday, leaving thousands of homes without power, and crews worked through the night to restore the lines while officials said that the damage was the worst in a decade.\n";
