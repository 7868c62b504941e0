import CopydeskCore

/// The policy engine: rules written as YAML + PCRE2 in policy packs, run as one rule plugin.
/// (Interim stub: the engine arrives with the policy issue.)
public struct PolicyRulePlugin: RulePlugin {
    public static let factory = PluginFactory(
        id: "policies", summary: "Rules from YAML + PCRE2 policy packs.",
        options: [PluginOption("packs", "Folders of policy YAML files to load.")]
    ) { options in
        try PolicyRulePlugin(options: options)
    }

    public let id = "policies"
    public var rules: [RuleDescription] { [] }

    public init(options: JSONValue) throws {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
}
