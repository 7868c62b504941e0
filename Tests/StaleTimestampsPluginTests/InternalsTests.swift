import CopydeskCore
@testable import StaleTimestampsPlugin
import XCTest

/// The pieces the rules are built from: range cursors, date arithmetic, label dates.
final class InternalsTests: XCTestCase {
    func testRangeCursorAnswersInOrder() {
        var cursor = RangeCursor([20..<30, 0..<10, 5..<8])
        XCTAssertTrue(cursor.contains(6))
        XCTAssertFalse(cursor.contains(12))
        XCTAssertTrue(cursor.overlaps(25..<40))
        XCTAssertFalse(cursor.overlaps(30..<40))
    }

    func testCountsBackFromTheReference() {
        let reference = DocumentDate(parsing: "2025-05-31T00:10:00+02:00")!
        XCTAssertEqual(DateArithmetic.time(3, .month, before: reference)?.description, "2025-02-28")
        XCTAssertEqual(DateArithmetic.time(1, .year, before: reference)?.description, "2024-05-31")
        XCTAssertEqual(DateArithmetic.time(2, .week, before: reference)?.description, "2025-05-17")
        XCTAssertEqual(DateArithmetic.time(20, .minute, before: reference)?.description, "2025-05-30T23:50:00+02:00")
        XCTAssertNil(DateArithmetic.time(2, .hour, before: DocumentDate(parsing: "2025-05-31")!))
        XCTAssertNil(DateArithmetic.time(1.5, .day, before: reference))
    }

    func testLabelDateForms() throws {
        let parser = LabelDateParser(patterns: try TimestampPatterns())
        func parse(_ text: String) throws -> String? {
            try parser.date(in: text, at: 0, end: text.utf8.count)?.date.description
        }
        XCTAssertEqual(try parse("6 December 2025"), "2025-12-06")
        XCTAssertEqual(try parse("Saturday, Dec. 6th, 2025 at 9:05 p.m. EST"), "2025-12-06T21:05-05:00")
        XCTAssertEqual(try parse("2025-12-06T09:30:15Z"), "2025-12-06T09:30:15Z")
        XCTAssertEqual(try parse("14:24 GMT, Friday, 8 April 2005"), "2005-04-08T14:24Z")
        XCTAssertEqual(try parse("6 December 2025, 10:00 ET"), "2025-12-06T10:00")
        XCTAssertNil(try parse("31 February 2025"))
        XCTAssertNil(try parse("13:75, 6 December 2025"))
    }
}
