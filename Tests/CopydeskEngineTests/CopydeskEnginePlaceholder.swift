import XCTest

final class CopydeskEnginePlaceholder: XCTestCase {
    func testBuilds() {}
}
