import CopydeskTestSupport
import Foundation
import XCTest

/// `rules`, `explain` and `lint` see the same runtime plugins: those of `--plugin` and of the
/// configuration's `load:`, with their options; a plugin's unusable answer names the plugin.
final class RuntimePluginCommandTests: XCTestCase {
    private var quoteLength: String { TestWorkspace.packageRoot + "/Examples/plugins/python-quote-length/quote_length.py" }

    private func copydesk(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        try TestWorkspace.run(try Requirement.copydesk(), arguments, in: folder)
    }

    func testRulesAndExplainLoadTheConfiguredPluginWithItsOptions() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", """
            root: true
            load:
              - {command: [python3, \(quoteLength)], timeout: 20}
            plugins:
              quote-length: {max_words: 30}
            """)
        let rules = try copydesk(["rules"], in: workspace.root)
        XCTAssertEqual(rules.status, 0, rules.err)
        XCTAssertTrue(rules.out.contains("quote-length/long-quote"), rules.out)
        let explain = try copydesk(["explain", "dates/weekday-mismatch"], in: workspace.root)
        XCTAssertEqual(explain.status, 0, explain.err)
        let explainPlugin = try copydesk(["explain", "quote-length/long-quote"], in: workspace.root)
        XCTAssertEqual(explainPlugin.status, 0, explainPlugin.err)
        XCTAssertTrue(explainPlugin.out.contains("Paraphrase"), explainPlugin.out)
    }

    func testRulesTakesPluginOnTheCommandLine() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\n")
        let rules = try copydesk(["rules", "--plugin", quoteLength], in: workspace.root)
        XCTAssertEqual(rules.status, 0, rules.err)
        XCTAssertTrue(rules.out.contains("quote-length/long-quote"), rules.out)
    }

    func testAnAnswerWithOffsetsOutsideTheTextNamesThePlugin() throws {
        let workspace = try TestWorkspace()
        try workspace.write(".copydesk.yml", "root: true\npacks: []\n")
        try workspace.write("story.txt", "A short story.\n")
        try workspace.write("bad_offsets.py", """
            #!/usr/bin/env python3
            import json, sys
            for line in sys.stdin:
                request = json.loads(line)
                if request.get("type") == "describe":
                    answer = {"abi": 1, "id": "bad-offsets", "rules": [{"id": "bad-offsets/far", "shortDescription": "x",
                              "fullDescription": "x", "help": "x", "defaultLevel": "warning", "examples": []}]}
                else:
                    answer = {"findings": [{"rule": "bad-offsets/far", "start": 5000, "end": 5004, "message": "far away"}]}
                print(json.dumps(answer), flush=True)
            """)
        chmod(workspace.root + "/bad_offsets.py", 0o755)
        let run = try copydesk(["lint", "story.txt", "--format", "json", "--plugin", workspace.root + "/bad_offsets.py"], in: workspace.root)
        XCTAssertTrue(run.err.contains("plugin bad-offsets") || run.out.contains("plugin bad-offsets"), run.out + run.err)
    }
}
