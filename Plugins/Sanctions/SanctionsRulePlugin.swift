import CopydeskCore

/// Mentions of people, companies and vessels on sanctions lists.
public struct SanctionsRulePlugin: RulePlugin {
    public static let factory = PluginFactory(id: "sanctions", summary: "Mentions of people, companies and vessels on sanctions lists.") { options in
        try SanctionsRulePlugin(options: options)
    }

    public let id = "sanctions"
    public var rules: [RuleDescription] { [] }

    public init(options: JSONValue) throws {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
}
