import CopydeskCore
import CopydeskEngine
@testable import CopydeskPolicies
import CopydeskRuleTesting
import XCTest

/// The shipped packs load, and every example of every rule behaves as it says (what
/// `copydesk test-policies` checks in CI).
final class ShippedPackTests: XCTestCase {
    func testEveryShippedRuleHasExamplesThatPass() throws {
        var examples = 0
        for pack in ShippedPacks.shippedPackNames {
            let folder = try XCTUnwrap(PackLocator.folder(for: pack, order: .existingFolderFirst), "shipped pack \(pack)")
            let plugin = try PolicyRulePlugin(packFolders: [folder])
            XCTAssertFalse(plugin.rules.isEmpty, pack)
            for rule in plugin.rules {
                XCTAssertTrue(rule.id.hasPrefix(pack + "/"), rule.id)
                XCTAssertTrue(rule.examples.contains { $0.expectation == .triggers }, "\(rule.id) has no triggering example")
                XCTAssertTrue(rule.examples.contains { $0.expectation == .passes }, "\(rule.id) has no non-triggering example")
                XCTAssertFalse(rule.help.isEmpty, rule.id)
                for example in rule.examples {
                    examples += 1
                    if let reason = ExampleRunner().check(example, rule: rule.id, plugin: plugin) {
                        XCTFail("\(rule.id): \(reason)\n\(example.text)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(examples, 50)
    }

    func testTheExampleCheckCatchesAWrongMark() throws {
        let plugin = try PolicyRulePlugin(options: ["packs": ["newsroom"]])
        XCTAssertNil(ExampleRunner().check(.triggers("Police say «reportedly» so."), rule: "newsroom/vague-attribution", plugin: plugin))
        XCTAssertNotNil(ExampleRunner().check(.triggers("«Police say» reportedly so."), rule: "newsroom/vague-attribution", plugin: plugin))
        XCTAssertNotNil(ExampleRunner().check(.passes("Police say reportedly so."), rule: "newsroom/vague-attribution", plugin: plugin))
    }
}
