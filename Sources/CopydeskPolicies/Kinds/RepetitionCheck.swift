import CopydeskCore

/// Reports a word repeated with only white space between ("the the"), with a fix that drops the repeat.
struct RepetitionCheck: RuleCheck {
    /// A word: letters (and digits after the first letter), so repeated figures in tables do not count.
    static let defaultWord = #"\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)*"#

    let words: PatternSet
    let caseless: Bool

    var requiredLiterals: Set<String>? { nil }
    var placeholders: Set<String> { ["word"] }

    func hits(_ input: CheckInput) throws -> [Hit] {
        var hits: [Hit] = []
        for range in input.ranges {
            var previous: (range: Range<Int>, text: String)?
            try words.forEachMatch(input, in: range) { match in
                let text = input.text(match.range)
                if let before = previous, isRepeat(before.text, text), isWordGap(input, before.range.upperBound..<match.range.lowerBound) {
                    hits.append(Hit(
                        range: before.range.lowerBound..<match.range.upperBound, values: ["word": text],
                        fixes: [.replace(before.range.upperBound..<match.range.upperBound, with: "",
                                         description: "Delete the repeated ‘\(text)’")]))
                    previous = nil
                } else {
                    previous = (match.range, text)
                }
            }
        }
        return hits
    }

    /// The same word; with `ignorecase`, also a capitalised word followed by its lower-case form
    /// ("The the"), but not the reverse ("its new New York"). A capitalised word written twice is a
    /// name ("Phi Phi", "Bora Bora").
    private func isRepeat(_ first: String, _ second: String) -> Bool {
        if first == second { return !(first.unicodeScalars.first?.properties.isUppercase ?? false) }
        guard caseless, first.lowercased() == second.lowercased() else { return false }
        return second == second.lowercased()
    }

    /// One space, or one line break with its indentation: wider gaps are table columns, not prose.
    private func isWordGap(_ input: CheckInput, _ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty else { return false }
        var lineBreaks = 0
        var spacesBeforeBreak = 0
        for offset in gap {
            switch input.bytes[offset] {
            case 0x0A: lineBreaks += 1
            case 0x0D: continue
            case 0x20, 0x09: if lineBreaks == 0 { spacesBeforeBreak += 1 }
            default: return false
            }
        }
        return lineBreaks == 0 ? gap.count == 1 : lineBreaks == 1 && spacesBeforeBreak <= 1
    }
}
