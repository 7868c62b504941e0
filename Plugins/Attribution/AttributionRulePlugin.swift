import CopydeskCore

/// Direct quotations paired with their speakers, and weak attribution.
public struct AttributionRulePlugin: RulePlugin {
    public static let factory = PluginFactory(id: "attribution", summary: "Direct quotations paired with their speakers, and weak attribution.") { options in
        try AttributionRulePlugin(options: options)
    }

    public let id = "attribution"
    public var rules: [RuleDescription] { [] }

    public init(options: JSONValue) throws {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
}
