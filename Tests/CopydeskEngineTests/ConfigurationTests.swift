import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import XCTest

final class ConfigurationTests: XCTestCase {
    var registry: PluginRegistry {
        var registry = PluginRegistry(factories: [])
        registry.register(ProbePlugin.factory)
        return registry
    }

    func run(_ workspace: TestWorkspace, paths: [String] = ["."]) throws -> Report {
        try LintRunner(registry: registry).run(LintRequest(paths: paths, root: workspace.root))
    }

    func expectError(_ workspace: TestWorkspace, file: String = ".copydesk.yml", line: Int?, column: Int?, contains fragment: String,
                     _ caller: StaticString = #filePath, _ callerLine: UInt = #line) {
        XCTAssertThrowsError(try run(workspace), file: caller, line: callerLine) { error in
            guard let error = error as? ConfigurationError else { return XCTFail("unexpected \(error)", file: caller, line: callerLine) }
            XCTAssertTrue(error.file.hasSuffix(file), error.description, file: caller, line: callerLine)
            XCTAssertEqual(error.line, line, error.description, file: caller, line: callerLine)
            XCTAssertEqual(error.column, column, error.description, file: caller, line: callerLine)
            XCTAssertTrue(error.message.contains(fragment), error.description, file: caller, line: callerLine)
        }
    }

    func testUnknownTopLevelKeySuggestsTheNearestKey() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "rules:\n  probe/typo: error\nignor:\n  - drafts/**\n")
        try workspace.write("a.txt", "teh\n")
        expectError(workspace, line: 3, column: 1, contains: "did you mean `ignore`?")
    }

    func testUnknownPluginOptionAndBadLevelAndUnknownRule() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "teh\n")
        try workspace.write(".copydesk.yml", "plugins:\n  probe:\n    wrod: x\n")
        expectError(workspace, line: 3, column: 5, contains: "did you mean `word`?")
        try workspace.write(".copydesk.yml", "rules:\n  probe/typo: eror\n")
        expectError(workspace, line: 2, column: 15, contains: "did you mean `error`?")
        try workspace.write(".copydesk.yml", "rules:\n  probe/typos: error\n")
        expectError(workspace, line: 2, column: 3, contains: "did you mean `probe/typo`?")
        try workspace.write(".copydesk.yml", "rules: [unclosed\n")
        expectError(workspace, line: 2, column: 1, contains: "invalid YAML")
        try workspace.write(".copydesk.yml", "packs: [no-such-pack]\n")
        expectError(workspace, line: 1, column: 9, contains: "policy pack `no-such-pack` not found")
    }

    /// The level of the probe's `probe/typo` finding in each file that has one.
    func typoLevels(_ workspace: TestWorkspace) throws -> [String: Level] {
        Dictionary(uniqueKeysWithValues: try run(workspace).results.filter { $0.ruleID == "probe/typo" }.map { ($0.path, $0.level) })
    }

    func testFolderConfigurationOverridesItsParentAndOverridesApplyByGlob() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "rules:\n  probe/typo: error\noverrides:\n  - files: ['wire/**']\n    rules:\n      probe/typo: note\n")
        try workspace.write("desk/.copydesk.yml", "rules:\n  probe/typo: off\n")
        try workspace.write("a.txt", "teh\n")
        try workspace.write("desk/b.txt", "teh\n")
        try workspace.write("wire/c.txt", "teh\n")
        XCTAssertEqual(try typoLevels(workspace), ["a.txt": .error, "wire/c.txt": .note])
    }

    /// `root: true` stops the walk up: a parent's settings, and even a broken parent file, do not apply.
    func testRootConfigurationIgnoresItsParents() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "rules:\n  probe/typo: error\n")
        try workspace.write("desk/.copydesk.yml", "root: true\n")
        try workspace.write("desk/b.txt", "teh\n")
        try workspace.write("a.txt", "teh\n")
        XCTAssertEqual(try typoLevels(workspace), ["a.txt": .error, "desk/b.txt": .warning], "desk/ is back to the rule's own level")
        try workspace.write(".copydesk.yml", "rules: [unclosed\n")
        XCTAssertEqual(try run(workspace, paths: ["desk"]).results.filter { $0.ruleID == "probe/typo" }.count, 1)
        try workspace.write(".copydesk.yml", "rules:\n  probe/typo: error\n")
        try workspace.write("desk/.copydesk.yml", "root: yes please\n")
        expectError(workspace, file: "desk/.copydesk.yml", line: 1, column: 7, contains: "`root`")
    }

    func testIgnoreGlobsAndPluginOptions() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "ignore:\n  - drafts/\n  - '*.tmp.txt'\nplugins:\n  probe:\n    word: colour\n")
        try workspace.write("a.txt", "teh colour\n")
        try workspace.write("drafts/b.txt", "colour\n")
        try workspace.write("x/c.tmp.txt", "colour\n")
        let report = try run(workspace)
        XCTAssertEqual(report.filesScanned, ["a.txt"])
        XCTAssertEqual(report.results.filter { $0.ruleID == "probe/typo" }.map(\.snippet), ["colour"])
    }

    func testDisabledPluginAndOffByDefaultRules() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "teh\n")
        try workspace.write(".copydesk.yml", "plugins:\n  probe: off\n")
        XCTAssertTrue(try run(workspace).results.isEmpty)
    }

    func testGlobs() {
        XCTAssertTrue(Glob("drafts/**").matches("drafts/a/b.md"))
        XCTAssertTrue(Glob("drafts/").matches("drafts/a.md"))
        XCTAssertTrue(Glob("*.md").matches("x/y/z.md"))
        XCTAssertFalse(Glob("*.md").matches("x/y/z.txt"))
        XCTAssertTrue(Glob("news/*/final-?.txt").matches("news/2025/final-1.txt"))
        XCTAssertFalse(Glob("news/*/final-?.txt").matches("news/2025/12/final-1.txt"))
        XCTAssertTrue(Glob("**/[abc]*.html").matches("x/b1.html"))
    }
}

extension ConfigurationTests {
    func testUnusedSuppressionRuleTakesItsLevelFromTheConfiguration() throws {
        let workspace = try TestWorkspace()
        try workspace.write("a.md", "# Title\n\n<!-- copydesk-disable-next-line probe/typo -->\nNo typo here.\n")
        try workspace.write(".copydesk.yml", "rules:\n  copydesk/unused-suppression: error\n")
        XCTAssertEqual(try run(workspace).results.map(\.level), [.error])
        try workspace.write(".copydesk.yml", "rules:\n  copydesk/unused-suppression: off\n")
        XCTAssertEqual(try run(workspace).results.count, 0)
    }
}

extension ConfigurationTests {
    /// A stray `.copydesk.yml` above the test folders (here: a broken one, and one that turns the
    /// probe off) changes nothing: every workspace stops the walk with `root: true`.
    func testStrayConfigurationAboveTheWorkspaceChangesNothing() throws {
        let outer = NSTemporaryDirectory() + "copydesk-stray-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: outer, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outer) }
        for stray in ["rules: [unclosed\n", "plugins:\n  probe: off\n", "rules:\n  probe/typo: error\n"] {
            try stray.write(toFile: outer + "/.copydesk.yml", atomically: true, encoding: .utf8)
            let workspace = try TestWorkspace(in: outer)
            try workspace.write("a.txt", "teh\n")
            XCTAssertEqual(try typoLevels(workspace), ["a.txt": .warning], stray)
        }
    }
}

extension ConfigurationTests {
    /// A folder's plugin options add to its parent's, key by key: the child sets `place`, the
    /// parent's `word` still applies below it; a child's value for the same key wins.
    func testPluginOptionsMergeAcrossFolders() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "plugins:\n  probe:\n    word: colour\n")
        try workspace.write("desk/.copydesk.yml", "plugins:\n  probe:\n    place: Lviv\n")
        try workspace.write("desk/night/.copydesk.yml", "plugins:\n  probe:\n    word: color\n")
        let text = "teh colour color Kyiv Lviv\n"
        for path in ["a.txt", "desk/b.txt", "desk/night/c.txt"] { try workspace.write(path, text) }
        let found = try run(workspace).results.map { "\($0.path) \($0.ruleID) \($0.snippet)" }
        XCTAssertEqual(found, [
            "a.txt probe/typo colour", "a.txt probe/place Kyiv",
            "desk/b.txt probe/typo colour", "desk/b.txt probe/place Lviv",
            "desk/night/c.txt probe/typo color", "desk/night/c.txt probe/place Lviv",
        ])
    }

    /// A parent's override that matches a child folder comes before the child's own `rules:`: the
    /// nearer file wins, as a folder's file overrides its parent's.
    func testChildRulesWinOverAParentsOverride() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "overrides:\n  - files: ['desk/**', 'wire/**']\n    rules:\n      probe/typo: note\n")
        try workspace.write("desk/.copydesk.yml", "rules:\n  probe/typo: error\n")
        try workspace.write("desk/b.txt", "teh\n")
        try workspace.write("wire/c.txt", "teh\n")
        try workspace.write("a.txt", "teh\n")
        XCTAssertEqual(try typoLevels(workspace), ["a.txt": .warning, "desk/b.txt": .error, "wire/c.txt": .note])
        // The child's own override, matching its own files, wins over its rules.
        try workspace.write("desk/.copydesk.yml", "rules:\n  probe/typo: error\noverrides:\n  - files: ['b.txt']\n    rules:\n      probe/typo: off\n")
        XCTAssertEqual(try typoLevels(workspace), ["a.txt": .warning, "wire/c.txt": .note])
    }
}

extension ConfigurationTests {
    /// Suppression comments are the comments each reader finds: in Markdown, an HTML block or inline
    /// HTML suppresses and the same text in a code block or code span does not; in HTML, a comment
    /// suppresses and the same text inside `<script>` does not; plain text reads them anywhere.
    func testSuppressionCommentsAreTheCommentsTheReaderFinds() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\n")
        let comment = "<!-- copydesk-disable-next-line probe/typo -->"
        try workspace.write("block.md", "# Title\n\n\(comment)\nteh\n")
        try workspace.write("inline.md", "# Title\n\nA line \(comment)\nteh\n")
        try workspace.write("fenced.md", "# Title\n\n```\n\(comment)\n```\nteh\n")
        try workspace.write("span.md", "# Title\n\nA line `\(comment)`\nteh\n")
        try workspace.write("page.html", "<p>Intro</p>\n\(comment)\n<p>teh</p>\n")
        try workspace.write("script.html", "<script>var s = '\(comment)';\n</script>\n<p>teh</p>\n")
        try workspace.write("note.txt", "Intro\n\(comment)\nteh\n")
        let typos = try run(workspace).results.filter { $0.ruleID == "probe/typo" }
        let suppressed = Dictionary(uniqueKeysWithValues: typos.map { ($0.path, !$0.suppressions.isEmpty) })
        XCTAssertEqual(suppressed, ["block.md": true, "inline.md": true, "fenced.md": false, "span.md": false,
                                    "page.html": true, "script.html": false, "note.txt": true])
    }
}
