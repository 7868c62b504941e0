@testable import CopydeskText
import XCTest

/// The shared word lists that tell names from words: ordinary English words, given names, the
/// surnames that are also words, and nationality and party words.
final class WordListsTests: XCTestCase {
    func testOrdinaryWordsFoldPluralsAndPossessives() {
        for word in ["whenever", "anger", "industry", "users", "savings", "exporters", "policies", "nobody", "sadly", "watchdog’s"] {
            XCTAssertTrue(EnglishWords.isOrdinary(word), word)
        }
        for word in ["novak", "okonkwo", "westerterp", "softbank", "mbeki", "", "’s"] {
            XCTAssertFalse(EnglishWords.isOrdinary(word), word)
        }
    }

    func testGivenNamesAndSurnames() {
        XCTAssertTrue(PersonalNames.isGivenName("kevin"))
        XCTAssertTrue(PersonalNames.isChieflyGivenName("michelle"))
        XCTAssertTrue(PersonalNames.isChieflyGivenName("andrew"))
        // As common as a surname as a first name: used alone, it may be either.
        XCTAssertTrue(PersonalNames.isGivenName("howard"))
        XCTAssertFalse(PersonalNames.isChieflyGivenName("howard"))
        XCTAssertFalse(PersonalNames.isGivenName("whenever"))
        for word in ["brown", "may", "price", "young"] {
            XCTAssertTrue(PersonalNames.isSurnameWord(word), word)
        }
        XCTAssertFalse(PersonalNames.isSurnameWord("anger"))
        XCTAssertFalse(PersonalNames.isSurnameWord("whenever"))
    }

    func testGroupAdjectivesFoldPlurals() {
        for word in ["german", "americans", "tory", "tories", "conservative", "muslims"] {
            XCTAssertTrue(GroupAdjectives.contains(word), word)
        }
        XCTAssertFalse(GroupAdjectives.contains("novak"))
    }

    /// The generated lists are sorted, lowercased words of letters: what `Scripts/make-word-lists` writes.
    func testListsAreLowercaseLetters() {
        XCTAssertGreaterThan(OrganisationWords.legalForms.count, 20)
        for word in OrganisationWords.descriptors.union(GroupAdjectives.all) {
            XCTAssertEqual(word, word.lowercased(), word)
        }
    }
}

final class SortedWordListTests: XCTestCase {
    func testFindsEveryWordOfAListInAnyOrderAndNothingElse() {
        let list = SortedWordList("pear apple\nzebra  fig\n\nbanana é apples")
        XCTAssertEqual(list.count, 7)
        for word in ["apple", "apples", "banana", "fig", "pear", "zebra", "é"] {
            XCTAssertTrue(list.contains(word), word)
            XCTAssertTrue(list.contains(Substring("x" + word).dropFirst()), word)
        }
        for word in ["", "appl", "applesauce", "figs", "a", "zz", "e"] {
            XCTAssertFalse(list.contains(word), word)
        }
    }
}
