import CopydeskCore

/// What a compiled rule searches: the document, its UTF-8 bytes and the prose ranges of the rule's scopes.
struct CheckInput {
    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>
    let ranges: [Range<Int>]
    /// The lines (without their line feeds, ascending) where the prefilter saw one of the rule's
    /// literals, for a rule whose check is line-bound; nil: search the whole ranges.
    var candidateLines: [Range<Int>]? = nil
    /// Where the tokens of the rule's directly matched word list may match (`WordList.Candidate`,
    /// ascending); nil: no prefilter ran, so the list is searched as its alternation.
    var wordCandidates: [WordList.Candidate]? = nil
    /// Whether the document holds U+017F or U+212A, which a caseless `s` or `k` matches.
    var sawCaselessFold = false
    /// Match state shared by the rules checking one document.
    var searchers = SearcherCache()

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `pattern`'s matches in `range`, until `body` returns false.
    func forEachMatch(of pattern: Pattern, in range: Range<Int>, _ body: (Match) throws -> Bool) throws {
        try forEachMatch(of: pattern, windows: CollectionOfOne(range), textEnd: range.upperBound, body)
    }

    /// `pattern`'s matches in each window, searched as if the text went on to `textEnd`.
    func forEachMatch<Windows: Sequence>(of pattern: Pattern, windows: Windows, textEnd: Int,
                                         _ body: (Match) throws -> Bool) throws where Windows.Element == Range<Int> {
        try searchers.searcher(for: pattern).forEachMatch(inUTF8: bytes, windows: windows, textEnd: textEnd, body)
    }
}

/// One `Pattern.Searcher` per pattern for the rules checking one document, so that searching many
/// small ranges (sentences, lines) does not allocate match state each time.
final class SearcherCache {
    private var searchers: [ObjectIdentifier: Pattern.Searcher] = [:]

    func searcher(for pattern: Pattern) -> Pattern.Searcher {
        if let searcher = searchers[ObjectIdentifier(pattern)] { return searcher }
        let searcher = Pattern.Searcher(pattern)
        searchers[ObjectIdentifier(pattern)] = searcher
        return searcher
    }
}

/// A candidate finding before the rule's message and exceptions are applied.
struct Hit {
    var range: Range<Int>
    /// Placeholder values besides `{match}` (named groups, kind values).
    var values: [String: String] = [:]
    var related: [RelatedRange] = []
    var fixes: [Fix] = []
}

/// The kind-specific part of a compiled rule.
protocol RuleCheck: Sendable {
    /// Literals one of which every hit needs in the text (ASCII-lowercased), or nil when the rule must
    /// always run (it can report what is missing).
    var requiredLiterals: Set<String>? { get }
    /// Placeholders the kind provides to messages besides `{match}`.
    var placeholders: Set<String> { get }
    /// Whether every hit lies within one line and holds one of `requiredLiterals`, so that only the
    /// lines holding a literal need searching.
    var isLineBound: Bool { get }
    /// The rule's word list, whose tokens the prefilter looks for.
    var wordList: WordList? { get }
    func hits(_ input: CheckInput) throws -> [Hit]
}

extension RuleCheck {
    var isLineBound: Bool { false }
    var wordList: WordList? { nil }
}

/// A word list and patterns searched one after another; the hit list of several is in text order.
struct PatternSet: Sendable {
    var words: WordList? = nil
    let patterns: [Pattern]

    /// Named groups of every pattern.
    var groupNames: Set<String> { Set(patterns.flatMap(\.groupNumbers.keys)) }

    /// Whether no match of any of the patterns (and of the word list's alternation when it is
    /// searched as one) can span a line break.
    var staysOnOneLine: Bool {
        (words?.compiledPattern.map { [$0] } ?? []).allSatisfy(Pattern.staysOnOneLine)
            && patterns.allSatisfy(Pattern.staysOnOneLine)
    }

    /// How many word lists and patterns the set searches.
    var count: Int { patterns.count + (words == nil ? 0 : 1) }

    /// Calls `body` with each non-empty match in `range`; with `lines`, searches only those lines
    /// (for patterns that stay on one line), unless they cover most of the range anyway.
    func forEachMatch(_ input: CheckInput, in range: Range<Int>, onLines lines: [Range<Int>]? = nil,
                      _ body: (PatternMatch) throws -> Void) throws {
        var windows: [Range<Int>]?
        if let lines {
            // Each window takes its line feed too, so that lookaheads and `\b` see what follows the line.
            var clipped: [Range<Int>] = []
            var covered = 0
            for line in lines where line.upperBound >= range.lowerBound && line.lowerBound < range.upperBound {
                let window = max(line.lowerBound, range.lowerBound)..<min(line.upperBound + 1, range.upperBound)
                clipped.append(window)
                covered += window.count
            }
            if covered * 4 < range.count * 3 { windows = clipped }
        }
        try words?.forEachMatch(input, in: range) { try body(PatternMatch(range: $0)) }
        for pattern in patterns {
            let report = { (match: Match) throws -> Bool in
                if !match.range.isEmpty { try body(PatternMatch(range: match.range, pattern: pattern, match: match)) }
                return true
            }
            if let windows {
                try input.forEachMatch(of: pattern, windows: windows, textEnd: range.upperBound, report)
            } else {
                try input.forEachMatch(of: pattern, in: range, report)
            }
        }
    }

    func matches(_ input: CheckInput, in range: Range<Int>) throws -> [PatternMatch] {
        var found: [PatternMatch] = []
        try forEachMatch(input, in: range) { found.append($0) }
        if count > 1 {
            found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        }
        return found
    }

    /// The literals that any match of the set needs, or nil.
    func requiredLiterals(caseless: Bool) -> Set<String>? {
        if count == 0 { return nil }
        var union: Set<String> = []
        if let words {
            guard let literals = words.requiredLiterals(caseless: caseless) else { return nil }
            union = literals
        }
        for pattern in patterns {
            guard let literals = LiteralExtractor.requiredLiterals(of: pattern.source, caseless: caseless) else { return nil }
            union.formUnion(literals)
        }
        return union.isEmpty && words?.isDirect != true ? nil : union
    }
}

extension Pattern {
    /// Whether no match can span a line break (`LineBoundAnalysis`).
    static func staysOnOneLine(_ pattern: Pattern) -> Bool {
        LineBoundAnalysis.staysOnOneLine(pattern.source, options: pattern.options)
    }
}


/// A match with the pattern that made it (none for a word list's), for named groups.
struct PatternMatch {
    let range: Range<Int>
    var pattern: Pattern? = nil
    var match: Match? = nil

    subscript(name: String) -> Range<Int>? { match?[name] }

    /// Named group values, for messages.
    func groupValues(_ input: CheckInput) -> [String: String] {
        guard let pattern, let match else { return [:] }
        var values: [String: String] = [:]
        for (name, number) in pattern.groupNumbers {
            if let range = match[number] { values[name] = input.text(range) }
        }
        return values
    }
}
