import CopydeskCore
import CopydeskRuleTesting
import DatesPlugin
import XCTest

/// The rules' own examples, and the plugin's options.
final class DatesExampleTests: XCTestCase {
    func testEveryRuleExampleBehavesAsItSays() {
        let (count, failures) = ExampleRunner().run(factory: DatesRulePlugin.factory)
        XCTAssertGreaterThan(count, 20)
        for failure in failures { XCTFail(failure.description) }
    }

    func testRuleIDsAndDefaults() throws {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let ids = plugin.rules.map(\.id)
        XCTAssertEqual(ids, ["dates/expression", "dates/weekday-mismatch", "dates/invalid-date", "dates/ambiguous-numeric",
                             "dates/unresolved-relative", "dates/house-style"])
        XCTAssertEqual(plugin.rules.first { $0.id == "dates/house-style" }?.enabledByDefault, false)
        XCTAssertEqual(plugin.rules.first { $0.id == "dates/weekday-mismatch" }?.defaultLevel, .error)
        XCTAssertEqual(plugin.rules.first { $0.id == "dates/ambiguous-numeric" }?.defaultLevel, .warning)
    }

    func testBadOptionsAreRejected() {
        XCTAssertThrowsError(try DatesRulePlugin(options: ["numericOrder": "ymd"]))
        XCTAssertThrowsError(try DatesRulePlugin(options: ["style": "chicago"]))
        XCTAssertThrowsError(try DatesRulePlugin(options: ["colour": "blue"]))
        XCTAssertNoThrow(try DatesRulePlugin(options: ["numericOrder": "dmy", "style": "ap"]))
    }
}
