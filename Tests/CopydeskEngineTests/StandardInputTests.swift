import CopydeskTestSupport
import Foundation
import XCTest

/// `copydesk lint -` reads one document from standard input, as if it were the file named by
/// `--stdin-filename`: its format, its configuration and the path in the report come from there.
final class StandardInputTests: XCTestCase {
    private func lint(_ input: String, _ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        let executable = try Requirement.copydesk()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["lint"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func testStandardInputIsLintedAsTheNamedFileWithItsFolderConfiguration() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        try workspace.write("posts/.copydesk.yml", "rules:\n  dates/weekday-mismatch: warning\n")
        let markdown = "---\ndate: 2025-12-06\n---\n\nThe vote was on Tuesday, Dec. 3, 2025.\n\n```\nTuesday, Dec. 3, 2025\n```\n"
        let run = try lint(markdown, ["-", "--stdin-filename", "posts/story.md", "--format", "json"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.err)
        let report = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let results = report?["results"] as? [[String: Any]] ?? []
        let mismatches = results.filter { $0["rule"] as? String == "dates/weekday-mismatch" }
        XCTAssertEqual(mismatches.count, 1, "Markdown: the code block is not prose; \(run.out)")
        XCTAssertEqual(mismatches.first?["path"] as? String, "posts/story.md")
        XCTAssertEqual(mismatches.first?["level"] as? String, "warning", "the folder's configuration applies")
    }

    func testWithoutAFilenameStandardInputIsPlainText() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        let run = try lint("The vote was on Tuesday, Dec. 3, 2025.\n", ["-"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertTrue(run.out.contains("stdin.txt:1:17: error: Dec. 3, 2025 is a Wednesday"), run.out)
    }

    func testStandardInputWithOtherPathsIsAUsageError() throws {
        let workspace = try TestWorkspace()
        let run = try lint("", ["-", "other.txt"], in: workspace.root)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.err.contains("cannot be linted with other paths"), run.err)
    }
}
