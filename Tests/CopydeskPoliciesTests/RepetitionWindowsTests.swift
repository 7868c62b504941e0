import CopydeskCore
@testable import CopydeskPolicies
import CopydeskTestSupport
import XCTest

/// The repetition kind searches its default word only in the spans `candidateWindows` finds; that
/// must find exactly what the same pattern finds over the whole text.
final class RepetitionWindowsTests: XCTestCase {
    /// The findings of a rule as (range, message, fixes), which do not name the rule.
    private func outcomes(_ plugin: PolicyRulePlugin, _ text: String) -> [String] {
        PolicyFixtures.findings(plugin, text).map { finding in
            "\(finding.range) \(finding.message) \(finding.fixes)"
        }
    }

    private func plugins(caseless: Bool) throws -> (windowed: PolicyRulePlugin, whole: PolicyRulePlugin) {
        let options = caseless ? "ignorecase: true\n" : ""
        // The same word pattern written out: the kind then searches the whole text.
        let written = RepetitionCheck.defaultWord.replacingOccurrences(of: "'", with: "''")
        let windowed = try PolicyFixtures.plugin(PolicyFixtures.rule(kind: "repetition", message: "{word}", options + "level: warning"))
        let whole = try PolicyFixtures.plugin(PolicyFixtures.rule(kind: "repetition", message: "{word}",
                                                                  options + "level: warning\npatterns: ['\(written)']"))
        return (windowed, whole)
    }

    func testHandWrittenEdges() throws {
        let texts = [
            "the the end", "The the end", "the The end", "it is is it", "don't don't", "don’t don’t", "rock'n'roll roll",
            "roll roll'n", "a_b b", "b a_b", "the\tthe", "the\nthe", "the\r\nthe", "the \n the", "the  the", "the\n\nthe",
            "Émile émile", "émile émile", "Kelvin \u{212A}elvin", "kelvin \u{212A}ELVIN", "ſo so", "so ſo", "x1 x1",
            "1x 1x", "the-the the", "the.the the", "word word word word", String(repeating: "ab", count: 40) + " " + String(repeating: "ab", count: 40),
            "had had", "that that", "Bora Bora", "bora bora",
        ]
        for caseless in [false, true] {
            let (windowed, whole) = try plugins(caseless: caseless)
            var compared = 0
            for text in texts {
                let expected = outcomes(whole, text)
                XCTAssertEqual(outcomes(windowed, text), expected, "\(text.debugDescription), ignorecase \(caseless)")
                compared += expected.count
            }
            XCTAssertGreaterThan(compared, 10)
        }
    }

    /// Random texts over words that repeat in every case, with apostrophes, underscores, digits,
    /// non-ASCII letters, caseless folds and every separator shape. Seeded, so a failure repeats.
    func testRandomTextsFindWhatAWholeTextSearchFinds() throws {
        var random = SeededGenerator(seed: 20261205)
        let words = ["the", "The", "THE", "a", "A", "don't", "Don't", "don’t", "n't", "x_y", "y", "ab1", "1ab", "é", "É",
                     "sé", "Sé", "ſ", "s", "S", "k", "\u{212A}", "K", "it's", "it", "s's", "o'", "'s"]
        let gaps = [" ", " ", " ", "  ", "\t", "\n", "\r\n", " \n ", "\n\t", "\n\n", ", ", ". ", "-", "'", "’", " \r\n  ", "\r"]
        for caseless in [false, true] {
            let (windowed, whole) = try plugins(caseless: caseless)
            var compared = 0
            for _ in 0..<800 {
                var text = ""
                var previous = words[0]
                for _ in 0..<Int(2 + random.next() % 14) {
                    // Half the time the word before again, as written or in another case.
                    let word = random.next() % 2 == 0 ? words[Int(random.next() % UInt64(words.count))]
                        : [previous, previous.uppercased(), previous.lowercased(), previous.capitalized][Int(random.next() % 4)]
                    text += word + gaps[Int(random.next() % UInt64(gaps.count))]
                    previous = word
                }
                let expected = outcomes(whole, text)
                XCTAssertEqual(outcomes(windowed, text), expected, "\(text.debugDescription), ignorecase \(caseless)")
                compared += expected.count
            }
            XCTAssertGreaterThan(compared, 200)
        }
    }
}
