@testable import CopydeskPolicies
import XCTest

final class ValidatorTests: XCTestCase {
    func testLuhn() {
        XCTAssertTrue(Checksums.isLuhnValid("4111 1111 1111 1111"))
        XCTAssertTrue(Checksums.isLuhnValid("5500-0000-0000-0004"))
        XCTAssertTrue(Checksums.isLuhnValid("378282246310005"))
        XCTAssertFalse(Checksums.isLuhnValid("4111 1111 1111 1112"))
        XCTAssertFalse(Checksums.isLuhnValid("0000 0000 0000 0000"), "all one digit is not a card")
        XCTAssertFalse(Checksums.isLuhnValid("4111 1111 11"), "too short")
        XCTAssertFalse(Checksums.isLuhnValid("4111a1111b1111c1111"))
    }

    func testIBAN() {
        XCTAssertTrue(Checksums.isIBANValid("GB82 WEST 1234 5698 7654 32"))
        XCTAssertTrue(Checksums.isIBANValid("DE89370400440532013000"))
        XCTAssertTrue(Checksums.isIBANValid("fr14 2004 1010 0505 0001 3m02 606"))
        XCTAssertFalse(Checksums.isIBANValid("GB82 WEST 1234 5698 7654 33"), "checksum")
        XCTAssertFalse(Checksums.isIBANValid("GB82 WEST 1234 5698 7654"), "length for GB")
        XCTAssertFalse(Checksums.isIBANValid("1282 WEST 1234 5698 7654 32"), "country letters")
    }
}
