import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import XCTest

final class LintRunnerTests: XCTestCase {
    var registry: PluginRegistry {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return registry
    }

    func lint(_ workspace: TestWorkspace, _ paths: [String] = ["."], minLevel: Level = .note, config: String? = nil) throws -> Report {
        try LintRunner(registry: registry).run(LintRequest(paths: paths, root: workspace.root, configFile: config, minLevel: minLevel))
    }

    func testPositionsAreUTF16AndExactAcrossCRLFBOMEmojiAccentsAndCJK() throws {
        let workspace = try TestWorkspace()
        try workspace.write("news/crlf.txt", "First line\r\nSecond teh line\r\n")
        try workspace.write("news/bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("teh start\n".utf8))
        try workspace.write("news/emoji.txt", "Rain 🌧️ in Kyiv and teh 😀 sun\n")
        try workspace.write("news/accents.txt", "Cafe\u{301} re\u{301}sume\u{301} teh\n")
        try workspace.write("news/cjk.txt", "东京 teh 大阪\nKyiv\n")
        let report = try lint(workspace)
        let byPath = Dictionary(grouping: report.results, by: \.path)

        let crlf = try XCTUnwrap(byPath["news/crlf.txt"]?.first)
        XCTAssertEqual([crlf.region.start.line, crlf.region.start.column, crlf.region.end.column], [2, 8, 11])
        XCTAssertEqual(crlf.region.start.utf16Offset, 19)
        XCTAssertEqual(crlf.snippet, "teh")

        let bom = try XCTUnwrap(byPath["news/bom.txt"]?.first)
        XCTAssertEqual([bom.region.start.line, bom.region.start.column, bom.region.start.utf16Offset], [1, 1, 0])

        let emoji = try XCTUnwrap(byPath["news/emoji.txt"]?.first { $0.ruleID == "probe/typo" })
        // "Rain " 5 + 🌧 2 + VS16 1 + " in Kyiv and " 13 = 21 units before "teh".
        XCTAssertEqual(emoji.region.start.column, 22)
        XCTAssertEqual(emoji.region.start.utf16Offset, 21)
        XCTAssertEqual(emoji.region.utf16Length, 3)

        let accents = try XCTUnwrap(byPath["news/accents.txt"]?.first)
        // Combining accents are code units of their own: "Cafe\u{301} re\u{301}sume\u{301} " is 15 units.
        XCTAssertEqual(accents.region.start.column, 16)

        let cjk = try XCTUnwrap(byPath["news/cjk.txt"]?.first { $0.ruleID == "probe/typo" })
        XCTAssertEqual(cjk.region.start.column, 4)
        let place = try XCTUnwrap(byPath["news/cjk.txt"]?.first { $0.ruleID == "probe/place" })
        XCTAssertEqual([place.region.start.line, place.region.start.column, place.region.start.utf16Offset], [2, 1, 10])

        let sarif = workspace.root + "/out.sarif"
        try SARIFReporter().render(report).write(toFile: sarif, atomically: true, encoding: .utf8)
        let check = try TestWorkspace.sarifCheck(sarif, root: workspace.root)
        XCTAssertEqual(check.status, 0, check.output)
        XCTAssertTrue(check.summary.contains(" 0 errors"), check.output)
    }

    func testOutputIsDeterministicAndOrderedByPathPositionAndRule() throws {
        let workspace = try TestWorkspace()
        for i in (0..<40).reversed() {
            try workspace.write("b/\(i).txt", "Kyiv teh Kyiv teh \(i)\n")
        }
        try workspace.write("a.txt", "teh Kyiv\n")
        let first = SARIFReporter().render(try lint(workspace))
        let second = SARIFReporter().render(try lint(workspace))
        XCTAssertEqual(first, second)
        let report = try lint(workspace)
        let keys = report.results.map { "\($0.path)|\(String(format: "%08d", $0.region.start.byteOffset))|\($0.ruleID)" }
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertEqual(report.results.first?.path, "a.txt")
    }

    func testFingerprintSurvivesEditsElsewhereInTheFile() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Intro.\n\nThe teh mistake.\n")
        let before = try lint(workspace).results.first { $0.ruleID == "probe/typo" }!
        try workspace.write("a.txt", "A new first paragraph, longer.\n\nIntro.\n\nThe teh mistake.\n")
        let after = try lint(workspace).results.first { $0.ruleID == "probe/typo" }!
        XCTAssertEqual(before.fingerprint, after.fingerprint)
        XCTAssertNotEqual(before.region.start.line, after.region.start.line)
    }

    /// A result's fingerprint hashes its line; on a line of a megabyte with a finding every few
    /// bytes, hashing the whole line for each would cost the line's length squared. A line over
    /// 4 KiB enters as its own hash, computed once; shorter lines as before (their fingerprints stay).
    func testFingerprintsHashAVeryLongLineOnceNotOncePerResult() throws {
        let workspace = try TestWorkspace()
        let long = String(repeating: "teh  Kyiv ", count: 2_000)
        try workspace.write("a.txt", "The  teh mistake.\n" + long + "\n")
        let typos = try lint(workspace).results.filter { $0.ruleID == "probe/typo" }
        XCTAssertEqual(typos.count, 2_001)
        // A short line: rule, snippet, the line with its spacing folded, the result's number among those alike.
        XCTAssertEqual(typos[0].fingerprint, StableHash.fnv1a(["probe/typo", "teh", "The teh mistake.", "0"]))
        let folded = String(repeating: "teh Kyiv ", count: 2_000).dropLast()
        let lineHash = "fnv1a:" + StableHash.fnv1a([String(folded)])
        XCTAssertEqual(typos[1].fingerprint, StableHash.fnv1a(["probe/typo", "teh", lineHash, "0"]))
        XCTAssertEqual(typos[2_000].fingerprint, StableHash.fnv1a(["probe/typo", "teh", lineHash, "1999"]))
        XCTAssertEqual(Set(typos.map(\.fingerprint)).count, typos.count)
    }

    func testRelatedLocationsFixesAndPropertiesReachSARIF() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Kyiv and teh and Kyiv\n")
        let log = SARIFReporter().sarifLog(try lint(workspace))
        let results = log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
        let fix = results.first { $0["ruleId"]?.stringValue == "probe/typo" }?["fixes"]?.arrayValue?.first
        XCTAssertEqual(fix?["artifactChanges"]?.arrayValue?.first?["replacements"]?.arrayValue?.first?["insertedContent"]?["text"], "the")
        let second = results.last { $0["ruleId"]?.stringValue == "probe/place" }
        XCTAssertEqual(second?["relatedLocations"]?.arrayValue?.count, 1)
        XCTAssertEqual(second?["properties"]?["place"]?["name"], "Kyiv")
        XCTAssertEqual(second?["ruleIndex"]?.intValue, 0)
        let rules = log["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        XCTAssertEqual(rules.compactMap { $0["id"]?.stringValue }, ["probe/place", "probe/typo"])
    }

    func testMinLevelLeavesOutNotes() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Kyiv teh\n")
        XCTAssertEqual(try lint(workspace, minLevel: .warning).results.map(\.ruleID), ["probe/typo"])
    }

    func testCatastrophicPatternBecomesAProblemNotAHang() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "rules:\n  probe/limit: error\n")
        try workspace.write("a.txt", String(repeating: "x", count: 5000) + "!\n")
        let report = try lint(workspace)
        XCTAssertTrue(report.problems.contains { $0.ruleID == "probe/limit" && $0.message.contains("stopped") }, "\(report.problems)")
        XCTAssertEqual(report.highestLevel, .error)
    }
}

extension LintRunnerTests {
    /// The streamed SARIF text is exactly the serialised log value (with and without results),
    /// compact by default and indented by two spaces when pretty.
    func testStreamedSARIFEqualsTheSerialisedLog() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Kyiv teh \"quoted\" 😀 Kyiv\n")
        try workspace.write("bad.txt", bytes: [0xFF])
        for minLevel in [Level.note, .error] {
            let report = try lint(workspace, minLevel: minLevel)
            XCTAssertEqual(SARIFReporter().render(report), SARIFReporter().sarifLog(report).serialized(indent: nil) + "\n")
            XCTAssertEqual(SARIFReporter(pretty: true).render(report), SARIFReporter().sarifLog(report).serialized(indent: 2) + "\n")
        }
        // Every optional member of a result, written directly and through the log value alike.
        var report = try lint(workspace, minLevel: .note)
        XCTAssertGreaterThan(report.results.count, 1)
        let region = report.results[0].region
        report.results[0].baselineState = .unchanged
        report.results[0].suppressions = [Suppression(kind: .inSource, justification: "a \"reason\""), Suppression(kind: .external, justification: nil)]
        report.results[0].fixes = [ReportedFix(description: "Fix it", replacements: [(region: region, text: "Kyiv\n")])]
        report.results[1].related = [ReportedRelated(region: region, snippet: "Kyiv", message: "first use")]
        report.results[1].properties = ["value": .string("2026-11-29"), "nested": .object(["n": .int(-3), "list": .array([.bool(true), .null])])]
        XCTAssertEqual(SARIFReporter().render(report), SARIFReporter().sarifLog(report).serialized(indent: nil) + "\n")
        XCTAssertEqual(SARIFReporter(pretty: true).render(report), SARIFReporter().sarifLog(report).serialized(indent: 2) + "\n")

        // A log of several megabytes reaches the sink in chunks that add up to the same bytes.
        report.results = Array(repeating: report.results, count: 2000).flatMap { $0 }
        var chunks = 0
        var streamed: [UInt8] = []
        try SARIFReporter(pretty: true).write(report) { chunks += 1; streamed.append(contentsOf: $0) }
        XCTAssertGreaterThan(chunks, 2)
        XCTAssertEqual(streamed, Array((SARIFReporter().sarifLog(report).serialized(indent: 2) + "\n").utf8))
    }
}

extension LintRunnerTests {
    /// `--timings` collects each plugin's time and, within the policy engine, each rule's; rules the
    /// configuration turns off are not run and so take none.
    func testTimingsCoverEveryPluginAndTheRulesThatRan() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "Officials said teh plan, reportedly a 5 percent rise, starts on Monday.\n")
        try workspace.write(".copydesk.yml", "rules:\n  newsroom/percent-sign: off\n")
        var request = LintRequest(paths: ["."], root: workspace.root)
        request.timings = RuleTimings()
        _ = try LintRunner(registry: .builtIn).run(request)
        let totals = Dictionary(uniqueKeysWithValues: request.timings!.totals.map { ($0.id, $0.seconds) })
        for plugin in ["policies", "dates", "attribution", "sanctions", "stale-timestamps"] {
            XCTAssertNotNil(totals[plugin], "\(plugin) in \(totals.keys.sorted())")
            XCTAssertNotNil(totals[plugin + " (setup)"], "making \(plugin) is timed too")
        }
        XCTAssertNotNil(totals["newsroom/long-sentence"])
        XCTAssertNil(totals["newsroom/percent-sign"], "a rule turned off is not run")
        let ruleTime = totals.filter { $0.key.contains("/") }.values.reduce(0, +)
        XCTAssertLessThanOrEqual(ruleTime, totals["policies"]!, "the rules' time is part of the engine's")
    }
}
