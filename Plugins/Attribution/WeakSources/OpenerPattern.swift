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
        /// Words every match of the alternative holds after its opener: where none of them is in
        /// reach, the alternative is not tried.
        var needs: Needs?

        init(openers: [String], rest: String, needs: Needs? = nil) {
            self.openers = openers
            self.rest = rest
            self.needs = needs
        }
    }

    /// One of `words` (lowercase ASCII letters, two or more) right after whitespace, with at most
    /// `reach` runs of whitespace from the opener to it: `rest` reads
    /// `\s+(?:[\p{L}-]+\s+){0,reach-1}?(?:word|…)…`.
    struct Needs {
        var words: [String]
        var reach: Int
    }

    /// The unanchored pattern, for texts with a non-ASCII letter that matches an ASCII one caselessly.
    let pattern: Pattern
    /// The same pattern, anchored at the search start (`\G`).
    let anchored: Pattern
    /// Each alternative's openers (lowercase ASCII letters, as bytes), whether its `rest` starts with
    /// `\s` (so that an opener must be followed by whitespace), and what it needs.
    let alternatives: [(openers: [[UInt8]], beforeSpace: Bool, needs: Needs?)]

    init(_ alternatives: [Alternative]) throws {
        let source = alternatives.map { #"\b(?:"# + $0.openers.joined(separator: "|") + ")" + $0.rest }.joined(separator: "|")
        pattern = try Pattern(source, options: [.caseless])
        anchored = try Pattern(#"\G(?:"# + source + ")", options: [.caseless])
        func letters(_ word: String) throws -> [UInt8] {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                throw PatternError.compile(pattern: source, offset: 0, message: "\"\(word)\" is not lowercase ASCII letters")
            }
            return bytes
        }
        self.alternatives = try alternatives.map { alternative in
            if let needs = alternative.needs {
                guard alternative.rest.hasPrefix(#"\s"#), try needs.words.map(letters).allSatisfy({ $0.count >= 2 }) else {
                    throw PatternError.compile(pattern: source, offset: 0, message: "needed words after an opener not followed by \\s, or of one letter")
                }
            }
            return (try alternative.openers.map(letters), alternative.rest.hasPrefix(#"\s"#), alternative.needs)
        }
    }
}
