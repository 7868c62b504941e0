import CopydeskText
import XCTest

final class CalendarWordsTests: XCTestCase {
    /// Every name the tables print reads back to its own number, so a plugin that writes a month or
    /// weekday and one that reads it agree.
    func testNamesAndFormsReadBackToTheirNumbers() {
        XCTAssertEqual(CalendarWords.monthNames.count, 13)
        XCTAssertEqual(CalendarWords.apMonthForms.count, 13)
        for month in 1...12 {
            XCTAssertEqual(CalendarWords.months[CalendarWords.monthNames[month].lowercased()], month)
            let apForm = CalendarWords.apMonthForms[month].lowercased()
            XCTAssertEqual(CalendarWords.months[apForm.hasSuffix(".") ? String(apForm.dropLast()) : apForm], month)
        }
        XCTAssertEqual(CalendarWords.weekdayNames.count, 8)
        for weekday in 1...7 {
            XCTAssertEqual(CalendarWords.weekdays[CalendarWords.weekdayNames[weekday].lowercased()], weekday)
        }
    }

    /// Abbreviations are words of the tables, never full names.
    func testAbbreviationsAreShortFormsInTheTables() {
        for abbreviation in CalendarWords.monthAbbreviations {
            XCTAssertNotNil(CalendarWords.months[abbreviation], abbreviation)
            XCTAssertFalse(CalendarWords.monthNames.map { $0.lowercased() }.contains(abbreviation), abbreviation)
        }
        for abbreviation in CalendarWords.weekdayAbbreviations {
            XCTAssertNotNil(CalendarWords.weekdays[abbreviation], abbreviation)
        }
    }
}
