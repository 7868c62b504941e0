import CopydeskCore

/// Text that goes stale once published: relative stamps and contradictory Updated labels.
public struct StaleTimestampsRulePlugin: RulePlugin {
    public static let factory = PluginFactory(
        id: "stale-timestamps",
        summary: "Text that goes stale once published: relative stamps and contradictory Updated labels.",
        options: StaleTimestampsOptions.self
    ) { options in
        try StaleTimestampsRulePlugin(options)
    }

    public let id = "stale-timestamps"
    public var rules: [RuleDescription] {
        [RelativeTimestampRule.description, RelativeTimeInProseRule.description, UpdatedLabelRule.description,
         GitModifiedRule.description]
    }

    private let options: StaleTimestampsOptions
    private let patterns: TimestampPatterns

    /// Reads the options (`gitModifiedDays`) and compiles the plugin's patterns.
    public init(options: JSONValue) throws {
        try self.init(StaleTimestampsOptions(options: options))
    }

    init(_ options: StaleTimestampsOptions) throws {
        self.options = options
        patterns = try TimestampPatterns()
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var furniture = FurnitureScan()
        do {
            furniture = try FurnitureScanner(patterns: patterns).scan(document)
        } catch {
            context.report(error, ruleID: RelativeTimestampRule.id)
        }
        findings += RelativeTimestampRule.findings(furniture)
        do {
            findings += try RelativeTimeInProseRule(patterns: patterns).findings(in: document, furniture: furniture)
        } catch {
            context.report(error, ruleID: RelativeTimeInProseRule.id)
        }
        findings += UpdatedLabelRule.findings(furniture, document: document, now: context.now)
        findings += GitModifiedRule.findings(furniture, document: document, maxDays: options.gitModifiedDays)
        return findings.sorted { ($0.range.lowerBound, $0.ruleID) < ($1.range.lowerBound, $1.ruleID) }
    }
}
