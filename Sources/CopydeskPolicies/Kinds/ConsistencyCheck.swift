import CopydeskCore

/// A document must use one spelling of each set: when two appear, every use of the less frequent one
/// is reported, pointing at the majority spelling and offering it as a fix.
struct ConsistencyCheck: RuleCheck {
    let wordList: WordList?
    /// Normalized variant to (set, variant) indices.
    let variants: [String: (set: Int, variant: Int)]
    let sets: [[String]]
    let caseless: Bool
    let requiredLiterals: Set<String>?

    init(sets: [[String]], compiler: PatternCompiler) {
        self.sets = sets
        caseless = compiler.rule.ignorecase
        wordList = compiler.wordList(sets.flatMap { $0 })
        var table: [String: (Int, Int)] = [:]
        for (setIndex, set) in sets.enumerated() {
            for (variantIndex, variant) in set.enumerated() {
                table[SubstitutionCheck.key(variant, caseless: caseless)] = (setIndex, variantIndex)
            }
        }
        variants = table
        let isCaseless = compiler.rule.ignorecase
        requiredLiterals = wordList.flatMap { $0.requiredLiterals(caseless: isCaseless) }
    }

    var placeholders: Set<String> { ["majority"] }

    func hits(_ input: CheckInput) throws -> [Hit] {
        guard let wordList else { return [] }
        var uses: [Int: [Int: [Range<Int>]]] = [:]
        for range in input.ranges {
            try wordList.forEachMatch(input, in: range) { match in
                let key = SubstitutionCheck.key(input.text(match), caseless: caseless)
                if let (set, variant) = variants[key] { uses[set, default: [:]][variant, default: []].append(match) }
            }
        }
        var hits: [Hit] = []
        for (set, byVariant) in uses where byVariant.count > 1 {
            let majority = byVariant.max { a, b in
                (a.value.count, -a.value[0].lowerBound) < (b.value.count, -b.value[0].lowerBound)
            }!
            let majorityText = sets[set][majority.key]
            let firstMajority = majority.value[0]
            for (variant, ranges) in byVariant where variant != majority.key {
                for range in ranges {
                    let replacement = SubstitutionCheck.matchingCase(of: input.text(range), majorityText)
                    hits.append(Hit(
                        range: range, values: ["majority": majorityText],
                        related: [RelatedRange(range: firstMajority, message: "‘\(majorityText)’ is used here")],
                        fixes: [.replace(range, with: replacement, description: "Replace with ‘\(replacement)’")]))
                }
            }
        }
        return hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension ConsistencyCheck: PolicyKindDefinition {
    static let kind = PolicyKind.consistency
    static let keys = ["sets"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        guard let setsNode = r.values["sets"] else {
            r.log.error(r.node.location, "`consistency` rule `\(r.ruleID)` needs `sets` (lists of variant spellings)")
            return nil
        }
        var sets: [[String]] = []
        for item in setsNode.items(r.log, what: "sets", allowScalar: false) ?? [] {
            let variants = item.strings(r.log, what: "a set of variants")?.map(\.0) ?? []
            if variants.count < 2 {
                r.log.error(item.location, "a set of variants needs at least two spellings")
                continue
            }
            sets.append(variants)
        }
        return .consistency(sets: sets)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .consistency(let sets) = parameters else { return nil }
        return ConsistencyCheck(sets: sets, compiler: c.compiler)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        []
    }
}
