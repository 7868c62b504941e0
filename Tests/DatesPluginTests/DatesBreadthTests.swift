import CopydeskTestSupport
import Foundation
import XCTest

/// The breadth set of everyday temporal phrases (Fixtures/breadth, `Scripts/eval/dates-breadth.sh`),
/// scored through the built `copydesk` by its scorer: a category whose value accuracy falls below
/// the level reached fails.
final class DatesBreadthTests: XCTestCase {
    /// Value accuracy reached per category (and overall).
    static let reached: [String: Double] = [
        "clock": 1.00, "range": 0.96, "holiday": 0.98, "relative": 0.98, "tense": 0.96, "numeric": 1.00,
        "social": 0.92, "not-date": 1.00, "overall": 0.97,
    ]

    func testValueAccuracyPerCategoryHoldsItsLevel() throws {
        let copydesk = try Requirement.copydesk()
        let scorer = RepositoryPaths.root + "/Scripts/eval/dates/breadth_score.py"
        let run = try ProcessRunner.python(scorer, [copydesk])
        guard run.status == 0 else { throw Requirement.Missing(description: "the breadth scorer exited with \(run.status): \(run.err)") }
        var accuracy: [String: Double] = [:]
        for line in run.out.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ")
            if fields.count == 6, let value = Double(fields[3]) { accuracy[String(fields[0])] = value }
        }
        XCTAssertEqual(Set(accuracy.keys), Set(Self.reached.keys), run.out)
        for (category, floor) in Self.reached {
            XCTAssertGreaterThanOrEqual(accuracy[category] ?? 0, floor, "\(category) value accuracy\n\(run.out)")
        }
    }
}
