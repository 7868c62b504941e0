import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation
import XCTest

/// Memory of one file's work: a generated file with a fact tag every few bytes must not hold all of
/// them. Past `maxNotesPerFile` note-level results are left out (the first ones, in position
/// order, are kept), warnings and errors never are, one problem says how many, and the plugins that
/// make fact tags stop building them past the limit. Counted, not timed.
final class ResultCapTests: XCTestCase {
    /// 300 dated sentences, each a `dates/expression` note, and a weekday that does not match its
    /// date (an error) after all of them.
    private func workspace() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\nplugins:\n  attribution: off\n  sanctions: off\n")
        var text = ""
        for day in 0..<300 { text += "The board met on March \(day % 28 + 1), 2024.\n" }
        text += "The council met on Tuesday, Dec. 4, 2025.\n"
        try workspace.write("generated.txt", text)
        return workspace
    }

    private func run(_ workspace: TestWorkspace, maxNotes: Int) throws -> Report {
        var request = LintRequest(paths: ["generated.txt"], root: workspace.root,
                                  referenceDate: DocumentDate(parsing: "2025-12-06T09:00:00Z"),
                                  now: DocumentDate(parsing: "2025-12-06T10:00:00Z")!.instant, jobs: 1, minLevel: .note)
        request.maxNotesPerFile = maxNotes
        return try LintRunner().run(request)
    }

    func testNotesPastTheCapAreLeftOutWithOneProblemAndWarningsAndErrorsAreKept() throws {
        let workspace = try workspace()
        let all = try run(workspace, maxNotes: 0)
        let allNotes = all.results.filter { $0.level == .note }
        XCTAssertGreaterThanOrEqual(allNotes.count, 300)
        XCTAssertTrue(all.problems.isEmpty, "\(all.problems)")
        XCTAssertTrue(all.results.contains { $0.ruleID == "dates/weekday-mismatch" })

        let capped = try run(workspace, maxNotes: 100)
        let notes = capped.results.filter { $0.level == .note }
        XCTAssertEqual(notes.count, 100, "only the first 100 notes are kept")
        XCTAssertEqual(notes, Array(allNotes.prefix(100)), "the kept notes are the first ones, fingerprints and all")
        XCTAssertEqual(capped.results.filter { $0.level != .note }, all.results.filter { $0.level != .note },
                       "warnings and errors are never dropped")
        XCTAssertEqual(capped.problems.count, 1, "\(capped.problems)")
        XCTAssertEqual(capped.problems.first?.level, .warning)
        XCTAssertEqual(capped.problems.first?.path, "generated.txt")
        XCTAssertTrue(capped.problems.first?.message.hasPrefix("\(allNotes.count - 100) note-level results past the first 100") == true,
                      capped.problems.first?.message ?? "")
        XCTAssertTrue(capped.problems.first?.message.contains("--max-results-per-file") == true)

        // The default cap is far above an article.
        XCTAssertEqual(try run(workspace, maxNotes: LintRequest.defaultMaxNotesPerFile).results, all.results)
    }
}
