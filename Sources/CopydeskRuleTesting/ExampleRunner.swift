import CopydeskCore
import CopydeskDocuments
import Foundation

/// Runs rules' examples: each triggering example must produce the rule's findings (exactly on the
/// `«»` marks when it has any), each non-triggering example must produce none.
public struct ExampleRunner {
    /// One example that did not behave as it says.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var ruleID: String
        public var exampleIndex: Int
        public var example: String
        public var reason: String

        public var description: String {
            "\(ruleID) example \(exampleIndex + 1): \(reason)\n    \(example.replacingOccurrences(of: "\n", with: "\n    "))"
        }
    }

    /// The "now" examples run at unless they say otherwise.
    public static let defaultNow = DocumentDate(year: 2026, month: 1, day: 15, hour: 12, minute: 0, second: 0, utcOffsetSeconds: 0)

    public init() {}

    /// What running one rule's examples showed.
    public struct RuleOutcome: Sendable {
        public var rule: RuleDescription
        public var failures: [Failure]
    }

    /// Runs every example of every rule of the plugin a factory makes.
    public func run(factory: PluginFactory) -> (examples: Int, failures: [Failure]) {
        let plugin: any RulePlugin
        do { plugin = try factory.make(.object([:])) } catch {
            return (0, [Failure(ruleID: factory.id, exampleIndex: 0, example: "", reason: "plugin could not be made: \(error)")])
        }
        let outcomes = run(plugin: plugin, make: factory.make)
        return (outcomes.reduce(0) { $0 + $1.rule.examples.count }, outcomes.flatMap(\.failures))
    }

    /// Runs every example of every rule of `plugin`; `make` makes an instance for examples with options.
    /// A rule without a triggering and a non-triggering example fails too.
    public func run(plugin: any RulePlugin, make: (JSONValue) throws -> any RulePlugin) -> [RuleOutcome] {
        plugin.rules.map { rule in
            var failures: [Failure] = []
            if !rule.examples.contains(where: { $0.expectation == .triggers }) {
                failures.append(Failure(ruleID: rule.id, exampleIndex: 0, example: "", reason: "has no triggering example"))
            }
            if !rule.examples.contains(where: { $0.expectation == .passes }) {
                failures.append(Failure(ruleID: rule.id, exampleIndex: 0, example: "", reason: "has no non-triggering example"))
            }
            for (index, example) in rule.examples.enumerated() {
                let instance: any RulePlugin
                if example.options == .object([:]) { instance = plugin } else {
                    do { instance = try make(example.options) } catch {
                        failures.append(Failure(ruleID: rule.id, exampleIndex: index, example: example.text,
                                                reason: "options rejected: \(error)"))
                        continue
                    }
                }
                if let reason = check(example, rule: rule.id, plugin: instance) {
                    failures.append(Failure(ruleID: rule.id, exampleIndex: index, example: example.text, reason: reason))
                }
            }
            return RuleOutcome(rule: rule, failures: failures)
        }
    }

    /// Nil when the example behaves as it says; otherwise why not.
    public func check(_ example: RuleExample, rule ruleID: String, plugin: any RulePlugin) -> String? {
        let (text, marked) = example.unmarked
        var referenceDate: DocumentDate?
        if let raw = example.referenceDate {
            guard let date = DocumentDate(parsing: raw) else { return "reference date `\(raw)` does not parse" }
            referenceDate = date
        }
        let now = example.now.flatMap(DocumentDate.init(parsing:)) ?? ExampleRunner.defaultNow
        var metadata: [MetadataProvider] = []
        if let raw = example.lastCommitDate {
            guard let commit = DocumentDate(parsing: raw) else { return "last commit date `\(raw)` does not parse" }
            metadata.append(.lastCommitDate(commit))
        }
        let loader = DocumentLoader(referenceDate: referenceDate)
        let extensions: [DocumentFormat: String] = [.plainText: "txt", .markdown: "md", .html: "html"]
        let document: Document
        do {
            document = try loader.document(text: text, path: "example.\(extensions[example.format]!)", format: example.format,
                                           metadata: metadata)
        } catch {
            return "the example text cannot be read: \(error)"
        }
        let findings = plugin.check(document, context: CheckContext(now: now.instant)).filter { $0.ruleID == ruleID }
        switch example.expectation {
        case .passes:
            guard findings.isEmpty else {
                let what = findings.map { "`\(document.text(of: $0.range))` (\($0.message))" }.joined(separator: ", ")
                return "should not trigger, but found \(what)"
            }
        case .triggers:
            guard !findings.isEmpty else { return "should trigger, but found nothing" }
            if !marked.isEmpty {
                let found = Set(findings.map { document.offsetMap.sourceRange(forProse: $0.range) })
                let expected = Set(marked)
                if found != expected {
                    let bytes = Array(text.utf8)
                    func show(_ ranges: Set<Range<Int>>) -> String {
                        ranges.sorted { $0.lowerBound < $1.lowerBound }
                            .map { "«\(String(decoding: bytes[max(0, $0.lowerBound)..<min(bytes.count, $0.upperBound)], as: UTF8.self))»" }
                            .joined(separator: ", ")
                    }
                    return "expected findings at \(show(expected)), found \(show(found))"
                }
            }
            for fragment in example.expectedFragments {
                let present = findings.contains { finding in
                    finding.message.contains(fragment) || JSONValue.object(finding.properties).canonicalJSON.contains(fragment)
                        || finding.fixes.contains { $0.replacements.contains { $0.text.contains(fragment) } }
                }
                if !present { return "expected `\(fragment)` in a finding's message, properties or fixes" }
            }
        }
        return nil
    }
}
