import CopydeskCore
import CopydeskEngine
import CopydeskPolicies
import CopydeskReporters
import Foundation
import XCTest

/// Inline suppression comments: every form, justifications, unused and malformed comments.
final class SuppressionTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "copydesk-suppressions-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/house", withIntermediateDirectories: true)
        try ("rules:\n" + PolicyFixtures.rule(kind: "existence", "tokens: [bad]")
             + PolicyFixtures.rule(id: "other", kind: "existence", "tokens: [worse]"))
            .write(toFile: root + "/house/rules.yml", atomically: true, encoding: .utf8)
        try """
            root: true
            packs: [./house]
            """.write(toFile: root + "/.copydesk.yml", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    func lint(_ text: String, file: String = "a.md") throws -> Report {
        try text.write(toFile: root + "/" + file, atomically: true, encoding: .utf8)
        return try LintRunner(registry: PluginRegistry(factories: [PolicyRulePlugin.factory])).run(LintRequest(paths: [file], root: root, jobs: 1))
    }

    /// (line, rule, justification or "-" when unsuppressed) of each result.
    func summary(_ report: Report) -> [String] {
        report.results.map { result in
            let waived = result.suppressions.first.map { "\($0.kind.rawValue):\($0.justification ?? "")" } ?? "-"
            return "\(result.region.start.line) \(result.ruleID) \(waived)"
        }
    }

    func testDisableNextLineWithAReason() throws {
        let report = try lint("""
            A bad start.
            <!-- copydesk-disable-next-line house/probe -- quoted speech -->
            A bad quote.
            A bad end.
            """)
        XCTAssertEqual(summary(report), ["1 house/probe -", "3 house/probe inSource:quoted speech", "4 house/probe -"])
    }

    func testDisableUntilEnableWithAPackWideSpec() throws {
        let report = try lint("""
            bad one
            <!-- copydesk-disable house -- legal quote -->
            bad two, worse
            bad three
            <!-- copydesk-enable -->
            bad four
            """)
        XCTAssertEqual(summary(report), ["1 house/probe -", "3 house/probe inSource:legal quote", "3 house/other inSource:legal quote",
                                         "4 house/probe inSource:legal quote", "6 house/probe -"])
    }

    func testEnableNamingOneRuleEndsOnlyThatRulesRange() throws {
        let report = try lint("""
            <!-- copydesk-disable house/probe house/other -->
            bad worse
            <!-- copydesk-enable house/other -->
            bad worse
            """)
        XCTAssertEqual(summary(report), ["2 house/probe inSource:", "2 house/other inSource:",
                                         "4 house/probe inSource:", "4 house/other -"])
    }

    func testDisableLineAndGlobs() throws {
        let report = try lint("""
            bad and worse <!-- copydesk-disable-line house/* -- names a product -->
            bad again
            """)
        XCTAssertEqual(summary(report), ["1 house/probe inSource:names a product", "1 house/other inSource:names a product",
                                         "2 house/probe -"])
    }

    /// Found by the `suppressions` fuzz target (Fuzz/Crashers/suppressions): a spec with many `*`
    /// took time exponential in their number to match against each rule id, stalling the run.
    func testGlobsWithManyStarsMatchInLinearTime() throws {
        let stars = String(repeating: "*", count: 40)
        let started = Date()
        let report = try lint("""
            bad and worse <!-- copydesk-disable-line h*o*u*s*e*/*p*r*o*b*e \(stars)x*\(stars) house/o\(stars)r -->
            """)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(summary(report), ["1 house/probe inSource:", "1 house/other inSource:",
                                         "1 copydesk/unused-suppression -"])
    }

    func testASuppressionThatSilencesNothingIsReported() throws {
        let report = try lint("""
            bad
            <!-- copydesk-disable-next-line house/other -- stale -->
            fine now
            """)
        XCTAssertEqual(summary(report), ["1 house/probe -", "2 copydesk/unused-suppression -"])
        let unused = report.results[1]
        XCTAssertEqual(unused.region.start.column, 1)
        XCTAssertTrue(unused.message.contains("`house/other` suppresses nothing"), unused.message)
        XCTAssertTrue(report.rules.contains { $0.id == "copydesk/unused-suppression" })
    }

    func testUnknownCommentIsAProblemWithASuggestion() throws {
        let report = try lint("bad\n<!-- copydesk-disabel house/probe -->\n")
        XCTAssertEqual(report.problems.map(\.message),
                       ["line 2: unknown suppression comment `copydesk-disabel`; did you mean `copydesk-disable`?; known: copydesk-disable, copydesk-enable, copydesk-disable-next-line, copydesk-disable-line"])
    }

    func testSARIFKeepsSuppressedResultsWithInSourceJustification() throws {
        let report = try lint("<!-- copydesk-disable-next-line house/probe -- quoted speech -->\nbad\n", file: "b.html")
        let sarif = SARIFReporter().render(report)
        XCTAssertTrue(sarif.contains(#""kind":"inSource""#), sarif)
        XCTAssertTrue(sarif.contains(#""justification":"quoted speech""#), sarif)
        XCTAssertEqual(report.results.count, 1)
    }
}
