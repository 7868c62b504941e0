import CopydeskBuiltIns
import CopydeskTestSupport
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation
import XCTest

/// `lint --fix` applies the fixes that are the only one offered, atomically, leaves choices to the
/// writer, never touches a file that changed since it was read, and `--dry-run` shows a diff.
final class FixCommandTests: XCTestCase {
    private let story = "The club's past history counted.\nResidents asked the the council on Tuesday, Dec. 3, 2025.\n"
    private let fixed = "The club's history counted.\nResidents asked the council on Tuesday, Dec. 3, 2025.\n"

    private func copydesk(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        try TestWorkspace.run(try Requirement.copydesk(), arguments, in: folder)
    }

    private func workspace() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: [newsroom]\n")
        try workspace.write("story.txt", story)
        chmod(workspace.root + "/story.txt", 0o640)
        return workspace
    }

    func testFixAppliesSingleFixesKeepsTheModeAndReportsWhatIsLeft() throws {
        let workspace = try workspace()
        let run = try copydesk(["lint", "story.txt", "--fix"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertEqual(try String(contentsOfFile: workspace.root + "/story.txt", encoding: .utf8), fixed)
        XCTAssertTrue(run.err.contains("fixed 2 findings in 1 file"), run.err)
        XCTAssertTrue(run.out.contains("dates/weekday-mismatch"), "a fix with two choices stays for the writer: \(run.out)")
        XCTAssertFalse(run.out.contains("newsroom/"), run.out)
        var status = stat()
        XCTAssertEqual(stat(workspace.root + "/story.txt", &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.root).sorted(), [".copydesk.yml", "story.txt"])
    }

    func testDryRunPrintsAUnifiedDiffAndChangesNothing() throws {
        let workspace = try workspace()
        let run = try copydesk(["lint", "story.txt", "--fix", "--dry-run"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertEqual(run.out, """
            --- a/story.txt
            +++ b/story.txt
            @@ -1,2 +1,2 @@
            -The club's past history counted.
            -Residents asked the the council on Tuesday, Dec. 3, 2025.
            +The club's history counted.
            +Residents asked the council on Tuesday, Dec. 3, 2025.

            """)
        XCTAssertEqual(try String(contentsOfFile: workspace.root + "/story.txt", encoding: .utf8), story)
        // The diff applies with patch(1) and gives what --fix writes.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") {
            try workspace.write("change.diff", run.out)
            let patch = try TestWorkspace.run("/usr/bin/patch", ["-p1", "-i", "change.diff"], in: workspace.root)
            XCTAssertEqual(patch.status, 0, patch.out + patch.err)
            XCTAssertEqual(try String(contentsOfFile: workspace.root + "/story.txt", encoding: .utf8), fixed)
        }
    }

    func testStandardInputComesBackFixed() throws {
        let workspace = try workspace()
        let executable = try Requirement.copydesk()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["lint", "-", "--fix"]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.root)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(story.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(text, fixed)
    }

    func testAPlanIsNotAppliedToAFileThatChangedSinceItWasRead() throws {
        let workspace = try workspace()
        var request = LintRequest(paths: ["story.txt"], root: workspace.root)
        request.minLevel = .note
        let report = try LintRunner().run(request)
        let plans = FixPlan.plans(for: report)
        XCTAssertEqual(plans.map(\.fixed), [2])
        let plan = try XCTUnwrap(plans.first)
        XCTAssertTrue(plan.isCurrent(Array(story.utf8)))
        XCTAssertFalse(plan.isCurrent(Array((story + "A late edit.\n").utf8)))
        XCTAssertFalse(plan.isCurrent([0xEF, 0xBB, 0xBF] + Array(story.utf8)), "a byte-order mark added is a change")
        XCTAssertEqual(String(decoding: plan.applied(), as: UTF8.self), fixed)
    }
}
