import CopydeskCore
@testable import DatesPlugin
import XCTest

/// Texts that end, or start, where a production expects more tokens, and numbers shaped like dates
/// that are not: the plugin must give its findings or none, never trap.
final class DatesRobustnessTests: XCTestCase {
    private func check(_ text: String, format: DocumentFormat = .plainText, file: StaticString = #filePath, line: UInt = #line) throws -> [Finding] {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let metadata = DocumentMetadata(publicationDate: DocumentDate(parsing: "2025-12-06"))
        let document = Document(plainText: SourceFile(path: "story.txt", text: text), metadata: metadata)
        let findings = plugin.check(document, context: CheckContext(now: Date(timeIntervalSince1970: 1_765_000_000)))
        for finding in findings {
            XCTAssertLessThanOrEqual(finding.range.upperBound, text.utf8.count, "finding past the text in \(text.debugDescription)", file: file, line: line)
        }
        return findings
    }

    /// Every word an expression may start with, and the multi-word modifiers, as the last words of
    /// a text, as its only words, and before a lone punctuation mark.
    func testEveryTriggerAtTheEdgesOfATextDoesNotTrap() throws {
        let phrases = TemporalGrammar.triggers.sorted() + [
            "up to", "more than", "at least", "at most", "less than", "no more than", "the end of", "the beginning of",
            "in the middle of", "the start of", "the first half of", "the early", "the late", "end of", "mid-",
        ]
        for phrase in phrases {
            _ = try check("The meeting was held \(phrase)")
            _ = try check(phrase)
            _ = try check("\(phrase).")
            _ = try check("\(phrase) -")
            _ = try check("Read more \(phrase.capitalized)")
        }
    }

    func testISOShapedNumbersWithImpossibleMonthsOrDaysDoNotTrap() throws {
        for text in ["2025-13-32", "It happened on 2025-13-32 here.", "2025-99-99", "0000-00-00", "On 2025-00-10.", "2025-02-30 was cited."] {
            _ = try check(text)
        }
        let findings = try check("The filing is dated 2025-02-30.")
        XCTAssertTrue(findings.contains { $0.ruleID == "dates/invalid-date" }, "\(findings.map(\.ruleID))")
    }
}
