import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// Each normalisation the matcher applies, on invented list entries and sentences.
final class NormalisationTests: XCTestCase {
    let matcher = Fixture.matcher([
        Fixture.person("t:1", "VORONTSEV, Arkadiy Semyonovich"),
        Fixture.person("t:2", "OKONKWO-BELLAMY, Themba"),
        Fixture.person("t:3", "HALLOUMI, Mohammed Yusuf"),
        Fixture.person("t:4", "DRAGOSLAVOV, Plamen", title: "President of the Republic of Ostravia"),
        Fixture.person("t:5", "QUIROGA LEDESMA, Álvaro Ignacio"),
        Fixture.person("t:6", "PAPADOPOULIDIS, Stavros"),
        Fixture.person("t:7", "AL-RASHEEDI, Karim"),
        Fixture.organisation("t:8", ["PUBLIC JOINT STOCK COMPANY VELTRANSNEFT", "VELTRANSNEFT"]),
        Fixture.organisation("t:9", ["ORBIQUEST MARITIME HOLDINGS LTD"]),
    ])

    func testLetterCase() {
        XCTAssertEqual(Fixture.spans(matcher, "A court froze assets of ARKADIY VORONTSEV on Monday."), ["ARKADIY VORONTSEV"])
        XCTAssertEqual(Fixture.spans(matcher, "A court froze assets of arkadiy vorontsev on Monday."), [],
                       "names in lower case are not names in prose")
    }

    func testDiacriticsBothWays() {
        XCTAssertEqual(Fixture.spans(matcher, "Lawyers for Alvaro Quiroga declined to comment."), ["Alvaro Quiroga"])
        XCTAssertEqual(Fixture.spans(matcher, "Lawyers for Plámen Dragoslavov declined to comment."), ["Plámen Dragoslavov"])
    }

    func testPunctuationAndHyphens() {
        XCTAssertEqual(Fixture.spans(matcher, "Themba Okonkwo Bellamy was named in the filing."), ["Themba Okonkwo Bellamy"])
        XCTAssertEqual(Fixture.spans(matcher, "Themba Okonkwo-Bellamy was named in the filing."), ["Themba Okonkwo-Bellamy"])
    }

    func testCyrillicTransliteration() {
        XCTAssertEqual(Fixture.spans(matcher, "В документе упомянут Аркадий Воронцев."), ["Аркадий Воронцев"])
        XCTAssertEqual(ScriptFolding.foldText("Жуков Щербаков"), "zhukov shcherbakov")
    }

    func testGreekTransliteration() {
        XCTAssertEqual(Fixture.spans(matcher, "Ο Σταύρος Παπαδοπουλίδης αρνήθηκε."), ["Σταύρος Παπαδοπουλίδης"])
    }

    func testPossessiveIsLeftOutOfTheSpan() {
        XCTAssertEqual(Fixture.spans(matcher, "Plamen Dragoslavov's lawyers appealed."), ["Plamen Dragoslavov"])
        XCTAssertEqual(Fixture.spans(matcher, "Veltransneft’s tankers were idle."), ["Veltransneft"])
    }

    func testHonorificsAreNotNames() {
        let withTitle = Fixture.matcher([Fixture.person("t:10", "ALI, Sheikh"), Fixture.person("t:11", "QARNAWI, Sheikh Tamim")])
        XCTAssertEqual(Fixture.spans(withTitle, "Sheikh Ali spoke to reporters."), [])
        XCTAssertEqual(Fixture.spans(withTitle, "Tamim Qarnawi spoke to reporters."), ["Tamim Qarnawi"])
    }

    func testHonorificBeforeASurnameThatNamesOnePerson() {
        XCTAssertEqual(Fixture.spans(matcher, "Speaking later, President Dragoslavov denied it."), ["Dragoslavov"])
        XCTAssertEqual(Fixture.spans(matcher, "Speaking later, Mr Dragoslavov denied it."), [], "only a head of state or government title names one person")
        XCTAssertEqual(Fixture.spans(matcher, "Speaking later, Dragoslavov denied it."), [], "a bare surname alone does not fire")
        XCTAssertEqual(Fixture.spans(matcher, "Speaking later, President Vorontsev denied it."), [],
                       "the office must be the listed person's title")
    }

    func testLegalFormSuffixesAndPrefixes() {
        XCTAssertEqual(Fixture.spans(matcher, "Shares in Veltransneft PJSC slid."), ["Veltransneft PJSC"])
        XCTAssertEqual(Fixture.spans(matcher, "Shares in OAO Veltransneft slid."), ["OAO Veltransneft"])
        XCTAssertEqual(Fixture.spans(matcher, "Orbiquest Maritime Holdings said it would appeal."), ["Orbiquest Maritime Holdings"])
    }

    func testSurnameGivenOrder() {
        XCTAssertEqual(Fixture.spans(matcher, "The list names VORONTSEV, Arkadiy among others."), ["VORONTSEV, Arkadiy"])
        XCTAssertEqual(Fixture.spans(matcher, "The list names Arkadiy Vorontsev among others."), ["Arkadiy Vorontsev"])
    }

    func testPatronymicsAndMiddleNamesMayBeLeftOut() {
        XCTAssertEqual(Fixture.spans(matcher, "Arkadiy Semyonovich Vorontsev was listed."), ["Arkadiy Semyonovich Vorontsev"])
        XCTAssertEqual(Fixture.spans(matcher, "Arkadiy Vorontsev was listed."), ["Arkadiy Vorontsev"])
        XCTAssertEqual(Fixture.spans(matcher, "Mohammed Halloumi was listed."), ["Mohammed Halloumi"])
    }

    func testSecondSurnameMayBeLeftOut() {
        XCTAssertEqual(Fixture.spans(matcher, "Álvaro Quiroga was listed."), ["Álvaro Quiroga"])
    }

    func testInitials() {
        XCTAssertEqual(Fixture.spans(matcher, "The filing names A. Vorontsev as director."), ["A. Vorontsev"])
        XCTAssertEqual(Fixture.spans(matcher, "The filing names B. Vorontsev as director."), [], "the initial must fit")
    }

    func testTransliterationVariants() {
        XCTAssertEqual(Fixture.spans(matcher, "Arkady Vorontsev was listed."), ["Arkady Vorontsev"])
        XCTAssertEqual(Fixture.spans(matcher, "Muhammad Halloumi was listed."), ["Muhammad Halloumi"])
        XCTAssertEqual(Fixture.spans(matcher, "Karim El-Rasheedi was listed."), ["Karim El-Rasheedi"])
        XCTAssertEqual(VariantKey.make("peevski"), VariantKey.make("peevsky"))
        XCTAssertEqual(VariantKey.make("kuznetsov"), VariantKey.make("kuznetzov"))
        XCTAssertEqual(VariantKey.make("yarokhina"), VariantKey.make("yarohina"))
        XCTAssertNotEqual(VariantKey.make("oleg"), VariantKey.make("olga"))
        // German and French renderings of Russian names.
        XCTAssertEqual(VariantKey.make("kowaltschuk"), VariantKey.make("kovalchuk"))
        XCTAssertEqual(VariantKey.make("kovaltchouk"), VariantKey.make("kovalchuk"))
    }

    func testVariantMatchesAreLabelled() {
        let mention = matcher.mentions(in: "Muhammad Halloumi was listed.").first
        XCTAssertEqual(mention?.kind, .variant)
        let exact = matcher.mentions(in: "Orbiquest Maritime Holdings Ltd was listed.").first
        XCTAssertEqual(exact?.kind, .exact)
    }

    func testLegalFormStripping() {
        XCTAssertEqual(NameLexicon.strippingLegalForms(["public", "joint", "stock", "company", "veltransneft"]), ["veltransneft"])
        XCTAssertEqual(NameLexicon.strippingLegalForms(["ooo", "zarya", "llc"]), ["zarya"])
        XCTAssertEqual(NameLexicon.strippingLegalForms(["ltd"]), ["ltd"])
    }

    func testNameTokens() {
        XCTAssertEqual(NameTokens.tokens(of: "JSC 'Oil Company 'ZARYA'"), ["jsc", "oil", "company", "zarya"])
        XCTAssertEqual(NameTokens.tokens(of: "O'Rourke, Seán"), ["orourke", "sean"])
    }
}
