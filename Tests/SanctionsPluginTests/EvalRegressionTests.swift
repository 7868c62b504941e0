import CopydeskCore
import Foundation
import CopydeskTestSupport
import XCTest
@testable import SanctionsPlugin

/// Runs the plugin in-process over ../shared/eval/sanctions/dev.jsonl with OFAC + UN + UK + EU loaded,
/// writes JSONL predictions, scores them with the shipped scorer and fails below the F1 reached.
final class EvalRegressionTests: XCTestCase {
    /// The dev F1 this plugin reached (see Scripts/eval/sanctions.sh); a drop below it fails.
    static let reachedF1 = 0.967

    func testDevF1() throws {
        let data = try Fixture.sanctionsData()
        let eval = Fixture.shared.appendingPathComponent("eval/sanctions")
        let gold = eval.appendingPathComponent("dev.jsonl").path
        guard FileManager.default.fileExists(atPath: gold) else { throw XCTSkip("../shared/eval/sanctions is not present") }

        let sources = [
            ListSource(format: .ofacSDN, path: data + "/ofac_sdn", namesFrom: data + "/ofac_non_sdn/cons_prim.csv"),
            ListSource(format: .unXML, path: data + "/un_sc/consolidated.xml"),
            ListSource(format: .ukFCDO, path: data + "/uk_fcdo"),
            ListSource(format: .euJournal, path: data + "/eu_oj/consolidated"),
        ]
        let cache = Fixture.repo.appendingPathComponent(".build/sanctions-test-cache").path
        let plugin = SanctionsRulePlugin(indexes: [try IndexStore.index(for: sources, cacheDirectory: cache)])

        var predictions = ""
        let lines = try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n")
        for line in lines {
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try XCTUnwrap(record["id"] as? String)
            let text = try XCTUnwrap(record["text"] as? String)
            let document = Document(plainText: SourceFile(path: id + ".txt", text: text))
            let offsets = ScalarOffsets(text)
            for finding in plugin.check(document, context: CheckContext()) where finding.ruleID.hasPrefix("sanctions/") {
                let ids = finding.properties["sanctions"]?["entries"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
                let start = offsets.scalar(utf8: finding.range.lowerBound)
                let end = offsets.scalar(utf8: finding.range.upperBound)
                let value: JSONValue = ["id": .string(id), "start": .int(start), "end": .int(end), "matched_list_ids": .array(ids.map(JSONValue.string))]
                predictions += value.serialized(indent: nil) + "\n"
            }
        }
        let predictionsPath = NSTemporaryDirectory() + "sanctions-dev-predictions-\(UUID().uuidString).jsonl"
        try predictions.write(toFile: predictionsPath, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: predictionsPath) }

        let report: String
        do { report = try ProcessRunner.python(eval.appendingPathComponent("score.py").path, [gold, predictionsPath, "--details"]).out } catch {
            throw XCTSkip("python3 is not available: \(error)")
        }
        let lastLine = try XCTUnwrap(report.split(separator: "\n").last)
        let f1 = try XCTUnwrap(Double(lastLine.replacingOccurrences(of: "F1:", with: "").trimmingCharacters(in: .whitespaces)), report)
        XCTAssertGreaterThanOrEqual(f1, Self.reachedF1, report)
    }

}
