import CopydeskCore

/// A caseless pattern whose every alternative opens, at a word boundary, with one of a few listed
/// words. It finds the same matches as the whole pattern searched through the text, but runs the
/// pattern (anchored) only where one of those words begins, instead of at every position.
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

    /// Calls `body` with each non-overlapping match's UTF-8 range, in order.
    func forEachMatch(in text: String, _ body: (Range<Int>) -> Void) throws {
        var text = text
        try text.withUTF8 { bytes in
            // U+017F (ſ) and U+212A (Kelvin sign) match "s" and "k" caselessly: such texts take the full search.
            if Self.containsCaselessASCIILookalike(bytes) {
                try pattern.forEachMatch(inUTF8: bytes) { body($0.range); return true }
                return
            }
            let searcher = Pattern.Searcher(anchored)
            var position = 0
            while position < bytes.count {
                if opens(bytes, at: position) {
                    let found = try searcher.firstMatch(inUTF8: bytes, range: position..<bytes.count)?.range
                    if let found, !found.isEmpty {
                        body(found)
                        position = found.upperBound
                        continue
                    }
                }
                position += 1
            }
        }
    }

    /// Whether an opener starts at `position` (ASCII letters, any case) after a byte that is not an
    /// ASCII letter, digit or underscore (after one of those, `\b` cannot hold before a letter).
    private func opens(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let initial = bytes[position] | 0x20
        guard initial >= 0x61 && initial <= 0x7A else { return false }
        if position > 0 {
            let previous = bytes[position - 1]
            if previous == 0x5F || (previous >= 0x30 && previous <= 0x39) || ((previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A) {
                return false
            }
        }
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
