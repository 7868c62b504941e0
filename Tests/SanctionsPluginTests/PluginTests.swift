import CopydeskCore
import CopydeskRuleTesting
import XCTest
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
