import CopydeskCore
import DatesPlugin
import Foundation
import CopydeskTestSupport
import XCTest

/// Runs the plugin over the TempEval-3 training set (../shared/eval/temporal) and scores it with the
/// shipped scorer: value F1 must not drop below the level the tagger reached.
final class TempEvalRegressionTests: XCTestCase {
    /// Value F1 measured on the training set when this floor was set (0.8202), minus a small margin.
    static let valueF1Floor = 0.815
    /// The other figures the scorer prints, at the level reached (measured 0.8884, 0.9437, 0.9085):
    /// extent (strict and relaxed) and type must not fall either.
    static let floors: [(line: String, floor: Double)] = [
        ("strict match", 0.888), ("relaxed match", 0.943), ("type F1:", 0.908),
    ]

    private static var sharedFolder: URL {
        URL(fileURLWithPath: RepositoryPaths.root).deletingLastPathComponent().appendingPathComponent("shared")
    }

    func testValueF1OnTheTrainingSetStaysAboveTheFloor() throws {
        let evalFolder = Self.sharedFolder.appendingPathComponent("eval/temporal")
        let gold = evalFolder.appendingPathComponent("train/train.jsonl")
        let scorer = evalFolder.appendingPathComponent("score.py")
        guard FileManager.default.fileExists(atPath: gold.path), FileManager.default.fileExists(atPath: scorer.path) else {
            throw Requirement.missing("../shared/eval/temporal is not present")
        }
        let plugin = try DatesRulePlugin(options: .object([:]))
        var predictions = ""
        let lines = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n")
        for line in lines {
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let docID = try XCTUnwrap(record["doc"] as? String)
            let text = try XCTUnwrap(record["text"] as? String)
            let rawDate = (record["dct_value"] as? String).flatMap(DocumentDate.init(parsing:))
                ?? (record["dct"] as? String).flatMap(DocumentDate.init(parsing:))
            let document = Document(plainText: SourceFile(path: "\(docID).txt", text: text),
                                    metadata: DocumentMetadata(publicationDate: rawDate))
            let scalarOffset = ScalarOffsets(text)
            for finding in plugin.check(document, context: CheckContext()) where finding.ruleID == "dates/expression" {
                let timex = finding.properties["timex"]?.objectValue ?? [:]
                let entry: [String: Any] = [
                    "doc": docID, "start": scalarOffset.scalar(utf8: finding.range.lowerBound), "end": scalarOffset.scalar(utf8: finding.range.upperBound),
                    "type": timex["type"]?.stringValue ?? "", "value": timex["value"]?.stringValue ?? "",
                ]
                let data = try JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys])
                predictions += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dates-tempeval-\(UUID().uuidString).jsonl")
        try predictions.write(to: output, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: output) }

        let (status, report, errors) = try ProcessRunner.python(scorer.path, [gold.path, output.path])
        XCTAssertEqual(status, 0, report + errors)
        print(report)
        let valueLine = try XCTUnwrap(report.split(separator: "\n").last { $0.hasPrefix("value F1:") }, report)
        let valueF1 = try XCTUnwrap(Double(valueLine.dropFirst("value F1:".count).trimmingCharacters(in: .whitespaces)))
        XCTAssertGreaterThanOrEqual(valueF1, Self.valueF1Floor, "value F1 on the TempEval-3 training set fell")
        for (prefix, floor) in Self.floors {
            // "strict match   P: … R: … F1: 0.8884 (matched …)" and "type F1: 0.9085": the number after the last "F1:".
            let line = try XCTUnwrap(report.split(separator: "\n").last { $0.hasPrefix(prefix) }, "no `\(prefix)` line in\n\(report)")
            let afterF1 = try XCTUnwrap(line.components(separatedBy: "F1:").last)
            let figure = try XCTUnwrap(Double(afterF1.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber || $0 == "." }), String(line))
            XCTAssertGreaterThanOrEqual(figure, floor, "\(prefix) F1 on the TempEval-3 training set fell")
        }
    }
}
