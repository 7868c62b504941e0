import CopydeskBuiltIns
import CopydeskCore
import CopydeskDocuments
@testable import CopydeskReporters
import CopydeskEngine
import CopydeskTestSupport
import Foundation
import XCTest

/// `primaryLocationLineHash` equals what GitHub's upload action computes, checked against a Python
/// port of its rolling hash. (The action also ends a line at a lone CR, which Copydesk's positions
/// do not; such files are not among these.)
final class LineHashTests: XCTestCase {
    func testLineHashesMatchTheUploadActionsAlgorithm() throws {
        let texts = [
            "Short.\nLines.\n",
            "A line with  spaces\tand tabs\r\nCRLF line\r\n\r\nblank above\nlast without break",
            "Emoji 🗞️ and accents: Zoë, São Paulo, Kyiv — ‘quoted’\nsame\nsame\nsame\n",
            String(repeating: "Repeated paragraph of a news article about the harbour council. ", count: 5) + "\n" + String(repeating: "x\n", count: 120),
            "\u{FEFF}Starts with a byte-order mark\nsecond line\n",
        ]
        let folder = NSTemporaryDirectory() + "copydesk-line-hashes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = RepositoryPaths.root + "/Tests/CopydeskEngineTests/Support/line_hashes_reference.py"
        for (number, text) in texts.enumerated() {
            let path = folder + "/\(number).txt"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let reference = try ProcessRunner.python(script, [path])
            XCTAssertEqual(reference.status, 0, reference.err)
            var expected: [Int: String] = [:]
            for line in reference.out.split(separator: "\n") {
                let parts = line.split(separator: " ")
                expected[Int(parts[0])!] = String(parts[1])
            }
            let source = try DocumentLoader.sourceFile(bytes: Array(text.utf8), path: "\(number).txt")
            XCTAssertEqual(LineHashes.compute(source), expected, text.debugDescription)
            XCTAssertEqual(expected.count, source.lineStarts.count, "every line has a hash")
        }
    }

    /// Two results of one rule on one line would share GitHub's line fingerprint and merge into
    /// one alert; the second gets a count of its own. Results of other rules keep the line's hash.
    func testResultsOfOneRuleOnOneLineGetDistinctFingerprints() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        try workspace.write("d.txt", "He met on Monday and on Tuesday and on Friday.\n")
        var request = LintRequest(paths: ["."], root: workspace.root, referenceDate: DocumentDate(parsing: "2025-12-06"))
        request.minLevel = .note
        let report = try LintRunner().run(request)
        let hashes = SARIFReporter.lineHashes(report)
        let expressions = report.results.indices.filter { report.results[$0].ruleID == "dates/expression" }
        XCTAssertEqual(expressions.count, 3)
        XCTAssertEqual(Set(expressions.map { hashes[$0] }).count, 3, "\(hashes)")
        let lineHash = try XCTUnwrap(LineHashes.compute(try XCTUnwrap(report.sources["d.txt"]))[1])
        XCTAssertEqual(hashes[expressions[0]], lineHash, "the first keeps GitHub's own value")
        XCTAssertEqual(hashes[expressions[1]], String(lineHash.dropLast(2)) + ":1000001")
    }
}
