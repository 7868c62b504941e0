import CopydeskTestSupport
import Foundation
import XCTest

/// `copydesk test-policies` as users and CI run it.
final class TestPoliciesCommandTests: XCTestCase {
    func copydesk(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        let executable = try Requirement.copydesk()
        return try ProcessRunner.run(executable, arguments, in: folder)
    }

    func testTheShippedPacksPass() throws {
        let result = try copydesk(["test-policies"], in: RepositoryPaths.root)
        XCTAssertEqual(result.status, 0, result.out + result.err)
        XCTAssertTrue(result.out.contains("in 4 packs: all passed."), result.out)
    }

    func testFailingExamplesAndMissingExamplesFailLikeATestRunner() throws {
        let folder = try PolicyFixtures.packFolder(["rules.yml": """
            rules:
              - id: lonely
                kind: existence
                message: m
                description: d
                help: h
                tokens: [teh]
                examples:
                  triggers: ["«teh» end"]
              - id: wrong
                kind: existence
                message: m
                description: d
                help: h
                tokens: [teh]
                examples:
                  triggers: ["the end"]
                  passes: ["teh end"]
            """], name: "desk")
        let root = (folder as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try copydesk(["test-policies", "desk"], in: root)
        XCTAssertEqual(result.status, 1, result.out + result.err)
        XCTAssertTrue(result.out.contains("desk: 2 rules, 3 examples: 3 failed"), result.out)
        XCTAssertTrue(result.out.contains("✗ desk/lonely\n      has no non-triggering example"), result.out)
        XCTAssertTrue(result.out.contains("example 1 (triggers): should trigger, but found nothing"), result.out)
        XCTAssertTrue(result.out.contains("example 2 (passes): should not trigger, but found `teh`"), result.out)
        XCTAssertTrue(result.out.contains("Ran 3 examples of 2 rules in 1 packs: 3 failed."), result.out)
    }

    func testAPackThatDoesNotLoadStopsWithItsPosition() throws {
        let folder = try PolicyFixtures.packFolder(["rules.yml": "rules:\n" + PolicyFixtures.rule(kind: "existence", "patterns: ['(unclosed']")],
                                                   name: "broken")
        let root = (folder as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try copydesk(["test-policies", "broken"], in: root)
        XCTAssertEqual(result.status, 2, result.out + result.err)
        XCTAssertTrue(result.err.contains("broken/rules.yml:8:16: error: invalid pattern in pack `broken`, rule `broken/probe`: /(unclosed/ at offset 9: missing closing parenthesis"),
                      result.err)
    }
}

extension TestPoliciesCommandTests {
    /// A plugin loaded at run time has its examples run like a pack's.
    func testRuntimePluginExamplesRunToo() throws {
        let script = RepositoryPaths.root + "/Examples/plugins/python-quote-length/quote_length.py"
        let result = try copydesk(["test-policies", "newsroom", "--plugin", script], in: RepositoryPaths.root)
        XCTAssertEqual(result.status, 0, result.out + result.err)
        XCTAssertTrue(result.out.contains("plugin quote-length: 1 rules, 2 examples: ok"), result.out)
    }
}
