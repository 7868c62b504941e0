import CopydeskCore

/// Text that goes stale once published: relative stamps and contradictory Updated labels.
public struct StaleTimestampsRulePlugin: RulePlugin {
    public static let factory = PluginFactory(id: "stale-timestamps", summary: "Text that goes stale once published: relative stamps and contradictory Updated labels.") { options in
        try StaleTimestampsRulePlugin(options: options)
    }

    public let id = "stale-timestamps"
    public var rules: [RuleDescription] { [] }

    public init(options: JSONValue) throws {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
}
