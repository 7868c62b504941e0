import CopydeskCore

/// Temporal expressions normalised against the publication date, and date errors.
public struct DatesRulePlugin: RulePlugin {
    public static let factory = PluginFactory(
        id: "dates", summary: "Temporal expressions normalised against the publication date, and date errors.",
        options: DatesOptions.self
    ) { options in
        DatesRulePlugin(options)
    }

    public let id = "dates"
    public var rules: [RuleDescription] { DatesRules.all }

    private let numericOrder: NumericOrder?
    private let houseStyle: HouseStyle
    private let tagger: TemporalTagger

    public init(options: JSONValue) throws {
        self.init(try DatesOptions(options: options))
    }

    init(_ options: DatesOptions) {
        numericOrder = options.numericOrder
        houseStyle = options.houseStyle
        tagger = TemporalTagger(numericOrder: numericOrder ?? .mdy)
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let reference = document.metadata.publicationDate
        let expressions = tagger.tag(document.text, reference: reference)
        let checks = DateChecks(document: document, numericOrder: numericOrder, houseStyle: houseStyle)
        let anchor: JSONValue = reference.map { .string($0.description) } ?? .null
        var findings: [Finding] = []
        var firstUnresolved: TaggedExpression?
        var unresolvedCount = 0
        // Past the run's limit on expression tags (notes), only count them: the tagger gives them in
        // position order, so the ones the run keeps are the first.
        let limit = context.findingLimits[DatesRules.expression].flatMap { limit in
            Self.inPositionOrder(expressions.map(\.range)) ? limit : nil
        }
        findings.reserveCapacity(min(expressions.count, limit ?? Int.max) + 4)
        var tags = 0
        for expression in expressions {
            tags += 1
            if limit.map({ tags <= $0 }) ?? true {
                var timex: [String: JSONValue] = [
                    "type": .string(expression.timex.type.rawValue), "value": .string(expression.timex.value), "anchor": anchor,
                ]
                if let mod = expression.timex.mod { timex["mod"] = .string(mod) }
                let text = document.text(of: expression.range)
                var message = "“\(text)”: \(expression.timex.type.rawValue) \(expression.timex.value)"
                if let mod = expression.timex.mod { message += " (\(mod))" }
                findings.append(Finding(ruleID: DatesRules.expression, message: message, range: expression.range,
                                        properties: ["timex": .object(timex)]))
            }
            if expression.timex.isUnresolved {
                unresolvedCount += 1
                if firstUnresolved == nil { firstUnresolved = expression }
            }
            if let finding = checks.weekdayMismatch(expression) { findings.append(finding) }
            if let finding = checks.invalidDate(expression) { findings.append(finding) }
            if let finding = checks.ambiguousNumeric(expression) { findings.append(finding) }
            if let finding = checks.houseStyleViolation(expression) { findings.append(finding) }
        }
        if let limit, tags > limit { context.leftOut(tags - limit, ruleID: DatesRules.expression) }
        if reference == nil, let first = firstUnresolved {
            let what = unresolvedCount == 1 ? "1 relative date expression" : "\(unresolvedCount) relative date expressions"
            findings.append(Finding(
                ruleID: DatesRules.unresolvedRelative,
                message: "\(what) cannot be resolved: the file has no publication date (front matter `date`, `article:published_time`, or --reference-date).",
                range: first.range, properties: ["count": .int(unresolvedCount)]))
        }
        return findings
    }

    /// Whether ranges come as the run orders results: by start, then end, none repeated.
    static func inPositionOrder(_ ranges: [Range<Int>]) -> Bool {
        zip(ranges, ranges.dropFirst()).allSatisfy { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
