import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import XCTest

final class TextReporterTests: XCTestCase {
    func lint(_ workspace: TestWorkspace) throws -> Report {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return try LintRunner(registry: registry).run(LintRequest(paths: ["."], root: workspace.root, minLevel: .warning))
    }

    func testAShortLineIsShownWholeWithCaretsUnderTheResult() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Caf\u{E9}\tand the teh 😀 mistake.\n")
        let text = TextReporter(useColor: false, showSummary: false).render(try lint(workspace))
        XCTAssertEqual(text, """
            a.txt:1:14: warning: `teh` is a typo [probe/typo]
                Café and the teh 😀 mistake.
                             ^^^
              fix: Write `the`

            """)
    }

    /// One line of 200 KB with a result every 10 bytes: each result shows a window of at most
    /// `contextWidth` characters around it, cut with an ellipsis and the carets under the result,
    /// not the whole line (which made the text report grow with the line's length squared).
    func testALongLineIsShownAsAWindowAroundEachResult() throws {
        let workspace = try TestWorkspace()
        let unit = "teh «é» 1 "
        try workspace.write("a.txt", "Opening words. " + String(repeating: unit, count: 20_000) + "end.\n")
        let report = try lint(workspace)
        XCTAssertEqual(report.results.count, 20_000)
        let text = TextReporter(useColor: false, showSummary: false).render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertLessThan(text.utf8.count, 20_000 * 500)
        var checked = 0
        for (i, line) in lines.enumerated() where line.hasPrefix("a.txt:") {
            let shown = lines[i + 1].dropFirst(4), carets = lines[i + 2].dropFirst(4)
            XCTAssertLessThanOrEqual(shown.count, TextReporterTests.width + 2)
            let pad = carets.prefix { $0 == " " }.count
            XCTAssertEqual(carets.dropFirst(pad), "^^^")
            XCTAssertEqual(String(shown.dropFirst(pad).prefix(3)), "teh", "\(line)")
            checked += 1
        }
        XCTAssertEqual(checked, 20_000)
        // The first result: the line's start is shown, its end is cut; the last: the other way round.
        let first = lines[1].dropFirst(4), last = lines[lines.count - 4].dropFirst(4)
        XCTAssertTrue(first.hasPrefix("Opening words. teh") && first.hasSuffix("…"), String(first))
        XCTAssertTrue(last.hasPrefix("…") && last.hasSuffix("1 end."), String(last))
        XCTAssertEqual(first.count, TextReporterTests.width + 1)
        XCTAssertEqual(last.count, TextReporterTests.width + 1)
    }

    static let width = 160
}
