/// A plugin's options as one type that both documents and reads them: `documentation` is the list
/// the registry gives the configuration to check option names against, and `init(options:)` reads
/// the values (a `PluginOptionError` for a bad one), so the two cannot drift.
/// A factory made with `PluginFactory(id:summary:options:make:)` takes both from the type.
public protocol PluginOptionSet: Sendable {
    /// The options the plugin accepts, with a line each.
    static var documentation: [PluginOption] { get }
    /// Reads the configuration's options for the plugin.
    init(options: JSONValue) throws
}

extension PluginFactory {
    /// A factory whose options are `Options`: their documentation is the factory's option list, and
    /// `make` is handed them read.
    public init<Options: PluginOptionSet>(id: String, summary: String, options: Options.Type,
                                          make: @escaping @Sendable (Options) throws -> any RulePlugin) {
        self.init(id: id, summary: summary, options: Options.documentation) { json in try make(Options(options: json)) }
    }
}
