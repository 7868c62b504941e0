import CopydeskTestSupport
import CopydeskCore
import Foundation
import XCTest

/// The `copydesk` executable as users run it: exit statuses, formats, output files, examples.
final class CommandLineTests: XCTestCase {
    func copydesk(_ arguments: [String], in folder: String, environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let executable = try Requirement.copydesk()
        return try TestWorkspace.run(executable, arguments, in: folder, environment: environment)
    }

    func testExitStatusesForCleanRunsFindingsAndUsageOrConfigurationErrors() throws {
        let workspace = try TestWorkspace()
        try workspace.write("clean.txt", "A quiet day at the harbour.\n")
        XCTAssertEqual(try copydesk(["lint", "clean.txt"], in: workspace.root).status, 0)

        try workspace.write("broken.txt", bytes: [0x66, 0x6F, 0xFF, 0x0A])
        let broken = try copydesk(["lint", "broken.txt"], in: workspace.root)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.out.contains("broken.txt:1: error: is not valid UTF-8"), broken.out)
        XCTAssertEqual(try copydesk(["lint", "broken.txt", "--fail-level", "none"], in: workspace.root).status, 0)

        let usage = try copydesk(["lint", "--reference-date", "last tuesday"], in: workspace.root)
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.err.contains("--reference-date"), usage.err)

        try workspace.write(".copydesk.yml", "rulez: {}\n")
        let config = try copydesk(["lint", "clean.txt"], in: workspace.root)
        XCTAssertEqual(config.status, 2)
        XCTAssertTrue(config.err.contains(".copydesk.yml:1:1: unknown key `rulez`; did you mean `rules`?"), config.err)
    }

    func testOutputFileIsWrittenAndFormatsAreDeterministic() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Updated 8 sec ago\n\nThe minister said on Tuesday that talks would resume.\n")
        for format in ["sarif", "json", "text", "github"] {
            let first = try copydesk(["lint", ".", "--format", format, "--output", "report-\(format).out", "--now", "2026-01-01T00:00:00Z"], in: workspace.root)
            XCTAssertNotEqual(first.status, 2, first.err)
            let a = try String(contentsOfFile: workspace.root + "/report-\(format).out", encoding: .utf8)
            _ = try copydesk(["lint", ".", "--format", format, "--output", "report-\(format).out", "--now", "2026-01-01T00:00:00Z"], in: workspace.root)
            let b = try String(contentsOfFile: workspace.root + "/report-\(format).out", encoding: .utf8)
            XCTAssertEqual(a, b, format)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testTextIsPlainWhenPipedOrNoColor() throws {
        let workspace = try TestWorkspace()
        try workspace.write("bad.txt", bytes: [0x00, 0x01])
        let piped = try copydesk(["lint", "bad.txt"], in: workspace.root)
        XCTAssertFalse(piped.out.contains("\u{1B}["), piped.out)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let noColor = try copydesk(["lint", "bad.txt", "--color", "auto"], in: workspace.root, environment: environment)
        XCTAssertFalse(noColor.out.contains("\u{1B}["))
        let forced = try copydesk(["lint", "bad.txt", "--color", "always"], in: workspace.root)
        XCTAssertTrue(forced.out.contains("\u{1B}["))
    }

    func testRulesAndExplain() throws {
        let workspace = try TestWorkspace()
        let rules = try copydesk(["rules"], in: workspace.root)
        XCTAssertEqual(rules.status, 0, rules.err)
        let explainMissing = try copydesk(["explain", "no-such/rule"], in: workspace.root)
        XCTAssertEqual(explainMissing.status, 2)
        let misspelt = try copydesk(["explain", "datez"], in: workspace.root)
        XCTAssertEqual(misspelt.status, 2)
        XCTAssertTrue(misspelt.err.contains("did you mean `dates`"), misspelt.err)
    }

    /// `explain` shows a plugin's options (with the value the configuration sets) and its rules, and a
    /// rule's explanation ends with its plugin's options.
    func testExplainShowsPluginOptions() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\nplugins:\n  dates:\n    numericOrder: dmy\n")
        let plugin = try copydesk(["explain", "dates"], in: workspace.root)
        XCTAssertEqual(plugin.status, 0, plugin.err)
        XCTAssertTrue(plugin.out.contains("• numericOrder: "), plugin.out)
        XCTAssertTrue(plugin.out.contains("set here: \"dmy\""), plugin.out)
        XCTAssertTrue(plugin.out.contains("dates/weekday-mismatch"), plugin.out)
        let rule = try copydesk(["explain", "dates/weekday-mismatch"], in: workspace.root)
        XCTAssertEqual(rule.status, 0, rule.err)
        XCTAssertTrue(rule.out.contains("Options of the `dates` plugin"), rule.out)
        XCTAssertTrue(rule.out.contains("• style: "), rule.out)
    }

    /// The shipped examples lint to SARIF that the strict checker accepts with no errors or warnings.
    func testExamplesGiveValidSARIF() throws {
        let root = TestWorkspace.packageRoot
        let output = NSTemporaryDirectory() + "copydesk-examples-\(UUID().uuidString).sarif"
        defer { try? FileManager.default.removeItem(atPath: output) }
        // The repository has no .copydesk.yml: an explicit `root: true` keeps folders above it out.
        let config = NSTemporaryDirectory() + "copydesk-examples-\(UUID().uuidString).yml"
        try "root: true\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let run = try copydesk(["lint", "Examples", "--format", "sarif", "--output", output, "--config", config], in: root)
        XCTAssertNotEqual(run.status, 2, run.err)
        let check = try TestWorkspace.sarifCheck(output, root: root)
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.summary.contains(" 0 errors"), check.output)
    }

    /// Pull-request annotations are for warnings and errors: GitHub caps them per step, and
    /// note-level fact tags (every date, every quote) would crowd out what needs attention.
    func testGitHubAnnotationsLeaveOutNotesUnlessAskedFor() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        try workspace.write("story.txt", "The council met on Tuesday, Dec. 3, 2025, and again last week.\n")
        let run = try copydesk(["lint", "story.txt", "--format", "github"], in: workspace.root)
        XCTAssertTrue(run.out.contains("::error "), run.out)
        XCTAssertFalse(run.out.contains("::notice "), run.out)
        let withNotes = try copydesk(["lint", "story.txt", "--format", "github", "--min-level", "note"], in: workspace.root)
        XCTAssertTrue(withNotes.out.contains("::notice "), withNotes.out)
    }

    /// A hook passes every changed file by name; `--force-exclude` still honours `ignore:`.
    func testForceExcludeLeavesOutIgnoredFilesNamedOnTheCommandLine() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\nignore: [drafts/]\n")
        try workspace.write("drafts/wip.txt", "The vote was on Tuesday, Dec. 3, 2025.\n")
        try workspace.write("story.txt", "The vote was on Wednesday, Dec. 3, 2025.\n")
        let named = try copydesk(["lint", "drafts/wip.txt", "story.txt"], in: workspace.root)
        XCTAssertEqual(named.status, 1, "a named file is linted by default")
        let excluded = try copydesk(["lint", "--force-exclude", "drafts/wip.txt", "story.txt"], in: workspace.root)
        XCTAssertEqual(excluded.status, 0, excluded.out + excluded.err)
        XCTAssertTrue(excluded.out.contains("1 file checked"), excluded.out)
    }

    /// `merge` never counts a file twice, and merges an incomplete split only when asked.
    func testMergeRefusesRepeatedAndOverlappingLogsAndAllowsPartialSplitsOnRequest() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        for index in 0..<6 { try workspace.write("story-\(index).txt", "The vote was on Tuesday, Dec. 3, 2025.\n") }
        XCTAssertEqual(try copydesk(["lint", ".", "--format", "sarif", "-o", "a.sarif"], in: workspace.root).status, 1)
        let twice = try copydesk(["merge", "a.sarif", "a.sarif"], in: workspace.root)
        XCTAssertEqual(twice.status, 2)
        XCTAssertTrue(twice.err.contains("is given twice"), twice.err)
        try FileManager.default.copyItem(atPath: workspace.root + "/a.sarif", toPath: workspace.root + "/b.sarif")
        let overlap = try copydesk(["merge", "a.sarif", "b.sarif"], in: workspace.root)
        XCTAssertEqual(overlap.status, 2)
        XCTAssertTrue(overlap.err.contains("the logs overlap"), overlap.err)
        for shard in 1...3 {
            _ = try copydesk(["lint", ".", "--shard", "\(shard)/3", "--format", "sarif", "-o", "part\(shard).sarif"], in: workspace.root)
        }
        let partial = try copydesk(["merge", "part1.sarif", "part3.sarif"], in: workspace.root)
        XCTAssertEqual(partial.status, 2)
        XCTAssertTrue(partial.err.contains("--allow-partial"), partial.err)
        XCTAssertEqual(try copydesk(["merge", "part1.sarif", "part3.sarif", "--allow-partial", "-o", "some.sarif"], in: workspace.root).status, 0)
    }

    /// "0 notes" in a summary must not mean that there were none when they were only hidden.
    func testTheSummaryCountsFindingsHiddenBelowTheLevelShown() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        try workspace.write("d.txt", "He met on Monday and on Tuesday and on Friday.\n")
        let hidden = try copydesk(["lint", "d.txt", "--reference-date", "2025-12-06"], in: workspace.root)
        XCTAssertTrue(hidden.out.contains("0 notes; 3 notes hidden (--min-level note shows them)"), hidden.out)
        let shown = try copydesk(["lint", "d.txt", "--reference-date", "2025-12-06", "--min-level", "note"], in: workspace.root)
        XCTAssertTrue(shown.out.contains("3 notes\n"), shown.out)
        XCTAssertFalse(shown.out.contains("hidden"), shown.out)
    }
}
