import AttributionPlugin
import CopydeskCore
import Foundation
import CopydeskTestSupport
import XCTest

/// Runs the plugin in-process over the shared attribution dev sets and scores the predictions with the
/// shipped scorer. Fails when attribution F1 falls below the level the plugin has reached.
final class AttributionEvaluationTests: XCTestCase {
    /// Attribution F1 reached on each file, minus a small margin (dev: 0.9199 measured; challenge-dev:
    /// every paragraph right, so a single miss fails). Challenge-dev is in-sample: the plugin was
    /// tuned on those paragraphs, so its 1.0 says the tuning holds, not how well the plugin generalises.
    private let floors: [(file: String, attributionF1: Double)] = [
        ("dev.jsonl", 0.915),
        ("challenge-dev.jsonl", 0.99),
    ]

    /// The scorer's other figures, each at the level reached (dev measured: quote precision 0.9666,
    /// exact 0.9655, speaker accuracy 0.9487, attribution precision 0.9169; challenge-dev: all 1.0).
    private let metricFloors: [String: [String: Double]] = [
        "dev.jsonl": ["quote_precision": 0.966, "exact_precision": 0.965, "speaker_accuracy": 0.948,
                      "attribution_precision": 0.916, "unattributed_precision": 0.0],
        "challenge-dev.jsonl": ["quote_precision": 1.0, "exact_precision": 1.0, "speaker_accuracy": 1.0,
                                "attribution_precision": 1.0, "unattributed_precision": 1.0],
    ]

    /// Quotes flagged as unattributed that the gold attributes (flagged minus hits), at most. On
    /// PolNeAR dev all 16 are: the 13 flagged before issue #17, and three quotation paragraphs after a
    /// closed quotation, which the plugin reports as attributed only by context (AP style) while
    /// PolNeAR's annotators attributed them from context. The floor is that no further one appears.
    private let maxWrongUnattributedFlags: [String: Int] = ["dev.jsonl": 16, "challenge-dev.jsonl": 0]

    private var evalDirectory: URL {
        URL(fileURLWithPath: RepositoryPaths.root).deletingLastPathComponent().appendingPathComponent("shared/eval/attribution")
    }

    func testAttributionF1OnSharedDevSets() throws {
        let directory = evalDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("score.py").path) else {
            throw Requirement.missing("../shared/eval/attribution is not available")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }

        for (file, floor) in floors {
            let gold = directory.appendingPathComponent(file)
            let predictions = output.appendingPathComponent("predictions-" + file)
            try writePredictions(gold: gold, to: predictions)
            let metricsFile = output.appendingPathComponent("metrics-\(file).json")
            let report = try runScorer(directory.appendingPathComponent("score.py"), gold: gold, predictions: predictions,
                                       metrics: metricsFile)
            print("== \(file)\n\(report)")
            if let keep = ProcessInfo.processInfo.environment["ATTRIBUTION_EVAL_KEEP"] {
                let kept = URL(fileURLWithPath: keep).appendingPathComponent("predictions-" + file)
                try? FileManager.default.removeItem(at: kept)
                try? FileManager.default.copyItem(at: predictions, to: kept)
            }
            let metrics = try JSONSerialization.jsonObject(with: Data(contentsOf: metricsFile)) as? [String: Any]
            let f1 = try XCTUnwrap(metrics?["attribution_f1"] as? Double)
            XCTAssertGreaterThanOrEqual(f1, floor, "attribution F1 on \(file) fell below \(floor)")
            for (metric, metricFloor) in metricFloors[file] ?? [:] {
                let value = try XCTUnwrap(metrics?[metric] as? Double, "the scorer gave no \(metric)")
                XCTAssertGreaterThanOrEqual(value, metricFloor, "\(metric) on \(file) fell below \(metricFloor)")
            }
            let flagged = try XCTUnwrap(metrics?["unattributed_predicted"] as? Int)
            let hits = try XCTUnwrap(metrics?["unattributed_tp"] as? Int)
            XCTAssertLessThanOrEqual(flagged - hits, maxWrongUnattributedFlags[file] ?? 0,
                                     "more quotes wrongly flagged as unattributed on \(file)")
        }
    }

    /// One JSONL line per predicted quotation, offsets in Unicode scalars as the scorer expects.
    private func writePredictions(gold: URL, to destination: URL) throws {
        let lines = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n")
        var out = ""
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let text = object["text"] as? String else { continue }
            let document = Document(plainText: SourceFile(path: "\(id).txt", text: text))
            let offsets = ScalarOffsets(text)
            for quote in AttributionRulePlugin.quotations(in: document) {
                var row: [String: Any] = [
                    "id": id, "start": offsets.scalar(utf8: quote.range.lowerBound),
                    "end": offsets.scalar(utf8: quote.range.upperBound),
                    "speaker": quote.speaker ?? NSNull(), "method": quote.method ?? NSNull(),
                ]
                if let range = quote.speakerRange {
                    row["speaker_start"] = offsets.scalar(utf8: range.lowerBound)
                    row["speaker_end"] = offsets.scalar(utf8: range.upperBound)
                }
                let data = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        try out.write(to: destination, atomically: true, encoding: .utf8)
    }

    private func runScorer(_ scorer: URL, gold: URL, predictions: URL, metrics: URL) throws -> String {
        let (status, report, errors) = try ProcessRunner.python(scorer.path, [gold.path, predictions.path, "--json-out", metrics.path])
        XCTAssertEqual(status, 0, report + errors)
        return report + errors
    }
}
