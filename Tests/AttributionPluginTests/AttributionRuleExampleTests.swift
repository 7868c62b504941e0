import AttributionPlugin
import CopydeskCore
import CopydeskRuleTesting
import XCTest

/// The attribution rules' own examples, and behaviour the examples do not pin down.
final class AttributionRuleExampleTests: XCTestCase {
    func testEveryRuleHasPassingExamples() {
        let (count, failures) = ExampleRunner().run(factory: AttributionRulePlugin.factory)
        XCTAssertGreaterThan(count, 20)
        for failure in failures { XCTFail(failure.description) }
    }

    func testRuleIDsAndLevels() throws {
        let plugin = try AttributionRulePlugin(options: .object([:]))
        let levels = Dictionary(uniqueKeysWithValues: plugin.rules.map { ($0.id, $0.defaultLevel) })
        XCTAssertEqual(levels, [
            "attribution/quote": .note, "attribution/unattributed-quote": .warning, "attribution/unbalanced-quote": .error,
            "attribution/vague-source": .warning, "attribution/anonymous-source": .note,
            "attribution/first-reference": .warning, "attribution/verb-tense": .warning,
        ])
        XCTAssertEqual(plugin.rules.filter { !$0.enabledByDefault }.map(\.id), ["attribution/verb-tense"])
    }

    func testUnattributedQuotesSurviveTheLimitOnQuoteTags() throws {
        // The text format's default level hides notes, so the run asks for no quote tags at all:
        // the unattributed-quote warnings must still be made.
        let plugin = try AttributionRulePlugin(options: .object([:]))
        let text = "“We are ready,” the chief said. Crews worked all night.\n\n“Nobody slept.”\n"
        let document = Document(plainText: SourceFile(path: "t.txt", text: text))
        let context = CheckContext(findingLimits: ["attribution/quote": 0])
        let findings = plugin.check(document, context: context)
        XCTAssertEqual(findings.filter { $0.ruleID == "attribution/quote" }.count, 0)
        XCTAssertEqual(findings.filter { $0.ruleID == "attribution/unattributed-quote" }.map { document.text(of: $0.range) }, ["“Nobody slept.”"])
    }

    func testOptionsAreRejected() {
        XCTAssertThrowsError(try AttributionRulePlugin(options: .object(["verbs": .string("said")])))
    }

    private func quotes(_ text: String) -> [(quote: String, speaker: String?)] {
        let document = Document(plainText: SourceFile(path: "test.txt", text: text))
        return AttributionRulePlugin.quotations(in: document).map { (document.text(of: $0.range), $0.speaker) }
    }

    func testMultiParagraphQuotationIsOneQuote() {
        let text = "Coach Dana Whitfield spoke after the match.\n\n“We lost our shape in the second half.\n\n“We will fix it before Saturday,” she said.\n"
        let found = quotes(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.speaker, "she")
        XCTAssertTrue(found.first?.quote.hasSuffix("Saturday,”") ?? false)
    }

    func testApostrophesAreNotQuotationMarks() {
        let found = quotes("The players’ union met in the ’90s gym. 'It's our turn,' said captain Ines Ford.")
        XCTAssertEqual(found.map(\.quote), ["'It's our turn,'"])
        XCTAssertEqual(found.first?.speaker, "captain Ines Ford")
    }

    func testArchiveDoubleApostrophesAndNestedSingles() {
        let found = quotes("''She told me, 'Wait here,' and left,'' said the driver, Omar Haddad.")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.speaker, "the driver")
    }

    func testAbbreviationsDoNotSplitTheAttribution() {
        let found = quotes("Gov. Ann Pryce of Ore. met U.S. officials at 3 p.m. on Jan. 4 and said: “The deal holds.”")
        XCTAssertEqual(found.first?.speaker, "Gov. Ann Pryce of Ore.")
    }

    func testPronounResolvesToTheLastNamedSource() {
        let document = Document(plainText: SourceFile(path: "t.txt", text: "“Rates stay put,” central bank governor Ilse Marr said. “Inflation is falling,” she added."))
        let found = AttributionRulePlugin.quotations(in: document)
        XCTAssertEqual(found.map(\.speaker), ["central bank governor Ilse Marr", "she"])
        XCTAssertEqual(found.last?.resolvedSpeaker, "Ilse Marr")
    }

    func testInchMarksAreNotStrayQuotationMarks() throws {
        let document = Document(plainText: SourceFile(path: "t.txt", text: "The centre, who is 6'11\" tall, signed on Monday."))
        let findings = try AttributionRulePlugin(options: .object([:])).check(document, context: CheckContext())
        XCTAssertEqual(findings.map(\.ruleID), [])
    }

    func testVagueAndAnonymousFindingsSitOnThePhrase() throws {
        let text = "Critics say the bridge is unsafe. “It is finished,” said a person familiar with the talks."
        let document = Document(plainText: SourceFile(path: "t.txt", text: text))
        let findings = try AttributionRulePlugin(options: .object([:])).check(document, context: CheckContext())
        let phrases = findings.filter { $0.properties["quote"] == nil }.map { "\($0.ruleID): \(document.text(of: $0.range))" }
        XCTAssertEqual(phrases, [
            "attribution/vague-source: Critics say",
            "attribution/anonymous-source: a person familiar with the talks",
        ])
        XCTAssertEqual(findings.first { $0.ruleID == "attribution/anonymous-source" }?.level, .warning)
    }
}
