//! Captions: which sentences belong to a photo rather than to the story.
//!
//! Captions are the hard part: one or two sentences that read like story
//! text and are told apart only by the credit line under them ("Photo: Jane
//! Doe / AP"), which the classifier found on its own. So this stage runs
//! first, before the headline is looked for: a caption left as text could
//! pass for the headline or the first paragraph.

use std::sync::LazyLock;

use regex::Regex;

use crate::classify::Rule;
use crate::text::dates;
use crate::text::words::ascii_boundaries;
use crate::LineKind;

use super::page::Page;

/// How photo descriptions are written: a present-tense verb of what the
/// picture shows, a position in the frame, "pictured", "file photo".
static PHOTO_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_boundaries(
        r"(?x)
        \b(?:speaks|walks|arrives|attends|poses|gestures|looks\ on|listens|waves|stands|sits|holds|shakes\ hands
           |greets|delivers|takes?\ part|meets|talks|reacts|leaves|visits|smiles|celebrates|embraces|hugs|rides
           |addresses|chats|kneels|prays|marches|gathers|pictured|is\ seen|are\ seen|is\ shown|are\ shown
           |in\ this\ (?:photo|image|picture|handout|file)|file\ (?:photo|picture|image)|photo\ taken)\b
        | ,\s(?:left|right|center|centre|second\ (?:left|right)|far\ (?:left|right)|top|bottom|front|back\ row),
        | \(\s*(?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]|left|right|center|centre|from\ left|from\ right)\s*\)
        ",
    ))
    .expect("photo description regex compiles")
});

/// A line that reads as a photo description rather than as story text.
fn reads_as_photo_description(text: &str) -> bool {
    if text.starts_with(['“', '"', '‘']) {
        return false;
    }
    PHOTO_DESCRIPTION.is_match(text) || dates::find_date(text).is_some() && !text.contains(" said")
}

/// A caption is rarely longer (in words); a body paragraph above a bare
/// credit is.
const MAX_CAPTION_WORDS: u32 = 80;
/// The most lines one credit claims as its caption, the description above
/// included.
const MAX_CAPTION_LINES: usize = 3;

/// Mark the captions of the page's photo credits. A credit claims the line
/// directly above it (and more lines above in the same block while they
/// read as photo descriptions); when that reaches the top of its block, the
/// block above is claimed too if it is short and reads as a photo description.
pub(super) fn claim(page: &mut Page<'_, '_>) {
    let credits: Vec<usize> = (0..page.lines.len())
        .filter(|&i| page.kind(i) == LineKind::PhotoCredit)
        .collect();
    let claimable = |page: &Page<'_, '_>, j: usize| {
        page.kind(j) == LineKind::Body && page.feats[j].words <= MAX_CAPTION_WORDS
    };
    for c in credits {
        let block = page.lines[c].block;
        let mut claimed = 0;
        let mut top = c;
        while top > 0 && page.lines[top - 1].block == block && !page.lines[top - 1].is_blank() {
            let j = top - 1;
            let ok = claimable(page, j)
                && (claimed == 0 || reads_as_photo_description(page.lines[j].text))
                && claimed < MAX_CAPTION_LINES;
            if !ok {
                break;
            }
            page.set(j, Rule::AboveCredit);
            claimed += 1;
            top = j;
        }
        let reached_block_start = claimed > 0 && (top == 0 || page.lines[top - 1].is_blank());
        if !reached_block_start {
            continue;
        }
        // The block above, when it is a photo description of its own.
        let prev: Vec<usize> = page
            .above(top)
            .take_while(|&j| page.lines[j].block + 1 == block)
            .collect();
        let is_description = !prev.is_empty()
            && prev.len() + claimed <= MAX_CAPTION_LINES
            && prev
                .iter()
                .all(|&j| claimable(page, j) && reads_as_photo_description(page.lines[j].text));
        if is_description {
            for j in prev {
                page.set(j, Rule::AboveCaption);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_descriptions() {
        for s in [
            "Russian President Vladimir Putin speaks to the party's foreign policy chief Wang Yi.",
            "Leaders take part in the summit in Warsaw, Poland, February 22, 2023.",
            "Putin’s meeting with Wang came as President Biden, (3rd L) was meeting leaders.",
            "China’s top diplomat, Wang, left, and Vladimir Putin, right, met.",
        ] {
            assert!(reads_as_photo_description(s), "{s}");
        }
    }

    #[test]
    fn story_text_is_not_a_photo_description() {
        for s in [
            "Beijing has denied providing military support to Russia.",
            "“We are reaching new frontiers,” he said.",
            "The summit, he said on February 22, 2023, was a success.",
        ] {
            assert!(!reads_as_photo_description(s), "{s}");
        }
    }
}
