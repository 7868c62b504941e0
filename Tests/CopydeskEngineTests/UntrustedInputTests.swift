import CopydeskTestSupport
import Foundation
import XCTest

/// What a writer, a script or a stray file can hand `copydesk`: FIFOs and devices as inputs and
/// outputs, links, empty paths, broken configuration and front matter that would expand without
/// end. Each gets a clear message and exit status; nothing blocks, nothing is replaced but a file.
final class UntrustedInputTests: XCTestCase {
    private func copydesk(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        let executable = try Requirement.copydesk()
        return try TestWorkspace.run(executable, arguments, in: folder)
    }

    private func workspace() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        try workspace.write("story.txt", "The council met on Tuesday, Dec. 3, 2025.\n")
        return workspace
    }

    private func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    func testAFIFONamedAsAnInputIsRefusedWithoutBlockingAndTheOtherFilesAreLinted() throws {
        let workspace = try workspace()
        XCTAssertEqual(mkfifo(workspace.root + "/waiting.txt", 0o644), 0)
        let run = try copydesk(["lint", "waiting.txt", "story.txt", "--format", "json"], in: workspace.root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.err.contains("waiting.txt: is a FIFO, not a regular file"), run.err)
        XCTAssertTrue(run.out.contains("dates/weekday-mismatch"), run.out)
    }

    func testAnOutputLinkIsWrittenThroughToItsTarget() throws {
        let workspace = try workspace()
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/latest.json", withDestinationPath: "reports/run.json")
        try FileManager.default.createDirectory(atPath: workspace.root + "/reports", withIntermediateDirectories: true)
        let run = try copydesk(["lint", "story.txt", "--format", "json", "-o", "latest.json"], in: workspace.root)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertEqual(fileType(workspace.root + "/latest.json"), S_IFLNK)
        let written = try String(contentsOfFile: workspace.root + "/reports/run.json", encoding: .utf8)
        XCTAssertTrue(written.contains("dates/weekday-mismatch"), written)
    }

    func testAnOutputFIFOIsWrittenToAndStaysAFIFO() throws {
        let workspace = try workspace()
        let fifo = workspace.root + "/report.pipe"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received.data = handle.readDataToEndOfFile() }
            done.signal()
        }
        let run = try copydesk(["lint", "story.txt", "--format", "json", "-o", fifo], in: workspace.root)
        XCTAssertEqual(done.wait(timeout: .now() + 30), .success)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertEqual(fileType(fifo), S_IFIFO)
        XCTAssertTrue(String(decoding: received.data, as: UTF8.self).contains("dates/weekday-mismatch"))
    }

    func testAFullDeviceIsAnErrorAndIsNeverReplaced() throws {
        guard fileType("/dev/full") == S_IFCHR else { throw XCTSkip("no /dev/full here") }
        let workspace = try workspace()
        let run = try copydesk(["lint", "story.txt", "--format", "json", "-o", "/dev/full"], in: workspace.root)
        XCTAssertEqual(fileType("/dev/full"), S_IFCHR)
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.err.contains("cannot write /dev/full: No space left on device"), run.err)
    }

    func testOutputPathsThatCannotTakeAReportAreClearErrors() throws {
        let workspace = try workspace()
        try FileManager.default.createDirectory(atPath: workspace.root + "/folder", withIntermediateDirectories: true)
        let folder = try copydesk(["lint", "story.txt", "-o", "folder"], in: workspace.root)
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.err.contains("cannot write folder: is a folder"), folder.err)
        let empty = try copydesk(["lint", "story.txt", "-o", ""], in: workspace.root)
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.err.contains("the output path is empty"), empty.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/folder"), [])
    }

    func testAConfigurationThatIsNotAFileIsNamedPlainly() throws {
        let workspace = try workspace()
        try FileManager.default.createDirectory(atPath: workspace.root + "/settings", withIntermediateDirectories: true)
        let folder = try copydesk(["lint", "story.txt", "--config", "settings"], in: workspace.root)
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.err.contains("settings: is a directory"), folder.err)
        XCTAssertEqual(mkfifo(workspace.root + "/settings.yml", 0o644), 0)
        let fifo = try copydesk(["lint", "story.txt", "--config", "settings.yml"], in: workspace.root)
        XCTAssertEqual(fifo.status, 2)
        XCTAssertTrue(fifo.err.contains("settings.yml: is a FIFO, not a regular file"), fifo.err)
        XCTAssertFalse(fifo.err.contains("NSCocoaErrorDomain"), fifo.err)
    }

    func testAListAsAKeyAndAnEmptyPackNameAreNamedWithTheirPosition() throws {
        let workspace = try workspace()
        try workspace.write(".copydesk.yml", "root: true\n? [a, b]\n: 1\n")
        let key = try copydesk(["lint", "story.txt"], in: workspace.root)
        XCTAssertEqual(key.status, 2)
        XCTAssertTrue(key.err.contains(".copydesk.yml:2:3: a key in the configuration must be a word, not a list"), key.err)
        XCTAssertFalse(key.err.contains("Yams"), key.err)
        try workspace.write(".copydesk.yml", "root: true\npacks: ['']\n")
        let pack = try copydesk(["lint", "story.txt"], in: workspace.root)
        XCTAssertEqual(pack.status, 2)
        XCTAssertTrue(pack.err.contains(".copydesk.yml:2:8: `packs` has an empty name"), pack.err)
    }

    /// "Billion laughs": nine levels of nine aliases in a few hundred bytes.
    private func aliasBomb(levels: Int, indent: String = "") -> String {
        var lines = ["\(indent)a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            lines.append("\(indent)a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testAliasesThatExpandWithoutEndAreRefusedInFrontMatterAndConfiguration() throws {
        let workspace = try workspace()
        try workspace.write("bomb.md", "---\n" + aliasBomb(levels: 9) + "---\n\nThe council met on Tuesday.\n")
        let started = Date()
        let frontMatter = try copydesk(["lint", "bomb.md", "story.txt", "--format", "json"], in: workspace.root)
        XCTAssertEqual(frontMatter.status, 1)
        XCTAssertTrue(frontMatter.err.contains("bomb.md: front matter at line"), frontMatter.err)
        XCTAssertTrue(frontMatter.err.contains("aliases expand to more than 100000 values"), frontMatter.err)
        XCTAssertTrue(frontMatter.out.contains("story.txt"), "the other file keeps its results")

        try workspace.write(".copydesk.yml", "root: true\npacks: []\nplugins:\n  dates:\n    numericOrder:\n" + aliasBomb(levels: 9, indent: "      "))
        let configuration = try copydesk(["lint", "story.txt"], in: workspace.root)
        XCTAssertEqual(configuration.status, 2)
        XCTAssertTrue(configuration.err.contains("aliases expand to more than 100000 values"), configuration.err)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "refused at once, not after expanding")
    }

    func testAMissingPackAndARefusedOptionAreNamedWithTheirPosition() throws {
        let workspace = try workspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: [newsrom]\n")
        let pack = try copydesk(["lint", "story.txt"], in: workspace.root)
        XCTAssertEqual(pack.status, 2)
        XCTAssertTrue(pack.err.contains(".copydesk.yml:2:9: policy pack `newsrom` not found; did you mean `newsroom`?"), pack.err)
        XCTAssertFalse(pack.err.contains("README"), pack.err)
        try workspace.write(".copydesk.yml", "root: true\nplugins:\n  dates:\n    numericOrder: ymd\n")
        let option = try copydesk(["lint", "story.txt"], in: workspace.root)
        XCTAssertEqual(option.status, 2)
        XCTAssertTrue(option.err.contains(".copydesk.yml:3:3: plugin `dates`: option `numericOrder`"), option.err)
    }

    /// An install that lost its packs says so and stops, rather than linting without them.
    func testShippedPacksThatCannotBeFoundStopTheRunLoudly() throws {
        let workspace = try workspace()
        try workspace.write(".copydesk.yml", "root: true\n")
        let empty = workspace.root + "/no-packs"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["COPYDESK_POLICIES"] = empty
        let run = try TestWorkspace.run(try Requirement.copydesk(), ["lint", "story.txt"], in: workspace.root, environment: environment)
        XCTAssertEqual(run.status, 2, run.out)
        XCTAssertTrue(run.err.contains("the shipped policy pack `newsroom` cannot be found in \(empty) (COPYDESK_POLICIES)"), run.err)
    }
}
