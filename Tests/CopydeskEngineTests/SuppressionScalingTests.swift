import CopydeskCore
@testable import CopydeskEngine
import CopydeskReporters
import XCTest

/// Suppression comments are matched with results rule by rule, not every comment against every
/// result: the work grows with the file, not with the product of its comments and results.
final class SuppressionScalingTests: XCTestCase {
    /// A file of `blocks` blocks, each with a next-line comment over two typos, a `disable` of
    /// places (never enabled again) over one place, an unused `disable-line`, and a glob comment;
    /// the results the probe rules would give it.
    func file(blocks: Int) -> (SourceFile, [ReportedResult]) {
        var text = "", spots: [(String, Int, Int)] = []
        for block in 0..<blocks {
            text += "<!-- copydesk-disable-next-line probe/typo -- checked \(block) -->\n"
            for _ in 0..<2 { spots.append(("probe/typo", text.utf8.count, 3)); text += "teh " }
            text += "\n<!-- copydesk-disable probe/place -- place \(block) -->\n"
            spots.append(("probe/place", text.utf8.count, 4)); text += "Kyiv\n"
            spots.append(("probe/typo", text.utf8.count + 5, 3))
            text += "Kyiv teh <!-- copydesk-disable-line probe/other -->\n"
            if block % 3 == 0 { text += "<!-- copydesk-enable probe/place -->\n" }
            text += "<!-- copydesk-disable-next-line probe/t* -->\nplain words\n"
        }
        let source = SourceFile(path: "a.md", text: text)
        let view = Document(source: source, format: .plainText, text: "", blocks: [], metadata: DocumentMetadata(),
                            offsetMap: .identity(length: source.utf8.count))
        let results = spots.map { rule, start, length in
            ReportedResult(ruleID: rule, level: .warning, message: "m", path: "a.md",
                           region: view.sourceRegion(of: start..<(start + length)), snippet: source.text(of: start..<(start + length)))
        }
        return (source, results)
    }

    /// The rule as written before: every span tried on every result, in order.
    func reference(_ suppressions: InlineSuppressions, _ results: [ReportedResult], _ source: SourceFile) -> ([[Suppression]], [Bool]) {
        let spans = suppressions.spans(fileLength: source.utf8.count)
        var used = [Bool](repeating: false, count: spans.count)
        var marks: [[Suppression]] = []
        for result in results {
            var mark: [Suppression] = []
            for (i, span) in spans.enumerated() where SuppressionDirective.spec(span.spec, matches: result.ruleID) && span.covers(result) {
                used[i] = true
                if mark.isEmpty { mark = [Suppression(kind: .inSource, justification: suppressions.directives[span.directive].justification)] }
            }
            marks.append(mark)
        }
        return (marks, used)
    }

    func testSuppressionsMatchTheOneByOneRule() {
        let (source, results) = file(blocks: 40)
        let suppressions = InlineSuppressions(source: source)
        let marked = suppressions.apply(to: results, source: source)
        let (marks, used) = reference(suppressions, results, source)
        XCTAssertEqual(marked.prefix(results.count).map(\.suppressions), marks)
        XCTAssertEqual(marked.count - results.count, used.filter { !$0 }.count)
        // The typo after the disable-line comment on its line is not suppressed; the others are.
        XCTAssertEqual(marks.filter(\.isEmpty).count, 40)
        XCTAssertEqual(marks[1].first?.justification, "checked 0")
        XCTAssertEqual(marks[2].first?.justification, "place 0")
        XCTAssertEqual(marks[3], [])
        XCTAssertEqual(marks[6].first?.justification, "place 1")
        XCTAssertEqual(marks[10].first?.justification, "place 1")
    }

    func testWorkGrowsWithTheFileNotWithCommentsTimesResults() {
        func work(_ blocks: Int) -> Int {
            let (source, results) = file(blocks: blocks)
            var work = 0
            _ = InlineSuppressions(source: source).apply(to: results, source: source, work: &work)
            return work
        }
        let small = work(100), large = work(1_600)
        // 16 times the comments and the results: well under 16 × 16 times the work.
        XCTAssertLessThan(Double(large) / Double(small), 16 * 2, "work \(small) → \(large)")
    }
}
