import ArgumentParser
import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import CopydeskPolicies
import CopydeskRuleTesting
import Foundation

/// `copydesk test-policies [PACK...]`: runs every example of every policy rule, like a test runner.
struct TestPoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-policies",
        abstract: "Run the examples of policy packs' rules and report failures like a test runner.",
        discussion: """
            Each rule needs at least one triggering and one non-triggering example; a triggering example \
            with «marked» text must produce findings on exactly the marked text. PACK is a folder of \
            policy YAML files or the name of a shipped pack; default: every shipped pack. Exit status: \
            0 all examples pass, 1 some fail, 2 a pack does not load.
            """
    )

    @Argument(help: "Policy pack folders or shipped pack names (default: every shipped pack).")
    var packs: [String] = []

    @Flag(name: [.short, .long], help: "List every rule, not only failing ones.")
    var verbose = false

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let root = FileManager.default.currentDirectoryPath
        let references = packs.isEmpty ? shippedPacks() : packs
        if references.isEmpty {
            Terminal.writeError("copydesk: no shipped policy packs found; name a pack folder\n")
            throw ExitCode(2)
        }
        var folders: [String] = []
        for reference in references {
            guard let folder = PackLocator.resolve(reference, base: root) ?? existingFolder(reference, root: root) else {
                let hint = Suggestions.hint(for: reference, among: PackLocator.shippedPackNames())
                Terminal.writeError("copydesk: no policy pack `\(reference)`\(hint)\n")
                throw ExitCode(2)
            }
            folders.append(folder)
        }

        var suites: [(name: String, plugin: any RulePlugin, make: (JSONValue) throws -> any RulePlugin)] = []
        for folder in folders {
            guard let factory = PluginRegistry.builtIn.factory(id: "policies") else { throw ExitCode(2) }
            let make: (JSONValue) throws -> any RulePlugin = { options in
                var members = options.objectValue ?? [:]
                members["packs"] = .array([.string(folder)])
                return try factory.make(.object(members))
            }
            do {
                suites.append((URL(fileURLWithPath: folder).lastPathComponent, try make(.object([:])), make))
            } catch {
                Terminal.writeError("\(error)\n")
                throw ExitCode(2)
            }
        }
        // Plugins loaded at run time are tested the same way.
        let builtInIDs = Set(PluginRegistry.builtIn.factories.map(\.id))
        let registry: PluginRegistry
        do { registry = try plugins.registry(config: nil) } catch {
            Terminal.writeError("copydesk: \(error)\n")
            throw ExitCode(2)
        }
        for factory in registry.factories where !builtInIDs.contains(factory.id) {
            do { suites.append(("plugin \(factory.id)", try factory.make(.object([:])), factory.make)) } catch {
                Terminal.writeError("copydesk: plugin \(factory.id): \(error)\n")
                throw ExitCode(2)
            }
        }

        let runner = ExampleRunner()
        var totals = (rules: 0, examples: 0, failures: 0)
        for suite in suites {
            let outcomes = runner.run(plugin: suite.plugin, make: suite.make)
            var lines: [String] = []
            var suiteFailures = 0
            for outcome in outcomes {
                totals.rules += 1
                totals.examples += outcome.rule.examples.count
                suiteFailures += outcome.failures.count
                if outcome.failures.isEmpty {
                    if verbose { lines.append("  ✓ \(outcome.rule.id) (\(outcome.rule.examples.count) examples)") }
                } else {
                    lines.append("  ✗ \(outcome.rule.id)")
                    for failure in outcome.failures {
                        guard !failure.example.isEmpty else { lines.append("      \(failure.reason)"); continue }
                        let expectation = outcome.rule.examples[failure.exampleIndex].expectation.rawValue
                        let text = failure.example.replacingOccurrences(of: "\n", with: "\n        ")
                        lines.append("      example \(failure.exampleIndex + 1) (\(expectation)): \(failure.reason)\n        \(text)")
                    }
                }
            }
            totals.failures += suiteFailures
            let status = suiteFailures == 0 ? "ok" : "\(suiteFailures) failed"
            print("\(suite.name): \(outcomes.count) rules, \(outcomes.reduce(0) { $0 + $1.rule.examples.count }) examples: \(status)")
            lines.forEach { print($0) }
        }
        print("\nRan \(totals.examples) examples of \(totals.rules) rules in \(suites.count) packs: "
              + (totals.failures == 0 ? "all passed." : "\(totals.failures) failed."))
        if totals.failures > 0 { throw ExitCode(1) }
    }

    /// The shipped packs: the folders among the shipped pack names.
    private func shippedPacks() -> [String] {
        PackLocator.shippedPackNames().filter { name in
            guard let folder = PackLocator.resolve(name, base: ".") else { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    private func existingFolder(_ path: String, root: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : root + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }
}
