import CopydeskCore
import CopydeskDocuments
import StaleTimestampsPlugin
import XCTest

/// Runs every example of every rule of the plugin: triggering examples must produce findings of the
/// rule exactly at their «» marks, passing examples none.
final class RuleExampleTests: XCTestCase {
    func testEveryRuleHasBothKindsOfExample() throws {
        let plugin = try StaleTimestampsRulePlugin(options: .object([:]))
        XCTAssertEqual(plugin.rules.count, 4)
        for rule in plugin.rules {
            XCTAssertTrue(rule.examples.contains { $0.expectation == .passes }, "\(rule.id) has no passing example")
            XCTAssertFalse(rule.help.isEmpty)
            XCTAssertTrue(rule.id.hasPrefix("stale-timestamps/"))
        }
        for rule in plugin.rules where rule.id != "stale-timestamps/git-modified" {
            XCTAssertTrue(rule.examples.contains { $0.expectation == .triggers }, "\(rule.id) has no triggering example")
        }
    }

    func testExamples() throws {
        let plugin = try StaleTimestampsRulePlugin(options: .object([:]))
        for rule in plugin.rules {
            for example in rule.examples {
                let (text, marked) = example.unmarked
                let findings = try ExampleRunner.findings(text: text, format: example.format,
                                                          referenceDate: example.referenceDate, now: example.now,
                                                          options: example.options)
                    .filter { $0.ruleID == rule.id }
                switch example.expectation {
                case .passes:
                    XCTAssertEqual(findings.map(\.range), [], "\(rule.id) fired on: \(example.text)")
                case .triggers:
                    XCTAssertFalse(findings.isEmpty, "\(rule.id) did not fire on: \(example.text)")
                    if !marked.isEmpty {
                        XCTAssertEqual(findings.map(\.range), marked, "\(rule.id) ranges on: \(example.text)")
                    }
                    for fragment in example.expectedFragments {
                        let described = findings.map { finding in
                            finding.message + " " + finding.fixes.flatMap { $0.replacements.map(\.text) + [$0.description] }
                                .joined(separator: " ") + " \(finding.properties)"
                        }
                        XCTAssertTrue(described.contains { $0.localizedCaseInsensitiveContains(fragment) },
                                      "\(rule.id): “\(fragment)” not in \(described)")
                    }
                }
            }
        }
    }
}

/// Runs the plugin over a text the way the runner does: through the document loader, with a
/// reference date, a current time and options.
enum ExampleRunner {
    static func findings(text: String, format: DocumentFormat = .plainText, referenceDate: String? = nil,
                         now: String? = nil, options: JSONValue = .object([:]), modifiedDate: String? = nil,
                         lastCommitDate: String? = nil, path: String = "example") throws -> [Finding] {
        let loader = DocumentLoader(referenceDate: referenceDate.flatMap(DocumentDate.init(parsing:)))
        var document = try loader.document(text: text, path: path, format: format)
        if modifiedDate != nil || lastCommitDate != nil {
            var metadata = document.metadata
            if let modifiedDate { metadata.modifiedDate = DocumentDate(parsing: modifiedDate) }
            if let lastCommitDate { metadata.lastCommitDate = DocumentDate(parsing: lastCommitDate) }
            document = Document(source: document.source, format: document.format, text: document.text,
                                blocks: document.blocks, metadata: metadata, offsetMap: document.offsetMap)
        }
        let context = CheckContext(now: now.flatMap(DocumentDate.init(parsing:))?.instant ?? Date())
        let plugin = try StaleTimestampsRulePlugin(options: options)
        let findings = plugin.check(document, context: context)
        XCTAssertEqual(context.problems, [], "tool problems")
        return findings
    }
}
