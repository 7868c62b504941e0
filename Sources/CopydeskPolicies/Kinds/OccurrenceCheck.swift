/// Counts matches in each scope range and reports ranges with more than `max` or fewer than `min`.
struct OccurrenceCheck: RuleCheck {
    let patterns: PatternSet
    let max: Int?
    let min: Int?
    let report: OccurrenceReport
    let requiredLiterals: Set<String>?

    init(patterns: PatternSet, max: Int?, min: Int?, report: OccurrenceReport, caseless: Bool) {
        self.patterns = patterns
        self.max = max
        self.min = min
        self.report = report
        requiredLiterals = min == nil ? patterns.requiredLiterals(caseless: caseless) : nil
    }

    var placeholders: Set<String> { ["count", "max", "min"] }
    var wordList: WordList? { patterns.words }

    func hits(_ input: CheckInput) throws -> [Hit] {
        var hits: [Hit] = []
        for range in input.ranges {
            let matches = try patterns.matches(input, in: range)
            var values = ["count": String(matches.count)]
            if let max { values["max"] = String(max) }
            if let min { values["min"] = String(min) }
            if let max, matches.count > max {
                switch report {
                case .scope:
                    hits.append(Hit(range: range, values: values))
                case .excess:
                    for match in matches.dropFirst(max) { hits.append(Hit(range: match.range, values: values)) }
                }
            }
            if let min, matches.count < min {
                hits.append(Hit(range: range, values: values))
            }
        }
        return hits
    }
}

extension OccurrenceCheck: PolicyKindDefinition {
    static let kind = PolicyKind.occurrence
    static let keys = ["tokens", "patterns", "max", "min", "report"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        guard r.needsOne(of: ["tokens", "patterns"]) else { return nil }
        let max = r.values["max"].flatMap { $0.int(r.log, what: "max") }
        let min = r.values["min"].flatMap { $0.int(r.log, what: "min", minimum: 1) }
        if r.values["max"] == nil && r.values["min"] == nil {
            r.log.error(r.node.location, "`occurrence` rule `\(r.ruleID)` needs `max` or `min`")
        }
        var report = OccurrenceReport.scope
        if let reportNode = r.values["report"],
           let chosen = reportNode.choice(r.log, what: "report", among: OccurrenceReport.allCases.map(\.rawValue)) {
            report = OccurrenceReport(rawValue: chosen)!
        }
        return .occurrence(tokens: r.plainStrings("tokens"), patterns: r.texts("patterns", false), max: max, min: min,
                          report: report)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .occurrence(let tokens, let patterns, let max, let min, let report) = parameters else { return nil }
        return OccurrenceCheck(patterns: c.compiler.compile(tokens: tokens, patterns: patterns), max: max, min: min,
                               report: report, caseless: c.caseless)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .occurrence(_, let patterns, _, _, _) = parameters else { return [] }
        return patterns.map(\.text)
    }
}
