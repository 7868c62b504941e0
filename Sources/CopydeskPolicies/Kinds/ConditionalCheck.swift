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
