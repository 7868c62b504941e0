import CopydeskCore
import Foundation
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

    /// The arithmetic reading of an instant agrees with Foundation's Gregorian calendar, over whole
    /// and fractional seconds, offsets either side of UTC, leap days and the range's edges.
    func testInstantsReadAsFoundationsCalendarReadsThem() {
        var random = SystemRandomNumberGenerator()
        var instants: [Double] = [0, 951_782_400, 951_868_799.5, 1_709_164_800, 4_107_542_399, 253_402_300_799]
        for _ in 0..<2000 { instants.append(Double(Int.random(in: 0..<4_102_444_800, using: &random)) + [0, 0.25, 0.5][Int.random(in: 0..<3, using: &random)]) }
        for instant in instants {
            for offset in [0, 3600, -18_000, 19_800, 50_400, -43_200] {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(secondsFromGMT: offset)!
                let date = Date(timeIntervalSince1970: instant)
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
                let expected = DocumentDate(year: c.year!, month: c.month!, day: c.day!, hour: c.hour, minute: c.minute,
                                            second: c.second, utcOffsetSeconds: offset)
                XCTAssertEqual(DocumentDate(instant: date, utcOffsetSeconds: offset), expected, "\(instant) \(offset)")
            }
        }
    }
}
