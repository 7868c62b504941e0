import XCTest

final class DatesPluginPlaceholder: XCTestCase {
    func testBuilds() {}
}
