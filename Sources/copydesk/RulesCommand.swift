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

/// `copydesk explain RULE`: a rule's full description, help and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: what it finds, why, how to fix it, examples.")

    @Argument(help: "A rule id, such as stale-timestamps/relative-timestamp.")
    var rule: String

    @Option(name: .long, help: "Use this configuration file (for the policy packs it selects).")
    var config: String?

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let rules = try RuleCatalog.rules(config: config, plugins: plugins)
        guard let description = rules.first(where: { $0.id == rule }) else {
            let suggestion = Suggestions.hint(for: rule, among: rules.map(\.id))
            Terminal.writeError("copydesk: no rule `\(rule)`\(suggestion)\n")
            throw ExitCode(2)
        }
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
    }
}

/// The rules of every plugin under a configuration: the built-in ones and the runtime plugins
/// named by `--plugin` or the configuration's `load:`.
enum RuleCatalog {
    static func rules(config: String?, plugins: PluginOptions) throws -> [RuleDescription] {
        let root = FileManager.default.currentDirectoryPath
        do {
            let registry = try plugins.registry(config: config)
            let resolver = try ConfigurationResolver(registry: registry, explicitFile: config, root: root)
            let (configuration, chain) = try resolver.effectiveConfiguration(forFile: root + "/.")
            var all = configuration
            for id in registry.factories.map(\.id) { all.plugins[id]?.enabled = true }
            return try resolver.pluginSet(for: all, chain: chain).allRules
        } catch let error as ConfigurationError {
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
