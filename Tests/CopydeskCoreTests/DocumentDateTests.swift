import CopydeskCore
import XCTest

/// Dates as documents write them (front matter, HTML metadata, `<time datetime>`): whatever the
/// text, a date or nil, never a trap.
final class DocumentDateTests: XCTestCase {
    func testRFC2822AndISODatesStillParse() {
        XCTAssertEqual(DocumentDate(parsing: "Sat, 06 Dec 2025 09:30:00 +0100")?.description, "2025-12-06T09:30:00+01:00")
        XCTAssertEqual(DocumentDate(parsing: "2025-12-06")?.isoDate, "2025-12-06")
    }

    /// Found by the `markdown` fuzz target (Fuzz/Crashers/markdown): front matter `lastmod: 2́` reached
    /// Foundation's DateFormatter, which traps when its parse stops inside a character.
    func testTextThatIsNotPrintableASCIIIsNoRFC2822DateAndDoesNotTrap() {
        for text in ["2\u{301}", "Sat, 0\u{301}6 Dec 2025 09:30:00 +0000", "e\u{301}", "Sat, 06 Dec 2025\r\n09:30:00 +0000", "東京", "😀 1"] {
            XCTAssertNil(DocumentDate(parsing: text), text.debugDescription)
        }
    }
}
