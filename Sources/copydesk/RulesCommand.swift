import ArgumentParser
import CopydeskCore
import CopydeskEngine
import Foundation

/// `copydesk rules`: every rule with its default level and description.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule with its default level and description.")

    @Option(name: .long, help: "Use this configuration file (for the policy packs it selects).")
    var config: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let rules = try RuleCatalog.rules(config: config, plugins: plugins)
        if json {
            let value: JSONValue = .array(rules.map { rule in
                .object(["id": .string(rule.id), "level": .string(rule.defaultLevel.rawValue),
                         "enabled": .bool(rule.enabledByDefault), "description": .string(rule.shortDescription)])
            })
            print(value.serialized())
            return
        }
        let width = rules.map(\.id.count).max() ?? 0
        for rule in rules {
            let level = rule.enabledByDefault ? rule.defaultLevel.rawValue : "off"
            print(rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + level.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.shortDescription)
        }
    }
}

/// `copydesk explain RULE|PLUGIN`: a rule's full description, help, examples and the options of its
/// plugin; or a plugin's summary, options and rules.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain a rule (what it finds, why, how to fix it, examples) or a plugin (its options and rules).")

    @Argument(help: "A rule id, such as stale-timestamps/relative-timestamp, or a plugin id, such as dates.")
    var rule: String

    @Option(name: .long, help: "Use this configuration file (for the policy packs it selects and the options shown as set).")
    var config: String?

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let catalog = try RuleCatalog.load(config: config, plugins: plugins)
        if let description = catalog.rules.first(where: { $0.id == rule }) {
            explain(description, catalog: catalog)
        } else if let factory = catalog.factories.first(where: { $0.id == rule }) {
            explain(factory, catalog: catalog)
        } else {
            let suggestion = Suggestions.hint(for: rule, among: catalog.rules.map(\.id) + catalog.factories.map(\.id))
            Terminal.writeError("copydesk: no rule or plugin `\(rule)`\(suggestion)\n")
            throw ExitCode(2)
        }
    }

    private func explain(_ description: RuleDescription, catalog: RuleCatalog) {
        print("\(description.id) (\(description.enabledByDefault ? description.defaultLevel.rawValue : "off by default"))")
        print("")
        print(description.fullDescription)
        print("")
        print(description.help)
        let triggering = description.examples.filter { $0.expectation == .triggers }
        let passing = description.examples.filter { $0.expectation == .passes }
        if !triggering.isEmpty {
            print("\nTriggers on:")
            for example in triggering { print("  • " + example.text.replacingOccurrences(of: "\n", with: "\n    ")) }
        }
        if !passing.isEmpty {
            print("\nDoes not trigger on:")
            for example in passing { print("  • " + example.text.replacingOccurrences(of: "\n", with: "\n    ")) }
        }
        if let factory = catalog.factory(ofRule: description.id), !factory.options.isEmpty {
            print("\nOptions of the `\(factory.id)` plugin (`copydesk explain \(factory.id)` for all its rules):")
            printOptions(of: factory, catalog: catalog)
        }
    }

    private func explain(_ factory: PluginFactory, catalog: RuleCatalog) {
        print("\(factory.id) (plugin)")
        print("")
        print(factory.summary)
        print("\nOptions (under `plugins: \(factory.id):` in .copydesk.yml):")
        if factory.options.isEmpty { print("  none") } else { printOptions(of: factory, catalog: catalog) }
        let rules = catalog.rules(of: factory.id)
        print("\nRules:")
        let width = rules.map(\.id.count).max() ?? 0
        for rule in rules {
            let level = rule.enabledByDefault ? rule.defaultLevel.rawValue : "off"
            print("  " + rule.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                  + level.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + rule.shortDescription)
        }
    }

    /// Each option with its line of documentation and, when the configuration sets it, the value set.
    private func printOptions(of factory: PluginFactory, catalog: RuleCatalog) {
        let set = catalog.configuredOptions[factory.id] ?? [:]
        for option in factory.options {
            print("  • \(option.name): \(option.summary)")
            if let value = set[option.name] { print("    set here: \(value.canonicalJSON)") }
        }
    }
}

/// The plugins and rules under a configuration: the built-in ones and the runtime plugins named by
/// `--plugin` or the configuration's `load:`, with the plugin options the configuration sets.
struct RuleCatalog {
    var factories: [PluginFactory]
    var pluginSet: PluginSet
    var configuredOptions: [String: [String: JSONValue]]

    var rules: [RuleDescription] { pluginSet.allRules }

    /// The rules a plugin reports, in id order.
    func rules(of pluginID: String) -> [RuleDescription] {
        (pluginSet.plugins.first { $0.id == pluginID }?.rules ?? []).sorted { $0.id < $1.id }
    }

    /// The factory of the plugin that reports a rule.
    func factory(ofRule ruleID: String) -> PluginFactory? {
        guard let plugin = pluginSet.plugins.first(where: { plugin in plugin.rules.contains { $0.id == ruleID } }) else { return nil }
        return factories.first { $0.id == plugin.id }
    }

    static func rules(config: String?, plugins: PluginOptions) throws -> [RuleDescription] {
        try load(config: config, plugins: plugins).rules
    }

    static func load(config: String?, plugins: PluginOptions) throws -> RuleCatalog {
        let root = FileManager.default.currentDirectoryPath
        do {
            let registry = try plugins.registry(config: config)
            let resolver = try ConfigurationResolver(registry: registry, explicitFile: config, root: root)
            let (configuration, chain) = try resolver.effectiveConfiguration(forFile: root + "/.")
            var all = configuration
            for id in registry.factories.map(\.id) { all.plugins[id]?.enabled = true }
            return RuleCatalog(factories: registry.factories, pluginSet: try resolver.pluginSet(for: all, chain: chain),
                               configuredOptions: configuration.plugins.mapValues(\.options).filter { !$0.value.isEmpty })
        } catch let error as ConfigurationError {
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
