import CopydeskCore
import XCTest

/// JSON values come from plugins' answers, configuration files and baselines: reading them never traps.
final class JSONValueTests: XCTestCase {
    /// Found by the `wire` fuzz target (Fuzz/Crashers/wire): a runtime plugin answering `{"abi": 1e30}`
    /// crashed the host, which read the number as an `Int`.
    func testIntValueOfADoubleIsNilUnlessItIsAWholeNumberThatFits() {
        XCTAssertEqual(JSONValue.double(3).intValue, 3)
        XCTAssertEqual(JSONValue.double(-0.0).intValue, 0)
        XCTAssertEqual(JSONValue.int(.max).intValue, .max)
        for value in [1e30, -1e30, 9.3e18, .infinity, -.infinity, .nan, 2.5] {
            XCTAssertNil(JSONValue.double(value).intValue, "\(value)")
        }
    }
}
