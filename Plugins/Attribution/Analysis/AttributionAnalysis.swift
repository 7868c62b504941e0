import CopydeskText

/// A direct quotation with its source, as the attribution analysis found it.
public struct AttributedQuote: Sendable, Hashable {
    /// UTF-8 range of the quotation in the prose, marks included.
    public var range: Range<Int>
    /// The source as written ("he", "Port Director Ines Halvorsen"), or nil when none is in reach.
    public var speaker: String?
    /// UTF-8 range of the source as written.
    public var speakerRange: Range<Int>?
    /// The named person or body the source refers to (the full name for a pronoun or a surname).
    public var resolvedSpeaker: String?
    /// The reporting verb as written, if any.
    public var verb: String?
    public var verbRange: Range<Int>?
    /// "full" for a quoted sentence, "partial" for quoted words inside the reporter's sentence.
    public var kind: String
    /// How the source was found (for diagnostics).
    public var method: String?
}

/// What the analysis of one text found: quotations with their sources, and marks that do not pair.
struct AttributionAnalysis {
    var text: ScalarText
    var paragraphs: [TokenizedParagraph]
    var quotes: [QuoteSpan]
    var isSpeech: [Bool]
    var attributions: [Attribution?]
    var resolved: [String?]
    var markIssues: [UnpairedQuotationMark]
    /// Every word the text writes in lowercase.
    var lowercaseWords: LowercaseWords
    /// Full personal names in the text, by lowercased surname.
    var fullNames: [String: [FullNameMention]]
    /// Scalar ranges of the titles and headings, when the text has a body besides them.
    var headingRanges: [Range<Int>]

    /// Analyses a prose text whose paragraphs are the given UTF-8 ranges; `headingParagraphs` marks
    /// the titles and headings among them (read like headlines when they are in title case).
    init(text string: String, paragraphRanges: [Range<Int>], headingParagraphs: Set<Int>) {
        let text = ScalarText(string)
        self.text = text
        let paragraphs = paragraphRanges.map { text.scalarIndex(ofUTF8: $0.lowerBound)..<text.scalarIndex(ofUTF8: $0.upperBound) }
        let scan = QuotationScanner.quotations(in: string, paragraphs: paragraphRanges,
                                               ignoring: Self.markupTags(in: text).map(text.utf8Range))
        let quotes = scan.quotations.map { QuoteSpan($0, in: text) }
        self.quotes = quotes
        self.markIssues = scan.unpaired
        self.headingRanges = paragraphs.count > 1 ? headingParagraphs.sorted().filter { $0 < paragraphs.count }.map { paragraphs[$0] } : []
        // A text with no quotation has nothing to attribute, and the checks read its words only
        // for a quotation's source: it is not tokenised (most wire stories quote no one).
        guard !quotes.isEmpty else {
            self.paragraphs = []
            self.isSpeech = []
            self.attributions = []
            self.resolved = []
            self.lowercaseWords = LowercaseWords(paragraphs: [])
            self.fullNames = [:]
            return
        }

        var tokenized: [TokenizedParagraph] = []
        var q = 0
        for (p, range) in paragraphs.enumerated() {
            var indices: [Int] = []
            // Quotes before q end before this paragraph (paragraphs come in order); a quote carried
            // over from an earlier paragraph is quotes[q] itself.
            while q < quotes.count && quotes[q].range.upperBound <= range.lowerBound { q += 1 }
            var k = q
            while k < quotes.count && quotes[k].range.lowerBound < range.upperBound {
                indices.append(k)
                k += 1
            }
            tokenized.append(Tokenizer.tokenize(text, paragraph: range, index: p, quotes: quotes, quoteIndices: indices))
        }
        self.paragraphs = tokenized

        let filter = SpeechFilter(text: text)
        var verdicts = [SpeechFilter.Verdict](repeating: .notSpeech, count: quotes.count)
        let headlines = tokenized.map { headingParagraphs.contains($0.index) && Self.isHeadlineLike($0) }
        for paragraph in tokenized {
            let headlineLike = headlines[paragraph.index]
            for (i, token) in paragraph.tokens.enumerated() where !token.isContinuation {
                if let index = token.quoteIndex {
                    verdicts[index] = filter.verdict(quotes[index], in: paragraph, tokenIndex: i, headlineLike: headlineLike)
                }
            }
        }
        var isSpeech = verdicts.map { $0 != .notSpeech }
        let lowercaseWords = LowercaseWords(paragraphs: tokenized)
        self.lowercaseWords = lowercaseWords
        var attributions = SpeakerFinder(text: text, paragraphs: tokenized, quotes: quotes, isSpeech: isSpeech,
                                         isHeadline: headlines, lowercaseWords: lowercaseWords).attribute()
        // Words in title case are a title or a name unless a source stands right by them, or by the
        // quotation they are coordinated with ("called her “Miss A” and “Miss B”").
        var droppedTitles = false
        for paragraph in tokenized {
            let tokens = paragraph.tokens
            for (qi, token) in tokens.enumerated() where !token.isContinuation {
                guard let index = token.quoteIndex, verdicts[index] == .titleLike,
                      !(attributions[index]?.method.isDirect ?? false) else { continue }
                let coordinated = qi >= 2 && (["and", "or"].contains(tokens[qi - 1].lower) || tokens[qi - 1].isPunctuation(","))
                    && tokens[qi - 2].quoteIndex.map { attributions[$0]?.method.isDirect ?? false } == true
                if !coordinated {
                    isSpeech[index] = false
                    droppedTitles = true
                }
            }
        }
        if droppedTitles {
            attributions = SpeakerFinder(text: text, paragraphs: tokenized, quotes: quotes, isSpeech: isSpeech,
                                         isHeadline: headlines, lowercaseWords: lowercaseWords).attribute()
        }
        // A few words in quotation marks with no source and no vague attribution around them are scare
        // quotes, not speech.
        for paragraph in tokenized {
            for sentence in paragraph.sentences {
                // Looked for once a sentence, not once for each quotation in it.
                var vagueCue: Bool?
                for qi in sentence {
                    guard !paragraph.tokens[qi].isContinuation, let q = paragraph.tokens[qi].quoteIndex, isSpeech[q], attributions[q] == nil
                    else { continue }
                    let words = filter.contentWords(quotes[q]).count
                    // “significant threat” or “one of the biggest threats”: words coordinated with a
                    // scare quote, a coined term or a title are one too.
                    let tokens = paragraph.tokens
                    let coordinatedWithScareQuote = words <= 8 && qi >= sentence.lowerBound + 2 && !Self.isFull(quotes[q], in: text)
                        && (["or", "and"].contains(tokens[qi - 1].lower) || tokens[qi - 1].isPunctuation(","))
                        && tokens[qi - 2].quoteIndex.map { !isSpeech[$0] } == true
                    guard words <= 4 || coordinatedWithScareQuote else { continue }
                    // A quoted sentence standing as a sentence of its own (“Nobody has slept.”) is someone's words.
                    if qi == sentence.lowerBound, paragraph.tokens[qi].endsWithTerminalPunctuation, Self.isFull(quotes[q], in: text) { continue }
                    let cue = vagueCue ?? Self.hasVagueCue(paragraph.tokens[sentence])
                    vagueCue = cue
                    if !cue { isSpeech[q] = false }
                }
            }
        }
        self.isSpeech = isSpeech
        self.attributions = attributions.enumerated().map { isSpeech[$0.offset] ? $0.element : nil }
        let resolver = SpeakerResolver(text: text, paragraphs: tokenized)
        self.fullNames = resolver.fullNames
        self.resolved = resolver.resolve(attributions, fullNames: fullNames)
    }

    /// The quotations that are speech, with their sources, in text order.
    var attributedQuotes: [AttributedQuote] {
        quotes.indices.compactMap { i in
            guard isSpeech[i] else { return nil }
            let quote = quotes[i]
            // A source known from context only is the likely speaker of an unattributed quotation.
            let attribution = attributions[i].flatMap { $0.method == .context ? nil : $0 }
            return AttributedQuote(
                range: text.utf8Range(quote.range), speaker: attribution?.speaker,
                speakerRange: attribution.map { text.utf8Range($0.speakerRange) }, resolvedSpeaker: resolved[i],
                verb: attribution?.verb, verbRange: attribution?.verbRange.map { text.utf8Range($0) },
                kind: Self.isFull(quote, in: text) ? "full" : "partial", method: attribution?.method.rawValue)
        }
    }

    /// Whether the quoted words start with a capital letter, as a quoted sentence does.
    private static func isFull(_ quote: QuoteSpan, in text: ScalarText) -> Bool {
        for i in quote.contentRange where CharacterClass.isLetter(text[i]) {
            return CharacterClass.isUppercase(text[i])
        }
        return false
    }

    /// Words that attribute a claim to no one in particular ("it is believed", "critics", "reportedly").
    static let vagueCues: Set<String> = [
        "believed", "understood", "thought", "rumored", "rumoured", "reportedly", "allegedly", "critics", "sources",
        "supposedly", "widely", "observers", "experts", "insiders", "purportedly",
    ]

    static func hasVagueCue(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { $0.isWord && vagueCues.contains($0.lower) }
    }

    /// A paragraph written like a headline: short, most words capitalised, and no reporting verb in
    /// the past tense written in lowercase (a sentence whose quotation is followed by a title, a name
    /// and an outlet, "… Envoy Mirela Dantes told Channel Nine", is prose; headlines say "Says").
    static func isHeadlineLike(_ paragraph: TokenizedParagraph) -> Bool {
        let words = paragraph.tokens.filter { $0.isWord && $0.text.count >= 4 }
        guard words.count >= 2, paragraph.tokens.count <= 40, paragraph.sentences.count == 1 else { return false }
        if words.contains(where: { !$0.isCapitalized && ReportingVerbs.entry($0.lower)?.form == .past }) { return false }
        let capitalized = words.filter(\.isCapitalized).count
        return words.count >= 3 && capitalized * 10 >= words.count * 8
    }

    /// Markup tags left in plain text (`<tweet …>`): quotation marks inside them are not prose.
    static func markupTags(in text: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < text.count {
            if text[i].value == 0x3C, i + 1 < text.count, CharacterClass.isLetter(text[i + 1]) || text[i + 1].value == 0x2F {
                var j = i + 1
                while j < text.count, j - i < 4000, text[j].value != 0x3E, text[j].value != 0x3C { j += 1 }
                if j < text.count, text[j].value == 0x3E {
                    result.append(i..<(j + 1))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return result
    }
}

/// Every word a text writes in lowercase (a capitalised word among them is a sentence opener, not a
/// name), gathered when first asked: many texts never ask.
final class LowercaseWords {
    private let paragraphs: [TokenizedParagraph]
    private lazy var words: Set<String> = {
        var words: Set<String> = []
        words.reserveCapacity(paragraphs.reduce(0) { $0 + $1.tokens.count })
        for paragraph in paragraphs {
            for token in paragraph.tokens where token.isWord && !token.isCapitalized { words.insert(token.lower) }
        }
        return words
    }()

    init(paragraphs: [TokenizedParagraph]) {
        self.paragraphs = paragraphs
    }

    func contains(_ lowercased: String) -> Bool { words.contains(lowercased) }
}
