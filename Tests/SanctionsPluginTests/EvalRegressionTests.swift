import CopydeskCore
import Foundation
import CopydeskTestSupport
import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// Runs the plugin in-process over ../shared/eval/sanctions/dev.jsonl with OFAC + UN + UK + EU loaded,
/// writes JSONL predictions, scores them with the shipped scorer and fails below the F1 reached.
final class EvalRegressionTests: XCTestCase {
    /// The dev F1 this plugin reached (see Scripts/eval/sanctions.sh); a drop below it fails.
    static let reachedF1 = 0.967
    /// The dev F1 of the embedded default index alone (OFAC + UN + UK, what users get with no
    /// configuration; `SHIPPED=1 Scripts/eval/sanctions.sh`).
    static let shippedIndexF1 = 0.930

    func testDevF1() throws {
        let data = try Fixture.sanctionsData()
        let sources = [
            ListSource(format: .ofacSDN, path: data + "/ofac_sdn", namesFrom: data + "/ofac_non_sdn/cons_prim.csv"),
            ListSource(format: .unXML, path: data + "/un_sc/consolidated.xml"),
            ListSource(format: .ukFCDO, path: data + "/uk_fcdo"),
            ListSource(format: .euJournal, path: data + "/eu_oj/consolidated"),
        ]
        let cache = Fixture.repo.appendingPathComponent(".build/sanctions-test-cache").path
        let plugin = SanctionsRulePlugin(indexes: [try IndexStore.index(for: sources, cacheDirectory: cache)])
        let (f1, report) = try devF1(plugin)
        XCTAssertGreaterThanOrEqual(f1, Self.reachedF1, report)
    }

    func testShippedIndexDevF1() throws {
        let plugin = SanctionsRulePlugin(indexes: [try IndexStore.embedded()])
        let (f1, report) = try devF1(plugin)
        XCTAssertGreaterThanOrEqual(f1, Self.shippedIndexF1, report)
    }

    /// The embedded index on the dev mentions of entities its lists carry
    /// (`SHIPPED=1 GOLD_LISTS=ofac-sdn,un,uk Scripts/eval/sanctions.sh`).
    static let shippedIndexRestrictedF1 = 0.955

    func testShippedIndexDevF1OnWhatItsListsCarry() throws {
        let plugin = SanctionsRulePlugin(indexes: [try IndexStore.embedded()])
        let restricted = NSTemporaryDirectory() + "sanctions-dev-restricted-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: restricted) }
        let script = Fixture.repo.appendingPathComponent("Scripts/eval/sanctions/restrict_gold.py").path
        let run = try ProcessRunner.python(script, [devGold().path, restricted, "ofac-sdn,un,uk"])
        XCTAssertEqual(run.status, 0, run.err)
        let (f1, report) = try devF1(plugin, gold: URL(fileURLWithPath: restricted))
        XCTAssertGreaterThanOrEqual(f1, Self.shippedIndexRestrictedF1, report)
    }

    /// The project's own challenge lines (Fixtures/challenge.jsonl: one-word organisations, vessels,
    /// transliterations, name shapes, legal forms, brands, listed titles, country qualifiers, and
    /// traps), written while building the matcher, so in-sample: a floor against regressions, not a
    /// measure of generalisation.
    static let challengeF1 = 0.971

    func testChallengeSetF1() throws {
        let plugin = SanctionsRulePlugin(indexes: [try IndexStore.embedded()])
        let gold = Fixture.repo.appendingPathComponent("Tests/SanctionsPluginTests/Fixtures/challenge.jsonl")
        let (f1, report) = try devF1(plugin, gold: gold, minimumLines: 103)
        XCTAssertGreaterThanOrEqual(f1, Self.challengeF1, report)
        XCTAssertTrue(report.contains("negative lines with >=1 false positive: 0/"), report)
    }

    func devGold() throws -> URL {
        let gold = Fixture.shared.appendingPathComponent("eval/sanctions/dev.jsonl")
        guard FileManager.default.fileExists(atPath: gold.path) else { throw Requirement.missing("../shared/eval/sanctions is not present") }
        return gold
    }

    /// The shipped scorer's F1 for the plugin's findings on a gold file's sentences (the dev set by
    /// default), and its report.
    func devF1(_ plugin: SanctionsRulePlugin, gold goldURL: URL? = nil, minimumLines: Int = 90) throws -> (Double, String) {
        let eval = Fixture.shared.appendingPathComponent("eval/sanctions")
        let gold = try goldURL?.path ?? devGold().path
        var predictions = ""
        let lines = try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, minimumLines, "the gold set shrank")
        for line in lines {
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try XCTUnwrap(record["id"] as? String)
            let text = try XCTUnwrap(record["text"] as? String)
            let document = Document(plainText: SourceFile(path: id + ".txt", text: text))
            let offsets = ScalarOffsets(text)
            let context = CheckContext()
            for finding in plugin.check(document, context: context) where finding.ruleID.hasPrefix("sanctions/") {
                let ids = finding.properties["sanctions"]?["entries"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
                let start = offsets.scalar(utf8: finding.range.lowerBound)
                let end = offsets.scalar(utf8: finding.range.upperBound)
                let value: JSONValue = ["id": .string(id), "start": .int(start), "end": .int(end), "matched_list_ids": .array(ids.map(JSONValue.string))]
                predictions += value.serialized(indent: nil) + "\n"
            }
            XCTAssertEqual(context.problems, [], id)
        }
        let predictionsPath = NSTemporaryDirectory() + "sanctions-dev-predictions-\(UUID().uuidString).jsonl"
        try predictions.write(toFile: predictionsPath, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: predictionsPath) }

        let scorer = try ProcessRunner.python(eval.appendingPathComponent("score.py").path, [gold, predictionsPath, "--details"])
        // A scorer that fails (no python3, a crash, a changed format) fails the test: its output is not a score.
        guard scorer.status == 0 else {
            throw Requirement.Missing(description: "the sanctions scorer exited with \(scorer.status): \(scorer.err)")
        }
        let report = scorer.out
        let lastLine = try XCTUnwrap(report.split(separator: "\n").last)
        let f1 = try XCTUnwrap(Double(lastLine.replacingOccurrences(of: "F1:", with: "").trimmingCharacters(in: .whitespaces)), report)
        print("sanctions dev F1 \(f1)")
        return (f1, report)
    }
}
