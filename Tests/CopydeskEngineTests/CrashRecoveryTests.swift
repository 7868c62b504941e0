import CopydeskTestSupport
import CopydeskCore
import Foundation
import XCTest

/// A file that crashes a plugin, overflows its stack or hangs costs only itself: the run restarts
/// without it, every other file keeps its results, and the report names the file, the plugin and
/// the signal or the time budget. Uses the fault-injection plugin (COPYDESK_FAULT_INJECTION=1).
final class CrashRecoveryTests: XCTestCase {
    private func copydesk(_ arguments: [String], in folder: String, faults: Bool = true) throws -> (status: Int32, out: String, err: String) {
        let executable = try Requirement.copydesk()
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        if faults { environment["COPYDESK_FAULT_INJECTION"] = "1" } else { environment["COPYDESK_FAULT_INJECTION"] = nil }
        return try TestWorkspace.run(executable, arguments, in: folder, environment: environment)
    }

    private func workspace() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        // Only the plugins the files need, so that each restart is quick.
        try workspace.write(".copydesk.yml", "root: true\npacks: []\nplugins: {sanctions: off, attribution: off, stale-timestamps: off}\n")
        try workspace.write("a-first.txt", "The vote was on Tuesday, Dec. 3, 2025.\n")
        try workspace.write("b-crash.txt", "A reader wrote copydesk-fault: crash here on Monday.\n")
        try workspace.write("c-hang.txt", "A reader wrote copydesk-fault: hang here on Monday.\n")
        try workspace.write("d-stack.txt", "A reader wrote copydesk-fault: stack here on Monday.\n")
        try workspace.write("e-last.txt", "The vote was on Monday, Dec. 3, 2025. copydesk-fault: note\n")
        return workspace
    }

    private func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    func testCrashingOverflowingAndHangingFilesAreReportedAndTheOthersKeepTheirResults() throws {
        let workspace = try workspace()
        // The files that behave, linted on their own, give the results every run must keep.
        let clean = try copydesk(["lint", "a-first.txt", "e-last.txt", "--format", "json", "--now", "2026-01-01T00:00:00Z"], in: workspace.root)
        XCTAssertEqual(clean.status, 1, clean.err)
        let expected = try json(clean.out)["results"]
        let rules = Set((expected?.arrayValue ?? []).compactMap { $0["rule"]?.stringValue })
        XCTAssertTrue(rules.isSuperset(of: ["dates/weekday-mismatch", "fault-injection/marker"]), clean.out)

        // Both spellings of the worker count: "--jobs 1" and ripgrep's joined "-j2".
        for jobs in [["--jobs", "1"], ["-j2"]] {
            let run = try copydesk(["lint", ".", "--format", "json"] + jobs + ["--file-timeout", "2", "--now", "2026-01-01T00:00:00Z"],
                                   in: workspace.root)
            XCTAssertEqual(run.status, 1, run.err)
            let report = try json(run.out)
            XCTAssertEqual(report["results"], expected, "\(jobs): the other files' results")
            let errors = Dictionary(uniqueKeysWithValues: (report["errors"]?.arrayValue ?? []).compactMap { error in
                error["path"]?.stringValue.map { ($0, error["message"]?.stringValue ?? "") }
            })
            XCTAssertEqual(errors.keys.sorted(), ["b-crash.txt", "c-hang.txt", "d-stack.txt"], run.out)
            XCTAssertTrue(errors["b-crash.txt"]?.contains("crashed in the `fault-injection` plugin (SIGILL") == true, "\(errors)")
            XCTAssertTrue(errors["b-crash.txt"]?.contains("please report it") == true, "\(errors)")
            XCTAssertTrue(errors["d-stack.txt"]?.contains("crashed in the `fault-injection` plugin (SIGSEGV") == true, "\(errors)")
            XCTAssertTrue(errors["c-hang.txt"]?.contains("ran past the time budget of 2 s per file in the `fault-injection` plugin") == true, "\(errors)")
            XCTAssertTrue(run.err.contains("b-crash.txt: crashed"), run.err)
        }
    }

    func testTheSARIFLogCarriesEachLostFileAsAnErrorNotification() throws {
        let workspace = try workspace()
        let output = workspace.root + "/report.sarif"
        let run = try copydesk(["lint", ".", "--format", "sarif", "-o", output, "--file-timeout", "2"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.err)
        let log = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
        let invocation = log["runs"]?.arrayValue?.first?["invocations"]?.arrayValue?.first
        XCTAssertEqual(invocation?["executionSuccessful"], false)
        let notifications = invocation?["toolExecutionNotifications"]?.arrayValue ?? []
        let lost = notifications.filter { $0["level"]?.stringValue == "error" }.compactMap {
            $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue
        }
        XCTAssertEqual(lost.sorted(), ["b-crash.txt", "c-hang.txt", "d-stack.txt"], "\(notifications)")
        let paths = Set((log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []).compactMap {
            $0["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue
        })
        XCTAssertEqual(paths, ["a-first.txt", "e-last.txt"])
        if TestWorkspace.shared != nil {
            let check = try TestWorkspace.sarifCheck(output, root: workspace.root)
            XCTAssertEqual(check.status, 0, check.output)
        }
    }

    func testWithoutTheEnvironmentVariableTheFaultPluginIsNotThere() throws {
        let workspace = try workspace()
        let rules = try copydesk(["rules"], in: workspace.root, faults: false)
        XCTAssertFalse(rules.out.contains("fault-injection"), rules.out)
        let withFaults = try copydesk(["rules"], in: workspace.root)
        XCTAssertTrue(withFaults.out.contains("fault-injection/marker"), withFaults.out)
    }
}
