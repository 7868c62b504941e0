import CopydeskCore
@testable import CopydeskPolicies
import XCTest

/// Every policy error names file, line and column; unknown keys get a suggestion; bad patterns name
/// the pack, the rule, the offset and PCRE2's message.
final class PolicyErrorTests: XCTestCase {
    typealias F = PolicyFixtures

    func testUnknownKeySuggestsTheNearestKeyWithItsPosition() {
        let error = F.loadError(F.rule(kind: "existence", "ignorcase: true\ntokens: [x]"))
        XCTAssertTrue(error.contains("rules.yml:8:5: error: unknown key `ignorcase` in rule `house/probe` (did you mean `ignorecase`?)"),
                      error)
    }

    func testAKeyOfAnotherKindIsNamedAsSuch() {
        let error = F.loadError(F.rule(kind: "existence", "tokens: [x]\nswap: {a: b}"))
        XCTAssertTrue(error.contains("rules.yml:9:5: error: `swap` belongs to `substitution` rules, not to `existence` rules"), error)
    }

    func testUnknownKindAndLevelSuggestValues() {
        let error = F.loadError(F.rule(kind: "existance", "level: warn\ntokens: [x]"))
        XCTAssertTrue(error.contains(":3:11: error: unknown rule kind `existance` (did you mean `existence`?)"), error)
        XCTAssertTrue(error.contains(":8:12: error: unknown level `warn` (did you mean `warning`?)"), error)
    }

    func testInvalidRegexNamesPackRuleOffsetAndPCRE2Message() {
        let error = F.loadError(F.rule(kind: "existence", "patterns: ['ab(c']"))
        XCTAssertTrue(error.contains("rules.yml:8:16: error: invalid pattern in pack `house`, rule `house/probe`: /ab(c/ at offset 4: missing closing parenthesis"),
                      error)
    }

    func testInvalidRegexInASwapAndInExceptionsIsReportedToo() {
        let error = F.loadError(F.rule(kind: "substitution", "regex: true\nswap: {'a[': b}\nexceptions: ['x{2,1}']"))
        XCTAssertTrue(error.contains("rules.yml:9:12: error: invalid pattern in pack `house`, rule `house/probe`: /a[/ at offset 2: missing terminating ] for character class"), error)
        XCTAssertTrue(error.contains("rules.yml:10:18: error: invalid pattern in pack `house`, rule `house/probe`: /x{2,1}/ at offset 5: numbers out of order in {} quantifier"), error)
    }

    func testUnknownPlaceholderIsAnErrorWithSuggestion() {
        let error = F.loadError(F.rule(kind: "substitution", message: "use {replacment}", "swap: {a: b}"))
        XCTAssertTrue(error.contains("rules.yml:4:14: error: unknown placeholder `{replacment}` in the message of rule `house/probe` (did you mean `replacement`?)"), error)
    }

    func testMissingKeysAreNamed() {
        let error = F.loadError("  - id: bare\n    kind: existence\n")
        for key in ["message", "description", "help", "examples"] {
            XCTAssertTrue(error.contains("rules.yml:2:5: error: rule `house/bare` needs `\(key)`"), error)
        }
        XCTAssertTrue(error.contains("`existence` rule `house/bare` needs `tokens` or `patterns`"), error)
    }

    func testInvalidYAMLHasAPosition() {
        let error = F.loadError("  - id: x\n    kind: [existence\n")
        XCTAssertTrue(error.contains("rules.yml:4:1: error: invalid YAML"), error)
    }

    func testWrongTypesAndBadValuesAreReported() {
        let error = F.loadError(F.rule(kind: "occurrence", "ignorecase: maybe\nscope: [sentense]\ntokens: [x]\nmax: many"))
        XCTAssertTrue(error.contains(":8:17: error: `ignorecase` must be true or false, found `maybe`"), error)
        XCTAssertTrue(error.contains(":9:13: error: unknown scope `sentense` (did you mean `sentence`?)"), error)
        XCTAssertTrue(error.contains(":11:10: error: `max` must be a whole number of at least 0, found `many`"), error)
    }

    func testExampleKeysAreChecked() {
        let rule = """
              - id: probe
                kind: existence
                message: m
                description: d
                help: h
                tokens: [x]
                examples:
                  trigers: ["x"]
                  passes: [{txt: "y"}]
            """
        let error = F.loadError(rule)
        XCTAssertTrue(error.contains(":9:7: error: unknown key `trigers` in `examples` (did you mean `triggers`?)"), error)
        XCTAssertTrue(error.contains(":10:17: error: unknown key `txt` in an example (did you mean `text`?)"), error)
    }

    func testDuplicateRuleIdsAcrossFilesAreReported() throws {
        let body = "rules:\n" + F.rule(kind: "existence", "tokens: [x]")
        let folder = try F.packFolder(["a.yml": body, "b.yml": body])
        XCTAssertThrowsError(try PolicyRulePlugin(packFolders: [folder])) { error in
            XCTAssertTrue("\(error)".contains("b.yml:2:5: error: duplicate rule id `house/probe` (first defined at"), "\(error)")
        }
    }

    func testTopLevelKeysAreChecked() throws {
        let folder = try F.packFolder(["a.yml": "rule:\n  - id: x\n"])
        XCTAssertThrowsError(try PolicyRulePlugin(packFolders: [folder])) { error in
            XCTAssertTrue("\(error)".contains("a.yml:1:1: error: unknown key `rule` in a policy file (did you mean `rules`?)"), "\(error)")
        }
    }

    func testPluginOptionsAreChecked() {
        XCTAssertThrowsError(try PolicyRulePlugin(options: ["pack": ["newsroom"]])) { error in
            XCTAssertEqual("\(error)", "option `pack`: unknown option (did you mean `packs`?)")
        }
        XCTAssertThrowsError(try PolicyRulePlugin(options: ["packs": ["newsrom"]])) { error in
            XCTAssertEqual("\(error)", "option `packs`: no policy pack folder `newsrom` (did you mean `newsroom`?)")
        }
    }
}
