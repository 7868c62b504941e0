import CopydeskCore
import CopydeskEngine
@testable import CopydeskReporters
import Foundation
import XCTest

/// Each reporter's exact output on a small run (short lines: the display of very long lines is
/// another matter): text with and without colour and its caret line under wide characters, JSON's
/// field set, GitHub workflow commands and their escaping.
final class ReporterGoldenTests: XCTestCase {
    /// A run of the probe plugin over three short files and one that cannot be read.
    func report() throws -> Report {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "東京で teh 😀 Kyiv\n")
        try workspace.write("b.txt", "Kyiv\tand e\u{301} Kyiv\n")
        try workspace.write("c.txt", "Nothing.\n")
        try workspace.write("bad.txt", bytes: Array("ok\nno ".utf8) + [0xFF, 0x0A])
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return try LintRunner(registry: registry).run(LintRequest(paths: ["."], root: workspace.root))
    }

    func testTextGolden() throws {
        // Wide characters (東京, 😀) take two columns and a combining accent none: the carets sit
        // under the finding in a terminal; a tab shows as one space.
        let expected = """
            a.txt:1:5: warning: `teh` is a typo [probe/typo]
                東京で teh 😀 Kyiv
                       ^^^
              fix: Write `the`
            a.txt:1:12: note: a place [probe/place]
                東京で teh 😀 Kyiv
                              ^^^^
            b.txt:1:1: note: a place [probe/place]
                Kyiv and e\u{301} Kyiv
                ^^^^
            b.txt:1:13: note: a place [probe/place]
                Kyiv and e\u{301} Kyiv
                           ^^^^
            bad.txt:2: error: is not valid UTF-8: the byte at line 2, column 4 (offset 6) is not part of a UTF-8 character; save the file as UTF-8 [copydesk/file-error]
            4 files checked: 0 errors, 1 warning, 3 notes, 1 not linted

            """
        let report = try report()
        XCTAssertEqual(TextReporter(useColor: false).render(report), expected)
        XCTAssertFalse(TextReporter(useColor: false).render(report).contains("\u{1B}"), "no colour codes when colour is off")
        let quiet = TextReporter(useColor: false, showSummary: false).render(report)
        XCTAssertEqual(quiet, String(expected.dropLast("4 files checked: 0 errors, 1 warning, 3 notes, 1 not linted\n".count)))
    }

    func testTextInColourGolden() throws {
        let e = "\u{1B}["
        let expected = """
            \(e)1ma.txt:1:5:\(e)0m \(e)1;33mwarning\(e)0m: `teh` is a typo \(e)2m[probe/typo]\(e)0m
                東京で teh 😀 Kyiv
                       \(e)32m^^^\(e)0m
              \(e)32mfix:\(e)0m Write `the`
            \(e)1ma.txt:1:12:\(e)0m \(e)1;36mnote\(e)0m: a place \(e)2m[probe/place]\(e)0m
                東京で teh 😀 Kyiv
                              \(e)32m^^^^\(e)0m
            \(e)1mb.txt:1:1:\(e)0m \(e)1;36mnote\(e)0m: a place \(e)2m[probe/place]\(e)0m
                Kyiv and e\u{301} Kyiv
                \(e)32m^^^^\(e)0m
            \(e)1mb.txt:1:13:\(e)0m \(e)1;36mnote\(e)0m: a place \(e)2m[probe/place]\(e)0m
                Kyiv and e\u{301} Kyiv
                           \(e)32m^^^^\(e)0m
            \(e)1mbad.txt:2:\(e)0m \(e)1;31merror\(e)0m: is not valid UTF-8: the byte at line 2, column 4 (offset 6) is not part of a UTF-8 character; save the file as UTF-8 \(e)2m[copydesk/file-error]\(e)0m
            4 files checked: 0 errors, 1 warning, 3 notes, 1 not linted

            """
        XCTAssertEqual(TextReporter(useColor: true).render(try report()), expected)
    }

    func testCaretWidthsOfWideAndZeroWidthCharacters() {
        XCTAssertEqual("東京".displayWidth, 4)
        XCTAssertEqual("😀".displayWidth, 2)
        XCTAssertEqual("e\u{301}".displayWidth, 1)
        XCTAssertEqual("Ｋｙｉｖ".displayWidth, 8, "fullwidth Latin")
        XCTAssertEqual("한국".displayWidth, 4)
        XCTAssertEqual("Київ".displayWidth, 4)
        XCTAssertEqual("a\u{200B}b".displayWidth, 2, "a zero-width space takes no column")
    }

    func testGitHubGolden() throws {
        let expected = """
            ::warning file=a.txt,line=1,endLine=1,col=5,endColumn=8,title=probe/typo::`teh` is a typo
            ::notice file=a.txt,line=1,endLine=1,col=12,endColumn=16,title=probe/place::a place
            ::notice file=b.txt,line=1,endLine=1,col=1,endColumn=5,title=probe/place::a place
            ::notice file=b.txt,line=1,endLine=1,col=13,endColumn=17,title=probe/place::a place
            ::error file=bad.txt,line=2,title=copydesk/file-error::is not valid UTF-8: the byte at line 2, column 4 (offset 6) is not part of a UTF-8 character; save the file as UTF-8

            """
        XCTAssertEqual(GitHubReporter().render(try report()), expected)
    }

    /// Workflow commands escape `%`, CR and LF in the message, and also `:` and `,` in properties
    /// (a path or title with them would otherwise end the property early).
    func testGitHubEscaping() throws {
        var report = try report()
        report.results[0].message = "100% sure\r\nnext: a,b"
        report.results[0].path = "desk/a,b:c%.txt"
        report.results[0].ruleID = "house/odd,rule:x"
        report.results = [report.results[0]]
        report.fileErrors = []
        report.problems = [ReportedProblem(level: .error, message: "pattern hit a limit\nat 50%", ruleID: "probe/limit")]
        XCTAssertEqual(GitHubReporter().render(report), """
            ::warning file=desk/a%2Cb%3Ac%25.txt,line=1,endLine=1,col=5,endColumn=8,title=house/odd%2Crule%3Ax::100%25 sure%0D%0Anext: a,b
            ::error title=probe/limit::pattern hit a limit%0Aat 50%25

            """)
    }

    /// Suppressed and baselined results are not annotated.
    func testGitHubLeavesOutWaivedResults() throws {
        var report = try report()
        report.results[1].suppressions = [Suppression(kind: .inSource, justification: "fine")]
        report.results[2].baselineState = .unchanged
        XCTAssertEqual(GitHubReporter().render(report).split(separator: "\n").count, 3)
    }

    func testJSONFieldSet() throws {
        let json = JSONReporter(pretty: true).render(try report())
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["errors", "files", "problems", "results", "tool"])
        XCTAssertEqual(object["files"] as? Int, 4)
        XCTAssertTrue(json.hasPrefix("""
            {
              "errors": [
                {
                  "line": 2,
                  "message": "is not valid UTF-8: the byte at line 2, column 4 (offset 6) is not part of a UTF-8 character; save the file as UTF-8",
                  "path": "bad.txt"
                }
              ],
              "files": 4,
              "problems": [],
              "results": [
            """), json)
        let results = try XCTUnwrap(object["results"] as? [[String: Any]])
        let common: Set<String> = ["column", "endColumn", "endLine", "fingerprint", "length", "level", "line", "message",
                                   "offset", "path", "rule", "snippet", "suppressed"]
        XCTAssertEqual(results.map { Set($0.keys) }, [common.union(["fixes"]), common.union(["properties"]),
                                                      common.union(["properties"]), common.union(["properties"])])
        // One result whole, as scripts read it: offsets and lengths in UTF-16 units, like SARIF.
        let typo = """
                {
                  "column": 5,
                  "endColumn": 8,
                  "endLine": 1,
                  "fingerprint": "6a4315ad16027aa8",
                  "fixes": [
                    {
                      "description": "Write `the`",
                      "replacements": [
                        {
                          "length": 3,
                          "offset": 4,
                          "text": "the"
                        }
                      ]
                    }
                  ],
                  "length": 3,
                  "level": "warning",
                  "line": 1,
                  "message": "`teh` is a typo",
                  "offset": 4,
                  "path": "a.txt",
                  "rule": "probe/typo",
                  "snippet": "teh",
                  "suppressed": false
                },
            """
        XCTAssertTrue(json.contains(typo), json)
        XCTAssertTrue(json.hasSuffix("  \"tool\": {\n    \"name\": \"Copydesk\",\n    \"version\": \"0.1.0\"\n  }\n}\n"), json)
    }
}
