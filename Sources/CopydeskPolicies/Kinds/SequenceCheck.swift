/// Finds patterns that appear in order inside one scope range.
struct SequenceCheck: RuleCheck {
    let steps: [PatternSet]
    let requiredLiterals: Set<String>?

    init(steps: [PatternSet], caseless: Bool) {
        self.steps = steps
        requiredLiterals = LiteralExtractor.best(steps.compactMap { $0.requiredLiterals(caseless: caseless) })
    }

    var placeholders: Set<String> { Set(steps.flatMap(\.groupNames)) }

    func hits(_ input: CheckInput) throws -> [Hit] {
        guard let first = steps.first else { return [] }
        var hits: [Hit] = []
        for range in input.ranges {
            var resumeAt = range.lowerBound
            for start in try first.matches(input, in: range) where start.range.lowerBound >= resumeAt {
                var values = start.groupValues(input)
                var end = start.range.upperBound
                var complete = true
                for step in steps.dropFirst() {
                    guard let next = try step.matches(input, in: end..<range.upperBound).first else {
                        complete = false
                        break
                    }
                    values.merge(next.groupValues(input)) { old, _ in old }
                    end = next.range.upperBound
                }
                guard complete else { break }
                hits.append(Hit(range: start.range.lowerBound..<end, values: values))
                resumeAt = end
            }
        }
        return hits
    }
}

extension SequenceCheck: PolicyKindDefinition {
    static let kind = PolicyKind.sequence
    static let keys = ["steps"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        let steps = r.texts("steps", true)
        if steps.count == 1 { r.log.error(r.values["steps"]!.location, "`steps` needs at least two patterns") }
        return .sequence(steps: steps)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .sequence(let steps) = parameters else { return nil }
        return SequenceCheck(steps: steps.map { c.compiler.compile(tokens: [], patterns: [$0]) }, caseless: c.caseless)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .sequence(let steps) = parameters else { return [] }
        return steps.map(\.text)
    }
}
