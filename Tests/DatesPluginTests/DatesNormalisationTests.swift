import CopydeskCore
import DatesPlugin
import XCTest

/// Normalisation of the expressions news copy uses, against a Saturday, 6 December 2025.
final class DatesNormalisationTests: XCTestCase {
    private func timexes(_ text: String, reference: String? = "2025-12-06", options: JSONValue = .object([:])) throws -> [(String, String, String, String?)] {
        let plugin = try DatesRulePlugin(options: options)
        let metadata = DocumentMetadata(publicationDate: reference.flatMap(DocumentDate.init(parsing:)))
        let document = Document(plainText: SourceFile(path: "story.txt", text: text), metadata: metadata)
        return plugin.check(document, context: CheckContext()).filter { $0.ruleID == "dates/expression" }.map { finding in
            let timex = finding.properties["timex"]?.objectValue ?? [:]
            return (document.text(of: finding.range), timex["type"]?.stringValue ?? "", timex["value"]?.stringValue ?? "",
                    timex["mod"]?.stringValue)
        }
    }

    private func assertValue(_ text: String, _ expression: String, _ value: String, type: String = "DATE", mod: String? = nil,
                             reference: String? = "2025-12-06", file: StaticString = #filePath, line: UInt = #line) throws {
        let found = try timexes(text, reference: reference)
        guard let match = found.first(where: { $0.0 == expression }) else {
            return XCTFail("`\(expression)` not tagged in “\(text)”; found \(found.map(\.0))", file: file, line: line)
        }
        XCTAssertEqual(match.2, value, "value of `\(expression)`", file: file, line: line)
        XCTAssertEqual(match.1, type, "type of `\(expression)`", file: file, line: line)
        XCTAssertEqual(match.3, mod, "mod of `\(expression)`", file: file, line: line)
    }

    func testWeekdaysFollowTheTense() throws {
        try assertValue("The board met on Tuesday.", "Tuesday", "2025-12-02")
        try assertValue("The board will meet on Tuesday.", "Tuesday", "2025-12-09")
        try assertValue("The board met on Saturday.", "Saturday", "2025-12-06")
        try assertValue("It happened last Friday.", "last Friday", "2025-12-05")
        try assertValue("Voting starts next Monday.", "next Monday", "2025-12-08")
    }

    func testHinduFestivalsFollowTheMoon() throws {
        // Published dates, none of them in the breadth set.
        for (year, day) in [(2016, "2016-10-30"), (2018, "2018-11-07"), (2020, "2020-11-14"), (2022, "2022-10-24"), (2024, "2024-10-31")] {
            try assertValue("Lamps were lit for Diwali \(year).", "Diwali \(year)", day)
        }
        for (year, day) in [(2016, "2016-03-24"), (2018, "2018-03-02"), (2020, "2020-03-10"), (2022, "2022-03-18"), (2024, "2024-03-25")] {
            try assertValue("Crowds gathered at Holi \(year).", "Holi \(year)", day)
        }
    }

    func testOrdinalDaysAndAnchoredCountsFollowTheTense() throws {
        try assertValue("The ferry sank on the 2nd.", "the 2nd", "2025-12-02")
        try assertValue("The ferry will sail on the 2nd.", "the 2nd", "2026-01-02")
        try assertValue("The vote was postponed to the 9th.", "the 9th", "2025-12-09")
        try assertValue("It was due on the 10th of last month.", "the 10th of last month", "2025-11-10")
        try assertValue("The mill shut ten years ago this month.", "ten years ago this month", "2015-12")
        try assertValue("Fares rise two weeks from tomorrow.", "two weeks from tomorrow", "2025-12-21")
        try assertValue("It resumes the Tuesday after Christmas.", "the Tuesday after Christmas", "2025-12-30")
    }

    func testNamesHoldingTemporalWordsAreNotTagged() throws {
        for (text, name) in [("He read it in The Sunday Times.", "Sunday"), ("The witness, June Ellis, was calm.", "June"),
                             ("Servers still run Windows 2000.", "2000"), ("The shop is at 1650 Harbour Road.", "1650")] {
            let found = try timexes(text)
            XCTAssertFalse(found.contains { $0.0.contains(name) }, "\(name) tagged in “\(text)”: \(found.map(\.0))")
        }
    }

    func testHoursAgoCountBackFromTheReferenceTime() throws {
        try assertValue("The fire started two hours ago.", "two hours ago", "2025-12-05", reference: "2025-12-06T01:00:00Z")
        try assertValue("The fire started two hours ago.", "two hours ago", "2025-12-06", reference: "2025-12-06T09:00:00Z")
        try assertValue("The fire started two hours ago.", "two hours ago", "2025-12-06", reference: "2025-12-06")
    }

    func testRelativeUnits() throws {
        try assertValue("Sales rose last year.", "last year", "2024")
        try assertValue("Sales rose late last month.", "late last month", "2025-11", mod: "END")
        try assertValue("It was built three years ago.", "three years ago", "2022")
        try assertValue("Shares fell yesterday.", "yesterday", "2025-12-05")
        try assertValue("Prices fell last week.", "last week", "2025-W48")
        try assertValue("Prices rose earlier this year.", "earlier this year", "2025", mod: "START")
        try assertValue("Results are due early next year.", "early next year", "2026", mod: "START")
        try assertValue("The plant closed last spring.", "last spring", "2024-SP")
        try assertValue("The plant closed this past spring.", "this past spring", "2025-SP")
        try assertValue("Profit rose a year earlier, and six weeks ago.", "six weeks ago", "2025-10-25")
        try assertValue("Shoppers were out last night.", "last night", "2025-12-05TNI", type: "TIME")
    }

    func testCalendarDates() throws {
        try assertValue("The law takes effect Jan. 1.", "Jan. 1", "2026-01-01")
        try assertValue("The vote was on Dec. 2.", "Dec. 2", "2025-12-02")
        try assertValue("He was born on 26 May 1980.", "26 May 1980", "1980-05-26")
        try assertValue("It opened in July 1997.", "July 1997", "1997-07")
        try assertValue("Filed 2025-11-30 in Boston.", "2025-11-30", "2025-11-30")
        try assertValue("The plant opened in 1998.", "1998", "1998")
        try assertValue("Prices soared in the 1990s.", "the 1990s", "199")
        try assertValue("Profit rose in the third quarter.", "the third quarter", "2025-Q3")
        try assertValue("Third-quarter profit rose.", "Third-quarter", "2025-Q3")
        try assertValue("Sales rose in fiscal 2024.", "fiscal 2024", "2024")
        try assertValue("It happened on Christmas Day.", "Christmas Day", "XXXX-12-25", reference: nil)
    }

    func testTimesDurationsSetsAndReferences() throws {
        try assertValue("The polls close at 9 p.m. Tuesday.", "9 p.m. Tuesday", "2025-12-02T21:00", type: "TIME")
        try assertValue("The strike lasted more than four hours.", "more than four hours", "PT4H", type: "DURATION", mod: "MORE_THAN")
        try assertValue("The deal runs for two years.", "two years", "P2Y", type: "DURATION")
        try assertValue("It has a five-year term.", "five-year", "P5Y", type: "DURATION")
        try assertValue("The paper is published daily.", "daily", "P1D", type: "SET")
        try assertValue("The market is open every Tuesday.", "every Tuesday", "XXXX-WXX-2", type: "SET")
        try assertValue("Rates are high now.", "now", "PRESENT_REF")
        try assertValue("Prices rose recently.", "recently", "PAST_REF")
        try assertValue("Rates may rise in the future.", "the future", "FUTURE_REF")
    }

    func testAgesAndRatesAreNotTimes() throws {
        XCTAssertEqual(try timexes("The 6-year-old boy earns $5 a week.").map(\.0), [])
        XCTAssertEqual(try timexes("The shop is open 24 hours a day.").map(\.0), ["24 hours"])
    }

    func testAnchorIsTheReferenceDate() throws {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let metadata = DocumentMetadata(publicationDate: DocumentDate(parsing: "2025-12-06T09:30:00Z"))
        let document = Document(plainText: SourceFile(path: "story.txt", text: "It rained on Tuesday."), metadata: metadata)
        let finding = try XCTUnwrap(plugin.check(document, context: CheckContext()).first)
        XCTAssertEqual(finding.properties["timex"]?["anchor"]?.stringValue, "2025-12-06T09:30:00Z")
    }

    func testUnresolvedRelativeIsReportedOncePerFile() throws {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let document = Document(plainText: SourceFile(path: "story.txt", text: "It rained on Tuesday and last week, and snowed yesterday."))
        let findings = plugin.check(document, context: CheckContext()).filter { $0.ruleID == "dates/unresolved-relative" }
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first.map { document.text(of: $0.range) }, "Tuesday")
        XCTAssertEqual(findings.first?.properties["count"], .int(3))
    }

    func testWeekdayMismatchOffersBothFixes() throws {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let document = Document(plainText: SourceFile(path: "story.txt", text: "Set for Tuesday, Dec. 3, 2025, at noon."))
        let finding = try XCTUnwrap(plugin.check(document, context: CheckContext()).first { $0.ruleID == "dates/weekday-mismatch" })
        XCTAssertEqual(finding.fixes.map { $0.replacements.first?.text }, ["Wednesday", "Dec. 2, 2025"])
    }

    func testNumericOrderOption() throws {
        XCTAssertEqual(try timexes("Dated 03/04/2025.", options: ["numericOrder": "dmy"]).first?.2, "2025-04-03")
        XCTAssertEqual(try timexes("Dated 03/04/2025.", options: ["numericOrder": "mdy"]).first?.2, "2025-03-04")
    }

    func testExpressionsDoNotSpanParagraphs() throws {
        let found = try timexes("Kick-off: Tuesday, 1 March\n\n2000 GMT at the stadium.", reference: "2005-02-20")
        XCTAssertEqual(found.first?.0, "Tuesday, 1 March")
        XCTAssertEqual(found.first?.2, "2005-03-01")
    }

    func testWrappedDatesAreQuotedOnOneLine() throws {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let document = Document(plainText: SourceFile(path: "story.txt", text: "Fiscal 1987 ends June\n31, the company said."),
                                metadata: DocumentMetadata(publicationDate: DocumentDate(parsing: "1987-03-01")))
        let finding = try XCTUnwrap(plugin.check(document, context: CheckContext()).first { $0.ruleID == "dates/invalid-date" })
        XCTAssertEqual(finding.message, "June 31 does not exist: June has 30 days.")
    }

    func testNonASCIITextKeepsRanges() throws {
        let found = try timexes("Café owners — “closed” — met on Tuesday.")
        XCTAssertEqual(found.map(\.0), ["Tuesday"])
    }
}
