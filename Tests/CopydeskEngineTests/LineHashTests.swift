import CopydeskCore
import CopydeskDocuments
import CopydeskReporters
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
}
