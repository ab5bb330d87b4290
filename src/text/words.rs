//! Word lists and word-level helpers the stages share: the function words
//! of running text, and the ASCII word boundary every pattern is compiled
//! with.

/// Unicode word boundaries make the lazy DFA give up on any non-ASCII byte
/// (and curly quotes are everywhere), falling back to a much slower engine.
/// The lexicon's boundaries all sit next to ASCII words, so the ASCII form
/// means the same here and keeps every line on the DFA.
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// The longest function word in the list, in bytes.
const LONGEST_FUNCTION_WORD: usize = 6;
/// The longest word that may still be a function word once its punctuation
/// is trimmed (at most a quote and a comma around one).
const LONGEST_MARKED_FUNCTION_WORD: usize = 9;

/// Strip the punctuation around a word: ASCII marks and the curly quotes and
/// guillemets that stand next to words.
fn trim_word(mut w: &[u8]) -> &[u8] {
    const QUOTES: [&[u8]; 6] = [
        "‘".as_bytes(),
        "’".as_bytes(),
        "“".as_bytes(),
        "”".as_bytes(),
        "«".as_bytes(),
        "»".as_bytes(),
    ];
    loop {
        match w.first() {
            Some(b) if b.is_ascii() && !b.is_ascii_alphanumeric() => w = &w[1..],
            Some(_) => match QUOTES.iter().find(|q| w.starts_with(q)) {
                Some(q) => w = &w[q.len()..],
                None => break,
            },
            None => return w,
        }
    }
    loop {
        match w.last() {
            Some(b) if b.is_ascii() && !b.is_ascii_alphanumeric() => w = &w[..w.len() - 1],
            Some(_) => match QUOTES.iter().find(|q| w.ends_with(q)) {
                Some(q) => w = &w[..w.len() - q.len()],
                None => break,
            },
            None => break,
        }
    }
    w
}

/// Whether a word is one of the function words of the most common
/// Latin-script languages of the web (English, Spanish, Portuguese, French,
/// German, Italian, Dutch): their density tells running text from headlines
/// and link lists, which are almost all content words.
pub(crate) fn is_function_word_bytes(word: &[u8]) -> bool {
    // Most words are content words longer than any function word: leave
    // before trimming punctuation.
    if word.len() > LONGEST_MARKED_FUNCTION_WORD {
        return false;
    }
    let w = trim_word(word);
    if w.is_empty() || w.len() > LONGEST_FUNCTION_WORD {
        return false;
    }
    let mut buf = [0u8; LONGEST_FUNCTION_WORD];
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    let w = &buf[..w.len()];
    matches!(
        w,
        // English
        b"the" | b"a" | b"an" | b"of" | b"to" | b"in" | b"and" | b"or" | b"but" | b"is" | b"are" | b"was"
            | b"were" | b"be" | b"been" | b"has" | b"have" | b"had" | b"it" | b"its" | b"that" | b"this"
            | b"these" | b"those" | b"with" | b"for" | b"on" | b"at" | b"by" | b"from" | b"as" | b"not"
            | b"he" | b"she" | b"they" | b"we" | b"you" | b"i" | b"his" | b"her" | b"their" | b"our"
            | b"which" | b"who" | b"what" | b"when" | b"if" | b"so" | b"than" | b"then" | b"there"
            | b"would" | b"will" | b"can" | b"could" | b"about" | b"into" | b"also" | b"more" | b"said"
            // Spanish, Portuguese, Italian
            | b"el" | b"la" | b"los" | b"las" | b"de" | b"del" | b"y" | b"que" | b"en" | b"un" | b"una"
            | b"por" | b"con" | b"para" | b"se" | b"es" | b"o" | b"os" | b"um" | b"uma" | b"do"
            | b"da" | b"dos" | b"das" | b"no" | b"na" | b"com" | b"il" | b"di" | b"che" | b"per" | b"non"
            | b"e" | b"lo" | b"gli" | b"le" | b"al" | b"su"
            // French
            | b"les" | b"des" | b"du" | b"et" | b"est" | b"une" | b"pour" | b"dans" | b"qui" | b"pas"
            | b"sur" | b"au" | b"aux" | b"ce" | b"elle" | b"nous" | b"vous" | b"sont"
            // German, Dutch
            | b"der" | b"die" | b"und" | b"ist" | b"ein" | b"eine" | b"zu" | b"den" | b"von"
            | b"mit" | b"sich" | b"auf" | b"nicht" | b"dem" | b"im" | b"het" | b"een" | b"van"
            | b"op" | b"zijn" | b"niet" | b"dat" | b"voor"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_through_punctuation_and_case() {
        assert!(is_function_word_bytes(b"The"));
        assert!(is_function_word_bytes("“and,".as_bytes()));
        assert!(is_function_word_bytes(b"nicht."));
        assert!(!is_function_word_bytes(b"storm"));
        assert!(!is_function_word_bytes(b"--"));
        assert!(!is_function_word_bytes(b"constitutional"));
    }

    #[test]
    fn boundaries_become_ascii() {
        assert_eq!(ascii_boundaries(r"\bAP\b"), r"(?-u:\b)AP(?-u:\b)");
    }
}
