import CopydeskCore
import CopydeskDocuments
import CopydeskRuleTesting
import StaleTimestampsPlugin
import XCTest

/// The plugin's rule examples, run by the engine's example runner, and its options.
final class RuleExampleTests: XCTestCase {
    func testEveryExampleBehavesAsItSays() {
        let (count, failures) = ExampleRunner().run(factory: StaleTimestampsRulePlugin.factory)
        XCTAssertGreaterThanOrEqual(count, 20)
        for failure in failures { XCTFail(failure.description) }
    }

    func testRulesAndLevels() throws {
        let rules = try StaleTimestampsRulePlugin(options: .object([:])).rules
        XCTAssertEqual(rules.map(\.id), ["stale-timestamps/relative-timestamp", "stale-timestamps/relative-time-in-prose",
                                         "stale-timestamps/updated-label", "stale-timestamps/git-modified"])
        XCTAssertEqual(rules.map(\.defaultLevel), [.error, .warning, .warning, .warning])
        XCTAssertEqual(rules.map(\.enabledByDefault), [true, true, true, false])
    }

    func testOptionsAreChecked() {
        XCTAssertNoThrow(try StaleTimestampsRulePlugin(options: .object(["gitModifiedDays": .int(3)])))
        XCTAssertThrowsError(try StaleTimestampsRulePlugin(options: .object(["gitModifiedDays": .int(-1)])))
        XCTAssertThrowsError(try StaleTimestampsRulePlugin(options: .object(["gitModifiedDays": .string("3")])))
        XCTAssertThrowsError(try StaleTimestampsRulePlugin(options: .object(["staleDays": .int(3)])))
    }
}

/// Runs the plugin over a text the way the runner does: through the document loader, with a
/// reference date, a current time, metadata and options.
enum PluginRun {
    static func findings(text: String, format: DocumentFormat = .plainText, referenceDate: String? = nil,
                         now: String? = nil, options: JSONValue = .object([:]), modifiedDate: String? = nil,
                         lastCommitDate: String? = nil, path: String = "example") throws -> (Document, [Finding]) {
        let loader = DocumentLoader(referenceDate: referenceDate.flatMap(DocumentDate.init(parsing:)))
        let given = MetadataProvider { metadata in
            if let modifiedDate { metadata.modifiedDate = DocumentDate(parsing: modifiedDate) }
            if let lastCommitDate { metadata.lastCommitDate = DocumentDate(parsing: lastCommitDate) }
        }
        let document = try loader.document(text: text, path: path, format: format, metadata: [given])
        let context = CheckContext(now: now.flatMap(DocumentDate.init(parsing:))?.instant ?? Date())
        let findings = try StaleTimestampsRulePlugin(options: options).check(document, context: context)
        XCTAssertEqual(context.problems, [], "tool problems")
        return (document, findings)
    }
}
