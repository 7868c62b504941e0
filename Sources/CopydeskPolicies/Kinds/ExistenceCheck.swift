/// Reports every match of a word list or pattern, optionally only those that pass a checksum.
struct ExistenceCheck: RuleCheck {
    let patterns: PatternSet
    let validator: PolicyValidator?
    let requiredLiterals: Set<String>?
    let isLineBound: Bool

    init(patterns: PatternSet, validator: PolicyValidator?, caseless: Bool) {
        self.patterns = patterns
        self.validator = validator
        requiredLiterals = patterns.requiredLiterals(caseless: caseless)
        isLineBound = requiredLiterals != nil && !patterns.patterns.isEmpty && patterns.staysOnOneLine
    }

    var placeholders: Set<String> { patterns.groupNames }
    var wordList: WordList? { patterns.words }

    func hits(_ input: CheckInput) throws -> [Hit] {
        var hits: [Hit] = []
        for range in input.ranges {
            try patterns.forEachMatch(input, in: range, onLines: input.candidateLines) { match in
                if let validator, !Checksums.isValid(input.text(match.range), by: validator) { return }
                hits.append(Hit(range: match.range, values: match.groupValues(input)))
            }
        }
        return hits
    }
}

extension ExistenceCheck: PolicyKindDefinition {
    static let kind = PolicyKind.existence
    static let keys = ["tokens", "patterns", "validate"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        guard r.needsOne(of: ["tokens", "patterns"]) else { return nil }
        var validator: PolicyValidator?
        if let validateNode = r.values["validate"] {
            validator = validateNode.choice(r.log, what: "validator", among: PolicyValidator.allCases.map(\.rawValue))
                .flatMap(PolicyValidator.init)
        }
        return .existence(tokens: r.plainStrings("tokens"), patterns: r.texts("patterns", false), validator: validator)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .existence(let tokens, let patterns, let validator) = parameters else { return nil }
        return ExistenceCheck(patterns: c.compiler.compile(tokens: tokens, patterns: patterns), validator: validator,
                              caseless: c.caseless)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .existence(_, let patterns, _) = parameters else { return [] }
        return patterns.map(\.text)
    }
}
