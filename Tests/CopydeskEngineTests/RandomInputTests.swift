import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import CopydeskTestSupport
import Foundation
import XCTest

/// Seeded random texts built from the pieces that break grammars — modifiers and dates at the very
/// start or end of a text, unbalanced and nested quotation marks, names split over lines, markup
/// cut in half, very long tokens — linted with every built-in plugin and the default packs. No
/// trap, every result inside its file, and every region's snippet the source text at that region,
/// found independently from its line and UTF-16 column (as `sarif-check --root` does).
/// `COPYDESK_RANDOM_TEXTS` and `COPYDESK_RANDOM_SEED` run more texts or other ones by hand.
final class RandomInputTests: XCTestCase {
    static let pieces: [String] = [
        "about", "around", "nearly", "up to", "more than", "at least", "the end of", "in the middle of", "early", "late",
        "mid-", "earlier", "later", "Tuesday, Dec. 3, 2025,", "Monday, 4 December", "2025-13-32", "2025-02-30", "03/04/2025",
        "last week", "next Friday", "two hours ago", "Updated 8 sec ago", "5 mins ago", "Updated:", "Published 2 hours ago",
        "“We won’t sign,” she said,", "“x”, he said,", "…done,”", "“", "”", "‘", "’", "\"", "'", "“Nested ‘inner’ quote,”",
        "said Maria Lopez,", "the minister said.", "according to sources", "officials said", "Lavrov", "Sergey Lavrov",
        "Sergey\nLavrov", "Rosneft", "Sovcomflot", "sanctioned by the US", "Mr.", "Dr.", "U.S.", "e.g.", "St. Petersburg",
        "<p>", "</p>", "<p>Read more about</p>", "<!--", "-->", "<!-- copydesk-disable-next-line -->", "<b", "&amp;", "&#x201C;",
        "**", "_", "`", "```", "[link](", "](http://x.y)", "# ", "> ", "- ", "1. ", "| a | b |", "---", "{{", "}}",
        "😀", "👩🏽‍💻", "é", "e\u{301}", "中文新闻", "\u{200B}", "\t", "12345678901234567890", "1,000", "3.5%", "$1.2bn",
        String(repeating: "x", count: 1_200), String(repeating: "word ", count: 200), "teh", "alot", "very unique",
        "&ldquo;", "&rdquo;", "&nbsp;", "&lsquo;Quote,&rsquo;", "\r", "\u{00A0}", "\u{2028}", "*“emphasised,”*", "**Tuesday**",
        "<em>Sergey Lavrov</em>", "<span>Dec.</span> 3", "“", "Tuesday, Dec. 3, 2025, ”", "done,”", "Tuesday,\nDec. 3", "\u{0085}", "\u{000C}", "\u{FEFF}", "\r\n\r\n", "&#8221;", "<br>",
    ]
    static let separators = [" ", " ", " ", "\n", "\n\n", "\r\n", ", ", ". ", ""]

    static func text(_ generator: inout SeededGenerator) -> String {
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            parts.append(pieces.randomElement(using: &generator)!)
            parts.append(separators.randomElement(using: &generator)!)
        }
        // Half the texts end on a piece, with nothing after it.
        if Bool.random(using: &generator) { parts.removeLast() }
        return parts.joined()
    }

    func testRandomTextsNeverTrapAndEveryRegionIsItsSnippet() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\n")
        var generator = SeededGenerator(seed: UInt64(ProcessInfo.processInfo.environment["COPYDESK_RANDOM_SEED"] ?? "") ?? 20_261_204)
        let extensions = ["txt", "md", "html"]
        var texts: [String: String] = [:]
        for index in 0..<(Int(ProcessInfo.processInfo.environment["COPYDESK_RANDOM_TEXTS"] ?? "") ?? 180) {
            let path = "random-\(index).\(extensions[index % 3])"
            var text = RandomInputTests.text(&generator)
            if index % 7 == 0 { text = "---\ntitle: A story\ndate: 2025-12-06\n---\n" + text }
            if index % 11 == 0 { text = "\u{FEFF}" + text }
            texts[path] = text
            try workspace.write(path, text)
        }
        var request = LintRequest(paths: ["."], root: workspace.root, referenceDate: DocumentDate(parsing: "2025-12-06T09:00:00Z"),
                                  now: DocumentDate(parsing: "2025-12-06T10:00:00Z")!.instant, jobs: 2, minLevel: .note)
        request.pluginListFile = nil
        let report = try LintRunner().run(request)
        XCTAssertGreaterThan(report.results.count, 300, "the texts hold plenty to find")
        XCTAssertEqual(report.fileErrors.map(\.path), [], "\(report.fileErrors)")

        var failures = 0
        for result in report.results {
            // Positions do not count a leading byte-order mark.
            guard let file = texts[result.path] else { continue }
            let text = file.hasPrefix("\u{FEFF}") ? String(file.dropFirst()) : file
            let units = Array(text.utf16)
            var lineStarts = [0]
            for (offset, unit) in units.enumerated() where unit == 0x0A { lineStarts.append(offset + 1) }
            let start = result.region.start, end = result.region.end
            guard start.line >= 1, start.line <= lineStarts.count, end.line >= start.line, end.line <= lineStarts.count else {
                failures += 1
                XCTFail("\(result.path): \(result.ruleID) region lines \(start.line)-\(end.line) outside the file")
                continue
            }
            let from = lineStarts[start.line - 1] + start.column - 1
            let to = lineStarts[end.line - 1] + end.column - 1
            guard from >= 0, from <= to, to <= units.count else {
                failures += 1
                XCTFail("\(result.path): \(result.ruleID) region \(start.line):\(start.column)-\(end.line):\(end.column) outside the file")
                continue
            }
            let byLineAndColumn = String(decoding: units[from..<to], as: UTF16.self)
            let byBytes = String(decoding: Array(text.utf8)[start.byteOffset..<end.byteOffset], as: UTF8.self)
            if byLineAndColumn != result.snippet || byBytes != result.snippet || from != start.utf16Offset {
                failures += 1
                if failures <= 10 {
                    XCTFail("\(result.path) \(start.line):\(start.column) \(result.ruleID): snippet \(result.snippet.debugDescription), "
                            + "source by line and column \(byLineAndColumn.debugDescription), by bytes \(byBytes.debugDescription)")
                }
            }
        }
        XCTAssertEqual(failures, 0)

        if TestWorkspace.shared != nil {
            let sarif = workspace.root + "/random.sarif"
            try SARIFReporter().render(report).write(toFile: sarif, atomically: true, encoding: .utf8)
            let check = try TestWorkspace.sarifCheck(sarif, root: workspace.root)
            XCTAssertEqual(check.status, 0, String(check.output.suffix(3000)))
        }
    }
}
