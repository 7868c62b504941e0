import CopydeskCore
import CopydeskRuleTesting
import ModerationPlugin
import XCTest

/// The plugin's rule examples, run by the engine's example runner, and its options.
final class RuleExampleTests: XCTestCase {
    func testEveryExampleBehavesAsItSays() {
        let (count, failures) = ExampleRunner().run(factory: ModerationRulePlugin.factory)
        XCTAssertGreaterThanOrEqual(count, 40)
        for failure in failures { XCTFail(failure.description) }
    }

    func testRulesAndLevels() throws {
        let rules = try ModerationRulePlugin(options: .object([:])).rules
        XCTAssertEqual(rules.map(\.id), ["moderation/threat", "moderation/hate", "moderation/slur", "moderation/sexual",
                                         "moderation/harassment", "moderation/profanity", "moderation/spam", "moderation/verdict"])
        XCTAssertEqual(rules.map(\.defaultLevel), [.error, .error, .error, .warning, .warning, .warning, .warning, .note])
        XCTAssertEqual(rules.map(\.enabledByDefault), [true, true, true, true, true, true, true, false])
    }

    func testOptionsAreChecked() {
        XCTAssertNoThrow(try ModerationRulePlugin(options: .object(["context": .string("comments"), "review": .double(0.2), "block": .int(1)])))
        XCTAssertThrowsError(try ModerationRulePlugin(options: .object(["context": .string("forum")])))
        XCTAssertThrowsError(try ModerationRulePlugin(options: .object(["review": .double(1.5)])))
        XCTAssertThrowsError(try ModerationRulePlugin(options: .object(["review": .double(0.9), "block": .double(0.5)])))
        XCTAssertThrowsError(try ModerationRulePlugin(options: .object(["strictness": .int(3)])))
    }
}
