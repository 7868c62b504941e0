import CopydeskCore
import DatesPlugin
import XCTest

/// Past the run's limit on `dates/expression` tags (`CheckContext.findingLimits`, from
/// `--max-results-per-file`), the plugin builds none and counts them: a generated file with a date
/// every few bytes does not hold a million tags with their properties. Counted, not timed.
final class DatesFindingLimitTests: XCTestCase {
    func testTheDatesPluginBuildsNoTagPastItsLimitAndCountsWhatItLeftOut() throws {
        let plugin = try DatesRulePlugin(options: .object([:]))
        let text = (0..<50).map { "Talks resumed on May \($0 % 28 + 1), 2024." }.joined(separator: " ")
        let document = Document(plainText: SourceFile(path: "generated.txt", text: text))
        let unlimited = CheckContext()
        let every = plugin.check(document, context: unlimited).filter { $0.ruleID == "dates/expression" }
        XCTAssertGreaterThanOrEqual(every.count, 50)
        let limited = CheckContext(findingLimits: ["dates/expression": 10])
        let kept = plugin.check(document, context: limited).filter { $0.ruleID == "dates/expression" }
        XCTAssertEqual(kept, Array(every.prefix(10)))
        XCTAssertEqual(limited.leftOutFindings, every.count - 10)
    }
}
