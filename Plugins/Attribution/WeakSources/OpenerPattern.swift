import CopydeskCore

/// A caseless pattern whose every alternative opens, at a word boundary, with one of a few listed
/// words. `matches(of:in:)` finds the same matches as each whole pattern searched through the text,
/// but runs a pattern (anchored) only where one of its words begins, instead of at every position.
struct OpenerPattern: Sendable {
    /// One alternative: `\b(?:opener|…)` followed by `rest`.
    struct Alternative {
        /// Words in lowercase ASCII letters.
        var openers: [String]
        var rest: String
    }

    /// The unanchored pattern, for texts with a non-ASCII letter that matches an ASCII one caselessly.
    let pattern: Pattern
    /// The same pattern, anchored at the search start (`\G`).
    private let anchored: Pattern
    /// The openers' bytes, grouped by first letter (index: letter − "a").
    private let openersByInitial: [[[UInt8]]]

    init(_ alternatives: [Alternative]) throws {
        let source = alternatives.map { #"\b(?:"# + $0.openers.joined(separator: "|") + ")" + $0.rest }.joined(separator: "|")
        pattern = try Pattern(source, options: [.caseless])
        anchored = try Pattern(#"\G(?:"# + source + ")", options: [.caseless])
        var byInitial = [[[UInt8]]](repeating: [], count: 26)
        for opener in alternatives.flatMap(\.openers) {
            let bytes = Array(opener.utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                throw PatternError.compile(pattern: source, offset: 0, message: "opener \"\(opener)\" is not lowercase ASCII letters")
            }
            byInitial[Int(first - 0x61)].append(bytes)
        }
        openersByInitial = byInitial
    }

    /// Each pattern's non-overlapping matches (UTF-8 ranges, in order), found in one pass over the
    /// text: the words that open a match are looked for once at each word start, for every pattern
    /// at once, and only the patterns one of them opens are run there, anchored. Each pattern's
    /// matches are those it finds searched on its own (after a match, it is tried again from the
    /// match's end).
    static func matches(of patterns: [OpenerPattern], in text: String) throws -> [[Range<Int>]] {
        precondition(patterns.count <= 32, "at most 32 opener patterns at once")
        var results = [[Range<Int>]](repeating: [], count: patterns.count)
        var text = text
        try text.withUTF8 { bytes in
            // U+017F (ſ) and U+212A (Kelvin sign) match "s" and "k" caselessly: such texts take the full search.
            if containsCaselessASCIILookalike(bytes) {
                for (p, pattern) in patterns.enumerated() {
                    try pattern.pattern.forEachMatch(inUTF8: bytes) { results[p].append($0.range); return true }
                }
                return
            }
            let searchers = patterns.map { Pattern.Searcher($0.anchored) }
            // Where each pattern may match next: the end of its last match.
            var resume = [Int](repeating: 0, count: patterns.count)
            // `\b` cannot hold before a letter that follows an ASCII letter, digit or underscore.
            var afterWordByte = false
            for position in 0..<bytes.count {
                let byte = bytes[position]
                let initial = byte | 0x20
                let isLetter = initial >= 0x61 && initial <= 0x7A
                defer { afterWordByte = isLetter || byte == 0x5F || (byte >= 0x30 && byte <= 0x39) }
                guard isLetter, !afterWordByte else { continue }
                var opened: UInt32 = 0
                for (p, pattern) in patterns.enumerated() where position >= resume[p] && pattern.opens(bytes, at: position) {
                    opened |= 1 << UInt32(p)
                }
                guard opened != 0 else { continue }
                for p in patterns.indices where opened & (1 << UInt32(p)) != 0 {
                    if let found = try searchers[p].firstMatch(inUTF8: bytes, range: position..<bytes.count)?.range, !found.isEmpty {
                        results[p].append(found)
                        resume[p] = found.upperBound
                    }
                }
            }
        }
        return results
    }

    /// Whether one of the openers starts at `position`, which holds an ASCII letter at a word start.
    private func opens(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let initial = bytes[position] | 0x20
        for opener in openersByInitial[Int(initial - 0x61)] where position + opener.count <= bytes.count {
            var k = 1
            while k < opener.count {
                let byte = bytes[position + k]
                guard byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A, byte | 0x20 == opener[k] else { break }
                k += 1
            }
            if k == opener.count { return true }
        }
        return false
    }

    private static func containsCaselessASCIILookalike(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0xC5 && bytes[i + 1] == 0xBF { return true }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x84, bytes[i + 2] == 0xAA { return true }
            i += 1
        }
        return false
    }
}
