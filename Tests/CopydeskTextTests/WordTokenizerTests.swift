import CopydeskText
import XCTest

final class WordTokenizerTests: XCTestCase {
    private func tokens(_ text: String, _ vocabulary: WordVocabulary = .empty) -> [WordToken] {
        var text = text
        return text.withUTF8 { WordTokenizer.tokens(in: $0, vocabulary: vocabulary) }
    }

    private func describe(_ tokens: [WordToken], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokens.map { token in
            let written = String(decoding: bytes[token.range], as: UTF8.self)
            let kind = switch token.kind { case .word: "w"; case .number: "n"; case .punctuation: "p" }
            return "\(kind):\(written):\(token.lower)"
        }
    }

    /// Words keep inner apostrophes, the possessive is a token of its own, digits make numbers,
    /// and typographic marks read as their ASCII forms.
    func testWordsNumbersAndMarksWithTheirClassesAndLowercasedText() {
        let text = "O'Brien's Tuesday: 12 o'clock \u{2014} Zoë’s 2026."
        XCTAssertEqual(describe(tokens(text), in: text), [
            "w:O'Brien:o'brien", "w:'s:'s", "w:Tuesday:tuesday", "p::::", "n:12:12", "w:o'clock:o'clock",
            "p:\u{2014}:-", "w:Zoë:zoë", "p:’:'", "w:s:s", "n:2026:2026", "p:.:.",
        ])
        let numbers = tokens("12 0099 1234567890").map { [$0.number ?? -1, $0.digitCount] }
        XCTAssertEqual(numbers, [[12, 2], [99, 4], [-1, 10]])
    }

    /// Spacing before a token: white space, a line break, a blank line; a no-break space is a space.
    func testSpacingFlags() {
        let found = tokens("a\u{00A0}b\nc\n\nd.e")
        XCTAssertEqual(found.map(\.spaceBefore), [true, true, true, true, false, false])
        XCTAssertEqual(found.map(\.lineBreakBefore), [false, false, true, true, false, false])
        XCTAssertEqual(found.map(\.paragraphBreakBefore), [false, false, false, true, false, false])
        XCTAssertEqual(tokens("Hello there").map(\.isCapitalized), [true, false])
    }

    /// Each token carries the id its lowercased text has in the vocabulary, capitals, accents and
    /// marks included; 0 for what it lacks and for numbers.
    func testVocabularyIdsFollowTheLowercasedText() {
        let vocabulary = WordVocabulary(["tuesday": 7, "'s": 9, ".": 3, "-": 4, "zoë": 11, "o'clock": 12, "'": 13])
        let text = "TUESDAY's o'Clock. Zoë’s 12 – tue"
        XCTAssertEqual(tokens(text, vocabulary).map(\.id), [7, 9, 12, 3, 11, 13, 0, 0, 4, 0])
        XCTAssertEqual(vocabulary.id(of: "zoë"), 11)
        XCTAssertEqual(vocabulary.id(of: "."), 3)
        XCTAssertEqual(vocabulary.id(of: "tuesdays"), 0)
    }

    /// A vocabulary much larger than its first table finds every word and no other (probing past
    /// collisions).
    func testLargeVocabularyFindsEveryWordAndNothingElse() {
        var ids: [String: UInt32] = [:]
        for n in 1...5000 { ids["w\(n)x"] = UInt32(n) }
        let vocabulary = WordVocabulary(ids)
        for n in 1...5000 { XCTAssertEqual(vocabulary.id(of: "w\(n)x"), UInt32(n)) }
        for n in 5001...6000 { XCTAssertEqual(vocabulary.id(of: "w\(n)x"), 0) }
        XCTAssertEqual(vocabulary.id(of: ""), 0)
    }

    /// Stray continuation bytes and a cut-off sequence make punctuation tokens, never a crash.
    func testInvalidUTF8IsReadWithoutTrapping() {
        let bytes: [UInt8] = [0x61, 0x80, 0xBF, 0x20, 0xE2, 0x80, 0x20, 0xF0, 0x9F]
        let found = bytes.withUnsafeBufferPointer { WordTokenizer.tokens(in: $0, vocabulary: WordVocabulary(["a": 1])) }
        XCTAssertEqual(found.first?.id, 1)
        XCTAssertTrue(found.allSatisfy { $0.range.upperBound <= bytes.count })
    }
}
