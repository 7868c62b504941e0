import XCTest

final class CopydeskDocumentsPlaceholder: XCTestCase {
    func testBuilds() {}
}
