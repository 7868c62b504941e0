/// The source of a quotation and how it was found.
struct Attribution {
    enum Method: String {
        /// “…,” Smith said.
        case afterQuote
        /// “…,” said Smith.
        case inverted
        /// “…” — Smith
        case dash
        /// “…,” according to Smith. / According to Smith, “…”
        case accordingTo
        /// Smith said the plan was “…” / Smith said: “…”
        case beforeQuote
        /// Smith disagreed: “…”
        case colon
        /// Another quotation of the same sentence or paragraph names the source.
        case sameParagraph
        /// The paragraph continues the quotations of the one before.
        case previousParagraph
    }

    /// Token-free description of the source: scalar range and text as written.
    var speakerRange: Range<Int>
    var speaker: String
    var verb: String?
    var verbRange: Range<Int>?
    var verbForm: ReportingVerbs.Form?
    var method: Method
}

/// Finds the source of each quotation: said-after and said-before patterns, inverted "said X",
/// colon introductions, "according to", pull-quote dashes, then continuation across sentences and
/// paragraphs.
struct SpeakerFinder {
    let text: ScalarText
    let paragraphs: [TokenizedParagraph]
    let quotes: [QuoteSpan]
    /// Whether each quotation is speech (not a title, nickname or scare quote).
    let isSpeech: [Bool]

    /// The attribution of every quotation (nil for non-speech and unattributed ones).
    func attribute() -> [Attribution?] {
        var result = [Attribution?](repeating: nil, count: quotes.count)
        // Direct patterns within the quotation's sentence.
        for paragraph in paragraphs {
            for sentence in paragraph.sentences {
                for qi in sentence {
                    guard let q = paragraph.tokens[qi].quoteIndex, isSpeech[q] else { continue }
                    result[q] = afterQuote(paragraph, sentence: sentence, qi: qi)
                        ?? beforeQuote(paragraph, sentence: sentence, qi: qi)
                }
            }
        }
        // Continuation within a sentence and a paragraph.
        for paragraph in paragraphs {
            let quoteTokens = paragraph.tokens.indices.filter { i in
                paragraph.tokens[i].quoteIndex.map { isSpeech[$0] } ?? false
            }
            for (n, qi) in quoteTokens.enumerated() {
                let q = paragraph.tokens[qi].quoteIndex!
                guard result[q] == nil else { continue }
                let earlier = quoteTokens[..<n].reversed().compactMap { result[paragraph.tokens[$0].quoteIndex!] }.first
                let later = quoteTokens[(n + 1)...].lazy.compactMap { result[paragraph.tokens[$0].quoteIndex!] }
                    .first { $0.method == .afterQuote || $0.method == .inverted || $0.method == .dash }
                if var found = earlier ?? later {
                    found.method = .sameParagraph
                    result[q] = found
                } else if let colon = previousSentenceColon(paragraph, qi: qi) {
                    result[q] = colon
                }
            }
        }
        // Paragraphs that open with a quotation continue the source of the paragraph before.
        for (p, paragraph) in paragraphs.enumerated() where p > 0 {
            guard let first = paragraph.tokens.first, let q = first.quoteIndex, isSpeech[q], result[q] == nil else { continue }
            guard let inherited = sourceCarriedInto(p, attributions: result) else { continue }
            for token in paragraph.tokens {
                if let other = token.quoteIndex, isSpeech[other], result[other] == nil {
                    var carried = inherited
                    carried.method = .previousParagraph
                    result[other] = carried
                }
            }
        }
        return result
    }

    // MARK: - Continuation

    /// The source a paragraph that opens with a quotation inherits from the paragraph before it:
    /// that paragraph's last attributed quotation, or a colon-introduced speaker.
    private func sourceCarriedInto(_ p: Int, attributions: [Attribution?]) -> Attribution? {
        let previous = paragraphs[p - 1]
        let lastQuote = previous.tokens.last { $0.quoteIndex.map { isSpeech[$0] } ?? false }
        if let lastQuote, let q = lastQuote.quoteIndex {
            return attributions[q]
        }
        // A multi-paragraph quotation that ended inside the previous paragraph.
        if let carried = quotes.indices.last(where: { quotes[$0].lastParagraph == p - 1 && quotes[$0].firstParagraph < p - 1 }),
           isSpeech[carried], let attribution = attributions[carried] {
            return attribution
        }
        guard let lastSentence = previous.sentences.last, !previous.tokens.isEmpty else { return nil }
        let tokens = previous.tokens
        if tokens[lastSentence.upperBound - 1].isPunctuation(":") {
            return colonSpeaker(previous, clauseEnd: lastSentence.upperBound - 1, sentence: lastSentence)
        }
        return nil
    }

    private func previousSentenceColon(_ paragraph: TokenizedParagraph, qi: Int) -> Attribution? {
        let sentence = paragraph.sentence(containing: qi)
        guard sentence.lowerBound == qi, qi > 0 else { return nil }
        let previous = paragraph.sentence(containing: qi - 1)
        guard paragraph.tokens[qi - 1].isPunctuation(":") else { return nil }
        return colonSpeaker(paragraph, clauseEnd: qi - 1, sentence: previous)
    }

    // MARK: - After the quotation

    private func afterQuote(_ paragraph: TokenizedParagraph, sentence: Range<Int>, qi: Int) -> Attribution? {
        let tokens = paragraph.tokens
        let limit = sentence.upperBound
        var j = qi + 1
        guard j < limit else { return nil }
        if tokens[j].isPunctuation(",") { j += 1 }
        guard j < limit else { return nil }
        let quote = quotes[tokens[qi].quoteIndex!]
        let endsSentence = quoteEndsWithTerminalPunctuation(quote)

        if tokens[j].kind == .punctuation && (CharacterClass.isDash(tokens[j].range.lowerBound < text.count ? text[tokens[j].range.lowerBound] : " ") || tokens[j].text == "—"),
           let np = nounPhraseForward(tokens, from: j + 1, limit: limit), tokens[np.lowerBound].isCapitalized {
            return make(tokens, np, verb: nil, method: .dash)
        }
        if tokens[j].lower == "according", j + 1 < limit, tokens[j + 1].lower == "to",
           let np = nounPhraseForward(tokens, from: j + 2, limit: limit) {
            return make(tokens, np, verb: j, method: .accordingTo)
        }
        if let entry = ReportingVerbs.entry(tokens[j].lower), entry.introducesAfterQuote,
           entry.form == .past || entry.form == .present,
           let np = nounPhraseForward(tokens, from: j + 1, limit: limit), isPlausibleSubjectStart(tokens[np.lowerBound]) {
            return make(tokens, np, verb: j, method: .inverted)
        }
        // Noun phrase, optional appositive, verb.
        var sawComma = false
        var k = j
        while k < limit && k - j <= 22 {
            let token = tokens[k]
            if token.isQuote || token.isPunctuation(".!?;:()") { break }
            if token.isPunctuation(",") {
                sawComma = true
                k += 1
                continue
            }
            if k > j, let entry = ReportingVerbs.entry(token.lower), entry.introducesAfterQuote,
               entry.form == .past || entry.form == .present || (entry.form == .base && k > j && isPluralSubject(tokens[k - 1])) {
                var headEnd = k
                var modifiers = 0
                while headEnd > j, isVerbModifier(tokens[headEnd - 1]) { headEnd -= 1; modifiers += 1 }
                if let comma = tokens[j..<headEnd].firstIndex(where: { $0.isPunctuation(",") }) { headEnd = comma }
                guard headEnd > j, headEnd - j <= 9, isPlausibleSubjectStart(tokens[j]),
                      tokens[j..<headEnd].allSatisfy({ $0.isWord || $0.isPunctuation("-&’'") }) else { return nil }
                if endsSentence && (modifiers > 1 || headEnd - j > 6) { return nil }
                return make(tokens, j..<headEnd, verb: k, method: .afterQuote)
            }
            if !sawComma && token.isWord && (WordClasses.clauseBoundaries.contains(token.lower) && !(k > j && WordClasses.verbModifiers.contains(token.lower))) {
                break
            }
            k += 1
        }
        return nil
    }

    // MARK: - Before the quotation

    private func beforeQuote(_ paragraph: TokenizedParagraph, sentence: Range<Int>, qi: Int) -> Attribution? {
        let tokens = paragraph.tokens
        let lower = sentence.lowerBound
        var participle: Int?
        var v = lower
        while v < qi {
            defer { v += 1 }
            let token = tokens[v]
            guard token.isWord else { continue }
            if token.lower == "according", v + 1 < qi, tokens[v + 1].lower == "to",
               let np = nounPhraseForward(tokens, from: v + 2, limit: qi) {
                return make(tokens, np, verb: v, method: .accordingTo)
            }
            guard let entry = ReportingVerbs.entry(token.lower) else { continue }
            if isPassive(tokens, verb: v, lower: lower) { continue }
            switch entry.form {
            case .gerund, .participle:
                if v > lower, tokens[v - 1].isCapitalized, let subject = subjectBefore(tokens, verb: v, lower: lower),
                   subject.upperBound == v {
                    return make(tokens, subject, verb: v, method: .beforeQuote)
                }
                participle = participle ?? v
                continue
            case .base:
                guard v > lower, isPluralSubject(tokens[v - 1]) else { continue }
            case .past, .present:
                break
            }
            if let subject = subjectBefore(tokens, verb: v, lower: lower) {
                return make(tokens, subject, verb: v, method: .beforeQuote)
            }
        }
        if let participle, let np = leadingNounPhrase(tokens, from: lower, limit: participle) {
            return make(tokens, np, verb: participle, method: .beforeQuote)
        }
        var c = qi - 1
        while c >= lower, tokens[c].isPunctuation("—-–") { c -= 1 }
        if c >= lower, tokens[c].isPunctuation(":") {
            return colonSpeaker(paragraph, clauseEnd: c, sentence: sentence)
        }
        return nil
    }

    /// The subject of the clause ending at a colon ("Opposition leader Maya Lindqvist disagreed:").
    private func colonSpeaker(_ paragraph: TokenizedParagraph, clauseEnd: Int, sentence: Range<Int>) -> Attribution? {
        let tokens = paragraph.tokens
        var start = sentence.lowerBound
        if let comma = tokens[start..<clauseEnd].lastIndex(where: { $0.isPunctuation(",") || $0.isQuote }) {
            start = comma + 1
        }
        guard let np = leadingNounPhrase(tokens, from: start, limit: clauseEnd) else { return nil }
        return make(tokens, np, verb: nil, method: .colon)
    }

    // MARK: - Noun phrases

    /// The subject of the verb at `verb`: the noun phrase right before it (skipping "also", "has"),
    /// or, for "Name, appositive, said", the name before the appositive.
    private func subjectBefore(_ tokens: [Token], verb: Int, lower: Int) -> Range<Int>? {
        var k = verb - 1
        while k >= lower, isVerbModifier(tokens[k]) { k -= 1 }
        guard k >= lower else { return nil }
        if tokens[k].isPunctuation(",") {
            var c = k - 1
            while c >= lower, c > k - 16, !tokens[c].isPunctuation(","), !tokens[c].isQuote,
                  !tokens[c].isPunctuation(".!?;:") { c -= 1 }
            guard c >= lower, tokens[c].isPunctuation(","), let head = headBefore(tokens, end: c, lower: lower),
                  tokens[head].contains(where: { $0.isCapitalized }) else { return nil }
            return head
        }
        return headBefore(tokens, end: k + 1, lower: lower)
    }

    private func headBefore(_ tokens: [Token], end: Int, lower: Int) -> Range<Int>? {
        var s = end
        while s > lower && end - s < 10 {
            let token = tokens[s - 1]
            if !token.isWord {
                if token.isPunctuation("-&"), s - 2 >= lower, tokens[s - 2].isWord, s < end { s -= 1; continue }
                break
            }
            let word = token.lower
            if WordClasses.clauseBoundaries.contains(word) { break }
            if let entry = ReportingVerbs.entry(word), entry.form != .base, s < end,
               !tokens[s].isCapitalized || entry.form == .past { break }
            if WordClasses.prepositions.contains(word) {
                let collectedHasCapital = tokens[s..<end].contains { $0.isCapitalized }
                if word == "of" || word == "for", collectedHasCapital, s - 2 >= lower, tokens[s - 2].isWord,
                   tokens[s - 2].isCapitalized || WordClasses.roles.contains(tokens[s - 2].lower) {
                    s -= 1
                    continue
                }
                if s - 2 >= lower, ["familiar", "close", "knowledgeable", "briefed", "aware"].contains(tokens[s - 2].lower) {
                    s -= 1
                    continue
                }
                break
            }
            s -= 1
        }
        guard s < end else { return nil }
        if end - s == 1 && (WordClasses.determiners.contains(tokens[s].lower) || WordClasses.nonSpeakers.contains(tokens[s].lower)) {
            return nil
        }
        if WordClasses.nonSpeakers.contains(tokens[s].lower) && end - s == 1 { return nil }
        if end - s == 1, tokens[s].lower == "it" { return s..<end }
        return s..<end
    }

    /// A noun phrase starting at `from` ("Councillor Imogen Blake", "a senior treasury official"),
    /// ending before a comma, a clause word, a preposition (except inside names) or a time word.
    private func nounPhraseForward(_ tokens: [Token], from start: Int, limit: Int) -> Range<Int>? {
        guard start < limit else { return nil }
        var k = start
        var end = start
        while k < limit && k - start < 12 {
            let token = tokens[k]
            if !token.isWord {
                if token.isPunctuation("-&"), k > start, k + 1 < limit, tokens[k + 1].isWord { k += 1; continue }
                break
            }
            let word = token.lower
            if WordClasses.clauseBoundaries.contains(word) || WordClasses.timeWords.contains(word) { break }
            if let entry = ReportingVerbs.entry(word), entry.form != .base, k > start { break }
            if WordClasses.prepositions.contains(word) {
                if k > start, word == "of" || word == "for", k + 1 < limit, tokens[k + 1].isCapitalized { k += 1; continue }
                if k > start, ["familiar", "close", "knowledgeable", "briefed", "aware"].contains(tokens[k - 1].lower) { k += 1; continue }
                break
            }
            k += 1
            end = k
        }
        while end > start, WordClasses.determiners.contains(tokens[end - 1].lower) || WordClasses.prepositions.contains(tokens[end - 1].lower) {
            end -= 1
        }
        return end > start ? start..<end : nil
    }

    /// The noun phrase a clause opens with, read by capitalisation: "Opposition leader Maya Lindqvist",
    /// "He", "The mayor".
    private func leadingNounPhrase(_ tokens: [Token], from start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, tokens[start].isWord else { return nil }
        if WordClasses.subjectPronouns.contains(tokens[start].lower) { return start..<(start + 1) }
        var k = start
        var lastGood = start
        while k < limit && k - start < 10 {
            let token = tokens[k]
            guard token.isWord else { break }
            let word = token.lower
            let nextCapitalized = k + 1 < limit && tokens[k + 1].isCapitalized
            if token.isCapitalized || WordClasses.roles.contains(word) {
                k += 1
                lastGood = k
                continue
            }
            if (WordClasses.determiners.contains(word) && k == start) || (nextCapitalized && !WordClasses.clauseBoundaries.contains(word)) {
                k += 1
                continue
            }
            break
        }
        guard lastGood > start else { return nil }
        let range = start..<lastGood
        let hasName = tokens[range].contains { $0.isCapitalized && !WordClasses.determiners.contains($0.lower) }
            || tokens[range].contains { WordClasses.roles.contains($0.lower) }
        return hasName ? range : nil
    }

    // MARK: - Helpers

    private func isVerbModifier(_ token: Token) -> Bool {
        token.isWord && (WordClasses.verbModifiers.contains(token.lower) || (WordClasses.isAdverb(token.lower) && !token.isCapitalized))
    }

    private func isPluralSubject(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        return ["they", "we", "i", "you", "people", "others"].contains(token.lower)
            || (token.lower.hasSuffix("s") && !token.lower.hasSuffix("ss") && token.lower.count > 3)
    }

    private func isPlausibleSubjectStart(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        if WordClasses.clauseBoundaries.contains(word) || WordClasses.prepositions.contains(word) { return false }
        if WordClasses.nonSpeakers.contains(word) && word != "one" && word != "some" { return false }
        return token.isCapitalized || WordClasses.determiners.contains(word) || WordClasses.subjectPronouns.contains(word)
            || WordClasses.roles.contains(word) || word.first?.isNumber == true
            || ["former", "senior", "retired", "top", "local", "federal", "state", "white", "house"].contains(word)
    }

    private func isPassive(_ tokens: [Token], verb: Int, lower: Int) -> Bool {
        var k = verb - 1
        while k >= lower, tokens[k].isWord, WordClasses.isAdverb(tokens[k].lower) || tokens[k].lower == "not" { k -= 1 }
        guard k >= lower, tokens[k].isWord else { return false }
        return WordClasses.passiveAuxiliaries.contains(tokens[k].lower)
    }

    private func quoteEndsWithTerminalPunctuation(_ quote: QuoteSpan) -> Bool {
        var i = quote.contentRange.upperBound - 1
        while i >= quote.contentRange.lowerBound, CharacterClass.isSpace(text[i]) || text[i].value == 0x2019 || text[i].value == 0x27 { i -= 1 }
        guard i >= quote.contentRange.lowerBound else { return false }
        let v = text[i].value
        return v == 0x2E || v == 0x21 || v == 0x3F
    }

    private func make(_ tokens: [Token], _ np: Range<Int>, verb: Int?, method: Attribution.Method) -> Attribution {
        let range = tokens[np.lowerBound].range.lowerBound..<tokens[np.upperBound - 1].range.upperBound
        let verbToken = verb.map { tokens[$0] }
        return Attribution(speakerRange: range, speaker: text.string(range), verb: verbToken?.text,
                           verbRange: verbToken?.range, verbForm: verbToken.flatMap { ReportingVerbs.entry($0.lower)?.form },
                           method: method)
    }
}
