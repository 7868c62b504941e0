import CopydeskCore
import Foundation
import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// What the lists say about an entry besides its names, and what copy says about the name, used to
/// link it or to keep a namesake out: a listed position ("President of Belarus") read from OFSI's
/// ConList and added to the UK entries by a supplement; legal forms that exclude each other; a
/// country before a name of ordinary words; a profession the list does not give. Invented entries.
final class ListDetailsTests: XCTestCase {
    // MARK: Positions

    func testAnOfficeIsAStatesNotAnInstitutions() {
        XCTAssertTrue(ListedOffice.holds("president", title: "President of Belarus"))
        XCTAssertTrue(ListedOffice.holds("president", title: "President of the Syrian Arab Republic"))
        XCTAssertTrue(ListedOffice.holds("president", title: "President of the Republic of Ostravia"))
        XCTAssertTrue(ListedOffice.holds("prime minister", title: "Prime Minister. Appointed in August 2020."))
        XCTAssertTrue(ListedOffice.holds("president", title: "(1) Former Minister (2) President of the Russian Federation"))
        XCTAssertFalse(ListedOffice.holds("president", title: "(1) President of the National Olympic Committee of the Republic of Belarus (2) adviser"))
        XCTAssertFalse(ListedOffice.holds("president", title: "President of Tanchon Commercial Bank"))
        XCTAssertFalse(ListedOffice.holds("president", title: "Vice President of Belarus"))
    }

    func testTheOfficeHolderIsFoundAndHisSonIsNot() {
        let matcher = Fixture.matcher([
            Fixture.person("t:1", "VASKEVICH MORA, Teodor", title: "President of the Republic of Ostravia"),
            Fixture.person("t:2", "VASKEVICH LUNA, Teodor Emil"),
            Fixture.person("t:3", "VASKEVICH, Ignat", title: "(1) President of the Ostravian Chess Federation Committee"),
        ])
        let mentions = matcher.mentions(in: "The decree was signed by President Vaskevich on Friday.")
        XCTAssertEqual(mentions.count, 1)
        XCTAssertEqual(mentions.first.map { $0.entries.map { matcher.index.entry(Int($0)).id } }, ["t:1"])
        XCTAssertEqual(Fixture.spans(matcher, "Chess federation president Vaskevich resigned."), [])
    }

    func testOFSIConListLayoutGivesPositionsReferencesAndItsDate() throws {
        let path = NSTemporaryDirectory() + "conlist-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
            Last Updated,10/04/2025
            Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,Position,Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,Group ID
            VASKEVICH,Teodor,,,,,Mr,Теодор Васкевич,President of Ostravia,"(UK Sanctions List Ref):OST0001 and GHR0099. Head of state.",Individual,Primary name,,Ostravia,01/02/2021,9001
            VASKEVITCH,Teodor,,,,,Mr,,President of Ostravia,"(UK Sanctions List Ref):OST0001",Individual,AKA,Low quality,Ostravia,01/02/2021,9001
            NORVEX,,,,,,,,,"No reference here",Entity,Primary name,,Ostravia,01/02/2021,9002

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let (entries, date) = try OFSIConsolidatedList.loadDated(path: path)
        XCTAssertEqual(date, "2025-04-10")
        XCTAssertEqual(entries.map(\.id), ["uk:OST0001", "ofsi:9002"])
        XCTAssertEqual(entries[0].title, "President of Ostravia")
        XCTAssertEqual(entries[0].names.map(\.full), ["Teodor VASKEVICH", "Теодор Васкевич", "Teodor VASKEVITCH"])
        XCTAssertEqual(entries[0].names.map(\.isWeak), [false, false, true])
        XCTAssertEqual(entries[1].type, .organisation)
    }

    func testASupplementCompletesEntriesAndAddsNone() throws {
        let listed = Fixture.person("uk:OST0001", "Teodor VASKEVICH")
        var supplement = Fixture.person("uk:OST0001", "Teodor VASKEVITCH", title: "President of Ostravia")
        supplement.programs = ["Ostravia"]
        let delisted = Fixture.person("uk:OST0002", "Ignat SOROKA")
        let merged = IndexStore.merging([supplement, delisted], into: [listed], addingNew: false)
        XCTAssertEqual(merged.map(\.id), ["uk:OST0001"])
        XCTAssertEqual(merged[0].title, "President of Ostravia")
        XCTAssertEqual(merged[0].names.map(\.full), [listed.names[0].full, supplement.names[0].full])
        XCTAssertFalse(merged[0].names[1].isPrimary)
        XCTAssertEqual(merged[0].programs, ["TEST", "Ostravia"])
        XCTAssertEqual(IndexStore.merging([delisted], into: [listed], addingNew: true).map(\.id), ["uk:OST0001", "uk:OST0002"])
    }

    func testTheSupplementOptionIsABoolean() throws {
        let source = try ListSource(option: ["format": "uk-ofsi", "path": "ConList.csv", "supplement": true])
        XCTAssertTrue(source.supplement)
        XCTAssertFalse(try ListSource(option: ["format": "uk-ofsi", "path": "ConList.csv"]).supplement)
        XCTAssertThrowsError(try ListSource(option: ["format": "uk-ofsi", "path": "ConList.csv", "supplement": "yes"]))
        XCTAssertNotEqual(source.key, try ListSource(option: ["format": "uk-ofsi", "path": "ConList.csv"]).key)
    }

    // MARK: Legal forms, countries, professions

    func testLegalFormFamilies() throws {
        func family(_ form: String) throws -> LegalFormFamily { try XCTUnwrap(LegalFormFamily.of(form.split(separator: " ").map(String.init))) }
        XCTAssertTrue(try family("llc").admits(family("ooo")))
        XCTAssertTrue(try family("pjsc").admits(family("oao")))
        XCTAssertTrue(try family("corp").admits(family("pjsc")))
        XCTAssertFalse(try family("corp").admits(family("llc")))
        XCTAssertFalse(try family("inc").admits(family("s a")))
        XCTAssertFalse(try family("inc").admits(family("ao")))
        XCTAssertNil(LegalFormFamily.of(["co"]))
    }

    func testAnAmericanLegalFormDoesNotConfirmAnotherKindOfCompany() {
        let matcher = Fixture.matcher([
            Fixture.organisation("t:1", ["KORVANTA OOO"]),
            Fixture.organisation("t:2", ["ZELMORA S.A."]),
            Fixture.organisation("t:3", ["PUBLIC JOINT STOCK COMPANY DRAVNEFT"]),
        ])
        XCTAssertEqual(Fixture.spans(matcher, "Korvanta LLC was named in the order."), ["Korvanta LLC"])
        XCTAssertEqual(Fixture.spans(matcher, "Korvanta Corp said profits rose."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Zelmora SA laundered the money."), ["Zelmora SA"])
        XCTAssertEqual(Fixture.spans(matcher, "Zelmora Inc opened a warehouse in Miami."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Dravneft Corp shares fell."), ["Dravneft Corp"])
    }

    func testACountryBeforeANameOfOrdinaryWordsMustBeTheListedOnes() {
        var commission = Fixture.organisation("t:1", ["STATE PLANNING COMMISSION"])
        commission.programs = ["DPRK3"]
        let matcher = Fixture.matcher([commission])
        XCTAssertEqual(Fixture.spans(matcher, "North Korea's State Planning Commission set the targets."), ["State Planning Commission"])
        XCTAssertEqual(Fixture.spans(matcher, "China's State Planning Commission set the targets."), [])
        XCTAssertEqual(CountryQualifier.countries(ofPrograms: ["SDGT"], id: "un:KPe.001"), ["north korea"])
        XCTAssertEqual(CountryQualifier.countries(ofPrograms: ["SOUTH SUDAN"], id: "ofac-sdn:1"), ["south sudan"])
        XCTAssertEqual(CountryQualifier.countries(ofPrograms: ["SDGT", "GLOMAG"], id: "ofac-sdn:1"), [])
    }

    func testAProfessionTheListDoesNotGiveNamesANamesake() {
        let matcher = Fixture.matcher([Fixture.person("t:1", "HALVORSEN, Dag Erik", aliases: ["HALVORSEN, Dag"])])
        XCTAssertEqual(Fixture.spans(matcher, "Investigators traced the payments to Dag Halvorsen."), ["Dag Halvorsen"])
        XCTAssertEqual(Fixture.spans(matcher, "The club's lawyer Dag Halvorsen declined to comment."), [])
        XCTAssertEqual(Fixture.spans(matcher, "Dag Halvorsen, an economist at the bank, expects rates to fall."), [])
    }
}
