import CopydeskCore

/// Reports a word repeated with only white space between ("the the"), with a fix that drops the repeat.
///
/// One pattern finds the candidates (a word, a single space or line break, the same word again, by
/// back-reference), so the text is scanned once; the case rules are applied to the few candidates.
struct RepetitionCheck: RuleCheck {
    /// A word: letters (and digits after the first letter), so repeated figures in tables do not count.
    static let defaultWord = #"\p{L}[\p{L}\p{N}]*+(?:['’]\p{L}++)*+"#
    static let groupName = "copydeskRepeatedWord"

    /// `word` (one or more alternatives) followed by itself.
    static func pairPattern(words: [String]) -> String {
        let word = words.map { "(?:\($0))" }.joined(separator: "|")
        return #"(?<![\p{L}\p{N}_])(?<"# + groupName + ">" + word + #")(?:[ \t]|[ \t]?\r?\n[ \t]*)\k<"#
            + groupName + #">(?![\p{L}\p{N}_])"#
    }

    let pairs: Pattern?
    let caseless: Bool

    var requiredLiterals: Set<String>? { nil }
    var placeholders: Set<String> { ["word"] }

    func hits(_ input: CheckInput) throws -> [Hit] {
        guard let pairs else { return [] }
        var hits: [Hit] = []
        for range in input.ranges {
            try input.forEachMatch(of: pairs, in: range) { match in
                guard let first = match[RepetitionCheck.groupName] else { return true }
                let second = (match.range.upperBound - first.count)..<match.range.upperBound
                let firstText = input.text(first), secondText = input.text(second)
                guard isRepeat(firstText, secondText) else { return true }
                hits.append(Hit(
                    range: match.range, values: ["word": secondText],
                    fixes: [.replace(first.upperBound..<match.range.upperBound, with: "",
                                     description: "Delete the repeated ‘\(secondText)’")]))
                return true
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
}

extension RepetitionCheck: PolicyKindDefinition {
    static let kind = PolicyKind.repetition
    static let keys = ["patterns"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        return .repetition(patterns: r.texts("patterns", false))
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .repetition(let patterns) = parameters else { return nil }
        let words = patterns.isEmpty ? [PolicyText(RepetitionCheck.defaultWord, at: c.rule.location)] : patterns
        let valid = words.allSatisfy { c.compiler.compile($0) != nil }
        let pairs = valid ? c.compiler.compile(PolicyText(RepetitionCheck.pairPattern(words: words.map(\.text)),
                                                        at: words[0].location)) : nil
        return RepetitionCheck(pairs: pairs, caseless: c.caseless)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .repetition(let patterns) = parameters else { return [] }
        return patterns.map(\.text)
    }
}
