import CopydeskText
import XCTest

final class SentenceSegmenterTests: XCTestCase {
    private func sentences(_ text: String, neverFinal: Set<String> = SentenceSegmenter.standardNeverFinal) -> [String] {
        let utf8 = Array(text.utf8)
        return SentenceSegmenter.sentences(in: text, range: 0..<utf8.count, neverFinal: neverFinal)
            .map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    /// Titles, initials and month abbreviations do not end a sentence; an abbreviation that may end
    /// one does when a sentence opener follows.
    func testAbbreviationsOfNewsCopy() {
        XCTAssertEqual(sentences("Mr. Lavrov met Gov. J. Smith on Jan. 5. They spoke."),
                       ["Mr. Lavrov met Gov. J. Smith on Jan. 5.", "They spoke."])
        XCTAssertEqual(sentences("It moved to the U.S. The deal closed."), ["It moved to the U.S.", "The deal closed."])
        XCTAssertEqual(sentences("It moved to the U.S. Treasury list."), ["It moved to the U.S. Treasury list."])
    }

    /// The abbreviation list is the caller's: attribution's plural titles keep "Messrs." from ending
    /// a sentence, which the standard list (behind `Document.sentences`) still lets it do.
    func testNeverFinalIsTheCallers() {
        let text = "They named Messrs. Brown and Green."
        XCTAssertEqual(sentences(text), ["They named Messrs.", "Brown and Green."])
        XCTAssertEqual(sentences(text, neverFinal: NewsAbbreviations.neverFinal.union(NewsAbbreviations.pluralTitlesAndOffices)),
                       [text])
    }

    /// The sentence openers hold the opening titles, so "Mr" after "U.S." starts a new sentence.
    func testOpeningTitlesOpenSentences() {
        XCTAssertTrue(NewsAbbreviations.sentenceOpeners.isSuperset(of: NewsAbbreviations.openingTitles))
        XCTAssertEqual(sentences("He flew to the U.S. Mr. Brown stayed."), ["He flew to the U.S.", "Mr. Brown stayed."])
    }

    func testCapitalizedReadsTheFirstScalar() {
        XCTAssertTrue(CharacterClass.isCapitalized("Émile"))
        XCTAssertFalse(CharacterClass.isCapitalized("émile"))
        XCTAssertFalse(CharacterClass.isCapitalized(""))
    }
}
