import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import CopydeskRuleTesting
import XCTest

/// Every example of every built-in rule behaves as it says: the examples are each rule's first tests.
final class RuleExampleTests: XCTestCase {
    /// Examples each plugin had when this floor was set: a plugin whose examples vanish (a rule
    /// dropped from its catalogue, a factory that fails and runs none) fails here.
    static let minimumExamples = ["attribution": 34, "dates": 39, "moderation": 47, "policies": 103, "sanctions": 9,
                                  "stale-timestamps": 28]

    func testEveryBuiltInRuleExample() {
        var total = 0
        var counts: [String: Int] = [:]
        for factory in PluginRegistry.builtIn.factories {
            let (count, failures) = ExampleRunner().run(factory: factory)
            total += count
            counts[factory.id] = count
            for failure in failures { XCTFail(failure.description) }
        }
        print("rule examples run: \(total) \(counts.sorted { $0.key < $1.key })")
        for (plugin, minimum) in Self.minimumExamples {
            XCTAssertGreaterThanOrEqual(counts[plugin] ?? 0, minimum, "examples of \(plugin)")
        }
        XCTAssertEqual(Set(counts.keys), Set(Self.minimumExamples.keys), "the built-in plugins")
        XCTAssertGreaterThanOrEqual(total, 224)
    }

    func testTheExampleRunnerCatchesAWrongExample() throws {
        let plugin = try ProbePlugin(word: "teh")
        XCTAssertNil(ExampleRunner().check(.triggers("«teh»"), rule: "probe/typo", plugin: plugin))
        XCTAssertNotNil(ExampleRunner().check(.triggers("teh «end»"), rule: "probe/typo", plugin: plugin))
        XCTAssertNotNil(ExampleRunner().check(.passes("teh"), rule: "probe/typo", plugin: plugin))
        XCTAssertNotNil(ExampleRunner().check(.triggers("the"), rule: "probe/typo", plugin: plugin))
        XCTAssertNil(ExampleRunner().check(.triggers("«teh»", expecting: ["typo"]), rule: "probe/typo", plugin: plugin))
        XCTAssertNotNil(ExampleRunner().check(.triggers("«teh»", expecting: ["absent"]), rule: "probe/typo", plugin: plugin))
        XCTAssertEqual(ExampleRunner().run(factory: ProbePlugin.factory).failures, [])
    }
}
