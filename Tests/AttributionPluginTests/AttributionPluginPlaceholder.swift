import XCTest

final class AttributionPluginPlaceholder: XCTestCase {
    func testBuilds() {}
}
