import CopydeskCore
@testable import CopydeskPolicies
import CopydeskTestSupport
import XCTest

/// Rules whose matches stay on one line search only the lines holding one of their literals; that
/// must find exactly what a search of the whole text finds.
final class LineBoundTests: XCTestCase {
    func staysOnOneLine(_ pattern: String, _ options: Pattern.Options = []) -> Bool {
        LineBoundAnalysis.staysOnOneLine(pattern, options: options)
    }

    func testPatternsThatCannotMatchALineFeed() {
        for pattern in [
            #"(?i)\b(sources|officials) (say|said)\b"#, #"\b\d{1,2}/\d{1,2}/\d{2,4}\b"#, #""[A-Z][^"\n]{0,300}[.!?,]""#,
            #"(\$|£|€|US\$) ?\d[\d,.]*"#, "(“|”|‘|’)", #"[^\s]+ly\b"#, #"[^[:space:]]x"#, #"\p{Lu}\p{L}+ville"#,
            #"(?<=\w)\.(?=[A-Z])"#, #"^Read more$"#, #"(?m)^Share$"#, #"(\w+) \1"#, #"\Qa.b\E"#, #"[\x00-\x09]y"#,
            #"(?i:x)(?-s).z"#, #"a\N+b"#, #"(?<year>\d{4})-\g{year}"#, #"[\t ]+end"#, #"\p{Cyrillic}+ов"#,
        ] {
            XCTAssertTrue(staysOnOneLine(pattern), pattern)
        }
        XCTAssertTrue(staysOnOneLine("a.b c", [.literal]))
    }

    func testPatternsThatMightMatchALineFeedOrDependOnTheTextEnd() {
        for pattern in [
            #"a\sb"#, #"a\nb"#, #"a[^x]b"#, #"a\Wb"#, #"a\Db"#, #"a\Rb"#, #"a\vb"#, #"a\Hb"#, #"a\Xb"#, "a\nb",
            #"(?s)a.b"#, #"(?is:a.b)"#, #"(?x) a b"#, #"(*CR)a.b"#, #"a[\s]b"#, #"a[[:space:]]b"#, #"a[\x00-\x1f]b"#,
            #"a\x0ab"#, #"a\x{a}b"#, #"a\012b"#, #"a\cJb"#, #"a\N{U+000A}b"#, #"a\P{L}b"#, #"a\p{Cc}b"#, #"a\p{Any}b"#,
            #"a\p{White_Space}b"#, #"a[^\d]b"#, #"end\z"#, #"end\Z"#, #"\Gx"#, #"(?aJ)x"#,
        ] {
            XCTAssertFalse(staysOnOneLine(pattern), pattern)
        }
        XCTAssertFalse(staysOnOneLine("a.b", [.dotAll]))
        XCTAssertFalse(staysOnOneLine("a b", [.extended]))
        XCTAssertFalse(staysOnOneLine("a\nb", [.literal]))
    }

    func testOnlyExistenceRulesWithLiteralsAndOneLinePatternsAreLineBound() throws {
        let plugin = try PolicyFixtures.plugin(
            PolicyFixtures.rule(id: "one-line", kind: "existence", #"patterns: ['\bsources say\b']"#)
            + PolicyFixtures.rule(id: "spans", kind: "existence", #"patterns: ['sources\s+say']"#)
            + PolicyFixtures.rule(id: "no-literal", kind: "existence", #"patterns: ['\b\d+\b']"#))
        XCTAssertEqual(plugin.lineBound, [true, false, false])
    }

    /// Texts and patterns chosen for the edges of a line window: the last line with and without a line
    /// feed, CRLF, `$` and `^` with and without multiline, look-arounds and word boundaries at line
    /// ends, several hits on one line, lines that hold a literal but no match, and scopes narrower
    /// than a line.
    func testLineWindowsFindWhatAWholeTextSearchFinds() throws {
        let patterns = [
            #"\bsays?\b"#, #"say$"#, #"(?m)say$"#, #"(?m)^say"#, #"^say"#, #"say(?!\S)"#, #"(?<!\S)say"#,
            #"(?<=, )say\w*"#, #"say\b(?=\r?$)"#, #"(?i)SAY(?:s|ing)?"#, #"say\.?$"#, #"(?m)say\.?\r?$"#,
            #"[^"\n]*says"#, #"a{0}say"#, #"(?i)kelvin"#,
        ]
        var rules = ""
        for (index, pattern) in patterns.enumerated() {
            rules += PolicyFixtures.rule(id: "p\(index)", kind: "existence", "patterns: ['\(pattern)']")
        }
        rules += PolicyFixtures.rule(id: "sentence", kind: "existence", "scope: sentence\npatterns: ['say$', 'says\\b']")
        let plugin = try PolicyFixtures.plugin(rules)
        XCTAssertTrue(plugin.lineBound.allSatisfy { $0 }, "\(plugin.lineBound)")
        let texts = [
            "They say\nsay it\nwho says, say so\nsay", "say\n", "say", "no match here\nnor here\n",
            "first, saying\r\nsecond say\r\nthird say.\r\n", "a say. b says. c say\nd, say\n\nsay.",
            "\u{212A}elvin says\nsay say say\n", "x\n\n\nsay\n\n", "Mid-line says it. Then say\nNext say.",
        ]
        XCTAssertGreaterThan(assertSameAsWholeTextSearch(plugin, texts), 60)
    }

    /// Checks each text with and without the prefilter and line windows; returns how many findings
    /// were compared.
    func assertSameAsWholeTextSearch(_ plugin: PolicyRulePlugin, _ texts: [String],
                                     file: StaticString = #filePath, line: UInt = #line) -> Int {
        let plain = plugin.withoutPrefilter()
        var compared = 0
        for text in texts {
            let whole = PolicyFixtures.findings(plain, text)
            XCTAssertEqual(Set(PolicyFixtures.findings(plugin, text)), Set(whole), text.debugDescription, file: file, line: line)
            compared += whole.count
        }
        return compared
    }
}

extension LineBoundTests {
    /// Random patterns built from pieces that do and do not stay on a line, over random texts with
    /// line breaks: whatever the analysis decides, the prefiltered run finds what a whole-text
    /// search finds. Seeded, so a failure repeats.
    func testRandomPatternsFindWhatAWholeTextSearchFinds() throws {
        var random = SeededGenerator(seed: 20261129)
        let literals = ["a", "b", "say", "ab", "x"]
        let pieces = literals + [
            " ", #"\b"#, #"\B"#, "^", "$", "(?m)^", "(?m)$", #"\s"#, #"\S"#, #"\w"#, #"\W"#, #"\d"#, ".", "[^x]",
            #"[^\n]"#, "[a-c]", "(?=b)", "(?!a)", "(?<=a)", "(?<!b)", #"\n"#, #"\h"#, #"\N"#, "[[:alpha:]]",
            #"\p{L}"#, #"\z"#, #"\Z"#, "(?s).", "(?i)SAY", "x*", "a+", "b?", "(?:a|b)", #"\x0a"#, #"\R"#, "[ab ]+",
            #"[^\s]"#, "(a)", #"\1"#,
        ]
        var rules = ""
        var count = 0
        while count < 240 {
            var pattern = literals[Int(random.next() % UInt64(literals.count))]
            for _ in 0..<Int(1 + random.next() % 3) {
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                pattern = random.next() % 2 == 0 ? piece + pattern : pattern + piece
            }
            guard (try? Pattern(pattern)) != nil, !pattern.contains("'") else { continue }
            rules += PolicyFixtures.rule(id: "r\(count)", kind: "existence", "patterns: ['\(pattern)']")
            count += 1
        }
        let plugin = try PolicyFixtures.plugin(rules)
        XCTAssertGreaterThan(plugin.lineBound.filter { $0 }.count, 60, "many of the patterns are line-bound")
        let alphabet = ["a", "b", "say", "x", " ", "\n", "\r\n", "S", "é", "\n\n", "ab", "SAY"]
        let texts = (0..<60).map { _ in
            (0..<Int(5 + random.next() % 30)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
        XCTAssertGreaterThan(assertSameAsWholeTextSearch(plugin, texts), 1000)
    }
}
