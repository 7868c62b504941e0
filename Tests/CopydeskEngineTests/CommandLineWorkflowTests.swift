import CopydeskCore
import CopydeskTestSupport
import Foundation
import XCTest

/// Workflows through the `copydesk` executable: `--config`, packs replaced per folder, the exit
/// status at each `--fail-level`, status 2 for an output or a baseline that cannot be used,
/// `--shard` and `copydesk merge` (missing, repeated and mismatched shards), `rules`.
///
/// The workspaces lint with a small pack of their own and the built-in plugins off, so that each
/// run is quick and its findings are known exactly.
final class CommandLineWorkflowTests: XCTestCase {
    func copydesk(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        try TestWorkspace.run(try Requirement.copydesk(), arguments, in: folder)
    }

    static let pluginsOff = "plugins:\n  dates: off\n  attribution: off\n  sanctions: off\n  stale-timestamps: off\n"

    /// A pack `name` of existence rules: `word` → level.
    static func pack(_ rules: [(id: String, word: String, level: String)]) -> String {
        "rules:\n" + rules.map { rule in
            """
              - id: \(rule.id)
                kind: existence
                level: \(rule.level)
                description: Flags \(rule.word).
                message: "found {match}"
                help: Do not write \(rule.word).
                examples: {triggers: ["\(rule.word)"], passes: ["other"]}
                tokens: [\(rule.word)]

            """
        }.joined()
    }

    /// A workspace with the pack `house` (alpha: note, beta: warning, gamma: error) in use.
    func houseWorkspace() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        try workspace.write("house/rules.yml", Self.pack([("alpha", "alpha", "note"), ("beta", "beta", "warning"), ("gamma", "gamma", "error")]))
        try workspace.write(".copydesk.yml", "packs: [./house]\n" + Self.pluginsOff)
        return workspace
    }

    func testExitStatusAtEachFailLevel() throws {
        let workspace = try houseWorkspace()
        try workspace.write("note.txt", "An alpha here.\n")
        try workspace.write("warning.txt", "A beta here.\n")
        try workspace.write("error.txt", "A gamma here.\n")
        try workspace.write("clean.txt", "Nothing here.\n")
        let expected: [String: [String: Int32]] = [
            "note": ["note.txt": 1, "warning.txt": 1, "error.txt": 1, "clean.txt": 0],
            "warning": ["note.txt": 0, "warning.txt": 1, "error.txt": 1, "clean.txt": 0],
            "error": ["note.txt": 0, "warning.txt": 0, "error.txt": 1, "clean.txt": 0],
            "none": ["note.txt": 0, "warning.txt": 0, "error.txt": 0, "clean.txt": 0],
        ]
        for (level, files) in expected {
            for (file, status) in files {
                let run = try copydesk(["lint", file, "--fail-level", level, "--format", "json"], in: workspace.root)
                XCTAssertEqual(run.status, status, "--fail-level \(level) on \(file): \(run.err)")
            }
        }
        // The default is warning.
        XCTAssertEqual(try copydesk(["lint", "note.txt"], in: workspace.root).status, 0)
        XCTAssertEqual(try copydesk(["lint", "warning.txt"], in: workspace.root).status, 1)
        XCTAssertEqual(try copydesk(["lint", "note.txt", "--fail-level", "severe"], in: workspace.root).status, 2)
    }

    func testConfigOptionReplacesTheDiscoveredFiles() throws {
        let workspace = try houseWorkspace()
        try workspace.write("desk/.copydesk.yml", "rules:\n  house/beta: off\n")
        try workspace.write("desk/a.txt", "A beta and a gamma.\n")
        let discovered = try copydesk(["lint", "desk/a.txt", "--format", "json"], in: workspace.root)
        XCTAssertEqual(try ruleIDs(discovered.out), ["house/gamma"], discovered.err)
        try workspace.write("explicit.yml", "packs: [./house]\n" + Self.pluginsOff + "rules:\n  house/gamma: off\n")
        let explicit = try copydesk(["lint", "desk/a.txt", "--format", "json", "--config", "explicit.yml"], in: workspace.root)
        XCTAssertEqual(try ruleIDs(explicit.out), ["house/beta"], "only --config applies: \(explicit.err)")
        let missing = try copydesk(["lint", "desk/a.txt", "--config", "nowhere.yml"], in: workspace.root)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("nowhere.yml"), missing.err)
    }

    /// `packs:` in a folder replaces the packs of the folders above it (it does not add to them).
    func testPacksInAFolderReplaceTheParentsPacks() throws {
        let workspace = try houseWorkspace()
        try workspace.write("other/rules.yml", Self.pack([("delta", "delta", "warning")]))
        try workspace.write("desk/.copydesk.yml", "packs: [../other]\n")
        try workspace.write("none/.copydesk.yml", "packs: []\n")
        for folder in ["", "desk/", "none/"] { try workspace.write(folder + "a.txt", "A beta and a delta.\n") }
        let run = try copydesk(["lint", ".", "--format", "json"], in: workspace.root)
        let results = try resultPairs(run.out)
        XCTAssertEqual(results, ["a.txt house/beta", "desk/a.txt other/delta"], run.err)
    }

    func testUnwritableOutputAndBadBaselineAreStatusTwo() throws {
        let workspace = try houseWorkspace()
        try workspace.write("a.txt", "A beta.\n")
        try workspace.write("not-a-folder", "a file\n")
        for output in ["not-a-folder/report.sarif", "missing/folder/report.sarif"] {
            let run = try copydesk(["lint", "a.txt", "--format", "sarif", "--output", output], in: workspace.root)
            XCTAssertEqual(run.status, 2, "--output \(output): \(run.err)")
            XCTAssertTrue(run.err.contains(output), run.err)
        }
        try workspace.write("garbage.json", "{not json")
        for baseline in ["nowhere.json", "garbage.json", "a.txt"] {
            let run = try copydesk(["lint", "a.txt", "--baseline", baseline], in: workspace.root)
            XCTAssertEqual(run.status, 2, "--baseline \(baseline): \(run.err)")
            XCTAssertTrue(run.err.contains(baseline), run.err)
        }
        let baseline = try copydesk(["baseline", "write", "baseline.json", "a.txt"], in: workspace.root)
        XCTAssertEqual(baseline.status, 0, baseline.err)
        XCTAssertEqual(try copydesk(["lint", "a.txt", "--baseline", "baseline.json"], in: workspace.root).status, 0, "baselined")
    }

    func testShardedLintAndMergeEndToEnd() throws {
        let workspace = try houseWorkspace()
        for i in 0..<24 { try workspace.write("desk/\(i % 5)/story-\(i).txt", "Story \(i): a beta\(i % 3 == 0 ? " and a gamma" : "").\n") }
        try workspace.write("desk/broken.txt", bytes: [0xFF, 0x0A])
        let whole = try copydesk(["lint", "desk", "--format", "sarif", "--output", "whole.sarif"], in: workspace.root)
        XCTAssertEqual(whole.status, 1, whole.err)
        var parts: [String] = []
        for index in 1...3 {
            let part = "part\(index).sarif"
            let run = try copydesk(["lint", "desk", "--shard", "\(index)/3", "--format", "sarif", "--output", part], in: workspace.root)
            XCTAssertLessThan(run.status, 2, run.err)
            parts.append(part)
        }
        let merge = try copydesk(["merge"] + parts + ["--output", "merged.sarif"], in: workspace.root)
        XCTAssertEqual(merge.status, 0, merge.err)
        let merged = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: workspace.root + "/merged.sarif")))
        let unsharded = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: workspace.root + "/whole.sarif")))
        XCTAssertEqual(merged, unsharded, "the merged log equals the unsharded run's")
        XCTAssertEqual(merged["runs"]?.arrayValue?.first?["results"]?.arrayValue?.count, 32)
        let check = try TestWorkspace.sarifCheck(workspace.root + "/merged.sarif", root: workspace.root)
        XCTAssertEqual(check.status, 0, check.output)

        let missing = try copydesk(["merge", "part1.sarif", "part3.sarif"], in: workspace.root)
        XCTAssertEqual(missing.status, 2, missing.out)
        XCTAssertTrue(missing.err.contains("shard 2/3 is missing"), missing.err)
        try FileManager.default.copyItem(atPath: workspace.root + "/part2.sarif", toPath: workspace.root + "/part2-again.sarif")
        let repeated = try copydesk(["merge", "part1.sarif", "part2.sarif", "part2-again.sarif", "part3.sarif"], in: workspace.root)
        XCTAssertEqual(repeated.status, 2, repeated.out)
        XCTAssertTrue(repeated.err.contains("part2-again.sarif: is shard 2/3 again"), repeated.err)
        _ = try copydesk(["lint", "desk", "--shard", "2/2", "--format", "sarif", "--output", "other.sarif"], in: workspace.root)
        let mismatched = try copydesk(["merge", "part1.sarif", "other.sarif", "part3.sarif"], in: workspace.root)
        XCTAssertEqual(mismatched.status, 2, mismatched.out)
        XCTAssertTrue(mismatched.err.contains("other.sarif: is shard 2/2, but part1.sarif is shard 1/3"), mismatched.err)
        let mixed = try copydesk(["merge", "part1.sarif", "part2.sarif", "part3.sarif", "whole.sarif"], in: workspace.root)
        XCTAssertEqual(mixed.status, 2, mixed.out)
        XCTAssertTrue(mixed.err.contains("whole.sarif: is not the log of a sharded run"), mixed.err)
        XCTAssertEqual(try copydesk(["lint", "desk", "--shard", "4/3"], in: workspace.root).status, 2)
    }

    /// `copydesk rules` lists every built-in rule once, with its default level and summary.
    func testRulesOutputContent() throws {
        let workspace = try TestWorkspace()
        let run = try copydesk(["rules"], in: workspace.root)
        XCTAssertEqual(run.status, 0, run.err)
        let lines = run.out.split(separator: "\n").map(String.init)
        let rows = lines.map { $0.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init) }
        let ids = rows.compactMap(\.first)
        XCTAssertEqual(ids, ids.sorted(), "sorted by id")
        XCTAssertEqual(Set(ids).count, ids.count, "each rule once")
        XCTAssertGreaterThanOrEqual(ids.count, 44)
        let levels = Dictionary(uniqueKeysWithValues: rows.filter { $0.count >= 2 }.map { ($0[0], $0[1]) })
        XCTAssertEqual(levels["dates/weekday-mismatch"], "error")
        XCTAssertEqual(levels["dates/expression"], "note")
        XCTAssertEqual(levels["dates/house-style"], "off")
        XCTAssertEqual(levels["attribution/unattributed-quote"], "warning")
        XCTAssertEqual(levels["stale-timestamps/relative-timestamp"], "error")
        XCTAssertEqual(levels["stale-timestamps/git-modified"], "off")
        XCTAssertEqual(levels["sanctions/listed-entity"], "warning")
        XCTAssertEqual(levels["newsroom/vague-attribution"], "off")
        for plugin in ["dates/", "attribution/", "sanctions/", "stale-timestamps/", "newsroom/", "consistency/", "scrape-residue/", "pii/"] {
            XCTAssertTrue(ids.contains { $0.hasPrefix(plugin) }, "no \(plugin) rule listed")
        }
        XCTAssertTrue(rows.allSatisfy { $0.count == 3 && !$0[2].isEmpty && ["note", "warning", "error", "off"].contains($0[1]) },
                      "every line is id, level, summary:\n\(run.out)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("dates/weekday-mismatch") && $0.contains("error") && $0.hasSuffix(".") })
    }

    // MARK: Helpers

    /// The `rule` of each result of a JSON report, in order.
    func ruleIDs(_ json: String) throws -> [String] {
        try results(json).compactMap { $0["rule"] as? String ?? $0["ruleID"] as? String }
    }

    /// "path rule" of each result of a JSON report.
    func resultPairs(_ json: String) throws -> [String] {
        try results(json).map { "\($0["path"] as? String ?? "?") \($0["rule"] as? String ?? $0["ruleID"] as? String ?? "?")" }
    }

    func results(_ json: String) throws -> [[String: Any]] {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], json)
        return try XCTUnwrap(object["results"] as? [[String: Any]], json)
    }
}
