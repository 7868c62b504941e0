import CopydeskCore
import XCTest

final class SuggestionsTests: XCTestCase {
    func testConfigurationMatchingCountsSubstitutionsWithinAThirdOfTheWord() {
        XCTAssertEqual(Suggestions.closest(to: "pakcs", among: ["rules", "packs"]), "packs")
        XCTAssertEqual(Suggestions.hint(for: "Ignroe", among: ["ignore", "include"]), "; did you mean `ignore`?")
        XCTAssertEqual(Suggestions.hint(for: "zzzzzz", among: ["ignore"]), "")
        // Two swaps are four substitutions: too far for a six-letter word.
        XCTAssertNil(Suggestions.closest(to: "abdcfe", among: ["abcdef"]))
        // A word the candidate begins is not taken as such.
        XCTAssertNil(Suggestions.closest(to: "newsr", among: ["newsroom"]))
    }

    func testPolicyMatchingCountsSwapsAndTakesExtensions() {
        XCTAssertEqual(Suggestions.closest(to: "abdcfe", among: ["abcdef"], matching: .policies), "abcdef")
        XCTAssertEqual(Suggestions.closest(to: "newsr", among: ["pii", "newsroom"], matching: .policies), "newsroom")
        XCTAssertEqual(Suggestions.hint(for: "exlcude", among: ["exclude"], matching: .policies, style: .parenthesised),
                       " (did you mean `exclude`?)")
    }

    func testEditDistance() {
        XCTAssertEqual(Suggestions.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.editDistance("ab", "ba"), 2)
        XCTAssertEqual(Suggestions.editDistance("ab", "ba", countingTranspositions: true), 1)
        XCTAssertEqual(Suggestions.editDistance("", "abc"), 3)
    }
}
