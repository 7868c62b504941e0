@testable import AttributionPlugin
import CopydeskCore
import CopydeskText
import XCTest

/// The byte- and bit-level paths that replaced String work in the analysis give what the String
/// operations gave, on the texts where they could part ways (every UTF-8 width, case, line break
/// and word edge).
final class AttributionFastPathTests: XCTestCase {
    /// Words of every UTF-8 width, more than one 32-scalar block, mixed case, apostrophes and marks.
    static let mixedText = "Señor Ödön O’Brien said “Ça va” at 9 a.m. — 東京 & 𝒜𝓁𝒾𝒸𝑒 were in U.S. talks; "
        + "the KELVIN sign \u{212A} and long-s \u{17F} stay; e\u{301}cole, ÉCOLE, Straße, İstanbul, "
        + String(repeating: "word ", count: 40) + "🙂 end."

    func testScalarTextDecodesAsTheStringsScalars() {
        for string in ["", "a", "é", "東", "🙂", Self.mixedText, String(repeating: "é🙂a", count: 50)] {
            let text = ScalarText(string)
            let scalars = Array(string.unicodeScalars)
            XCTAssertEqual(text.count, scalars.count)
            XCTAssertEqual((0..<text.count).map { text[$0] }, scalars)
            var offset = 0
            for (i, scalar) in scalars.enumerated() {
                XCTAssertEqual(text.utf8Range(i..<(i + 1)), offset..<(offset + UTF8.width(scalar)), string)
                XCTAssertEqual(text.scalarIndex(ofUTF8: offset), i)
                offset += UTF8.width(scalar)
            }
            XCTAssertEqual(text.utf8Range(0..<text.count), 0..<string.utf8.count)
        }
    }

    func testWordsAreReadAndLowercasedAsByString() {
        let text = ScalarText(Self.mixedText)
        for start in 0..<text.count {
            for end in (start + 1)...min(text.count, start + 12) {
                let (written, lower) = text.word(start..<end)
                XCTAssertEqual(Array(written.utf8), Array(text.string(start..<end).utf8))
                XCTAssertEqual(Array(lower.utf8), Array(text.string(start..<end).lowercased().utf8))
            }
        }
    }

    func testWordCharactersAreThoseOfCharacterClass() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(Tokenizer.isWordCharacter(scalar), CharacterClass.isWordCharacter(scalar), "U+\(String(value, radix: 16))")
        }
    }

    func testTokensAnswerAsTheirText() {
        let text = ScalarText(Self.mixedText + " -- ( ) … “ ” ‘ ’ ' \" , . ! ?")
        let paragraph = Tokenizer.tokenize(text, paragraph: 0..<text.count, index: 0, quotes: [], quoteIndices: [])
        XCTAssertGreaterThan(paragraph.tokens.count, 60)
        for token in paragraph.tokens {
            XCTAssertEqual(token.isCapitalized, token.isWord && CharacterClass.isCapitalized(token.text), token.text)
            XCTAssertEqual(token.firstScalar, token.text.unicodeScalars.first)
            XCTAssertEqual(token.classes, WordClass.of(token.lower), token.lower)
            for marks in [".!?…", ",", "-&’'", ")]’'\"”.!?", "—―–-", "(“"] {
                let expected = token.kind == .punctuation && token.text.unicodeScalars.first.map { marks.unicodeScalars.contains($0) } == true
                XCTAssertEqual(token.isPunctuation(marks), expected, "\(token.text) in \(marks)")
            }
        }
    }

    func testWordClassesAreTheWordLists() {
        let lists: [(Set<String>, WordClass)] = [
            (WordClasses.clauseBoundaries, .clauseBoundaries), (WordClasses.prepositions, .prepositions),
            (WordClasses.determiners, .determiners), (WordClasses.roles, .roles), (WordClasses.honorifics, .honorifics),
            (WordClasses.timeWords, .timeWords), (WordClasses.months, .months), (WordClasses.passiveAuxiliaries, .passiveAuxiliaries),
            (NonPersonEvidence.courtesyTitles, .courtesyTitles), (OrganisationWords.legalForms, .legalForms),
            (OrganisationWords.descriptors, .organisationDescriptors), (SpeechFilter.termIntroducers, .termIntroducers),
            (SpeakerFinder.intentionNouns, .intentionNouns), (SpeakerFinder.pronounDeterminers, .pronounDeterminers),
        ]
        let words = lists.reduce(into: Set<String>()) { $0.formUnion($1.0) }
            .union(["", "said", "mr", "the", "theory", "tuesday’s", "’s", "'s", "x", "élysée", "e\u{301}"])
        for word in words {
            for (list, wordClass) in lists {
                XCTAssertEqual(WordClass.of(word).contains(wordClass), list.contains(word), "\(word)")
            }
        }
    }

    func testExcerptsJoinLinesAsSplittingAndJoiningThem() {
        func reference(_ quote: String) -> String {
            let flat = quote.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            guard flat.count > 60 else { return flat }
            return String(flat.prefix(57)) + "…"
        }
        let quotes = [
            "", "\n", "\r\n", "“We are ready,”", "“We are\nready\r\n\r\nfor it.”\n", "\n\nlead\u{2028}and\u{2029}trail\u{85}\u{0B}\u{0C}",
            "a\n\u{301}b", "café\nété", String(repeating: "x", count: 60), String(repeating: "x", count: 61),
            String(repeating: "é", count: 61), String(repeating: "e\u{301}", count: 61), String(repeating: "ab\ncd ", count: 20),
            String(repeating: "🙂", count: 59) + "\n🙂🙂",
        ]
        for quote in quotes {
            XCTAssertEqual(AttributionRulePlugin.excerpt(quote), reference(quote), quote.debugDescription)
        }
    }

    func testOpenerScanFindsWhatEachPatternFindsOnItsOwn() throws {
        let finder = try WeakSourceFinder.shared.result.get()
        let texts = [
            "Critics say the plan fails. A source familiar with the talks said so; officials said it too.",
            "_the source familiar with the plan; 9a source close to the deal; theory; Anonymous officials said.",
            "It is understood that some analysts believe it. Many people in the town feel let down, reportedly.",
            "An official who asked not to be named spoke on condition of anonymity. Sources said, sources said.",
            "Ça commence: “a source close to the board”, one diplomat said, and another source said nothing.",
            "The \u{212A}elvin sign: a source familiar with it said; critics say so.",
            "some some some people are saying — there is growing speculation, according to insiders",
            // The words an alternative needs, at the edge of their reach and across odd whitespace.
            "the\u{A0}source familiar with the talks said; a\tsenior official, who asked not to be named, spoke.",
            "The very senior long-serving trade official close to the board; the one two three four five official close to it.",
            "A\n  source\r\nclose to the talks; an anonymous aide said; another source said; one veteran economist said.",
            "a\u{2028}source familiar with it; the\u{3000}official close to it; the-official close to it; theofficial close to it.",
            "two\u{301} aides familiar with the plan; Some   staffers, who spoke on the condition; officials of the people",
            "the中source familiar with it; the\u{85}source familiar with it; the\u{180E}official close to it; the\u{205F}aide close to it",
        ]
        for text in texts {
            let found = try finder.openerPatterns.matches(in: text)
            for (p, pattern) in finder.openerPatterns.patterns.enumerated() {
                var expected: [Range<Int>] = []
                try pattern.pattern.forEachMatch(in: text) { expected.append($0.range); return true }
                XCTAssertEqual(found[p], expected, "pattern \(p) in \(text)")
            }
        }
    }
}
