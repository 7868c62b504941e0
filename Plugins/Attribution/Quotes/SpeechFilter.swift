import CopydeskText

/// Tells quoted speech from quotation marks that set off a title, a nickname, a coined term or a
/// scare-quoted word ("the so-called “peace dividend”", Joe “the Jet” Carver).
struct SpeechFilter {
    let text: ScalarText

    /// Words right before a quotation that make it a name or a term rather than speech.
    static let termIntroducers: Set<String> = [
        "so-called", "term", "terms", "titled", "entitled",
        "named", "slogan", "hashtag", "motto", "headline", "headlined", "book", "film", "movie", "show", "song",
        "album", "series", "program", "programme", "column", "magazine", "newspaper", "documentary", "play",
        "episode", "podcast", "novel", "memoir", "banner", "caption", "codenamed", "code-named", "billed",
        "name", "names", "nickname", "trademark", "brand", "acronym",
    ]

    /// Small words a title may keep in lowercase.
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "is", "vs.",
    ]

    /// What a quotation is, judged from its words and the words around it.
    enum Verdict {
        case speech
        /// Words in title case: speech only if a reporting verb or a source stands right by it.
        case titleLike
        case notSpeech
    }

    /// Whether the quotation at `qi` of `paragraph.tokens` is speech.
    func verdict(_ quote: QuoteSpan, in paragraph: TokenizedParagraph, tokenIndex qi: Int, headlineLike: Bool) -> Verdict {
        let words = contentWords(quote)
        guard !words.isEmpty else { return .notSpeech }
        let tokens = paragraph.tokens
        let previous = qi > 0 ? tokens[qi - 1] : nil
        let next = qi + 1 < tokens.count ? tokens[qi + 1] : nil

        if words.count <= 8, let previous {
            if previous.isWord && previous.belongs(to: .termIntroducers) { return .notSpeech }
            // A title set off by commas after the thing it names: "the album, “Northern Lights”,".
            if previous.isPunctuation(","), qi >= 2, tokens[qi - 2].belongs(to: .termIntroducers) { return .notSpeech }
        }
        if qi >= 2, tokens[qi - 1].lower == "called", tokens[qi - 2].lower == "so" { return .notSpeech }
        if words.count <= 3, isCoinedTerm(tokens, before: qi) { return .notSpeech }
        // A nickname between a first name and a surname.
        if !headlineLike, words.count <= 4, let previous, let next, previous.isCapitalized, next.isCapitalized,
           quote.range.lowerBound - previous.range.upperBound <= 1, next.range.lowerBound - quote.range.upperBound <= 1,
           !isSentenceStart(qi - 1, paragraph) {
            return .notSpeech
        }
        // Title case inside a sentence that is not itself a headline; after a possessive it names a
        // programme or a publication ("MSNBC’s “Morning Joe”").
        if !headlineLike, words.count <= 8, isTitleCase(words), !endsWithSentencePunctuation(quote) || words.count <= 4 {
            if let previous, previous.isWord, previous.lower.hasSuffix("’s") || previous.lower.hasSuffix("'s") { return .notSpeech }
            return .titleLike
        }
        return .speech
    }

    /// Verbs that only ever give a thing a name: "dubbed it", "nicknamed them".
    static let namingVerbs: Set<String> = [
        "dub", "dubs", "dubbed", "nickname", "nicknames", "nicknamed", "term", "terms", "termed", "christened",
    ]
    /// Verbs that name a thing in the present ("economists call it") and report words in the past
    /// ("she called it “overdue”").
    static let habitualNamingVerbs: Set<String> = ["call", "calls", "calling", "label", "labels", "brand", "brands"]

    /// A word or two set in quotation marks as the name of a thing, not as anyone's words:
    /// "call it (a) “vibecession”", "called it the “15-minute city”", "known as “the Hub”",
    /// "a word for it: “shrinkflation”". "She called it “overdue”" stays speech.
    private func isCoinedTerm(_ tokens: [Token], before qi: Int) -> Bool {
        var k = qi - 1
        var article = false
        if k >= 0, ["a", "an", "the"].contains(tokens[k].lower) { k -= 1; article = true }
        guard k >= 1 else { return false }
        if ["it", "them", "this", "that"].contains(tokens[k].lower) {
            let verb = tokens[k - 1].lower
            if Self.namingVerbs.contains(verb) { return true }
            // "Economists call it …", "what some bankers call a …": a group naming a thing, not a
            // speaker's words ("Obama and Clinton call them “lone wolves”" quotes two people).
            if Self.habitualNamingVerbs.contains(verb), k >= 2, isGenericGroup(tokens[k - 2]) { return true }
            // An article outside the quotation marks makes the quoted words a name ("called it the “Hub”").
            if article, ["called", "labelled", "labeled", "branded"].contains(verb) { return true }
        }
        if tokens[k].lower == "as", tokens[k - 1].lower == "known", k == qi - 1 { return true }
        // "a word for it:", "a name for this:".
        if tokens[k].isPunctuation(":"), k >= 3, ["it", "this", "that"].contains(tokens[k - 1].lower), tokens[k - 2].lower == "for",
           ["word", "name", "term", "phrase", "label"].contains(tokens[k - 3].lower) {
            return true
        }
        return false
    }

    /// A plural with no name in it ("economists", "Planners", "they", "people").
    private func isGenericGroup(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        if ["they", "people", "some", "many", "others", "we", "you"].contains(token.lower) { return true }
        let word = token.lower
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("’s") && !word.hasSuffix("'s")
    }

    private func isSentenceStart(_ index: Int, _ paragraph: TokenizedParagraph) -> Bool {
        paragraph.sentence(containing: index).lowerBound == index
    }

    /// The scalar ranges of the words inside a quotation (read as the words are, not copied out).
    func contentWords(_ quote: QuoteSpan) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = quote.contentRange.lowerBound
        let end = quote.contentRange.upperBound
        while i < end {
            if Tokenizer.isWordCharacter(text[i]) {
                let e = Tokenizer.scanWord(text, from: i, end: end)
                words.append(i..<e)
                i = e
            } else {
                i += 1
            }
        }
        return words
    }

    /// Whether every word starts with a capital, a digit, or is a small word a title keeps in lowercase.
    func isTitleCase(_ words: [Range<Int>]) -> Bool {
        guard let first = words.first, CharacterClass.isUppercase(text[first.lowerBound]) else { return false }
        for word in words {
            let initial = text[word.lowerBound]
            if CharacterClass.isDigit(initial) || CharacterClass.isUppercase(initial) { continue }
            if !Self.titleSmallWords.contains(text.word(word).lower) { return false }
        }
        return true
    }

    private func endsWithSentencePunctuation(_ quote: QuoteSpan) -> Bool {
        let content = quote.contentRange
        guard !content.isEmpty else { return false }
        var i = content.upperBound - 1
        while i > content.lowerBound, text[i].value == 0x2019 || text[i].value == 0x27 { i -= 1 }
        let v = text[i].value
        return v == 0x2E || v == 0x21 || v == 0x3F
    }
}
