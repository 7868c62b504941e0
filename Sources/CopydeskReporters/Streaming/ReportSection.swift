import CopydeskCore

/// One file's results as a reporter writes them, made on the thread that linted the file so that
/// writing the report is only copying bytes.
public struct ReportSection: Sendable {
    /// The results' bytes, each result starting with the reporter's `resultSeparator`.
    public var bytes: [UInt8] = []
    /// Rule indexes written that count `RuleIndex.optionalRule` as absent: where each was written
    /// (an offset in `bytes`) and its value, one more if that rule joins the run.
    public var ruleIndexPatches: [(offset: Int, index: Int)] = []

    public init() {}
}

/// How many results a report has, by level, apart from the results themselves: what a report's
/// summary and exit status need once the results are written.
public struct ResultTotals: Sendable, Hashable {
    public var count = 0
    /// Results that count (neither suppressed in the source nor unchanged from the baseline), by level.
    public var active: [Level: Int] = [:]
    /// Suppressed and baselined results, by level.
    public var waived: [Level: Int] = [:]

    public init() {}

    public init<Results: Sequence>(_ results: Results) where Results.Element == ReportedResult {
        for result in results {
            count += 1
            if result.isWaived { waived[result.level, default: 0] += 1 } else { active[result.level, default: 0] += 1 }
        }
    }

    public mutating func add(_ other: ResultTotals) {
        count += other.count
        active.merge(other.active, uniquingKeysWith: +)
        waived.merge(other.waived, uniquingKeysWith: +)
    }

    /// The highest level among the results that count.
    public var highestActive: Level? { active.filter { $0.value > 0 }.keys.max() }
}

extension ReportedResult {
    /// Suppressed in the source or by a baseline entry: shown only on request and not counted.
    public var isWaived: Bool { !suppressions.isEmpty || baselineState == .unchanged }
}

/// Where each rule of a report stands in its rule list (SARIF's `ruleIndex`), with room for one
/// rule that joins the list only if some result reports it, which is not known until every file
/// is linted (the engine's unused-suppression rule).
public struct RuleIndex: Sendable {
    private let positions: [String: Int]
    /// The rule that may join the list, and the position it would take among the rules sorted by id.
    public let optionalRule: (id: String, position: Int)?

    /// The index of `rules` (sorted by id); `optionalRule` is counted as absent unless it is among them.
    public init(rules: [RuleDescription], optionalRule: String? = nil) {
        var positions: [String: Int] = [:]
        for (i, rule) in rules.enumerated() { positions[rule.id] = i }
        self.positions = positions
        if let optionalRule, positions[optionalRule] == nil {
            self.optionalRule = (optionalRule, rules.filter { $0.id < optionalRule }.count)
        } else {
            self.optionalRule = nil
        }
    }

    /// The index to write for a result of `ruleID`, and whether it moves up by one if the optional
    /// rule joins the list.
    public func index(of ruleID: String) -> (index: Int, shifts: Bool)? {
        if let optionalRule {
            if ruleID == optionalRule.id { return (optionalRule.position, false) }
            guard let index = positions[ruleID] else { return nil }
            return (index, index >= optionalRule.position)
        }
        return positions[ruleID].map { ($0, false) }
    }
}
