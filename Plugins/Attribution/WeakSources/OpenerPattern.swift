import CopydeskCore

/// A caseless pattern whose every alternative opens, at a word boundary, with one of a few listed
/// words. An `OpenerScanner` finds the same matches as the whole pattern searched through the text,
/// but runs the pattern (anchored) only where one of those words begins, instead of at every position.
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
    let anchored: Pattern
    /// The openers' bytes (lowercase ASCII letters).
    let openers: [[UInt8]]

    init(_ alternatives: [Alternative]) throws {
        let source = alternatives.map { #"\b(?:"# + $0.openers.joined(separator: "|") + ")" + $0.rest }.joined(separator: "|")
        pattern = try Pattern(source, options: [.caseless])
        anchored = try Pattern(#"\G(?:"# + source + ")", options: [.caseless])
        openers = try alternatives.flatMap(\.openers).map { opener in
            let bytes = Array(opener.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                throw PatternError.compile(pattern: source, offset: 0, message: "opener \"\(opener)\" is not lowercase ASCII letters")
            }
            return bytes
        }
    }
}
