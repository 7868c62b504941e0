/// If the first pattern matches, the second must match too. When the first pattern has a group named
/// `key`, the second must match with the same `key` text (an acronym and its expansion); each key
/// without a partner is reported once, at its first use outside the second pattern's matches.
struct ConditionalCheck: RuleCheck {
    let first: PatternSet
    let second: PatternSet
    let caseless: Bool
    let requiredLiterals: Set<String>?

    init(first: PatternSet, second: PatternSet, caseless: Bool) {
        self.first = first
        self.second = second
        self.caseless = caseless
        requiredLiterals = first.requiredLiterals(caseless: caseless)
    }

    var placeholders: Set<String> { first.groupNames }
    var usesKey: Bool { first.groupNames.contains("key") }

    private func key(_ text: String) -> String { caseless ? text.lowercased() : text }

    func hits(_ input: CheckInput) throws -> [Hit] {
        var firstMatches: [PatternMatch] = []
        for range in input.ranges { firstMatches += try first.matches(input, in: range) }
        guard !firstMatches.isEmpty else { return [] }
        var secondMatches: [PatternMatch] = []
        for range in input.ranges { secondMatches += try second.matches(input, in: range) }
        let secondKeys = Set(secondMatches.compactMap { $0["key"].map { key(input.text($0)) } })
        let covered = secondMatches.map(\.range)

        var hits: [Hit] = []
        var reported: Set<String> = []
        for match in firstMatches {
            if covered.contains(where: { $0.contains(match.range.lowerBound) }) { continue }
            if usesKey {
                guard let keyRange = match["key"] else { continue }
                let value = key(input.text(keyRange))
                if secondKeys.contains(value) || !reported.insert(value).inserted { continue }
            } else {
                if !secondMatches.isEmpty || !hits.isEmpty { break }
            }
            hits.append(Hit(range: match.range, values: match.groupValues(input)))
        }
        return hits
    }
}

extension ConditionalCheck: PolicyKindDefinition {
    static let kind = PolicyKind.conditional
    static let keys = ["first", "second"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        guard let first = r.single("first"), let second = r.single("second") else { return nil }
        return .conditional(first: first, second: second)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .conditional(let first, let second) = parameters else { return nil }
        let conditional = ConditionalCheck(first: c.compiler.compile(tokens: [], patterns: [first]),
                                           second: c.compiler.compile(tokens: [], patterns: [second]), caseless: c.caseless)
        if conditional.usesKey != conditional.second.groupNames.contains("key"), c.log.diagnostics.count == c.errorsBefore {
            c.log.error(second.location, "in rule `\(c.rule.id)`, `first` and `second` must both name a group `key` or neither")
        }
        return conditional
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .conditional(let first, let second) = parameters else { return [] }
        return [first.text, second.text]
    }
}
