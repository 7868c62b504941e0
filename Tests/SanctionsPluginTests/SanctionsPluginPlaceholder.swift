import XCTest

final class SanctionsPluginPlaceholder: XCTestCase {
    func testBuilds() {}
}
