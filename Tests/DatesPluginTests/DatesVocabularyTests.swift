import CopydeskText
@testable import DatesPlugin
import XCTest

/// The grammar's words as the tokens carry them.
final class DatesVocabularyTests: XCTestCase {
    /// `WordToken.word` turns an id into a `Word` without a range check: that needs a case's storage
    /// to be its raw value, and every case to fit a `WordSet`.
    func testWordStorageIsItsRawValue() {
        XCTAssertEqual(MemoryLayout<Word>.size, 2)
        XCTAssertLessThanOrEqual(Word.allCases.count, 512)
        XCTAssertEqual(Word.texts.count, Word.allCases.count)
        for word in Word.allCases {
            XCTAssertEqual(unsafeBitCast(word, to: UInt16.self), word.rawValue, "\(word)")
        }
    }

    /// Every word of the grammar, as any case of capitals writes it, tokenizes to its own case and
    /// to its lexicon entry; words it never tests for carry none.
    func testEveryGrammarWordIsReadBackFromText() {
        for word in Word.allCases {
            for written in [word.text, word.text.uppercased(), word.text.prefix(1).uppercased() + word.text.dropFirst()] {
                var text = written
                let tokens = text.withUTF8 { DatesVocabulary.tokens(in: $0) }
                guard tokens.count == 1 else { continue }  // "fiscal-", "kick-off": never one token
                XCTAssertEqual(tokens[0].word, word, written)
            }
        }
        var text = "Tuesday zebra 2026"
        let tokens = text.withUTF8 { DatesVocabulary.tokens(in: $0) }
        XCTAssertEqual(tokens[0].lexicalEntry?.weekday, 2)
        XCTAssertNil(tokens[1].word)
        XCTAssertNil(tokens[1].lexicalEntry)
        XCTAssertNil(tokens[2].word)
    }
}
