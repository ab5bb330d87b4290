//! Stage 2: split normalised text into lines and blocks.
//!
//! A block is a run of non-blank lines. Blocks matter because page dumps and
//! syndicated pages put one paragraph per block, while captions share a block
//! with the credit under them; text with one paragraph per line and no blank
//! lines at all is just as normal, and is then one block.

/// One input line, trimmed, borrowed from the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The line without surrounding white space; empty for a blank line.
    pub text: &'a str,
    /// 1-based line number in the input.
    pub number: usize,
    /// Index of the block this line belongs to; blank lines carry the index of
    /// the block that follows them.
    pub block: usize,
}

impl Line<'_> {
    /// Whether the line is empty (it was blank or white space only).
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// Split `text` (already normalised: `\n` line ends only) into lines.
pub(crate) fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(text.len() / 40 + 1);
    let mut block = 0;
    let mut in_block = false;
    // `split('\n')` yields a final empty piece after a trailing newline, which
    // is not a line of its own.
    let body = text.strip_suffix('\n').unwrap_or(text);
    if body.is_empty() && text.is_empty() {
        return lines;
    }
    for (i, raw) in body.split('\n').enumerate() {
        // Normalised text has no white space but spaces and line ends.
        let trimmed = raw.trim_matches(' ');
        if trimmed.is_empty() {
            if in_block {
                block += 1;
                in_block = false;
            }
        } else {
            in_block = true;
        }
        lines.push(Line {
            text: trimmed,
            number: i + 1,
            block,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_lines_and_groups_blocks() {
        let lines = split("a\nb\n\n\nc\n");
        let got: Vec<_> = lines.iter().map(|l| (l.text, l.number, l.block)).collect();
        assert_eq!(
            got,
            vec![
                ("a", 1, 0),
                ("b", 2, 0),
                ("", 3, 1),
                ("", 4, 1),
                ("c", 5, 1)
            ]
        );
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(split("").is_empty());
        assert_eq!(split("\n").len(), 1);
    }

    #[test]
    fn lines_are_trimmed() {
        assert_eq!(split("  padded  ")[0].text, "padded");
    }
}
