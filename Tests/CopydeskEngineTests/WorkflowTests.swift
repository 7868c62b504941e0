import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation
import XCTest

/// CI workflows: sharding and merging, baselines, linting only what changed in git.
final class WorkflowTests: XCTestCase {
    var registry: PluginRegistry {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return registry
    }

    func lint(_ root: String, configure: (inout LintRequest) -> Void = { _ in }) throws -> Report {
        var request = LintRequest(paths: ["."], root: root)
        configure(&request)
        return try LintRunner(registry: registry).run(request)
    }

    func testShardedRunsMergeIntoTheUnshardedRun() throws {
        let workspace = try TestWorkspace()
        for i in 0..<60 { try workspace.write("desk/\(i % 7)/story-\(i).txt", "Kyiv \(i) teh\n\nMore teh here.\n") }
        try workspace.write("desk/broken.txt", bytes: [0xFF])
        let whole = SARIFReporter().sarifLog(try lint(workspace.root))
        var logs: [JSONValue] = []
        var counted = 0
        for index in 1...4 {
            let report = try lint(workspace.root) { $0.shard = Shard(index: index, count: 4) }
            counted += report.filesScanned.count
            logs.append(SARIFReporter().sarifLog(report))
        }
        XCTAssertEqual(counted, 61)
        let merged = try SARIFMerger.merge(logs: logs)
        XCTAssertEqual(merged, whole)
        let path = workspace.root + "/merged.sarif"
        try merged.serialized().write(toFile: path, atomically: true, encoding: .utf8)
        let check = try TestWorkspace.sarifCheck(path, root: workspace.root)
        XCTAssertEqual(check.status, 0, check.output)
    }

    func testShardsAreStableAndCoverEveryFileOnce() {
        let paths = (0..<500).map { "news/\($0).md" }
        var seen: [String: Int] = [:]
        for index in 1...8 {
            for path in paths where Shard(index: index, count: 8).contains(path) { seen[path, default: 0] += 1 }
        }
        XCTAssertEqual(seen.count, 500)
        XCTAssertTrue(seen.values.allSatisfy { $0 == 1 })
        XCTAssertNil(Shard(parsing: "0/3"))
        XCTAssertNil(Shard(parsing: "4/3"))
        XCTAssertEqual(Shard(parsing: "2/3"), Shard(index: 2, count: 3))
    }

    func testBaselineRoundTripReportsOnlyNewFindings() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Old teh here.\n")
        let baseline = Baseline(report: try lint(workspace.root))
        let file = workspace.root + "/baseline.json"
        try baseline.serialized().write(toFile: file, atomically: true, encoding: .utf8)
        let reread = try Baseline(contentsOf: file)
        XCTAssertEqual(reread, baseline)

        try workspace.write("a.txt", "A new opening line.\n\nOld teh here.\n\nNew teh too.\n")
        let report = try lint(workspace.root) { $0.baseline = reread }
        let typos = report.results.filter { $0.ruleID == "probe/typo" }
        XCTAssertEqual(typos.map(\.baselineState), [.unchanged, .new])
        XCTAssertEqual(typos[0].suppressions, [Suppression(kind: .external, justification: "in the baseline")])
        XCTAssertEqual(report.highestLevel, .warning)
        let sarif = SARIFReporter().sarifLog(report)
        let states = sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue?.compactMap { $0["baselineState"]?.stringValue }
        XCTAssertEqual(states, ["unchanged", "new"])
        XCTAssertThrowsError(try Baseline(contentsOf: workspace.root + "/a.txt"))
    }

    func testChangedSinceLintsOnlyChangedFilesAndLines() throws {
        let workspace = try TestWorkspace()
        let root = workspace.root
        func git(_ arguments: String...) throws {
            let result = try TestWorkspace.run("/usr/bin/env", ["git", "-C", root, "-c", "user.name=Desk", "-c", "user.email=desk@example.org"] + arguments)
            XCTAssertEqual(result.status, 0, result.err)
        }
        try git("init", "-q")
        try workspace.write("kept.txt", "teh one\n")
        try workspace.write("edited.txt", "teh first\nsecond\nthird\n")
        try git("add", ".")
        try git("commit", "-q", "-m", "first")
        try workspace.write("edited.txt", "teh first\nsecond teh\nthird\n")
        try workspace.write("fresh.txt", "teh fresh\n")

        let files = try lint(root) { $0.changedSince = "HEAD" }
        XCTAssertEqual(files.filesScanned.sorted(), ["edited.txt", "fresh.txt"])
        XCTAssertEqual(files.results.filter { $0.ruleID == "probe/typo" }.count, 3)

        let lines = try lint(root) { $0.changedSince = "HEAD"; $0.onlyChangedLines = true }
        XCTAssertEqual(lines.results.filter { $0.ruleID == "probe/typo" }.map { "\($0.path):\($0.region.start.line)" },
                       ["edited.txt:2", "fresh.txt:1"])

        XCTAssertThrowsError(try lint(root) { $0.changedSince = "no-such-revision" }) { error in
            XCTAssertTrue("\(error)".contains("no-such-revision"), "\(error)")
        }
    }
}
