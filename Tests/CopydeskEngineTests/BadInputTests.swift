import CopydeskTestSupport
import CopydeskCore
import CopydeskDocuments
import CopydeskEngine
import CopydeskReporters
import XCTest

final class BadInputTests: XCTestCase {
    func lint(_ workspace: TestWorkspace, maxFileBytes: Int = 16 * 1024 * 1024) throws -> Report {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return try LintRunner(registry: registry).run(LintRequest(paths: ["."], root: workspace.root, maxFileBytes: maxFileBytes))
    }

    func testEachBadFileGetsAClearErrorAndTheRunGoesOn() throws {
        let workspace = try TestWorkspace()
        try workspace.write("good.txt", "teh\n")
        try workspace.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" ok\nline two\n".utf8))
        try workspace.write("later.txt", bytes: Array("one\ntwo \u{00E9}".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        try workspace.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        try workspace.write("empty.txt", "")
        let big = try workspace.write("big.txt", "")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        try FileManager.default.createDirectory(atPath: workspace.root + "/loop", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/loop/again", withDestinationPath: workspace.root + "/loop")
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/dangling.txt", withDestinationPath: workspace.root + "/nowhere.txt")

        let report = try lint(workspace)
        let errors = Dictionary(grouping: report.fileErrors, by: \.path).mapValues { $0.map(\.message).joined() }
        XCTAssertEqual(report.results.map(\.path), ["good.txt"])
        XCTAssertTrue(errors["latin1.txt"]?.contains("not valid UTF-8: the byte at line 1, column 4") == true, "\(errors)")
        XCTAssertEqual(report.fileErrors.first { $0.path == "latin1.txt" }?.line, 1)
        XCTAssertTrue(errors["later.txt"]?.contains("line 2, column 7") == true, "\(errors)")
        XCTAssertTrue(errors["image.txt"]?.contains("binary") == true, "\(errors)")
        XCTAssertTrue(errors["big.txt"]?.contains("over the limit") == true, "\(errors)")
        XCTAssertTrue(errors["loop/again"]?.contains("folder loop") == true, "\(errors)")
        XCTAssertTrue(errors["dangling.txt"]?.contains("broken link") == true, "\(errors)")
        XCTAssertNil(errors["empty.txt"])
        XCTAssertTrue(report.filesScanned.contains("empty.txt"))

        let sarif = SARIFReporter().sarifLog(report)
        let invocation = sarif["runs"]?.arrayValue?.first?["invocations"]?.arrayValue?.first
        XCTAssertEqual(invocation?["executionSuccessful"], false)
        XCTAssertGreaterThanOrEqual(invocation?["toolExecutionNotifications"]?.arrayValue?.count ?? 0, 6)
    }

    /// A file the process may not read is an error for that file. Root reads every file, so as
    /// root the CLI runs without the capabilities that let it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH).
    func testUnreadableFileIsReported() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.write("secret.txt", "teh\n")
        chmod(path, 0)
        guard getuid() == 0 else {
            let report = try lint(workspace)
            XCTAssertEqual(report.fileErrors.map(\.path), ["secret.txt"])
            XCTAssertTrue(report.fileErrors.first?.message.contains("permission denied") == true, "\(report.fileErrors)")
            return
        }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else {
            throw Requirement.missing("as root this test needs setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
        }
        let run = try TestWorkspace.run(setpriv, ["--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all",
                                                  try Requirement.copydesk(), "lint", "secret.txt", "--format", "json"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.out + run.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any], run.out)
        let errors = try XCTUnwrap(json["errors"] as? [[String: Any]], run.out)
        XCTAssertEqual(errors.compactMap { $0["path"] as? String }, ["secret.txt"])
        XCTAssertTrue((errors.first?["message"] as? String)?.contains("permission denied") == true, run.out)
    }

    func testInvalidUTF8IsFoundWhereverItIs() {
        XCTAssertThrowsError(try DocumentLoader.sourceFile(bytes: [0x61, 0xED, 0xA0, 0x80], path: "x")) { error in
            XCTAssertEqual(error as? DocumentError, .invalidUTF8(line: 1, column: 2, byteOffset: 1))
        }
        XCTAssertThrowsError(try DocumentLoader.sourceFile(bytes: [0x61, 0xF0, 0x9F, 0x98], path: "x"))
        XCTAssertNoThrow(try DocumentLoader.sourceFile(bytes: Array("é😀".utf8), path: "x"))
    }
}
