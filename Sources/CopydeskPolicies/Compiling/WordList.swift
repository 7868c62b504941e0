import CopydeskCore
import Foundation

/// A rule's word list (existence and occurrence `tokens`, substitution targets, consistency
/// variants), matching exactly what its PCRE2 alternation (`RegexText.alternation`) matches: at the
/// leftmost place, the first token in the alternation's order (longest first); a token that starts
/// (ends) with a word character not preceded (followed) by one; each white-space run of a token
/// matching any run of white space.
///
/// A list is matched directly, without compiling the alternation, when every token is ASCII or
/// has no letter with case variants outside ASCII (a caseless list): the literal prefilter's pass
/// over the document finds where each token's first piece occurs (`LiteralPrefilter.Scan.wordCandidates`),
/// and `forEachMatch` checks those places byte by byte, asking PCRE2 only about a neighbouring
/// character outside ASCII (`\w`, `\s`), so that every answer is PCRE2's own. The alternation is
/// compiled instead (once, on first need) for a document where a caseless `s` or `k` may match
/// U+017F or U+212A, and for runs without the prefilter; a list that cannot be matched directly is
/// compiled when the rule is.
final class WordList: @unchecked Sendable {
    /// One token of a directly matched list.
    struct Token: Sendable {
        /// The pieces between white-space runs, as UTF-8 (ASCII-lowercased when the list is caseless).
        let pieces: [[UInt8]]
        /// Whether the token starts (ends) with a word character, so must not be preceded (followed) by one.
        let wordStart: Bool
        let wordEnd: Bool
    }

    /// A place where a token's first piece occurs: the token (its index in `tokens`) may match from `start`.
    struct Candidate: Sendable {
        var start: Int
        var token: Int32
    }

    let caseless: Bool
    /// The tokens in the alternation's order; empty when the list is not matched directly.
    let tokens: [Token]
    var isDirect: Bool { !tokens.isEmpty }
    private let alternation: String
    private let lock = NSLock()
    private var pattern: Pattern?

    /// The list's matcher, or nil after logging why its alternation does not compile.
    init?(tokens written: [String], compiler: PatternCompiler) {
        let caseless = compiler.rule.ignorecase
        self.caseless = caseless
        let ordered = RegexText.orderedTokens(written)
        alternation = RegexText.alternation(ofOrdered: ordered)
        if !ordered.isEmpty, ordered.allSatisfy({ WordList.isDirect($0, caseless: caseless) }) {
            tokens = ordered.map { WordList.token($0, caseless: caseless) }
        } else {
            tokens = []
            guard let compiled = compiler.compile(PolicyText(alternation, at: compiler.rule.location)) else { return nil }
            pattern = compiled
        }
    }

    /// Whether PCRE2 matches `token` as bytes: ASCII, or (caseless) no character with case variants.
    static func isDirect(_ token: String, caseless: Bool) -> Bool {
        token.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII || !caseless || scalar.properties.isWhitespace
                || !(scalar.properties.isCased || scalar.properties.changesWhenCaseMapped)
        }
    }

    static func token(_ text: String, caseless: Bool) -> Token {
        var pieces: [[UInt8]] = []
        var piece = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !piece.isEmpty { pieces.append(Array(piece.utf8)) }
                piece = ""
            } else {
                piece.unicodeScalars.append(scalar)
            }
        }
        if !piece.isEmpty { pieces.append(Array(piece.utf8)) }
        if caseless { pieces = pieces.map { $0.map(LiteralPrefilter.fold) } }
        return Token(pieces: pieces, wordStart: RegexText.isWordScalar(text.unicodeScalars.first),
                     wordEnd: RegexText.isWordScalar(text.unicodeScalars.last))
    }

    /// The literals the prefilter looks for: each token's first piece (ASCII-lowercased), by token.
    var keys: [[UInt8]] { tokens.map { $0.pieces[0].map(LiteralPrefilter.fold) } }

    /// Literals one of which a match needs besides the prefilter's keys: none for a direct list
    /// (its keys open the rule), else those of the alternation.
    func requiredLiterals(caseless: Bool) -> Set<String>? {
        guard let pattern else { return [] }
        return LiteralExtractor.requiredLiterals(of: pattern.source, caseless: caseless)
    }

    /// The compiled alternation, when the list is not matched directly.
    var compiledPattern: Pattern? { isDirect ? nil : pattern }

    private func alternationPattern() throws -> Pattern {
        lock.lock()
        defer { lock.unlock() }
        if let pattern { return pattern }
        let compiled = try Pattern(alternation, options: caseless ? [.caseless] : [])
        pattern = compiled
        return compiled
    }

    /// Calls `body` with each match in `range`, in order.
    func forEachMatch(_ input: CheckInput, in range: Range<Int>, _ body: (Range<Int>) throws -> Void) throws {
        guard isDirect, let candidates = input.wordCandidates, !(caseless && input.sawCaselessFold) else {
            try input.forEachMatch(of: alternationPattern(), in: range) { match in
                if !match.range.isEmpty { try body(match.range) }
                return true
            }
            return
        }
        var low = 0, high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if candidates[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low
        var resume = range.lowerBound
        while index < candidates.count, candidates[index].start < range.upperBound {
            let start = candidates[index].start
            var next = index
            while next < candidates.count && candidates[next].start == start { next += 1 }
            if start >= resume {
                for candidate in candidates[index..<next] {
                    if let end = try matchEnd(of: tokens[Int(candidate.token)], at: start, before: range.upperBound, input) {
                        try body(start..<end)
                        resume = end
                        break
                    }
                }
            }
            index = next
        }
    }

    /// Where `token` matches from `start` in a search that ends at `end`, or nil.
    private func matchEnd(of token: Token, at start: Int, before end: Int, _ input: CheckInput) throws -> Int? {
        let bytes = input.bytes
        if token.wordStart && start > 0 && CharacterClasses.isWord(before: start, in: input) { return nil }
        var position = start
        for (index, piece) in token.pieces.enumerated() {
            if index > 0 {
                let runStart = position
                while position < end, let width = CharacterClasses.spaceWidth(at: position, in: input) { position += width }
                if position == runStart { return nil }
            }
            guard end - position >= piece.count else { return nil }
            for byte in piece {
                let text = bytes[position]
                if (caseless ? LiteralPrefilter.fold(text) : text) != byte { return nil }
                position += 1
            }
        }
        if token.wordEnd && position < end && CharacterClasses.isWord(at: position, in: input) { return nil }
        return position
    }
}

/// PCRE2's `\w` and `\s` (UTF and UCP, as policy patterns are compiled) for single characters of a
/// document: ASCII from tables PCRE2 filled, other characters asked of PCRE2 one at a time.
enum CharacterClasses {
    static let word = try! Pattern(#"\G\w"#)
    static let space = try! Pattern(#"\G\s"#)
    static let asciiWord = asciiTable(word)
    static let asciiSpace = asciiTable(space)

    private static func asciiTable(_ pattern: Pattern) -> [Bool] {
        (0..<128).map { code in (try? pattern.firstMatch(in: String(Character(Unicode.Scalar(UInt8(code)))))) != nil }
    }

    /// Whether the character that ends at `offset` is a word character.
    static func isWord(before offset: Int, in input: CheckInput) -> Bool {
        let last = input.bytes[offset - 1]
        if last < 0x80 { return asciiWord[Int(last)] }
        var start = offset - 1
        while input.bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return matches(word, start..<offset, input)
    }

    /// Whether the character that starts at `offset` is a word character.
    static func isWord(at offset: Int, in input: CheckInput) -> Bool {
        let first = input.bytes[offset]
        if first < 0x80 { return asciiWord[Int(first)] }
        return matches(word, offset..<offset + width(of: first), input)
    }

    /// The length of the white-space character at `offset`, or nil when it is not one.
    static func spaceWidth(at offset: Int, in input: CheckInput) -> Int? {
        let first = input.bytes[offset]
        if first < 0x80 { return asciiSpace[Int(first)] ? 1 : nil }
        let character = offset..<offset + width(of: first)
        return matches(space, character, input) ? character.count : nil
    }

    private static func width(of lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    private static func matches(_ pattern: Pattern, _ character: Range<Int>, _ input: CheckInput) -> Bool {
        (try? input.searchers.searcher(for: pattern).firstMatch(inUTF8: input.bytes, range: character)) != nil
    }
}
