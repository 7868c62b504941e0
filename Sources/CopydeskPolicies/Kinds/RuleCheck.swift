import CopydeskCore

/// What a compiled rule searches: the document, its UTF-8 bytes and the prose ranges of the rule's scopes.
struct CheckInput {
    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>
    let ranges: [Range<Int>]

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
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
    func hits(_ input: CheckInput) throws -> [Hit]
}

/// Patterns searched one after another; the hit list of several patterns is in text order.
struct PatternSet: Sendable {
    let patterns: [Pattern]

    /// Named groups of every pattern.
    var groupNames: Set<String> { Set(patterns.flatMap(\.groupNumbers.keys)) }

    func forEachMatch(_ input: CheckInput, in range: Range<Int>, _ body: (PatternMatch) throws -> Void) throws {
        for pattern in patterns {
            try pattern.forEachMatch(inUTF8: input.bytes, range: range) { match in
                if !match.range.isEmpty { try body(PatternMatch(pattern: pattern, match: match)) }
                return true
            }
        }
    }

    func matches(_ input: CheckInput, in range: Range<Int>) throws -> [PatternMatch] {
        var found: [PatternMatch] = []
        try forEachMatch(input, in: range) { found.append($0) }
        if patterns.count > 1 {
            found.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        }
        return found
    }

    /// The literals that any match of the set needs, or nil.
    func requiredLiterals(caseless: Bool) -> Set<String>? {
        var union: Set<String> = []
        if patterns.isEmpty { return nil }
        for pattern in patterns {
            guard let literals = LiteralExtractor.requiredLiterals(of: pattern.source, caseless: caseless) else { return nil }
            union.formUnion(literals)
        }
        return union.isEmpty ? nil : union
    }
}


/// A match with the pattern that made it, for named groups.
struct PatternMatch {
    let pattern: Pattern
    let match: Match

    var range: Range<Int> { match.range }

    subscript(name: String) -> Range<Int>? { match[name] }

    /// Named group values, for messages.
    func groupValues(_ input: CheckInput) -> [String: String] {
        var values: [String: String] = [:]
        for (name, number) in pattern.groupNumbers {
            if let range = match[number] { values[name] = input.text(range) }
        }
        return values
    }
}
