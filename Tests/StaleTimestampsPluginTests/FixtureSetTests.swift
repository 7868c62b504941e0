import CopydeskCore
import CopydeskDocuments
import Foundation
import StaleTimestampsPlugin
import XCTest

/// Scores the plugin on the articles in `Fixtures/`: every finding must be one the manifest expects
/// (precision) and every expected finding must be found (recall).
///
/// Every article is scored, whatever its format: Markdown and HTML articles go through their
/// readers as `copydesk lint` reads them, and a fixture that cannot be scored fails the test (the
/// set cannot shrink quietly). `Scripts/eval/stale-timestamps.sh` runs this test and reads the
/// score it writes to `$STALE_TIMESTAMPS_SCORE`.
final class FixtureSetTests: XCTestCase {
    struct Manifest: Decodable {
        var defaults: Defaults
        var fixtures: [Fixture]
    }
    struct Defaults: Decodable {
        var now: String
    }
    struct Fixture: Decodable {
        var file: String
        var referenceDate: String?
        var now: String?
        var modifiedDate: String?
        var lastCommitDate: String?
        var options: [String: Int]?
        var expected: [Expected]
    }
    struct Expected: Decodable, Hashable, CustomStringConvertible {
        var rule: String
        var line: Int
        var text: String
        var description: String { "\(rule) line \(line) “\(text)”" }
    }

    static let fixturesURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func testFixtureSetPrecisionAndRecall() throws {
        let data = try Data(contentsOf: FixtureSetTests.fixturesURL.appendingPathComponent("manifest.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        XCTAssertGreaterThanOrEqual(manifest.fixtures.count, FixtureSetTests.fixtureCount, "the fixture set shrank")
        var articles: Set<String> = []
        for folder in ["txt", "md", "html"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: FixtureSetTests.fixturesURL.appendingPathComponent(folder).path)
            articles.formUnion(names.map { folder + "/" + $0 })
        }
        XCTAssertEqual(Set(manifest.fixtures.map(\.file)), articles, "every article in Fixtures/ has a manifest entry, and only those")

        var truePositives = 0, falsePositives: [String] = [], falseNegatives: [String] = []
        var scored = 0, byFormat: [String: Int] = [:]
        for fixture in manifest.fixtures {
            let url = FixtureSetTests.fixturesURL.appendingPathComponent(fixture.file)
            guard let format = DocumentFormat(pathExtension: url.pathExtension) else {
                XCTFail("\(fixture.file): unknown format")
                continue
            }
            scored += 1
            byFormat[url.pathExtension, default: 0] += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            let options = JSONValue.object((fixture.options ?? [:]).mapValues { .int($0) })
            let document = try FixtureSetTests.document(text: text, fixture: fixture, format: format)
            let context = CheckContext(now: DocumentDate(parsing: fixture.now ?? manifest.defaults.now)!.instant)
            let findings = try StaleTimestampsRulePlugin(options: options).check(document, context: context)
            XCTAssertEqual(context.problems, [], fixture.file)
            var expected = Set(fixture.expected)
            for finding in findings {
                let found = Expected(rule: String(finding.ruleID.dropFirst("stale-timestamps/".count)),
                                     line: document.sourceRegion(of: finding.range).start.line,
                                     text: document.text(of: finding.range))
                if expected.remove(found) != nil {
                    truePositives += 1
                } else {
                    falsePositives.append("\(fixture.file): unexpected \(found) — \(finding.message)")
                }
            }
            falseNegatives += expected.map { "\(fixture.file): missed \($0)" }
        }
        let precision = truePositives + falsePositives.count == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives.count)
        let recall = truePositives + falseNegatives.count == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives.count)
        let score: [String: Any] = [
            "fixtures": manifest.fixtures.count, "scored": scored, "byFormat": byFormat,
            "truePositives": truePositives, "falsePositives": falsePositives, "falseNegatives": falseNegatives,
            "precision": precision, "recall": recall,
        ]
        let json = try JSONSerialization.data(withJSONObject: score, options: [.prettyPrinted, .sortedKeys])
        if let path = ProcessInfo.processInfo.environment["STALE_TIMESTAMPS_SCORE"] {
            try json.write(to: URL(fileURLWithPath: path))
        }
        print(String(decoding: json, as: UTF8.self))
        XCTAssertEqual(falsePositives, [])
        XCTAssertEqual(falseNegatives, [])
        XCTAssertEqual(scored, manifest.fixtures.count, "every fixture is scored")
        XCTAssertEqual(byFormat, FixtureSetTests.fixturesByFormat, "fixtures scored per format")
    }

    /// The set as it stands: 57 articles, 16 of them Markdown or HTML.
    static let fixtureCount = 57
    static let fixturesByFormat = ["txt": 41, "md": 10, "html": 6]

    /// The document the runner would make: the loader for the format, `referenceDate` as
    /// `--reference-date`, and the metadata the manifest adds.
    static func document(text: String, fixture: Fixture, format: DocumentFormat) throws -> Document {
        let loader = DocumentLoader(referenceDate: fixture.referenceDate.flatMap(DocumentDate.init(parsing:)))
        let modified = fixture.modifiedDate, commit = fixture.lastCommitDate
        let manifest = MetadataProvider { metadata in
            if let modified {
                metadata.modifiedDate = DocumentDate(parsing: modified)
                metadata.modifiedDateSource = "manifest"
            }
            if let commit { metadata.lastCommitDate = DocumentDate(parsing: commit) }
        }
        return try loader.document(text: text, path: fixture.file, format: format, metadata: [manifest])
    }

}
