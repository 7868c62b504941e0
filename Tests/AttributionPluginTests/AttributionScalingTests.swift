@testable import AttributionPlugin
import CopydeskCore
import XCTest

/// The look-ups that replaced scans (of every sentence, quotation or mention, for each quotation or
/// match: quadratic in a paragraph of thousands of them) give what the scans gave, and the plugin
/// stays right on such paragraphs.
final class AttributionScalingTests: XCTestCase {
    func testSentenceOfATokenIsFoundByBinarySearchAsByScan() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var sentences: [Range<Int>] = [], start = 0
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                let end = start + Int.random(in: 1...5, using: &generator)
                sentences.append(start..<end)
                start = end
            }
            let paragraph = TokenizedParagraph(index: 0, range: 0..<0, tokens: [], sentences: sentences)
            for token in 0..<(start + 2) {
                XCTAssertEqual(paragraph.sentence(containing: token), sentences.first { $0.contains(token) } ?? 0..<0)
            }
        }
    }

    func testAntecedentsAreFoundByBinarySearchAsByScan() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let mentions = (0..<Int.random(in: 0...20, using: &generator)).map { _ -> FullNameMention in
                let start = Int.random(in: 0...100, using: &generator)
                return FullNameMention(range: start..<(start + Int.random(in: 1...12, using: &generator)), name: "\(start)")
            }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            for position in 0...120 {
                XCTAssertEqual(SpeakerResolver.lastEnding(in: mentions, atOrBefore: position)?.range,
                               mentions.last { $0.range.upperBound <= position }?.range)
                let before = SpeakerResolver.startingBefore(position, in: mentions)
                XCTAssertEqual(before > 0 ? mentions[before - 1].range : nil, mentions.last { $0.range.lowerBound < position }?.range)
            }
        }
    }

    /// One run-on sentence of quotations, each with its speaker after it; then one of quotations with
    /// none, whose sources are carried from the quotation before.
    func testThousandsOfQuotationsInOneSentence() {
        let said = Document(plainText: SourceFile(path: "a.txt", text: "Lena Vasquez spoke. " + String(repeating: "“Go on”, she said, ", count: 2_000) + "and left.\n"))
        let quotes = AttributionRulePlugin.quotations(in: said)
        XCTAssertEqual(quotes.count, 2_000)
        XCTAssertEqual(Set(quotes.map { $0.speaker ?? "-" }), ["she"])
        XCTAssertEqual(Set(quotes.map { $0.resolvedSpeaker ?? "-" }), ["Lena Vasquez"])

        let carried = Document(plainText: SourceFile(path: "a.txt", text: "“We stay,” Lena Vasquez said, " + String(repeating: "“and we wait” ", count: 2_000) + "today.\n"))
        let carriedQuotes = AttributionRulePlugin.quotations(in: carried)
        XCTAssertEqual(carriedQuotes.count, 2_001)
        XCTAssertEqual(Set(carriedQuotes.map { $0.resolvedSpeaker ?? "-" }), ["Lena Vasquez"])
    }
}
