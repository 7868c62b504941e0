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
        isLineBound = requiredLiterals != nil && patterns.staysOnOneLine
    }

    var placeholders: Set<String> { patterns.groupNames }

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
