import CopydeskCore
import StaleTimestampsPlugin
import XCTest

/// The fixes the plugin offers, applied to the text.
final class FixTests: XCTestCase {
    private func applying(_ fix: Fix, to text: String) -> String {
        var bytes = Array(text.utf8)
        for replacement in fix.replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(replacement.range, with: Array(replacement.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func check(_ text: String, metadata: DocumentMetadata, now: String = "2025-12-07T12:00:00Z") throws -> [Finding] {
        let document = Document(plainText: SourceFile(path: "story.txt", text: text), metadata: metadata)
        let context = CheckContext(now: DocumentDate(parsing: now)!.instant)
        let findings = try StaleTimestampsRulePlugin(options: .object([:])).check(document, context: context)
        XCTAssertEqual(context.problems, [])
        return findings
    }

    func testAMachineReadableTimeBesideTheStampWinsOverTheReferenceDate() throws {
        let text = "Rail strike called off\n\nUpdated 8 sec ago\n\nThe union called off the strike."
        let stamp = Array(text.utf8).firstRange(of: Array("8 sec ago".utf8))!
        let metadata = DocumentMetadata(
            publicationDate: DocumentDate(parsing: "2025-12-06T12:00:00Z"),
            machineTimes: [MachineTime(range: stamp, date: DocumentDate(parsing: "2025-12-06T09:29:52+01:00")!)])
        let findings = try check(text, metadata: metadata)
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(applying(findings[0].fixes[0], to: text),
                       "Rail strike called off\n\nUpdated 6 December 2025, 09:29 UTC+01:00\n\nThe union called off the strike.")
        XCTAssertEqual(findings[0].properties["basis"], .string("machine-readable time"))
    }

    func testWithoutAReferenceTheFixRemovesTheStampAndItsSeparator() throws {
        let text = "Bridge reopens\n\nJane Doe | 2h ago\n\nThe bridge reopened on Sunday."
        let findings = try check(text, metadata: DocumentMetadata())
        XCTAssertEqual(findings.map(\.ruleID), ["stale-timestamps/relative-timestamp"])
        XCTAssertEqual(applying(findings[0].fixes[0], to: text), "Bridge reopens\n\nJane Doe\n\nThe bridge reopened on Sunday.")
    }

    func testAStampShorterThanADayNeedsTheReferenceTimeOfDay() throws {
        let text = "Bridge reopens\n\nPosted 5 mins ago\n\nThe bridge reopened on Sunday."
        let dateOnly = try check(text, metadata: DocumentMetadata(publicationDate: DocumentDate(parsing: "2025-12-06")))
        XCTAssertEqual(applying(dateOnly[0].fixes[0], to: text), "Bridge reopens\n\n\n\nThe bridge reopened on Sunday.")
        let days = try check("Bridge reopens\n\nPosted 3 days ago\n\nThe bridge reopened.",
                             metadata: DocumentMetadata(publicationDate: DocumentDate(parsing: "2025-12-06")))
        XCTAssertEqual(days[0].fixes[0].replacements[0].text, "Posted 3 December 2025")
    }

    func testABreakingPrefixIsRemovedWithItsColon() throws {
        let text = "BREAKING: Dam spillway opened\n\nOperators opened the spillway."
        let findings = try check(text, metadata: DocumentMetadata())
        XCTAssertEqual(applying(findings[0].fixes[0], to: text), "Dam spillway opened\n\nOperators opened the spillway.")
    }

    func testAnUpdatedLabelIsRedatedToTheModificationDate() throws {
        let text = "School repairs\n\nUpdated 7 December 2025\n\nRepairs finished early."
        let findings = try check(text, metadata: DocumentMetadata(publicationDate: DocumentDate(parsing: "2025-12-06"),
                                                                  modifiedDate: DocumentDate(parsing: "2025-12-08")),
                                 now: "2025-12-09T12:00:00Z")
        XCTAssertEqual(findings.map(\.ruleID), ["stale-timestamps/updated-label"])
        XCTAssertEqual(applying(findings[0].fixes[0], to: text), "School repairs\n\nUpdated 8 December 2025\n\nRepairs finished early.")
        XCTAssertEqual(findings[0].properties["contradictions"], .array([.string("differs-from-modified")]))
    }

    func testALabelWithoutAZoneIsLaterThanNowOnlyWhenLaterEverywhere() throws {
        let text = "Night buses\n\nUpdated 7 December 2025, 20:00\n\nBuses run all night."
        let metadata = DocumentMetadata(publicationDate: DocumentDate(parsing: "2025-12-06"))
        XCTAssertEqual(try check(text, metadata: metadata, now: "2025-12-07T12:00:00Z"), [])
        XCTAssertEqual(try check(text, metadata: metadata, now: "2025-12-06T12:00:00Z").map(\.ruleID),
                       ["stale-timestamps/updated-label"])
    }

    func testGitModifiedHonoursItsThreshold() throws {
        let text = "Park hours\n\nUpdated 6 December 2025\n\nThe park stays open later."
        let document = Document(plainText: SourceFile(path: "park.txt", text: text), metadata: DocumentMetadata(
            publicationDate: DocumentDate(parsing: "2025-12-06"), lastCommitDate: DocumentDate(parsing: "2025-12-09T08:00:00Z")))
        let context = CheckContext(now: DocumentDate(parsing: "2025-12-10T00:00:00Z")!.instant)
        let strict = try StaleTimestampsRulePlugin(options: .object(["gitModifiedDays": .int(2)])).check(document, context: context)
        XCTAssertEqual(strict.map(\.ruleID), ["stale-timestamps/git-modified"])
        let lenient = try StaleTimestampsRulePlugin(options: .object(["gitModifiedDays": .int(3)])).check(document, context: context)
        XCTAssertEqual(lenient, [])
    }
}
