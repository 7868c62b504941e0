import ArgumentParser
import CopydeskCore
import CopydeskEngine
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

        let runner = ExampleRunner()
        var totals = (rules: 0, examples: 0, failures: 0)
        for folder in folders {
            let plugin: any RulePlugin
            do {
                guard let factory = PluginRegistry.builtIn.factory(id: "policies") else { throw ExitCode(2) }
                plugin = try factory.make(.object(["packs": .array([.string(folder)])]))
            } catch {
                Terminal.writeError("\(error)\n")
                throw ExitCode(2)
            }
            let name = URL(fileURLWithPath: folder).lastPathComponent
            var packFailures = 0
            var lines: [String] = []
            for rule in plugin.rules {
                var failures: [String] = []
                if !rule.examples.contains(where: { $0.expectation == .triggers }) {
                    failures.append("has no triggering example")
                }
                if !rule.examples.contains(where: { $0.expectation == .passes }) {
                    failures.append("has no non-triggering example")
                }
                for (index, example) in rule.examples.enumerated() {
                    if let reason = runner.check(example, rule: rule.id, plugin: plugin) {
                        let text = example.text.replacingOccurrences(of: "\n", with: "\n        ")
                        failures.append("example \(index + 1) (\(example.expectation.rawValue)): \(reason)\n        \(text)")
                    }
                }
                totals.rules += 1
                totals.examples += rule.examples.count
                packFailures += failures.count
                if failures.isEmpty {
                    if verbose { lines.append("  ✓ \(rule.id) (\(rule.examples.count) examples)") }
                } else {
                    lines.append("  ✗ \(rule.id)")
                    lines += failures.map { "      \($0)" }
                }
            }
            totals.failures += packFailures
            let status = packFailures == 0 ? "ok" : "\(packFailures) failed"
            print("\(name): \(plugin.rules.count) rules, \(plugin.rules.reduce(0) { $0 + $1.examples.count }) examples: \(status)")
            lines.forEach { print($0) }
        }
        print("\nRan \(totals.examples) examples of \(totals.rules) rules in \(folders.count) packs: "
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
