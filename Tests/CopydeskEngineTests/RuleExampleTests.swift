import CopydeskCore
import CopydeskEngine
import XCTest

/// Every example of every built-in rule behaves as it says: the examples are each rule's first tests.
final class RuleExampleTests: XCTestCase {
    func testEveryBuiltInRuleExample() {
        var total = 0
        for factory in PluginRegistry.builtIn.factories {
            let (count, failures) = ExampleRunner().run(factory: factory)
            total += count
            for failure in failures { XCTFail(failure.description) }
        }
        print("rule examples run: \(total)")
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
