import XCTest

final class StaleTimestampsPluginPlaceholder: XCTestCase {
    func testBuilds() {}
}
