import CopydeskText

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
        /// The subject of the clause a partial quotation sits in.
        case clauseSubject
        /// The sentence before the quotation names the source with a reporting verb.
        case previousSentence
        /// A quotation paragraph after a closed quotation: the source is known from context only,
        /// and is reported as `resolvedSpeaker` of an unattributed quotation.
        case context

        /// Whether the source stands right by the quotation (not carried over from elsewhere).
        var isDirect: Bool {
            switch self {
            case .afterQuote, .inverted, .dash, .accordingTo, .beforeQuote, .colon: return true
            case .sameParagraph, .previousParagraph, .clauseSubject, .previousSentence, .context: return false
            }
        }
    }

    /// The source as written: its scalar range and its text.
    var speakerRange: Range<Int>
    var speaker: String
    var verb: String?
    var verbRange: Range<Int>?
    var method: Method
}

/// Finds the source of each quotation: said-after and said-before patterns, inverted "said X",
/// colon introductions, "according to", pull-quote dashes, headlines, then continuation across
/// sentences and paragraphs, and finally the subject of the clause a partial quotation sits in.
struct SpeakerFinder {
    let text: ScalarText
    let paragraphs: [TokenizedParagraph]
    let quotes: [QuoteSpan]
    /// Whether each quotation is speech (not a title, nickname or scare quote).
    let isSpeech: [Bool]
    /// Whether each paragraph is written like a headline.
    let isHeadline: [Bool]
    /// Every word the text writes in lowercase: a capitalised sentence opener among them is not a name.
    let lowercaseWords: LowercaseWords

    /// The attribution of every quotation (nil for non-speech and unattributed ones).
    func attribute() -> [Attribution?] {
        var result = [Attribution?](repeating: nil, count: quotes.count)
        // Direct patterns within the quotation's sentence.
        for paragraph in paragraphs {
            for (s, sentence) in paragraph.sentences.enumerated() {
                for qi in sentence {
                    guard let q = paragraph.tokens[qi].quoteIndex, isSpeech[q] else { continue }
                    if paragraph.tokens[qi].isContinuation {
                        // A quotation over several paragraphs: its said-after attribution follows the closing mark.
                        if let after = afterQuote(paragraph, sentenceIndex: s, qi: qi) { result[q] = after }
                        continue
                    }
                    if isHeadline[paragraph.index] {
                        result[q] = headlineSpeaker(paragraph, qi: qi)
                        continue
                    }
                    result[q] = afterQuote(paragraph, sentenceIndex: s, qi: qi)
                        ?? trailingAttribution(paragraph, sentence: sentence, qi: qi)
                        ?? beforeQuote(paragraph, sentence: sentence, qi: qi)
                }
            }
        }
        // Continuation within a sentence and a paragraph: an unattributed quotation takes the source
        // of the nearest attributed one before it, else of the nearest one after it attributed
        // said-after, inverted or by a dash. Both are carried along in one pass each (the loop
        // below gives sources by no such method), not searched for each quotation anew, which is
        // quadratic in a paragraph of thousands of quotations.
        for paragraph in paragraphs {
            let quoteTokens = paragraph.tokens.indices.filter { i in
                paragraph.tokens[i].quoteIndex.map { isSpeech[$0] } ?? false
            }
            var nextDirect = [Attribution?](repeating: nil, count: quoteTokens.count + 1)
            for n in quoteTokens.indices.reversed() {
                let found = result[paragraph.tokens[quoteTokens[n]].quoteIndex!]
                let direct = found.map { $0.method == .afterQuote || $0.method == .inverted || $0.method == .dash } ?? false
                nextDirect[n] = direct ? found : nextDirect[n + 1]
            }
            var earlier: Attribution?
            for (n, qi) in quoteTokens.enumerated() {
                let q = paragraph.tokens[qi].quoteIndex!
                defer { if let found = result[q] { earlier = found } }
                guard result[q] == nil else { continue }
                let later = nextDirect[n + 1]
                if var found = earlier ?? later {
                    found.method = .sameParagraph
                    result[q] = found
                } else if let colon = previousSentenceColon(paragraph, qi: qi) {
                    result[q] = colon
                } else if let previous = previousSentenceSource(paragraph, qi: qi) {
                    result[q] = previous
                }
            }
        }
        // Paragraphs that open with a quotation continue the source of the paragraph before.
        // The last quotation over several paragraphs that ends in each paragraph, found once:
        var lastQuoteEndingIn: [Int: Int] = [:]
        for (i, quote) in quotes.enumerated() where quote.firstParagraph < quote.lastParagraph {
            lastQuoteEndingIn[quote.lastParagraph] = i
        }
        for (p, paragraph) in paragraphs.enumerated() where p > 0 {
            guard let first = paragraph.tokens.first, let q = first.quoteIndex, isSpeech[q], result[q] == nil else { continue }
            guard let (inherited, afterQuotation) = sourceCarriedInto(p, opening: q, attributions: result,
                                                                       lastQuoteEndingIn: lastQuoteEndingIn) else { continue }
            for token in paragraph.tokens {
                if let other = token.quoteIndex, isSpeech[other], result[other] == nil {
                    var carried = inherited
                    // A quotation paragraph after a closed quotation names no source of its own: the
                    // speaker is known only from context (AP asks for one in each such paragraph).
                    carried.method = afterQuotation ? .context : .previousParagraph
                    result[other] = carried
                }
            }
        }
        // A partial quotation takes the subject of its clause.
        for paragraph in paragraphs where !isHeadline[paragraph.index] {
            for sentence in paragraph.sentences {
                for qi in sentence where qi > sentence.lowerBound {
                    guard let q = paragraph.tokens[qi].quoteIndex, isSpeech[q], result[q] == nil else { continue }
                    if let subject = clauseSubject(paragraph.tokens, lower: max(sentence.lowerBound, qi - Self.reachBefore), before: qi) {
                        result[q] = make(paragraph.tokens, subject, verb: nil, method: .clauseSubject)
                    } else if let owner = possessiveOwner(paragraph.tokens, before: qi, lower: sentence.lowerBound) {
                        result[q] = make(paragraph.tokens, owner, verb: nil, method: .clauseSubject)
                    }
                }
            }
        }
        return result
    }

    // MARK: - Continuation

    /// The source a paragraph that opens with quotation `q` inherits from the paragraph before it:
    /// that paragraph's last attributed quotation (`afterQuotation`), a colon-introduced speaker, or
    /// the person the paragraph is about: one named in full, or, for a quotation that runs over
    /// several paragraphs, the subject of the lead-in sentence ("Adebayo remembers the night.",
    /// "Asked about it, she did not hesitate.").
    private func sourceCarriedInto(_ p: Int, opening q: Int, attributions: [Attribution?],
                                   lastQuoteEndingIn: [Int: Int]) -> (Attribution, afterQuotation: Bool)? {
        let previous = paragraphs[p - 1]
        let lastQuote = previous.tokens.last { $0.quoteIndex.map { isSpeech[$0] } ?? false }
        if let lastQuote, let last = lastQuote.quoteIndex {
            // "… pausing to chuckle and adding:" then the quotation's paragraph: introduced, not only by context.
            let introduced = previous.tokens.last?.isPunctuation(":") ?? false
            return attributions[last].map { ($0, !introduced) }
        }
        // A multi-paragraph quotation that ended inside the previous paragraph.
        if let carried = lastQuoteEndingIn[p - 1], isSpeech[carried], let attribution = attributions[carried] {
            return (attribution, true)
        }
        guard let lastSentence = previous.sentences.last, !previous.tokens.isEmpty else { return nil }
        let tokens = previous.tokens
        if tokens[lastSentence.upperBound - 1].isPunctuation(":") {
            return colonSpeaker(previous, clauseEnd: lastSentence.upperBound - 1, sentence: lastSentence).map { ($0, false) }
        }
        // A paragraph about a named person, followed by a paragraph of that person's words.
        if let subject = leadingNounPhrase(tokens, from: lastSentence.lowerBound, limit: lastSentence.upperBound),
           isPersonName(tokens[subject]) {
            return (make(tokens, subject, verb: nil, method: .previousParagraph), false)
        }
        if quotes[q].firstParagraph < quotes[q].lastParagraph, !isHeadline[previous.index],
           let subject = clauseSubject(tokens, lower: lastSentence.lowerBound, before: lastSentence.upperBound),
           subject.upperBound < lastSentence.upperBound, tokens[subject.upperBound].isWord, !tokens[subject.upperBound].isCapitalized,
           !tokens[subject].contains(where: { WordClasses.isTimeName($0) }) {
            return (make(tokens, subject, verb: nil, method: .previousParagraph), false)
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

    /// A quotation that opens a sentence takes the source of the sentence before it when that
    /// sentence reports someone's words ("… Cummings called him a master. “He showed …”").
    private func previousSentenceSource(_ paragraph: TokenizedParagraph, qi: Int) -> Attribution? {
        let sentence = paragraph.sentence(containing: qi)
        guard sentence.lowerBound == qi, qi > 0 else { return nil }
        let previous = paragraph.sentence(containing: qi - 1)
        let tokens = paragraph.tokens
        guard !tokens[previous].contains(where: \.isQuote) else { return nil }
        if let trailing = trailingAttribution(paragraph, sentence: previous, qi: previous.lowerBound - 1) {
            var found = trailing
            found.method = .previousSentence
            return found
        }
        if var found = beforeQuote(paragraph, sentence: previous, qi: previous.upperBound), found.verb != nil {
            found.method = .previousSentence
            return found
        }
        return leadInSource(tokens, sentence: previous)
    }

    /// Verbs that put a view into words without being reporting verbs: "outlined his view",
    /// "expressed deep misgivings", "held out little hope".
    static let expressionVerbs: Set<String> = [
        "outline", "outlines", "outlined", "express", "expresses", "expressed", "voice", "voices", "voiced",
        "set", "sets", "spell", "spells", "spelled", "spelt", "hold", "holds", "held", "share", "shares", "shared",
        "give", "gives", "gave", "offer", "offers", "offered", "sum", "sums", "summed", "lay", "lays", "laid",
        "signal", "signals", "signalled", "signaled", "make", "makes", "made",
    ]
    /// Nouns for a view someone puts into words, the object of an expression verb.
    static let viewNouns: Set<String> = [
        "view", "views", "vision", "hope", "hopes", "misgiving", "misgivings", "concern", "concerns", "doubt", "doubts",
        "fear", "fears", "thoughts", "feelings", "position", "stance", "case", "reasoning", "optimism", "pessimism",
        "confidence", "frustration", "anger", "dismay", "regret", "sympathy", "support", "opposition", "outlook",
        "warning", "assessment", "verdict", "explanation", "reasons", "philosophy", "belief", "beliefs",
        "intent", "intention", "intentions", "plans", "point", "points",
    ]

    /// A sentence that introduces the next one's quotation with the speaker's view: "Mr Brown
    /// outlined his view of the party's direction." / "But the report held out little hope."
    private func leadInSource(_ tokens: [Token], sentence: Range<Int>) -> Attribution? {
        guard let verb = tokens[sentence].firstIndex(where: { $0.isWord && $0.belongs(to: .expressionVerbs) }),
              tokens[verb..<min(sentence.upperBound, verb + 6)].contains(where: { $0.isWord && $0.belongs(to: .viewNouns) }),
              let subject = clauseSubject(tokens, lower: sentence.lowerBound + (tokens[sentence.lowerBound].belongs(to: .clauseConjunctions) ? 1 : 0),
                                          before: verb), subject.upperBound == verb
                || (subject.upperBound < verb && tokens[subject.upperBound..<verb].allSatisfy { isVerbModifier($0) }) else { return nil }
        return make(tokens, subject, verb: verb, method: .previousSentence)
    }

    // MARK: - Headlines

    /// The source of a quotation in a headline: "…, Lindsey Graham Says", "Pat Caddell: …",
    /// "Black Lawmakers Rip … ‘…’".
    private func headlineSpeaker(_ paragraph: TokenizedParagraph, qi: Int) -> Attribution? {
        let tokens = paragraph.tokens
        if let v = tokens.lastIndex(where: { ["says", "said", "say", "warns", "claims", "insists", "tells"].contains($0.lower) }),
           v > qi, let comma = tokens[..<v].lastIndex(where: { $0.isPunctuation(",") }), comma + 1 < v {
            return make(tokens, (comma + 1)..<v, verb: v, method: .beforeQuote)
        }
        if let colon = tokens[..<qi].firstIndex(where: { $0.isPunctuation(":") }),
           let np = leadingNounPhrase(tokens, from: 0, limit: colon) {
            return make(tokens, np, verb: nil, method: .colon)
        }
        if let v = tokens[..<qi].firstIndex(where: { ReportingVerbs.entry($0.lower) != nil || $0.belongs(to: .headlineVerbs) }),
           v > 0, v <= 6 {
            return make(tokens, 0..<v, verb: v, method: .beforeQuote)
        }
        var names = 0
        while names < min(qi, 3), tokens[names].isWord, isProperName(tokens[names]) { names += 1 }
        return names > 0 ? make(tokens, 0..<names, verb: nil, method: .colon) : nil
    }

    // MARK: - After the quotation

    /// “…,” Smith said / “…,” said Smith / “…” — Smith / “…,” according to Smith.
    private func afterQuote(_ paragraph: TokenizedParagraph, sentenceIndex: Int, qi: Int) -> Attribution? {
        let tokens = paragraph.tokens
        let sentence = paragraph.sentences[sentenceIndex]
        let terminal = tokens[qi].endsWithTerminalPunctuation
        var limit = sentence.upperBound
        if qi + 1 == sentence.upperBound, sentenceIndex + 1 < paragraph.sentences.count {
            limit = paragraph.sentences[sentenceIndex + 1].upperBound
        }
        var j = qi + 1
        guard j < limit else { return nil }
        if tokens[j].isPunctuation(",") { j += 1 }
        guard j < limit else { return nil }

        if tokens[j].isPunctuation("—―–-"), let np = nounPhraseForward(tokens, from: j + 1, limit: limit),
           tokens[np.lowerBound].isCapitalized {
            return make(tokens, np, verb: nil, method: .dash)
        }
        if tokens[j].lower == "according", j + 1 < limit, tokens[j + 1].lower == "to",
           let np = nounPhraseForward(tokens, from: j + 2, limit: limit) {
            return make(tokens, np, verb: j, method: .accordingTo)
        }
        if let quoted = quotedAsSaying(tokens, from: j, limit: limit) { return quoted }
        // "“…,” per the party's bylaws."
        if tokens[j].lower == "per", let np = nounPhraseForward(tokens, from: j + 1, limit: limit), isPlausibleSubjectStart(tokens[np.lowerBound]) {
            return make(tokens, np, verb: j, method: .accordingTo)
        }
        if isAfterQuoteVerb(tokens[j], subject: nil), let np = nounPhraseForward(tokens, from: j + 1, limit: limit),
           isValidHead(tokens, np, maxLength: 12) {
            return make(tokens, np, verb: j, method: .inverted)
        }
        // "“…,” points out pundit Steve Cram": a reporting verb with its particle.
        if j + 1 < limit, isPhrasalReportingVerb(tokens, j), let np = nounPhraseForward(tokens, from: j + 2, limit: limit),
           isValidHead(tokens, np, maxLength: 12) {
            return make(tokens, np, verb: j, method: .inverted)
        }
        // "“…,” as Smith put it": after "as" the verb follows its subject at once; "as he ran off,
        // police said" is a clause of its own, not an attribution.
        var afterAs = false
        if tokens[j].lower == "as", j + 1 < limit {
            j += 1
            afterAs = true
        }
        // Noun phrase, optional appositive, verb.
        var sawComma = false
        var coordinated = false
        var depth = 0
        var k = j
        while k < limit && k - j <= 40 {
            let token = tokens[k]
            if token.isPunctuation("(") { depth += 1; k += 1; continue }
            if token.isPunctuation(")") { depth = max(0, depth - 1); k += 1; continue }
            if depth > 0 { k += 1; continue }
            if token.isQuote || token.isPunctuation(".!?;:") { break }
            if token.isPunctuation(",") {
                if afterAs { break }
                sawComma = true
                k += 1
                continue
            }
            if afterAs, k - j > 4 { break }
            if k > j, isAfterQuoteVerb(token, subject: tokens[k - 1]) {
                var headEnd = k
                var modifiers = 0
                while headEnd > j, isVerbModifier(tokens[headEnd - 1]) { headEnd -= 1; modifiers += 1 }
                var head = trimParenthetical(tokens, j..<headEnd)
                if let comma = tokens[j..<headEnd].firstIndex(where: { $0.isPunctuation(",") }) {
                    head = trimParenthetical(tokens, j..<comma)
                    let lastComma = tokens[j..<headEnd].lastIndex(where: { $0.isPunctuation(",") })!
                    let lastSegment = trimParenthetical(tokens, (lastComma + 1)..<headEnd)
                    if !isValidHead(tokens, head, maxLength: 9) && isValidHead(tokens, lastSegment, maxLength: 7) { head = lastSegment }
                }
                // "a banker at the commercial branch of Sumitomo Bank in Duesseldorf said": past the
                // length of a name, the source is the phrase before its first preposition.
                if !isValidHead(tokens, head, maxLength: coordinated ? 14 : 9, coordinated: coordinated), tokens[head.lowerBound].belongs(to: .determiners),
                   let preposition = tokens[head].firstIndex(where: { ["at", "of", "with", "from", "in", "for", "to"].contains($0.lower) }),
                   preposition > head.lowerBound + 1 {
                    head = head.lowerBound..<preposition
                }
                // "Dr Mark Tuffy games systems director at digital content firm THX told": past the length
                // of a name, a source that opens with a name is that name.
                if !isValidHead(tokens, head, maxLength: coordinated ? 14 : 9, coordinated: coordinated), tokens[head.lowerBound].isCapitalized {
                    var nameEnd = head.lowerBound
                    while nameEnd < head.upperBound, tokens[nameEnd].isCapitalized { nameEnd += 1 }
                    if nameEnd - head.lowerBound >= 2 { head = head.lowerBound..<nameEnd }
                }
                guard isValidHead(tokens, head, maxLength: coordinated ? 14 : 9, coordinated: coordinated) else { return nil }
                if terminal && (modifiers > 1 || head.count > 6 || !isParentheticalVerb(tokens, k, limit: limit)) { return nil }
                return make(tokens, head, verb: k, method: .afterQuote)
            }
            // Two sources joined by "and": "…,” chief executive William Harrison and chief operating officer James Dimon said.
            // … and one person's two offices: "Scott's chairman and chief executive officer Philip Lippincott said".
            if !sawComma, token.lower == "and", k > j, tokens[k - 1].isCapitalized || tokens[k - 1].belongs(to: .roles),
               k + 1 < limit, tokens[k + 1].isCapitalized || tokens[k + 1].belongs(to: .roles)
                || tokens[k + 1].belongs(to: .titleModifiers) {
                coordinated = true
                k += 1
                continue
            }
            if !sawComma && token.isWord && token.belongs(to: .clauseBoundaries)
                && !(k > j && token.belongs(to: .verbModifiers)) && !isRelationalTo(tokens, k, limit: limit)
                && !isFirstNameUse(tokens, k) {
                break
            }
            k += 1
        }
        return nil
    }

    /// "to" after a noun of a role held for someone ("an aide to a senior senator", "adviser to the
    /// president"): a preposition inside the source, not the start of a clause.
    private func isRelationalTo(_ tokens: [Token], _ k: Int, limit: Int) -> Bool {
        guard tokens[k].lower == "to", k > 0, k + 1 < limit, tokens[k - 1].isWord else { return false }
        let noun = tokens[k - 1].lower
        let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        return Self.relationalRoles.contains(singular) && (tokens[k + 1].isCapitalized || tokens[k + 1].belongs(to: .determiners))
    }

    /// A reporting verb and its particle ("points out", "pointed out", "chimed in").
    private func isPhrasalReportingVerb(_ tokens: [Token], _ v: Int) -> Bool {
        guard v + 1 < tokens.count, tokens[v].isWord, let entry = ReportingVerbs.entry(tokens[v].lower),
              entry.form == .present || entry.form == .past else { return false }
        return (entry.lemma == "point" && tokens[v + 1].lower == "out") || (entry.lemma == "chime" && tokens[v + 1].lower == "in")
    }

    /// Roles held for someone, followed by "to": "aide to", "adviser to", "ambassador to".
    static let relationalRoles: Set<String> = [
        "aide", "adviser", "advisor", "assistant", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "counsel", "consultant", "ambassador", "envoy", "delegate", "representative", "successor", "heir",
        "deputy", "lawyer", "attorney", "economist", "strategist", "son", "daughter", "wife", "husband",
        "friend", "confidant", "confidante", "physician", "doctor", "chaplain",
    ]

    /// "“…,” Reuters quoted a central bank official as saying" (the official) / "“…,” chief financial
    /// officer Neil Nichols was quoted as saying" (Neil Nichols).
    private func quotedAsSaying(_ tokens: [Token], from j: Int, limit: Int) -> Attribution? {
        var k = j
        while k < limit, k - j < 20, tokens[k].isWord || tokens[k].isPunctuation("-&’'") { k += 1 }
        let end = k
        guard let quoted = tokens[j..<end].firstIndex(where: { $0.lower == "quoted" }), quoted > j,
              let saying = tokens[quoted..<end].firstIndex(where: { $0.lower == "saying" }),
              saying > quoted + 1, tokens[saying - 1].lower == "as" else { return nil }
        if ["was", "were", "is", "are", "been"].contains(tokens[quoted - 1].lower) {
            var headEnd = quoted - 1
            while headEnd > j, ["has", "had", "have"].contains(tokens[headEnd - 1].lower) { headEnd -= 1 }
            let head = j..<headEnd
            return isValidHead(tokens, head, maxLength: 12) ? make(tokens, head, verb: saying, method: .afterQuote) : nil
        }
        let object = (quoted + 1)..<(saying - 1)
        guard isValidHead(tokens, object, maxLength: 12) || (!object.isEmpty && isPlausibleSubjectStart(tokens[object.lowerBound])) else { return nil }
        return make(tokens, object, verb: saying, method: .afterQuote)
    }

    /// A sentence-final attribution after a partial quotation: “…” is held accountable, Warren said.
    private func trailingAttribution(_ paragraph: TokenizedParagraph, sentence: Range<Int>, qi: Int) -> Attribution? {
        let tokens = paragraph.tokens
        var k = qi + 1
        while k < sentence.upperBound {
            let token = tokens[k]
            if token.isQuote { return nil }
            if token.isPunctuation(","), k + 1 < sentence.upperBound {
                let after = k + 1
                if tokens[after].lower == "according", after + 1 < sentence.upperBound, tokens[after + 1].lower == "to",
                   let np = nounPhraseForward(tokens, from: after + 2, limit: sentence.upperBound) {
                    return make(tokens, np, verb: after, method: .accordingTo)
                }
                // "“…” in 2005, said Kurt Karl, economist at …": a name may take an appositive.
                if isAfterQuoteVerb(tokens[after], subject: nil), let np = nounPhraseForward(tokens, from: after + 1, limit: sentence.upperBound),
                   isPlausibleSubjectStart(tokens[np.lowerBound]),
                   isSentenceEnd(tokens, np.upperBound, sentence)
                    || (tokens[np.upperBound].isPunctuation(",") && np.count >= 2 && tokens[np].allSatisfy(\.isCapitalized)) {
                    return make(tokens, np, verb: after, method: .afterQuote)
                }
                var v = after
                while v < sentence.upperBound, v - after <= 8, tokens[v].isWord || tokens[v].isPunctuation("()-") {
                    if v > after, isAfterQuoteVerb(tokens[v], subject: tokens[v - 1]), isParentheticalVerb(tokens, v, limit: sentence.upperBound) {
                        var headEnd = v
                        while headEnd > after, isVerbModifier(tokens[headEnd - 1]) { headEnd -= 1 }
                        let head = trimParenthetical(tokens, after..<headEnd)
                        if isValidHead(tokens, head, maxLength: 7) {
                            return make(tokens, head, verb: v, method: .afterQuote)
                        }
                        break
                    }
                    v += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// Whether the verb at `v` closes its clause, as an attribution does ("Smith said.", "she said on
    /// Monday", "he told reporters"), rather than opening a complement ("Smith said the plan…").
    private func isParentheticalVerb(_ tokens: [Token], _ v: Int, limit: Int) -> Bool {
        let next = v + 1
        guard next < limit else { return true }
        let token = tokens[next]
        if token.kind == .punctuation { return token.isPunctuation(".,;:!?—–-(") }
        if token.isQuote { return true }
        let word = token.lower
        if token.belongs(to: .prepositions) || token.belongs(to: .timeWords) { return true }
        if token.belongs(to: .weekdays) { return true }
        if let lemma = ReportingVerbs.entry(tokens[v].lower)?.lemma, lemma == "tell" || lemma == "ask" {
            // "he told reporters." / "she asked the panel," — an object, then the clause ends.
            var k = next
            while k < limit, k - next < 4, tokens[k].isWord, !tokens[k].belongs(to: .clauseBoundaries) { k += 1 }
            return k >= limit || tokens[k].isPunctuation(".,;:!?") || tokens[k].isQuote
        }
        return word == "reporters" || word == "afterward" || word == "afterwards"
    }

    private func isSentenceEnd(_ tokens: [Token], _ index: Int, _ sentence: Range<Int>) -> Bool {
        index >= sentence.upperBound || tokens[index].isPunctuation(".!?;")
    }

    // MARK: - Before the quotation

    /// How many tokens before a quotation its source is looked for in the sentence. News sentences
    /// are far shorter; the bound keeps a run-on "sentence" of thousands of quotations (a pasted
    /// table, a list without full stops) from costing its length for each quotation in it.
    static let reachBefore = 150

    /// Smith said the plan was “…” / Smith said: “…” / According to Smith, “…”.
    private func beforeQuote(_ paragraph: TokenizedParagraph, sentence fullSentence: Range<Int>, qi: Int) -> Attribution? {
        let tokens = paragraph.tokens
        let lower = max(fullSentence.lowerBound, qi - Self.reachBefore)
        let sentence = lower..<fullSentence.upperBound
        for v in lower..<qi where tokens[v].lower == "according" && v + 1 < qi && tokens[v + 1].lower == "to" {
            if let np = nounPhraseForward(tokens, from: v + 2, limit: qi) {
                return make(tokens, np, verb: v, method: .accordingTo)
            }
        }
        // "a remark attributed to Thomas Jefferson: “…”"
        for v in lower..<qi where tokens[v].lower == "attributed" && v + 1 < qi && tokens[v + 1].lower == "to" {
            if let np = nounPhraseForward(tokens, from: v + 2, limit: qi), tokens[np].contains(where: \.isCapitalized) {
                return make(tokens, np, verb: v, method: .accordingTo)
            }
        }
        // "in the words of one analyst, “…”"
        for v in lower..<qi where tokens[v].lower == "words" && v + 1 < qi && tokens[v + 1].lower == "of" {
            if let np = nounPhraseForward(tokens, from: v + 2, limit: qi) {
                return make(tokens, np, verb: nil, method: .accordingTo)
            }
        }
        // The clauses before the quotation, nearest first: a clause opens after ";", after a
        // conjunction that follows a comma or a quotation (", but", "” whereas"), and at "while" or
        // "whereas", which always open one. The reporting verb of the quotation's own clause names
        // its source ("“…,” the coach said, while his captain called it “…”"); a clause with no
        // reporting verb hands over to the one before it ("Smith said the plan, and the budget, were “…”").
        var clauseStarts = [lower]
        for i in lower..<qi where i > lower {
            let word = tokens[i].lower
            if tokens[i].isPunctuation(";")
                || (tokens[i].belongs(to: .clauseConjunctions) && (tokens[i - 1].isPunctuation(",") || tokens[i - 1].isQuote))
                || word == "whereas" || (word == "while" && (tokens[i - 1].isPunctuation(",") || tokens[i - 1].isQuote)) {
                clauseStarts.append(i + 1)
            }
        }
        // A sentence that opens with a subordinate clause ("While he acknowledged …, Ham noted …"):
        // the main clause starts after its comma.
        if clauseStarts.count == 1, tokens[lower].belongs(to: .subordinators),
           let comma = tokens[lower..<qi].firstIndex(where: { $0.isPunctuation(",") }) {
            clauseStarts = [comma + 1]
        }
        for clauseStart in clauseStarts.reversed() where clauseStart < qi {
            if let found = reportingClause(tokens, clause: clauseStart..<qi, lower: lower) { return found }
        }
        var c = qi - 1
        while c >= lower, tokens[c].isPunctuation("—-–") { c -= 1 }
        if c >= lower, tokens[c].isPunctuation(":") {
            return colonSpeaker(paragraph, clauseEnd: c, sentence: sentence)
        }
        return nil
    }

    /// The reporting verb of one clause before a quotation and its subject: "Smith said", "footage of
    /// Trump saying", "the union will argue"; else, for a verb with no subject in reach, the subject
    /// the clause opens with.
    private func reportingClause(_ tokens: [Token], clause: Range<Int>, lower: Int) -> Attribution? {
        // "footage of Trump saying …": a name right before a reporting gerund is its speaker.
        for v in clause where v > lower && tokens[v - 1].isCapitalized {
            guard let entry = ReportingVerbs.entry(tokens[v].lower), entry.form == .gerund, entry.introducesAfterQuote,
                  let subject = subjectBefore(tokens, verb: v, lower: lower), subject.upperBound == v else { continue }
            return make(tokens, subject, verb: v, method: .beforeQuote)
        }
        // "Said the Pew report: “…”", "Added Smith, “…”": the verb first, its subject after it.
        if clause.lowerBound == lower, tokens[lower].isCapitalized, ReportingVerbs.entry(tokens[lower].lower)?.form == .past,
           ReportingVerbs.entry(tokens[lower].lower)?.introducesAfterQuote == true,
           let np = nounPhraseForward(tokens, from: lower + 1, limit: clause.upperBound), isValidHead(tokens, np, maxLength: 12),
           np.upperBound == clause.upperBound || tokens[np.upperBound].isPunctuation(":,") {
            return make(tokens, np, verb: lower, method: .beforeQuote)
        }
        var fallbackVerb: Int?
        for v in clause {
            let token = tokens[v]
            guard token.isWord, let entry = ReportingVerbs.entry(token.lower) else { continue }
            if token.isCapitalized && v > lower { continue }
            if (entry.form == .past || entry.form == .participle) && isPassive(tokens, verb: v, lower: lower) {
                // "described by the chamber of commerce as “…”": the agent is the source.
                if let agent = passiveAgent(tokens, verb: v, limit: clause.upperBound) {
                    return make(tokens, agent, verb: v, method: .beforeQuote)
                }
                continue
            }
            var before = v - 1
            while before >= lower, isVerbModifier(tokens[before]) { before -= 1 }
            let previous = before >= lower ? tokens[before] : nil
            switch entry.form {
            case .gerund, .participle:
                if v > lower, tokens[v - 1].isCapitalized, let subject = subjectBefore(tokens, verb: v, lower: lower),
                   subject.upperBound == v {
                    return make(tokens, subject, verb: v, method: .beforeQuote)
                }
                if entry.form == .participle || (v > lower && !tokens[v - 1].isWord),
                   let agent = passiveAgent(tokens, verb: v, limit: clause.upperBound) {
                    return make(tokens, agent, verb: v, method: .beforeQuote)
                }
                fallbackVerb = fallbackVerb ?? v
                continue
            case .base:
                if v > lower, tokens[v - 1].lower == "to" {
                    fallbackVerb = fallbackVerb ?? v
                    continue
                }
                let afterModal = v > lower && tokens[v - 1].belongs(to: .modals)
                guard afterModal || (previous.map { isPluralSubject($0) || $0.belongs(to: .organisations) } ?? false) else { continue }
            case .past, .present:
                if entry.form == .present, ReportingVerbs.nounLikeLemmas.contains(entry.lemma),
                   !(previous.map(isNameLike) ?? false) {
                    continue
                }
                // A participle opening a parenthesis or a clause of its own: "(described by X as “…”)".
                if entry.form == .past, v > lower, tokens[v - 1].isPunctuation("(,"),
                   let agent = passiveAgent(tokens, verb: v, limit: clause.upperBound) {
                    return make(tokens, agent, verb: v, method: .beforeQuote)
                }
            }
            if var subject = subjectBefore(tokens, verb: v, lower: lower) {
                // After a preposition the phrase is an object ("In a Bloomberg interview Trump declared"):
                // only a name right before the verb can still be the subject.
                if subject.lowerBound > lower, tokens[subject.lowerBound - 1].belongs(to: .prepositions) {
                    var nameStart = subject.upperBound
                    while nameStart > subject.lowerBound, tokens[nameStart - 1].isCapitalized { nameStart -= 1 }
                    subject = nameStart > subject.lowerBound && nameStart < subject.upperBound ? nameStart..<subject.upperBound : subject.upperBound..<subject.upperBound
                }
                if !subject.isEmpty { return make(tokens, subject, verb: v, method: .beforeQuote) }
            }
            // A relative clause: "The embassy, which dismissed the claims as “…”," speaks through its antecedent.
            if let antecedent = relativeAntecedent(tokens, verb: v, lower: lower) {
                return make(tokens, antecedent, verb: v, method: .beforeQuote)
            }
            fallbackVerb = fallbackVerb ?? v
        }
        if let fallbackVerb, let subject = clauseSubject(tokens, lower: clause.lowerBound, before: fallbackVerb) {
            return make(tokens, subject, verb: fallbackVerb, method: .beforeQuote)
        }
        return nil
    }

    /// The agent of a passive reporting verb: "described by the chamber of commerce as", "was
    /// called … by critics". The phrase after "by" up to "as", a comma or the quotation.
    private func passiveAgent(_ tokens: [Token], verb v: Int, limit: Int) -> Range<Int>? {
        var k = v + 1
        while k < limit, k - v <= 3, tokens[k].isWord, tokens[k].lower != "by" { k += 1 }
        guard k < limit, tokens[k].lower == "by" else { return nil }
        guard let np = nounPhraseForward(tokens, from: k + 1, limit: limit), isPlausibleSubjectStart(tokens[np.lowerBound])
                || isBarePluralNoun(tokens[np.lowerBound]) else { return nil }
        return np
    }

    /// The antecedent of "which" or "who" right before a verb: "The embassy, which dismissed …" →
    /// "The embassy"; "Councillor Omar Said, who described …" → "Councillor Omar Said".
    private func relativeAntecedent(_ tokens: [Token], verb v: Int, lower: Int) -> Range<Int>? {
        var r = v - 1
        while r >= lower, isVerbModifier(tokens[r]) { r -= 1 }
        guard r - 1 >= lower, ["which", "who", "that"].contains(tokens[r].lower), tokens[r - 1].isPunctuation(",(") else { return nil }
        if tokens[r - 1].isPunctuation("(") { return nil }
        var start = r - 1
        while start > lower, start > r - 12, tokens[start - 1].isWord || tokens[start - 1].isPunctuation("-&") { start -= 1 }
        return validSubject(tokens, start..<(r - 1))
    }

    /// The subject of the clause ending at a colon ("Union leader Tom Okafor disagreed:").
    private func colonSpeaker(_ paragraph: TokenizedParagraph, clauseEnd: Int, sentence: Range<Int>) -> Attribution? {
        let tokens = paragraph.tokens
        // "For Henry Reichhold, this is progress: “…”": the person the sentence speaks for.
        if tokens[sentence.lowerBound].lower == "for" {
            var end = sentence.lowerBound + 1
            while end < clauseEnd, end - sentence.lowerBound <= 5, tokens[end].isCapitalized { end += 1 }
            let name = (sentence.lowerBound + 1)..<end
            if end < clauseEnd, tokens[end].isPunctuation(","), isPersonName(tokens[name]) || (name.count == 1 && isProperName(tokens[name.lowerBound])) {
                return make(tokens, name, verb: nil, method: .colon)
            }
        }
        // The clause nearest the colon: "She was upset, so I had to change my answer:" is mine.
        var starts = [sentence.lowerBound]
        for i in sentence.lowerBound..<clauseEnd
            where tokens[i].isPunctuation(",;—–-") || tokens[i].isQuote || ["that", "and", "but", "so"].contains(tokens[i].lower) {
            starts.append(i + 1)
        }
        for start in starts.reversed() where start < clauseEnd {
            if let np = possessiveCommunication(tokens, from: start, limit: clauseEnd) {
                return make(tokens, np, verb: nil, method: .colon)
            }
            guard let np = leadingNounPhrase(tokens, from: start, limit: clauseEnd),
                  !(np.count == 1 && tokens[np.lowerBound].lower == "it") else { continue }
            return make(tokens, np, verb: nil, method: .colon)
        }
        return nil
    }

    /// A clause subject that is someone's words: a possessive with a noun of speech or writing
    /// ("The ombudsman’s finding", "the union’s response", "Ms Haddad’s reply").
    private func possessiveCommunication(_ tokens: [Token], from start: Int, limit: Int) -> Range<Int>? {
        var k = start
        if k < limit, ["the", "a", "an"].contains(tokens[k].lower) { k += 1 }
        var possessive: Int?
        while k < limit, k - start < 6, tokens[k].isWord {
            let word = tokens[k].lower
            if word.hasSuffix("’s") || word.hasSuffix("'s") || word.hasSuffix("s’") || word.hasSuffix("s'") {
                possessive = k
                break
            }
            if tokens[k].belongs(to: .clauseBoundaries) || tokens[k].belongs(to: .prepositions) { return nil }
            k += 1
        }
        guard let possessive else { return nil }
        var end = possessive + 1
        while end < limit, end - possessive <= 3, tokens[end].isWord, !tokens[end].belongs(to: .clauseBoundaries) {
            if tokens[end].belongs(to: .communicationNouns) { return start..<(end + 1) }
            end += 1
        }
        return nil
    }

    /// Nouns for what someone means to do or has said, whose owner is the source of the words
    /// quoted after them: "the prime minister's intention to “serve a full term”".
    static let intentionNouns: Set<String> = [
        "intention", "intentions", "pledge", "pledges", "promise", "promises", "vow", "vows", "insistence",
        "admission", "boast", "description", "call", "calls", "threat", "threats", "wish", "aim", "goal",
        "determination", "refusal", "offer", "proposal", "proposals", "plan", "plans", "claim", "claims",
    ]

    /// The owner of a possessive right before a partial quotation whose noun is someone's words or
    /// intent and takes the quotation as its complement: "the prime minister's intention to “…”",
    /// "Ms Haddad’s promise of “…”" (not "Trump’s statement was “true”", a verdict on the words).
    private func possessiveOwner(_ tokens: [Token], before qi: Int, lower: Int) -> Range<Int>? {
        var k = qi - 1
        var sawNoun = false
        while k >= lower, qi - k <= 5, tokens[k].isWord {
            let word = tokens[k].lower
            if !sawNoun, !["to", "of", "for", "that", "a", "an", "the"].contains(word),
               !(tokens[k].belongs(to: .intentionNouns) || tokens[k].belongs(to: .communicationNouns)) {
                return nil
            }
            if word.hasSuffix("’s") || word.hasSuffix("'s") {
                guard sawNoun else { return nil }
                var start = k
                while start > lower, start > k - 4, tokens[start - 1].isWord,
                      tokens[start - 1].isCapitalized || tokens[start - 1].belongs(to: .determiners)
                        || tokens[start - 1].belongs(to: .roles) || tokens[start - 1].belongs(to: .titleModifiers) {
                    start -= 1
                }
                let owner = start..<(k + 1)
                let named = tokens[owner].contains { $0.isCapitalized || WordClasses.roles.contains(SpeakerResolver.surnameKey(of: $0)) }
                return named ? owner : nil
            }
            if tokens[k].belongs(to: .intentionNouns) || tokens[k].belongs(to: .communicationNouns) { sawNoun = true }
            k -= 1
        }
        return nil
    }

    /// The first clause before `before` (from the sentence start or a comma) that opens with a name,
    /// a role or a personal pronoun: the subject a partial quotation or a colon belongs to.
    private func clauseSubject(_ tokens: [Token], lower: Int, before end: Int) -> Range<Int>? {
        var starts = [lower]
        for i in lower..<end where tokens[i].isPunctuation(",;—–") || tokens[i].isQuote { starts.append(i + 1) }
        for start in starts where start < end {
            guard let np = leadingNounPhrase(tokens, from: start, limit: end) else { continue }
            if np.count == 1 && tokens[np.lowerBound].lower == "it" { continue }
            return np
        }
        return nil
    }

    // MARK: - Noun phrases

    /// The subject of the verb at `verb`: the noun phrase right before it (skipping "also", "has"),
    /// or, for "Name, appositive, said", the name before the appositive.
    private func subjectBefore(_ tokens: [Token], verb: Int, lower: Int) -> Range<Int>? {
        var k = verb - 1
        while k >= lower, isVerbModifier(tokens[k]) { k -= 1 }
        guard k >= lower else { return nil }
        if tokens[k].belongs(to: .subjectPronouns) { return k..<(k + 1) }
        if tokens[k].isPunctuation(",") {
            // "Name, 59, of Ashton, Md., who watched …, said": the name opens a chain of appositives;
            // the earliest segment of the chain that names someone is the subject.
            var commas: [Int] = []
            var c = k - 1
            while c >= lower, c > k - 40, !tokens[c].isQuote, !tokens[c].isPunctuation(".!?;:") {
                if tokens[c].isPunctuation(",") { commas.append(c) }
                c -= 1
            }
            for comma in commas.reversed() {
                guard let head = headBefore(tokens, end: comma, lower: lower),
                      tokens[head].contains(where: { $0.isCapitalized && !$0.belongs(to: .sentenceAdverbs) }) else { continue }
                return head
            }
            return nil
        }
        return headBefore(tokens, end: k + 1, lower: lower)
    }

    private func headBefore(_ tokens: [Token], end: Int, lower: Int) -> Range<Int>? {
        var end = end
        // A parenthetical after a name: "Rep. Gwen Moore (D-Wis.)".
        if end - 1 >= lower, tokens[end - 1].isPunctuation(")"),
           let open = tokens[lower..<(end - 1)].lastIndex(where: { $0.isPunctuation("(") }), end - open <= 8 {
            end = open
        }
        var s = end
        while s > lower && end - s < 10 {
            let token = tokens[s - 1]
            if !token.isWord {
                if token.isPunctuation("-&"), s - 2 >= lower, tokens[s - 2].isWord, s < end { s -= 1; continue }
                break
            }
            let word = token.lower
            if token.belongs(to: .clauseBoundaries) && !isFirstNameUse(tokens, s - 1) { break }
            if let entry = ReportingVerbs.entry(word), entry.form != .base, s < end,
               !tokens[s].isCapitalized || entry.form == .past { break }
            if token.belongs(to: .prepositions) {
                let before = s - 2 >= lower ? tokens[s - 2].lower : ""
                if (word == "of" || word == "for") && s < end
                    || (["at", "with", "from", "in"].contains(word) && s < end
                        && (WordClasses.roles.contains(before) || WordClasses.organisations.contains(before))) {
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
        return validSubject(tokens, s..<end)
    }

    /// Trims a candidate subject to a noun phrase that can speak, or nil.
    private func validSubject(_ tokens: [Token], _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        let end = range.upperBound
        while start < end, !isPlausibleSubjectStart(tokens[start]) || (WordClasses.isTimeName(tokens[start]) && !isQuantity(tokens, start, end)) {
            // A bare plural right before the verb is a group speaking: "and workers said", "commuters told the Gazette".
            if start == end - 1, isBarePluralNoun(tokens[start]) { return start..<end }
            start += 1
        }
        guard start < end else { return nil }
        let words = tokens[start..<end]
        if words.count == 1 {
            let word = words.first!
            // "Another added," / "one said": standing right before its verb, it is one of a group.
            let standsForOne = word.belongs(to: .pronounDeterminers) && end < tokens.count
                && ReportingVerbs.entry(tokens[end].lower).map { $0.form == .past || $0.form == .present } == true
            if standsForOne { return start..<end }
            if word.belongs(to: .determiners) || word.belongs(to: .nonSpeakers) { return nil }
        }
        guard words.contains(where: { $0.isWord && $0.text.unicodeScalars.contains(where: CharacterClass.isLetter)
                && !$0.belongs(to: .determiners) && !WordClasses.isTimeName($0) }) else { return nil }
        var last = end
        while last > start, tokens[last - 1].belongs(to: .determiners) || tokens[last - 1].belongs(to: .prepositions) {
            last -= 1
        }
        return last > start ? start..<last : nil
    }

    /// A noun phrase starting at `from` ("Senator Ruth Adeyemi", "a senior defence official"),
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
            if (token.belongs(to: .clauseBoundaries) && !isFirstNameUse(tokens, k)) || token.belongs(to: .timeWords)
                || token.belongs(to: .weekdays) { break }
            if let entry = ReportingVerbs.entry(word), entry.form != .base, k > start { break }
            if token.belongs(to: .prepositions) {
                if k > start, word == "of" || word == "for", k + 1 < limit, tokens[k + 1].isCapitalized { k += 1; continue }
                if k > start, ["familiar", "close", "knowledgeable", "briefed", "aware"].contains(tokens[k - 1].lower) { k += 1; continue }
                break
            }
            k += 1
            end = k
        }
        while end > start, tokens[end - 1].belongs(to: .determiners) || tokens[end - 1].belongs(to: .prepositions) {
            // "…,” said one." / "said another": one of a group named before.
            if end - start == 1, tokens[start].belongs(to: .pronounDeterminers) { break }
            end -= 1
        }
        return end > start ? start..<end : nil
    }

    /// Determiners that stand alone for one of a group just named ("said one", "Another added").
    static let pronounDeterminers: Set<String> = ["one", "another"]

    /// The noun phrase a clause opens with, read by capitalisation: "Union leader Tom Okafor",
    /// "He", "The mayor".
    private func leadingNounPhrase(_ tokens: [Token], from start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, tokens[start].isWord else { return nil }
        if tokens[start].belongs(to: .subjectPronouns) { return start..<(start + 1) }
        if tokens[start].belongs(to: .prepositions) || tokens[start].belongs(to: .clauseBoundaries) || WordClasses.isTimeName(tokens[start]) {
            return nil
        }
        var k = start
        var lastGood = start
        while k < limit && k - start < 10 {
            let token = tokens[k]
            guard token.isWord else {
                if token.isPunctuation("-&"), k > start, k + 1 < limit, tokens[k + 1].isWord { k += 1; continue }
                break
            }
            let word = token.lower
            let nextCapitalized = k + 1 < limit && tokens[k + 1].isCapitalized
            if (token.isCapitalized && !(k > start && WordClasses.isTimeName(token))) || token.belongs(to: .roles)
                || token.belongs(to: .documents) || token.belongs(to: .organisations) {
                k += 1
                lastGood = k
                continue
            }
            if (token.belongs(to: .determiners) && k == start)
                || (nextCapitalized && (token.belongs(to: .titleModifiers) || word == "of" || word == "for"))
                || (token.belongs(to: .titleModifiers) && k + 1 < limit && tokens[k + 1].belongs(to: .roles)) {
                k += 1
                continue
            }
            break
        }
        guard lastGood > start else { return nil }
        let range = start..<lastGood
        if range.count == 1, !isProperName(tokens[start]) { return nil }
        let hasName = tokens[range].contains { $0.isCapitalized && !$0.belongs(to: .determiners) }
            || tokens[range].contains { $0.belongs(to: .roles) || $0.belongs(to: .documents)
                || $0.belongs(to: .organisations) }
        return hasName ? range : nil
    }

    // MARK: - Helpers

    private func isAfterQuoteVerb(_ token: Token, subject: Token?) -> Bool {
        guard token.isWord, let entry = ReportingVerbs.entry(token.lower), entry.introducesAfterQuote else { return false }
        switch entry.form {
        case .past:
            return true
        case .present:
            guard ReportingVerbs.nounLikeLemmas.contains(entry.lemma) else { return true }
            guard let subject else { return false }
            return isNameLike(subject)
        case .base:
            return subject.map(isPluralSubject) ?? false
        case .gerund, .participle:
            return false
        }
    }

    /// Whether a capitalised word is a name rather than a common word capitalised at a sentence start.
    private func isProperName(_ token: Token) -> Bool {
        guard token.isCapitalized else { return token.belongs(to: .roles) || token.belongs(to: .documents) }
        if token.belongs(to: .subjectPronouns) { return true }
        if token.lower.hasSuffix("ing") || WordClasses.isAdverb(token.lower) || token.belongs(to: .sentenceAdverbs) { return false }
        if token.belongs(to: .determiners) || token.belongs(to: .prepositions) { return false }
        return !lowercaseWords.contains(token.lower)
    }

    /// A noun phrase that names a person: a role with a name, or a first name and a surname.
    private func isPersonName(_ words: ArraySlice<Token>) -> Bool {
        let names = words.filter { $0.isCapitalized && !$0.belongs(to: .determiners) }
        let hasRole = words.contains { $0.belongs(to: .roles) || $0.belongs(to: .honorifics) }
        return names.count >= 2 || (hasRole && !names.isEmpty)
    }

    /// A word that ends a noun phrase able to speak: a name, a pronoun, a role or a document.
    private func isNameLike(_ token: Token) -> Bool {
        if token.lower.hasSuffix("’s") || token.lower.hasSuffix("'s") || token.lower.hasSuffix("’") { return false }
        return token.isCapitalized || token.belongs(to: .subjectPronouns) || token.belongs(to: .roles)
            || token.belongs(to: .documents) || token.belongs(to: .organisations)
    }

    private func isValidHead(_ tokens: [Token], _ head: Range<Int>, maxLength: Int, coordinated: Bool = false) -> Bool {
        guard !head.isEmpty, head.count <= maxLength,
              !(head.count == 1 && WordClasses.isTimeName(tokens[head.lowerBound]) && !isFirstNameUse(tokens, head.lowerBound)) else { return false }
        if tokens[head.lowerBound].belongs(to: .prepositions) || (tokens[head.lowerBound].belongs(to: .clauseBoundaries) && !isFirstNameUse(tokens, head.lowerBound)) {
            return false
        }
        guard isPlausibleSubjectStart(tokens[head.lowerBound]) || isFirstNameUse(tokens, head.lowerBound)
                || tokens[head].contains(where: { $0.isCapitalized && !WordClasses.isTimeName($0) }) else { return false }
        return head.allSatisfy { k in
            let token = tokens[k]
            return (token.isWord && (!token.belongs(to: .clauseBoundaries) || (coordinated && token.lower == "and")
                                     || isFirstNameUse(tokens, k)))
                || token.isPunctuation("-&’'")
        }
    }

    /// A capitalised modal or auxiliary right before another capitalised word is a first name:
    /// "economist Will Buttrose", "Can Dundar" (at a sentence start it is still read as the verb).
    private func isFirstNameUse(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens[k].isCapitalized, k > 0, !tokens[k - 1].isPunctuation(".!?"), k + 1 < tokens.count else { return false }
        if tokens[k + 1].isCapitalized { return !WordClasses.isTimeName(tokens[k + 1]) }
        // "“…,” May said": a surname that is a modal, right after the quotation and before the verb.
        return (tokens[k - 1].isQuote || tokens[k - 1].isPunctuation(",")) && ReportingVerbs.entry(tokens[k + 1].lower)?.form == .past
    }

    /// Drops a trailing parenthetical from a head ("Rep. Gwen Moore (D-Wis.)" → "Rep. Gwen Moore").
    private func trimParenthetical(_ tokens: [Token], _ range: Range<Int>) -> Range<Int> {
        guard let open = tokens[range].firstIndex(where: { $0.isPunctuation("(") }) else { return range }
        return range.lowerBound..<open
    }

    /// "63 percent", "two-thirds of voters": a number that opens a noun phrase of people.
    private func isQuantity(_ tokens: [Token], _ index: Int, _ end: Int) -> Bool {
        guard index + 1 < end, tokens[index].firstScalar.map(CharacterClass.isDigit) == true else { return false }
        return ["percent", "%", "people", "voters", "respondents", "members", "officials"].contains(tokens[index + 1].lower)
    }

    /// A lowercase word between a subject and its verb ("also", "has", "later"); capitalised, "May"
    /// and "Will" are names.
    private func isVerbModifier(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && (token.belongs(to: .verbModifiers) || WordClasses.isAdverb(token.lower))
    }

    private func isPluralSubject(_ token: Token) -> Bool {
        guard token.isWord, !token.lower.hasSuffix("’s"), !token.lower.hasSuffix("'s") else { return false }
        return ["they", "we", "i", "you", "people", "others"].contains(token.lower)
            || (token.lower.hasSuffix("s") && !token.lower.hasSuffix("ss") && token.lower.count > 3)
    }

    /// A lowercase plural noun with no determiner ("workers", "commuters"), read by its ending.
    private func isBarePluralNoun(_ token: Token) -> Bool {
        let word = token.lower
        guard token.isWord, !token.isCapitalized, word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"),
              !word.hasSuffix("us"), !word.hasSuffix("is"), !word.hasSuffix("’s"), !word.hasSuffix("'s") else { return false }
        return ReportingVerbs.entry(word) == nil && !token.belongs(to: .clauseBoundaries)
            && !token.belongs(to: .prepositions) && !token.belongs(to: .determiners)
            && !token.belongs(to: .nonSpeakers) && !token.belongs(to: .verbModifiers) && !WordClasses.isAdverb(word)
            && !WordClasses.isTimeName(token)
    }

    private func isPlausibleSubjectStart(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let word = token.lower
        if token.belongs(to: .clauseBoundaries) || token.belongs(to: .prepositions) { return false }
        if token.belongs(to: .nonSpeakers) && word != "one" && word != "some" { return false }
        return token.isCapitalized || token.belongs(to: .determiners) || token.belongs(to: .subjectPronouns)
            || token.belongs(to: .roles) || token.belongs(to: .documents)
            || (word.hasSuffix("s") && WordClasses.roles.contains(String(word.dropLast())))
            // "today's survey", "the bank's report": a possessive opens the source's noun phrase.
            || ((word.hasSuffix("’s") || word.hasSuffix("'s")) && word.count > 3)
            || token.firstScalar.map(CharacterClass.isDigit) == true
            || token.belongs(to: .titleModifiers)
    }

    private func isPassive(_ tokens: [Token], verb: Int, lower: Int) -> Bool {
        var k = verb - 1
        while k >= lower, tokens[k].isWord, WordClasses.isAdverb(tokens[k].lower) || tokens[k].lower == "not" { k -= 1 }
        guard k >= lower, tokens[k].isWord else { return false }
        return tokens[k].belongs(to: .passiveAuxiliaries)
    }

    private func make(_ tokens: [Token], _ np: Range<Int>, verb: Int?, method: Attribution.Method) -> Attribution {
        let range = tokens[np.lowerBound].range.lowerBound..<tokens[np.upperBound - 1].range.upperBound
        let verbToken = verb.map { tokens[$0] }
        return Attribution(speakerRange: range, speaker: text.string(range), verb: verbToken?.text,
                           verbRange: verbToken?.range, method: method)
    }
}
