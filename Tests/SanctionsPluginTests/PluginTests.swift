import CopydeskCore
import CopydeskRuleTesting
import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// The plugin with its embedded default index (OFAC SDN + UN + UK): findings, properties, claims.
final class PluginTests: XCTestCase {
    static let plugin = Result { try SanctionsRulePlugin(options: .object([:])) }

    func findings(_ text: String) throws -> [Finding] {
        let plugin = try Self.plugin.get()
        return plugin.check(Document(plainText: SourceFile(path: "t.txt", text: text)), context: CheckContext())
    }

    func testEmbeddedDefaultIndexSaysItsSources() throws {
        let index = try IndexStore.embedded()
        XCTAssertGreaterThan(index.entries.count, 20_000)
        XCTAssertEqual(Set(index.entries.map(\.jurisdiction)), [.unitedStates, .unitedKingdom, .unitedNations],
                       "the default ships only OFAC, UN and UK entries")
        XCTAssertTrue(index.sources.contains { $0.contains("UN Security Council") && $0.contains("2026-02-27") })
    }

    func testListedEntityProperties() throws {
        let found = try findings("Prosecutors said they had questioned Delyan Peevski twice.")
        XCTAssertEqual(found.count, 1)
        let finding = try XCTUnwrap(found.first)
        XCTAssertEqual(finding.ruleID, "sanctions/listed-entity")
        XCTAssertNil(finding.level)
        let sanctions = try XCTUnwrap(finding.properties["sanctions"])
        let ids = sanctions["entries"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
        XCTAssertEqual(Set(ids ?? []), ["ofac-sdn:32059", "uk:GAC0037"])
        let first = try XCTUnwrap(sanctions["entries"]?.arrayValue?.first)
        for key in ["id", "list", "name", "type", "programs", "listed"] { XCTAssertNotNil(first[key], key) }
        XCTAssertEqual(first["type"]?.stringValue, "person")
        XCTAssertEqual(sanctions["match"]?.stringValue, "variant")
        XCTAssertNotNil(sanctions["score"]?.doubleValue)
    }

    func testLaterMentionIsANotePointingAtTheFirst() throws {
        let found = try findings("Delyan Peevski denied it. Later, Peevski said he would appeal.")
        XCTAssertEqual(found.map(\.level), [nil, .note])
        XCTAssertEqual(found[1].related.first?.range, found[0].range)
        XCTAssertEqual(found[1].properties["sanctions"]?["match"]?.stringValue, "partial")
    }

    func testClaimThatAJurisdictionSanctionedAnEntityItDoesNotList() throws {
        let found = try findings("Delyan Peevski, sanctioned by the United Nations, denied it.")
        let claim = try XCTUnwrap(found.first { $0.ruleID == "sanctions/claim-mismatch" })
        XCTAssertNil(claim.level, "a wrong claim is a warning (the rule's level)")
        XCTAssertTrue(claim.message.contains("the United Nations"))
    }

    func testClaimThatLeavesOutAJurisdictionIsANote() throws {
        let found = try findings("Delyan Peevski, sanctioned by the United States, denied it.")
        let claim = try XCTUnwrap(found.first { $0.ruleID == "sanctions/claim-mismatch" })
        XCTAssertEqual(claim.level, .note)
        XCTAssertTrue(claim.message.contains("the United Kingdom"))
        XCTAssertTrue(try findings("Delyan Peevski, sanctioned by the United States and Britain, denied it.")
            .allSatisfy { $0.ruleID != "sanctions/claim-mismatch" })
    }

    func testClaimIsCheckedAtALaterMentionToo() throws {
        let found = try findings("Sovcomflot sold two tankers. The United Nations sanctioned Sovcomflot in 2022.")
        let claims = found.filter { $0.ruleID == "sanctions/claim-mismatch" }
        XCTAssertEqual(claims.count, 1)
        XCTAssertTrue(claims[0].message.contains("the United Nations"), claims[0].message)
        XCTAssertGreaterThan(claims[0].range.lowerBound, 30, "the claim is on the later mention, in the claiming sentence")
    }

    func testClaimAboutAJurisdictionWhoseListIsNotLoadedSaysSo() throws {
        let found = try findings("The European Union sanctioned Sovcomflot and the United States followed.")
        let claim = try XCTUnwrap(found.first { $0.ruleID == "sanctions/claim-mismatch" })
        XCTAssertEqual(claim.level, .note, "an unchecked claim is not called wrong")
        XCTAssertTrue(claim.message.contains("the European Union is not checked"), claim.message)
        XCTAssertTrue(claim.message.contains("eu-journal"), claim.message)
        XCTAssertEqual(claim.properties["claim"]?["notLoaded"], .array([.string("eu")]))
    }

    func testVesselNamedWithAnOrdinaryWordNeedsAVesselCue() throws {
        let named = try findings("The tanker Centurion switched off its transponder for six days.")
        XCTAssertEqual(named.first?.properties["sanctions"]?["entries"]?.arrayValue?.first?["type"]?.stringValue, "vessel")
        XCTAssertEqual(try findings("The Liberian-flagged Deneb anchored outside the port.").count, 1)
        XCTAssertEqual(try findings("Satellite images showed the Symphony (IMO 9309588) at anchor.").count, 2)
        XCTAssertEqual(try findings("The Centurion tank was a British design of the 1940s.").count, 0)
        XCTAssertEqual(try findings("Deneb is a first-magnitude star in Cygnus.").count, 0)
    }

    func testOneWordGroupTheDictionaryKnowsNeedsGroupOrCompanyWords() throws {
        XCTAssertEqual(try findings("Fighters loyal to Hezbollah crossed the line overnight.").count, 1)
        XCTAssertEqual(try findings("Hezbollah was the subject of the lecture.").count, 0)
    }

    func testLegalFormsWithDotsAndSeveralInARow() throws {
        let dotted = try findings("Lukoil L.L.C. opened a new office.")
        XCTAssertEqual(dotted.count, 1)
        let irkut = try findings("Irkut Corporation JSC was hit.")
        let text = "Irkut Corporation JSC was hit."
        let range = try XCTUnwrap(irkut.first?.range)
        XCTAssertEqual(String(decoding: Array(text.utf8)[range], as: UTF8.self), "Irkut Corporation JSC")
        XCTAssertEqual(try findings("ALROSA PJSC reported lower sales.").count, 1)
    }

    func testBrandFromTheListsRemarksNeedsCompanyContext() throws {
        XCTAssertEqual(try findings("The rifle maker Orsis said nothing.").first?.properties["sanctions"]?["entries"]?.arrayValue?.first?["id"],
                       .string("ofac-sdn:36999"))
        XCTAssertEqual(try findings("Orsis said nothing.").count, 0, "a weak alias alone says too little")
    }

    func testListsOlderThanMaxListAgeGiveOneAdvisoryNamingEachList() throws {
        let plugin = try Self.plugin.get()
        let day = { (text: String) in try XCTUnwrap(SanctionsRulePlugin.date(in: text)).instant }
        XCTAssertEqual(plugin.runNotices(now: try day("2026-01-10")), [], "the OFAC list of 2025-12-24 is 17 days old")
        let notices = plugin.runNotices(now: try day("2026-12-04"))
        XCTAssertEqual(notices.count, 1)
        let notice = try XCTUnwrap(notices.first)
        XCTAssertEqual(notice.level, .warning)
        XCTAssertTrue(notice.isAdvisory, "out-of-date lists do not fail a run")
        for part in ["US OFAC SDN of 2025-12-24 (345 days)", "UK Sanctions List of 2026-04-29", "copydesk sanctions update"] {
            XCTAssertTrue(notice.message.contains(part), notice.message)
        }
        let never = try SanctionsRulePlugin(options: ["maxListAge": 0])
        XCTAssertEqual(never.runNotices(now: try day("2030-01-01")), [])
        XCTAssertThrowsError(try SanctionsRulePlugin(options: ["maxListAge": "soon"]))
    }

    /// The README's configuration for users who add the EU list and an OpenSanctions collection.
    func testEUAndOpenSanctionsBesideTheShippedIndex() throws {
        let data = try Fixture.sanctionsData()
        let cache = Fixture.repo.appendingPathComponent(".build/sanctions-test-cache").path
        let plugin = try SanctionsRulePlugin(options: [
            "includeDefault": true, "cacheDirectory": .string(cache), "maxListAge": 0,
            "lists": [
                ["format": "eu-journal", "path": .string(data + "/eu_oj/consolidated")],
                ["format": "opensanctions-ftm", "path": .string(data + "/opensanctions_samples/yente_t1_entities.ftm.json")],
            ],
        ])
        XCTAssertEqual(plugin.matchers.count, 2, "the shipped index and the configured lists")
        let text = "Dmitry Pankratov remains subject to an asset freeze."
        let found = plugin.check(Document(plainText: SourceFile(path: "t.txt", text: text)), context: CheckContext())
        let ids = found.flatMap { $0.properties["sanctions"]?["entries"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? [] }
        XCTAssertTrue(ids.contains { $0.hasPrefix("eu:") }, "an EU-only entry is found once the EU list is loaded: \(ids)")
    }

    func testNoClaimWithoutASanctionsWord() throws {
        XCTAssertTrue(try findings("Delyan Peevski flew to Washington on Tuesday.").allSatisfy { $0.ruleID != "sanctions/claim-mismatch" })
    }

    func testBadOptionsAreErrors() {
        XCTAssertThrowsError(try SanctionsRulePlugin(options: ["lists": [["format": "fax", "path": "/x"]]]))
        XCTAssertThrowsError(try SanctionsRulePlugin(options: ["lists": [["format": "un-xml"]]]))
        XCTAssertThrowsError(try SanctionsRulePlugin(options: ["includeDefault": "yes"]))
        XCTAssertThrowsError(try SanctionsRulePlugin(options: ["lists": [["format": "un-xml", "path": "/nonexistent/un.xml"]]]))
    }

    func testRuleExamples() {
        let (count, failures) = ExampleRunner().run(factory: SanctionsRulePlugin.factory)
        XCTAssertGreaterThanOrEqual(count, 9)
        XCTAssertEqual(failures.map(\.description), [])
    }
}
