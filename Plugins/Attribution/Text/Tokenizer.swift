import CopydeskText

/// A word, a punctuation mark, or a whole quotation, in a paragraph's prose.
///
/// A text has a token every few bytes, so a token is kept in 64 bytes: positions and the quotation
/// index as `Int32`/`UInt32`. What the analysis asks of a token many times over (its capital, first
/// scalar and word classes) is answered once, when it is made; only a text with a quotation is
/// tokenised.
struct Token {
    enum Kind: Equatable {
        case word
        case punctuation
        /// A quotation; the payload is its index in the analysis' quote list.
        case quote(Int32)
    }

    /// The text as written (empty for quotations).
    let text: String
    /// Lowercased text.
    let lower: String
    private var start: UInt32
    private var end: UInt32
    let kind: Kind
    /// For a quotation: whether its words end with a full stop, question or exclamation mark.
    var endsWithTerminalPunctuation = false
    /// For a quotation that opened in an earlier paragraph: this token stands for it where it closes.
    var isContinuation = false
    /// Whether the token is a word that starts with an uppercase letter (`CharacterClass.isCapitalized`):
    /// asked of most tokens many times over, so answered once, by the tokenizer.
    let isCapitalized: Bool
    /// The first scalar of `text` (nil for quotations): a punctuation token's mark, a word's initial.
    let firstScalar: Unicode.Scalar?
    /// The word lists `lower` is on.
    let classes: WordClass

    init(kind: Kind, range: Range<Int>, text: String, lower: String, isCapitalized: Bool = false,
         endsWithTerminalPunctuation: Bool = false, isContinuation: Bool = false) {
        self.text = text
        self.lower = lower
        self.start = UInt32(range.lowerBound)
        self.end = UInt32(range.upperBound)
        self.kind = kind
        self.endsWithTerminalPunctuation = endsWithTerminalPunctuation
        self.isContinuation = isContinuation
        self.isCapitalized = kind == .word && isCapitalized
        self.firstScalar = text.unicodeScalars.first
        // No list holds a mark or an empty word.
        self.classes = kind == .word ? WordClass.of(lower) : []
    }

    /// Scalar range in the text.
    var range: Range<Int> { Int(start)..<Int(end) }

    var isWord: Bool { kind == .word }
    var isQuote: Bool { if case .quote = kind { return true } else { return false } }
    var quoteIndex: Int? { if case .quote(let i) = kind { return Int(i) } else { return nil } }

    /// Whether `lower` is on the word list of `wordClass` (`WordClasses.roles.contains(lower)`).
    func belongs(to wordClass: WordClass) -> Bool { classes.contains(wordClass) }

    /// Whether the token is a punctuation mark among `characters` (each a single scalar).
    func isPunctuation(_ characters: String) -> Bool {
        guard kind == .punctuation, let mark = firstScalar else { return false }
        // An ASCII mark is one byte of UTF-8, never part of another scalar's bytes.
        if mark.isASCII { return characters.utf8.contains(UInt8(truncatingIfNeeded: mark.value)) }
        return characters.unicodeScalars.contains(mark)
    }
}

/// A paragraph cut into tokens (quotations as single tokens) and sentences.
struct TokenizedParagraph {
    var index: Int
    var range: Range<Int>
    var tokens: [Token]
    /// Token index ranges of the sentences.
    var sentences: [Range<Int>]

    /// The sentence holding a token, by binary search: the sentences are in order and tile the
    /// tokens (a scan from the first is quadratic in a paragraph of thousands of sentences).
    func sentence(containing token: Int) -> Range<Int> {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= token { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].contains(token) ? sentences[low] : 0..<tokens.count
    }
}

/// Cuts paragraphs into tokens and sentences, aware of news abbreviations ("Mr.", "Gov.", "U.S.",
/// "Jan.", "p.m.", initials) and of quotations, which never split a sentence from inside.
enum Tokenizer {
    /// Abbreviations that never end a sentence: the shared list and the plural titles and offices,
    /// which the segmenter behind `Document.sentences` does not read yet (see `SentenceSegmenter`).
    static let neverFinal = NewsAbbreviations.neverFinal.union(NewsAbbreviations.pluralTitlesAndOffices)
    /// Abbreviations that end a sentence when a sentence opener follows.
    static let maybeFinal = NewsAbbreviations.maybeFinal
    /// The shared sentence openers, titles written as this tokenizer reads them (with their period:
    /// "Mr." is one token).
    static let sentenceOpeners = NewsAbbreviations.sentenceOpeners.subtracting(NewsAbbreviations.openingTitles)
        .union(NewsAbbreviations.openingTitles.map { $0 + "." })

    /// Tokens of a paragraph. Quotations that open in the paragraph become single tokens;
    /// text covered by a quotation that opened in an earlier paragraph is skipped.
    static func tokenize(_ text: ScalarText, paragraph: Range<Int>, index: Int, quotes: [QuoteSpan],
                         quoteIndices: [Int]) -> TokenizedParagraph {
        var tokens: [Token] = []
        var i = paragraph.lowerBound
        var q = 0
        let end = paragraph.upperBound
        while i < end {
            while q < quoteIndices.count && quotes[quoteIndices[q]].range.upperBound <= i { q += 1 }
            if q < quoteIndices.count, quotes[quoteIndices[q]].range.contains(i) {
                let quote = quotes[quoteIndices[q]]
                let opensHere = quote.range.lowerBound == i
                if opensHere || quote.range.upperBound <= end {
                    tokens.append(Token(kind: .quote(Int32(quoteIndices[q])), range: quote.range, text: "", lower: "",
                                        endsWithTerminalPunctuation: endsWithTerminalPunctuation(text, quote),
                                        isContinuation: !opensHere))
                }
                i = quote.range.upperBound
                continue
            }
            let s = text[i]
            if CharacterClass.isSpace(s) { i += 1; continue }
            if Tokenizer.isWordCharacter(s) {
                let wordEnd = scanWord(text, from: i, end: end)
                let (word, lower) = text.word(i..<wordEnd)
                tokens.append(Token(kind: .word, range: i..<wordEnd, text: word, lower: lower, isCapitalized: CharacterClass.isUppercase(s)))
                i = wordEnd
                continue
            }
            var length = 1
            if s.value == 0x2D, i + 1 < end, text[i + 1].value == 0x2D { length = 2 }
            let mark = text.string(i..<(i + length))
            tokens.append(Token(kind: .punctuation, range: i..<(i + length), text: length == 2 ? "—" : mark, lower: mark))
            i += length
        }
        return TokenizedParagraph(index: index, range: paragraph, tokens: tokens, sentences: sentences(of: tokens))
    }

    /// Whether the quoted words end a sentence ("…done.”", "…now?”").
    static func endsWithTerminalPunctuation(_ text: ScalarText, _ quote: QuoteSpan) -> Bool {
        let content = quote.contentRange
        var i = content.upperBound - 1
        while i >= content.lowerBound, CharacterClass.isSpace(text[i]) || text[i].value == 0x2019 || text[i].value == 0x27
                || text[i].value == 0x22 || text[i].value == 0x201D { i -= 1 }
        guard i >= content.lowerBound else { return false }
        let v = text[i].value
        return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
    }

    /// The end of the word starting at `start`: letters and digits, with inner apostrophes, hyphens,
    /// periods (U.S., p.m.), digit separators (1,000) and a final abbreviation period.
    static func scanWord(_ text: ScalarText, from start: Int, end: Int) -> Int {
        var i = start
        while i < end {
            let s = text[i]
            if isWordCharacter(s) { i += 1; continue }
            let next = i + 1 < end ? text[i + 1] : nil
            let nextIsWord = next.map(isWordCharacter) ?? false
            switch s.value {
            case 0x27, 0x2019, 0x2D, 0x2010, 0x2011, 0x26:
                if nextIsWord { i += 1; continue }
            case 0x2E:
                if let next, CharacterClass.isLetter(next), i + 2 <= end, i - start <= 3 { i += 1; continue }
                // "R-Ky.," — a period before a comma ends an abbreviation, not a sentence.
                if let next, next.value == 0x2C { return i + 1 }
            case 0x2C, 0x3A:
                if let next, CharacterClass.isDigit(next), i > start, CharacterClass.isDigit(text[i - 1]) { i += 1; continue }
            default:
                // Symbols inside a mis-decoded word ("FranÃ§ois" read as "FranÃ\u{83}Â§ois").
                if !s.isASCII, nextIsWord, !CharacterClass.isSpace(s), !CharacterClass.isDash(s),
                   !(0x2018...0x201F).contains(s.value), s.value != 0xAB, s.value != 0xBB, s.value != 0x2026 {
                    i += 1
                    continue
                }
            }
            break
        }
        // A period that belongs to an abbreviation or an initial.
        if i < end, text[i].value == 0x2E {
            let word = text.word(start..<i).lower
            let isInitial = i - start == 1 && CharacterClass.isUppercase(text[start])
            if neverFinal.contains(word) || maybeFinal.contains(word) || isInitial || word.utf8.contains(0x2E) {
                return i + 1
            }
        }
        return i
    }

    /// `CharacterClass.isWordCharacter`, with ASCII (most of every text) answered here.
    @inline(__always) static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        guard value >= 0x80 else { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (value >= 0x30 && value <= 0x39) }
        return CharacterClass.isWordCharacter(s)
    }

    /// Sentences as token index ranges.
    static func sentences(of tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var boundary = false
            if token.isQuote && token.endsWithTerminalPunctuation && i + 1 < tokens.count
                && (tokens[i + 1].isCapitalized || tokens[i + 1].isQuote) {
                result.append(start..<(i + 1))
                start = i + 1
                i += 1
                continue
            }
            if token.isPunctuation(".!?…") {
                var j = i + 1
                while j < tokens.count, tokens[j].isPunctuation(")]’'\"”.!?") { j += 1 }
                if j < tokens.count {
                    let next = tokens[j]
                    if next.isQuote || next.isCapitalized || (next.isWord && next.firstScalar.map(CharacterClass.isDigit) == true) {
                        boundary = true
                    }
                } else {
                    boundary = true
                }
                if boundary {
                    result.append(start..<j)
                    start = j
                    i = j
                    continue
                }
            } else if token.isWord, token.text.utf8.last == 0x2E, token.text.hasSuffix("."), i + 1 < tokens.count {
                let bare = String(token.lower.dropLast())
                let next = tokens[i + 1]
                if maybeFinal.contains(bare) && ((next.isCapitalized && sentenceOpeners.contains(next.lower)) || next.isQuote) {
                    boundary = true
                } else if !neverFinal.contains(bare) && !maybeFinal.contains(bare) && !bare.utf8.contains(0x2E)
                            && token.text.count > 2 && next.isCapitalized {
                    boundary = true
                }
                if boundary {
                    result.append(start..<(i + 1))
                    start = i + 1
                }
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
