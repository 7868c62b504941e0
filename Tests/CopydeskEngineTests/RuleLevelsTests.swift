import CopydeskCore
@testable import CopydeskEngine
import XCTest

/// The per-configuration table of rule levels: what the configuration says wins, then the
/// finding's own level, then the rule's default; rules off by default stay off unless turned on.
final class RuleLevelsTests: XCTestCase {
    struct TwoRules: RulePlugin {
        let id = "probe"
        var rules: [RuleDescription] {
            [RuleDescription(id: "probe/on", shortDescription: "s", fullDescription: "f", help: "h", defaultLevel: .warning, examples: []),
             RuleDescription(id: "probe/quiet", shortDescription: "s", fullDescription: "f", help: "h", defaultLevel: .note,
                             enabledByDefault: false, examples: [])]
        }
        func check(_ document: Document, context: CheckContext) -> [Finding] { [] }
    }

    func levels(_ rules: [String: RuleSetting]) -> RuleLevels {
        RuleLevels(configuration: EffectiveConfiguration(packs: [], plugins: [:], rules: rules, gitDates: false),
                   plugins: PluginSet(plugins: [TwoRules()]))
    }

    func testDefaultsFindingLevelsAndRulesOffByDefault() {
        let table = levels([:])
        XCTAssertEqual(table.level(for: "probe/on"), .warning)
        XCTAssertEqual(table.level(for: "probe/on", finding: .error), .error)
        XCTAssertNil(table.level(for: "probe/quiet"))
        XCTAssertNil(table.level(for: "probe/quiet", finding: .error))
        XCTAssertEqual(table.level(for: "probe/unknown"), .warning, "a rule no plugin declares reports as a warning")
        XCTAssertEqual(table.level(for: InlineSuppressions.unusedRule.id), InlineSuppressions.unusedRule.defaultLevel)
    }

    func testTheConfigurationWins() {
        let table = levels(["probe/on": .off, "probe/quiet": .on(nil), "probe/unknown": .on(.error),
                            InlineSuppressions.unusedRule.id: .on(.error)])
        XCTAssertNil(table.level(for: "probe/on", finding: .error))
        XCTAssertEqual(table.level(for: "probe/quiet"), .note)
        XCTAssertEqual(table.level(for: "probe/quiet", finding: .warning), .warning)
        XCTAssertEqual(table.level(for: "probe/unknown", finding: .note), .error)
        XCTAssertEqual(table.level(for: InlineSuppressions.unusedRule.id), .error)
    }
}
