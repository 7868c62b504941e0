import CopydeskCore

/// Reports a word repeated with only white space between ("the the"), with a fix that drops the repeat.
struct RepetitionCheck: RuleCheck {
    static let defaultWord = #"[\p{L}\p{N}]+(?:['’][\p{L}]+)*"#

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
                let key = caseless ? text.lowercased() : text
                if let before = previous, before.text == key, isSpaceOnly(input, before.range.upperBound..<match.range.lowerBound) {
                    hits.append(Hit(
                        range: before.range.lowerBound..<match.range.upperBound, values: ["word": text],
                        fixes: [.replace(before.range.upperBound..<match.range.upperBound, with: "",
                                         description: "Delete the repeated ‘\(text)’")]))
                    previous = nil
                } else {
                    previous = (match.range, key)
                }
            }
        }
        return hits
    }

    private func isSpaceOnly(_ input: CheckInput, _ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty else { return false }
        for offset in gap {
            let byte = input.bytes[offset]
            if byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D { return false }
        }
        return true
    }
}
