import CopydeskCore
@testable import CopydeskPolicies
import XCTest

/// Word lists matched directly (the prefilter's keys and a byte-wise check) find exactly what their
/// PCRE2 alternation finds.
final class WordListTests: XCTestCase {
    typealias F = PolicyFixtures

    /// Findings with the prefilter (direct word lists) and without (the alternation), which must agree.
    func assertSameAsAlternation(_ rules: String, _ texts: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let plugin = try F.plugin(rules)
        let plain = plugin.withoutPrefilter()
        for text in texts {
            XCTAssertEqual(F.findings(plugin, text), F.findings(plain, text), text, file: file, line: line)
        }
    }

    static let texts = [
        "The sources say so. The Sources Say so.\nsources\n\tsay so; sourcessay; the sources  say.",
        "Resources say nothing; sources_say; sources say_ that; “sources say” it; sources say’s.",
        "A sources\u{A0}say line and sources\u{2003}\u{2003}say, sources\u{85}say; ümlaut-sources say; sources sayé.",
        "The \u{17F}ources say so, and the sources say so.",
        "at the end of the day, at the end of the daylight, at the end of the the day; AT THE END OF THE DAY.",
        "e-mail, email, E-Mail and e‑mail; co-operate co-operation cooperate.",
        "Kyiv Kiev kyiv KIEV Kyivan Kievan. 3 pct, 4 percent, per cent",
        "",
        "sources say",
        "x sources say",
    ]

    func testCaselessWordListsMatchAsTheirAlternation() throws {
        try assertSameAsAlternation(F.rule(kind: "existence", "ignorecase: true\ntokens: [sources say, sources, say, at the end of the day, at the end, end, the day]"),
                                    WordListTests.texts)
    }

    func testCaseSensitiveWordListsMatchAsTheirAlternation() throws {
        try assertSameAsAlternation(F.rule(kind: "existence", "tokens: [sources say, Sources, say, Kyiv, KIEV, e-mail, co-operate, 'per cent']"),
                                    WordListTests.texts)
    }

    func testTokensThatAreNotWordEdgedMatchAsTheirAlternation() throws {
        let rule = F.rule(kind: "existence", "ignorecase: true\ntokens: ['-mail', '3 ', ' pct', '“sources', 'say’', '’s']")
        XCTAssertEqual(try F.plugin(rule).compiled[0].check.wordList?.isDirect, true)
        try assertSameAsAlternation(rule, WordListTests.texts)
    }

    func testSubstitutionAndConsistencyListsMatchAsTheirAlternation() throws {
        let rules = F.rule(id: "swap", kind: "substitution", message: "use {replacement}", "ignorecase: true\nswap: {e-mail: email, per cent: percent, Kiev: Kyiv}")
            + F.rule(id: "same", kind: "consistency", "ignorecase: true\nsets: [[Kyiv, Kiev], [e-mail, email]]")
            + F.rule(id: "count", kind: "occurrence", message: "{count}", "tokens: [the, say]\nmax: 1\nreport: excess")
        try assertSameAsAlternation(rules, WordListTests.texts)
    }

    func testListsWithCasedLettersBeyondASCIIAreCompiledAsTheirAlternation() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "ignorecase: true\ntokens: [ümlaut, sources]"))
        XCTAssertEqual(plugin.compiled[0].check.wordList?.isDirect, false)
        XCTAssertEqual(F.matched(plugin, "ÜMLAUT and Sources"), ["ÜMLAUT", "Sources"])
        let sensitive = try F.plugin(F.rule(kind: "existence", "tokens: [ümlaut, sources]"))
        XCTAssertEqual(sensitive.compiled[0].check.wordList?.isDirect, true)
        XCTAssertEqual(F.matched(sensitive, "ÜMLAUT ümlaut and Sources sources"), ["ümlaut", "sources"])
    }

    func testTheLongestTokenWinsAtAPlaceAndMatchesDoNotOverlap() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "ignorecase: true\ntokens: [at the end, at the end of the day, the day, end]"))
        XCTAssertEqual(F.matched(plugin, "At the end of the day, at the end of the week, the day ends."),
                       ["At the end of the day", "at the end", "the day"])
    }

    func testALargeListCompilesWithoutItsAlternation() throws {
        let words = (0..<5_000).map { "w\($0)x" }
        let plugin = try F.plugin(F.rule(kind: "existence", "tokens: [" + words.joined(separator: ", ") + "]"))
        XCTAssertEqual(plugin.compiled[0].check.wordList?.isDirect, true)
        XCTAssertEqual(F.matched(plugin, "w17x w4999x w5000x aw1x w1xa"), ["w17x", "w4999x"])
    }
}
