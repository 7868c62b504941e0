import CopydeskCore

/// Temporal expressions normalised against the publication date, and date errors.
public struct DatesRulePlugin: RulePlugin {
    public static let factory = PluginFactory(id: "dates", summary: "Temporal expressions normalised against the publication date, and date errors.") { options in
        try DatesRulePlugin(options: options)
    }

    public let id = "dates"
    public var rules: [RuleDescription] { [] }

    public init(options: JSONValue) throws {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
}
