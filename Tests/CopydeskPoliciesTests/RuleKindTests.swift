import CopydeskCore
@testable import CopydeskPolicies
import XCTest

/// Each rule kind finds what it should, and nothing else.
final class RuleKindTests: XCTestCase {
    typealias F = PolicyFixtures

    func testExistenceMatchesWordListsWordBoundaryAwareWithoutCompilingThem() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "ignorecase: true\ntokens: [sources say, it is believed, U.S.]"))
        XCTAssertEqual(F.matched(plugin, "Sources say so; it is\nbelieved. Resources saying. The U.S. agreed."),
                       ["Sources say", "it is\nbelieved", "U.S."])
        let check = try XCTUnwrap(plugin.compiled.first?.check as? ExistenceCheck)
        XCTAssertEqual(check.patterns.patterns.count, 0, "the word list is no pattern")
        XCTAssertEqual(check.patterns.words?.isDirect, true, "the word list is matched in the prefilter's pass")
        XCTAssertNil(check.patterns.words?.compiledPattern)
    }

    func testExistenceMessageUsesMatchAndNamedGroups() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", message: "{who} says ({match})",
                                         #"patterns: ['(?<who>\w+) says']"#))
        let findings = F.findings(plugin, "Nobody says much.")
        XCTAssertEqual(findings.map(\.message), ["Nobody says (Nobody says)"])
        XCTAssertEqual(findings.first?.ruleID, "house/probe")
    }

    func testExceptionsCancelMatchesTheyCover() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "tokens: [hell]\nexceptions: ['hell of a']"))
        XCTAssertEqual(F.matched(plugin, "A hell of a day. Go to hell."), ["hell"])
        XCTAssertEqual(F.findings(plugin, "A hell of a day.").count, 0)
    }

    func testValidatorsKeepOnlyChecksumValidMatches() throws {
        let luhn = try F.plugin(F.rule(kind: "existence", #"validate: luhn\#npatterns: ['\d(?:[ -]?\d){12,18}']"#))
        XCTAssertEqual(F.matched(luhn, "4111 1111 1111 1111 and 4111 1111 1111 1112"), ["4111 1111 1111 1111"])
        let iban = try F.plugin(F.rule(kind: "existence", #"validate: iban\#npatterns: ['\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})+(?: ?[A-Z0-9]{1,3})?\b']"#))
        XCTAssertEqual(F.matched(iban, "GB82 WEST 1234 5698 7654 32 or GB82 WEST 1234 5698 7654 33"),
                       ["GB82 WEST 1234 5698 7654 32"])
    }

    func testSubstitutionOffersTheReplacementAsAFixKeepingTheInitialCapital() throws {
        let plugin = try F.plugin(F.rule(kind: "substitution", message: "use {replacement}",
                                         "ignorecase: true\nswap: {past history: history, close proximity: proximity}"))
        let findings = F.findings(plugin, "Past history matters in close proximity.")
        XCTAssertEqual(findings.map(\.message), ["use History", "use proximity"])
        XCTAssertEqual(findings[0].fixes.first?.replacements.first?.text, "History")
        XCTAssertEqual(findings[0].fixes.first?.replacements.first?.range, 0..<12)
    }

    func testRegexSubstitutionUsesGroupsInTheReplacement() throws {
        let plugin = try F.plugin(F.rule(kind: "substitution", message: "{replacement}",
                                         #"regex: true\#nswap: {'(?<n>\d+) pct\b': '{n}%'}"#))
        let findings = F.findings(plugin, "Up 5 pct.")
        XCTAssertEqual(findings.map(\.message), ["5%"])
        XCTAssertEqual(findings.first?.fixes.first?.replacements.first?.text, "5%")
    }

    func testOccurrenceReportsScopesOverTheLimitOrUnderTheMinimum() throws {
        let max = try F.plugin(F.rule(kind: "occurrence", message: "{count} > {max}",
                                      "scope: paragraph\npatterns: ['!']\nmax: 1"))
        let findings = F.findings(max, "Wow! Really!\n\nFine!")
        XCTAssertEqual(findings.map(\.message), ["2 > 1"])
        let excess = try F.plugin(F.rule(kind: "occurrence", "patterns: ['!']\nmax: 1\nreport: excess"))
        XCTAssertEqual(F.findings(excess, "Wow! Really! Yes!").count, 2)
        let min = try F.plugin(F.rule(kind: "occurrence", message: "{count} < {min}",
                                      "scope: paragraph\ntokens: [said]\nmin: 1"))
        XCTAssertEqual(F.findings(min, "He said yes.\n\nNo quote here.").map(\.message), ["0 < 1"])
    }

    func testRepetitionFindsDoubledWordsWithADeletionFix() throws {
        let plugin = try F.plugin(F.rule(kind: "repetition", message: "{word} twice", "ignorecase: true\nexceptions: ['had had']"))
        let text = "The the cat had had enough, enough."
        let findings = F.findings(plugin, text)
        XCTAssertEqual(findings.map(\.message), ["the twice"])
        XCTAssertEqual(findings.first?.range, 0..<7)
        XCTAssertEqual(findings.first?.fixes.first?.replacements.first?.range, 3..<7)
    }

    func testConsistencyReportsTheMinoritySpellingAgainstTheMajority() throws {
        let plugin = try F.plugin(F.rule(kind: "consistency", message: "{match} vs {majority}",
                                         "sets: [[Kyiv, Kiev], [Zelenskyy, Zelensky]]"))
        let text = "Kiev. Kyiv. Kyiv. Zelensky spoke."
        let findings = F.findings(plugin, text)
        XCTAssertEqual(findings.map(\.message), ["Kiev vs Kyiv"])
        XCTAssertEqual(findings.first?.related.first?.range, 6..<10)
        XCTAssertEqual(findings.first?.fixes.first?.replacements.first?.text, "Kyiv")
        XCTAssertEqual(F.findings(plugin, "Zelenskyy met Zelenskyy.").count, 0, "a longer variant does not count as the shorter")
    }

    func testConditionalWithKeyNeedsTheSameKeyInTheSecondPattern() throws {
        let plugin = try F.plugin(F.rule(kind: "conditional", message: "{key} unexplained", #"""
            first: '\b(?<key>[A-Z]{3,5})\b'
            second: '\((?<key>[A-Z]{3,5})\)'
            exceptions: ['\bNATO\b']
            """#))
        XCTAssertEqual(F.findings(plugin, "The WHO met. The IMF met. The WHO left. NATO too.").map(\.message),
                       ["WHO unexplained", "IMF unexplained"])
        XCTAssertEqual(F.findings(plugin, "The World Health Organization (WHO) met. The WHO left.").count, 0)
    }

    func testConditionalWithoutKeyNeedsAnySecondMatch() throws {
        let plugin = try F.plugin(F.rule(kind: "conditional", "first: 'allegedly'\nsecond: 'police said'"))
        XCTAssertEqual(F.matched(plugin, "He allegedly stole it. He allegedly ran."), ["allegedly"])
        XCTAssertEqual(F.findings(plugin, "He allegedly stole it, police said.").count, 0)
    }

    func testCapitalizationChecksTitlesWithExceptionsAndAFix() throws {
        let plugin = try F.plugin(F.rule(kind: "capitalization", message: "{words}", "style: sentence\nexceptions: ['\\bParis\\b']"))
        let findings = F.findings(plugin, "Mayor Of Paris Resigns\n\nThe mayor resigned.")
        XCTAssertEqual(findings.map(\.message), ["Of, Resigns"])
        XCTAssertEqual(findings.first?.fixes.first?.replacements.first?.text, "Mayor of Paris resigns")
        XCTAssertEqual(F.findings(plugin, "Mayor of Paris resigns\n\nThe mayor resigned.").count, 0)
        let title = try F.plugin(F.rule(kind: "capitalization", "style: title"))
        XCTAssertEqual(F.findings(title, "Mayor of paris Resigns\n\nBody text.").first?.fixes.first?.replacements.first?.text,
                       "Mayor of Paris Resigns")
    }

    func testSequenceFindsStepsInOrderWithinOneScopeRange() throws {
        let plugin = try F.plugin(F.rule(kind: "sequence", "scope: sentence\nignorecase: true\nsteps: ['\\bboth\\b', '\\bas well as\\b']"))
        XCTAssertEqual(F.matched(plugin, "Both cats as well as dogs. Both ran. Birds as well as fish."), ["Both cats as well as"])
    }

    func testScopesLimitWhereRulesLook() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "scope: title\ntokens: [Breaking]"))
        XCTAssertEqual(F.matched(plugin, "Breaking news today\n\nBreaking the rules is fun."), ["Breaking"])
        XCTAssertEqual(F.findings(plugin, "Breaking news today\n\nBreaking the rules is fun.").first?.range, 0..<8)
    }

    func testAPatternThatHitsAMatchLimitIsReportedNotFatal() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "patterns: ['(a+)+$']") + F.rule(id: "other", kind: "existence", "tokens: [b]"))
        let context = CheckContext()
        let findings = F.findings(plugin, String(repeating: "a", count: 5000) + "! b", context: context)
        XCTAssertEqual(findings.map(\.ruleID), ["house/other"], "the other rule still runs")
        XCTAssertEqual(context.problems.first?.ruleID, "house/probe")
        XCTAssertTrue(context.problems.first?.message.contains("stopped") ?? false, "\(context.problems)")
    }

    func testRuleDescriptionsCarryPackIdsLevelsAndExamples() throws {
        let plugin = try F.plugin(F.rule(kind: "existence", "level: error\nenabled: false\ntokens: [x]"), name: "desk")
        let rule = try XCTUnwrap(plugin.rules.first)
        XCTAssertEqual(rule.id, "desk/probe")
        XCTAssertEqual(rule.defaultLevel, .error)
        XCTAssertFalse(rule.enabledByDefault)
        XCTAssertEqual(rule.examples.map(\.expectation), [.triggers, .passes])
        XCTAssertEqual(plugin.id, "policies")
    }
}

extension RuleKindTests {
    func testRulesTheRunTurnsOffAreNotRun() throws {
        let plugin = try PolicyFixtures.plugin(
            PolicyFixtures.rule(id: "kept", kind: "existence", "tokens: [sources say]")
            + PolicyFixtures.rule(id: "off", kind: "existence", "tokens: [critics say]"))
        let document = Document(plainText: SourceFile(path: "a.txt", text: "The sources say so; the critics say no."))
        XCTAssertEqual(plugin.check(document, context: CheckContext()).map(\.ruleID).sorted(), ["house/kept", "house/off"])
        XCTAssertEqual(plugin.check(document, context: CheckContext(disabledRules: ["house/off"])).map(\.ruleID), ["house/kept"])
    }
}
