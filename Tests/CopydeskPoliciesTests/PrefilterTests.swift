import CopydeskCore
@testable import CopydeskPolicies
import CopydeskTestSupport
import Foundation
import XCTest

/// The literal prefilter only skips rules that cannot match.
final class PrefilterTests: XCTestCase {
    func literals(_ pattern: String, caseless: Bool = false) -> Set<String>? {
        LiteralExtractor.requiredLiterals(of: pattern, caseless: caseless)
    }

    func testRequiredLiteralsOfCommonShapes() {
        XCTAssertEqual(literals(#"(?i)\b(reportedly|allegedly)\b"#), ["reportedly", "allegedly"])
        XCTAssertEqual(literals(#"\b(anonymous|unnamed) (sources?|officials?)\b"#),
                       ["anonymous source", "anonymous official", "unnamed source", "unnamed official"])
        XCTAssertEqual(literals(#"\b\d+ ?(sec|min)s? ago\b"#), ["sec ago", "secs ago", "min ago", "mins ago"])
        XCTAssertEqual(literals(#"(“|”)"#), ["“", "”"])
        XCTAssertEqual(literals(#"\b\d{1,2}[:.]\d{2} ?(am|pm)\b"#), ["am", "pm"])
        XCTAssertEqual(literals(#"(\$|£) ?\d"#), ["$", "£"], "longer literals that contain a shorter one are dropped")
        XCTAssertEqual(literals("Kyiv|Kiev"), ["kyiv", "kiev"])
    }

    func testPatternsWithoutARequiredLiteralAlwaysRun() {
        XCTAssertNil(literals(#"\b\d+\b"#))
        XCTAssertNil(literals("a|.*"))
        XCTAssertNil(literals("(?x) a b"))
        XCTAssertNil(literals("(?i)é"), "cased non-ASCII letters have unlisted case variants")
        XCTAssertEqual(literals("(?i)été"), ["t"])
        XCTAssertNil(literals("x?"))
    }

    func testCaselessRulesOpenOnNonASCIICaseFoldsOfASCIILetters() throws {
        let plugin = try PolicyFixtures.plugin(PolicyFixtures.rule(kind: "existence", "ignorecase: true\ntokens: [sources say]"))
        XCTAssertEqual(PolicyFixtures.matched(plugin, "The \u{17F}ources say so."), ["\u{17F}ources say"])
        XCTAssertEqual(PolicyFixtures.matched(plugin, "The SOURCES SAY so."), ["SOURCES SAY"])
    }

    /// The shipped packs and the benchmark patterns find exactly the same things with and without the
    /// prefilter, over a sample of the shared corpus.
    func testPrefilterChangesNoFindingOnTheCorpus() throws {
        let shared = try Requirement.shared()
        let patterns = try String(contentsOfFile: shared + "/bench/patterns30.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var rules = ""
        for (index, pattern) in patterns.enumerated() {
            rules += PolicyFixtures.rule(id: "p\(index)", kind: "existence", "patterns: ['\(pattern.replacingOccurrences(of: "'", with: "''"))']")
        }
        let bench = try PolicyFixtures.plugin(rules, name: "bench")
        let shipped = try PolicyRulePlugin(options: .object([:]))
        let corpus = shared + "/data/corpus/bbc/business"
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().prefix(150)
        XCTAssertFalse(files.isEmpty)
        var compared = 0
        for plugin in [bench, shipped] {
            let plain = plugin.withoutPrefilter()
            for file in files {
                let text = try String(contentsOfFile: corpus + "/" + file, encoding: .utf8)
                let document = Document(plainText: SourceFile(path: file, text: text))
                let filtered = plugin.check(document, context: CheckContext())
                let unfiltered = plain.check(document, context: CheckContext())
                XCTAssertEqual(Set(filtered), Set(unfiltered), file)
                compared += unfiltered.count
            }
        }
        XCTAssertGreaterThan(compared, 100, "the sample has findings to compare")
    }
}

extension PrefilterTests {
    func testInlineCaselessPatternsCountAsCaselessForThePrefilter() throws {
        XCTAssertTrue(PolicyCompiler.hasInlineCaseless("(?i)sources"))
        XCTAssertTrue(PolicyCompiler.hasInlineCaseless("a(?mi:b)"))
        XCTAssertFalse(PolicyCompiler.hasInlineCaseless("(?-i)a(?:b)(?<i>c)"))
        let plugin = try PolicyFixtures.plugin(PolicyFixtures.rule(kind: "existence", "patterns: ['(?i)sources say']"))
        XCTAssertEqual(PolicyFixtures.matched(plugin, "\u{17F}ources say"), ["\u{17F}ources say"])
    }
}
