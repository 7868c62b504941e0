import XCTest

final class CopydeskPoliciesPlaceholder: XCTestCase {
    func testBuilds() {}
}
