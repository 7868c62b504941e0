import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// Each importer on the real published files in ../shared/data/sanctions.
final class ImporterTests: XCTestCase {
    func testOFACSDNLegacyCSV() throws {
        let data = try Fixture.sanctionsData()
        let entries = try OFACLegacyCSV.load(primary: data + "/ofac_sdn/sdn.csv", aliases: data + "/ofac_sdn/alt.csv",
                                             addresses: data + "/ofac_sdn/add.csv",
                                             primaryNamesFallback: [data + "/ofac_non_sdn/cons_prim.csv"])
        XCTAssertGreaterThan(entries.count, 15_000)
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let peevski = try XCTUnwrap(byID["ofac-sdn:32059"])
        XCTAssertEqual(peevski.name, "PEEVSKI, Delyan Slavchev")
        XCTAssertEqual(peevski.type, .person)
        XCTAssertEqual(peevski.programs, ["GLOMAG"])
        XCTAssertEqual(peevski.names.first?.surname, "PEEVSKI")
        XCTAssertTrue(peevski.countries.contains("Bulgaria"))
        // The quoted names in remarks are weak aliases: a company's brand ("a.k.a. 'ORSIS'").
        let orsis = try XCTUnwrap(byID["ofac-sdn:36999"])
        XCTAssertTrue(orsis.names.contains { $0.full == "ORSIS" && $0.isWeak })
        XCTAssertEqual(OFACLegacyCSV.remarkAliases(in: "Tax ID No. 1; a.k.a. 'ORSIS'; f.k.a. 'OLD NAME'; a.k.a. 'ORSIS'."), ["ORSIS", "OLD NAME"])
        let rosneft = try XCTUnwrap(byID["ofac-sdn:17022"])
        XCTAssertEqual(rosneft.type, .organisation)
        XCTAssertTrue(rosneft.names.contains { $0.full == "ROSNEFT" && !$0.isPrimary })
        XCTAssertEqual(rosneft.programs, ["UKRAINE-EO13662", "RUSSIA-EO14024"], "programs split at `] [`")
        let vessel = try XCTUnwrap(byID["ofac-sdn:33719"])
        XCTAssertEqual(vessel.type, .vessel)
        XCTAssertEqual(vessel.imoNumbers, ["9888285"])
        XCTAssertFalse(entries.contains { $0.names.contains { $0.full.contains("-0-") } }, "`-0-` is an empty field")
    }

    func testOFACLegacyCSVIsLatin1() {
        let rows = CSVReader.rows(bytes: [0x31, 0x2C, 0x22, 0x4A, 0x4F, 0x53, 0xC9, 0x22, 0x0A], encoding: .latin1)
        XCTAssertEqual(rows, [["1", "JOSÉ"]])
    }

    func testOFACConsolidatedNonSDN() throws {
        let data = try Fixture.sanctionsData()
        let entries = try OFACLegacyCSV.load(primary: data + "/ofac_non_sdn/cons_prim.csv", aliases: data + "/ofac_non_sdn/cons_alt.csv",
                                             idPrefix: "ofac-cons", listName: "US OFAC Consolidated (non-SDN)")
        XCTAssertGreaterThanOrEqual(entries.count, 442)
        XCTAssertTrue(entries.allSatisfy { $0.id.hasPrefix("ofac-cons:") })
        XCTAssertTrue(entries.contains { $0.id == "ofac-cons:17022" && $0.names.contains { $0.full == "ROSNEFT" } })
    }

    func testUNConsolidatedXML() throws {
        let data = try Fixture.sanctionsData()
        let (entries, date) = try UNConsolidatedXML.load(path: data + "/un_sc/consolidated.xml")
        XCTAssertEqual(date, "2026-02-27")
        XCTAssertEqual(entries.filter { $0.type == .person }.count, 730)
        XCTAssertEqual(entries.filter { $0.type == .organisation }.count, 273)
        let entry = try XCTUnwrap(entries.first { $0.id == "un:CFi.008" })
        XCTAssertEqual(entry.names.first?.surname, "NGAÏKOSSET")
        XCTAssertTrue(entry.names.contains { $0.full == "Eugene Ngaikosset" && !$0.isPrimary })
        XCTAssertEqual(entry.listed?.count, 10)
        XCTAssertEqual(entry.jurisdiction, .unitedNations)
    }

    func testUKSanctionsListTables() throws {
        let data = try Fixture.sanctionsData()
        let (entries, date) = try UKSanctionsListCSV.load(directory: data + "/uk_fcdo")
        XCTAssertEqual(entries.count, 6046)
        XCTAssertEqual(date, "2026-04-29")
        let peevski = try XCTUnwrap(entries.first { $0.id == "uk:GAC0037" })
        XCTAssertEqual(peevski.programs, ["Global Anti-Corruption"])
        XCTAssertEqual(peevski.names.first?.surname?.uppercased(), "PEEVSKI")
        XCTAssertNotNil(peevski.listed)
        let eventin = try XCTUnwrap(entries.first { $0.id == "uk:RUS2786" })
        XCTAssertEqual(eventin.type, .vessel)
        XCTAssertEqual(eventin.imoNumbers.count, 1)
        XCTAssertEqual(entries.filter { $0.type == .vessel }.count, 632)
    }

    func testOFSIConsolidatedListNameTable() throws {
        let data = try Fixture.sanctionsData()
        let entries = try OFSIConsolidatedList.load(path: data + "/uk_ofsi/conlist_names.csv")
        XCTAssertGreaterThan(entries.count, 4000)
        let peevski = try XCTUnwrap(entries.first { $0.id == "uk:GAC0037" })
        XCTAssertEqual(peevski.type, .person)
        XCTAssertEqual(peevski.list, "UK OFSI Consolidated List")
        XCTAssertTrue(peevski.names.contains { $0.full == "ДЕЛЯН СЛАВЧЕВ ПЕЕВСКИ" }, "non-Latin names are aliases")
        XCTAssertEqual(peevski.names.first?.surname, "PEEVSKI")
        let matcher = Fixture.matcher(entries.filter { $0.id == "uk:GAC0037" })
        XCTAssertEqual(Fixture.spans(matcher, "Делян Пеевски отрече."), ["Делян Пеевски"])
    }

    func testOpenSanctionsFtMJSONLines() throws {
        let data = try Fixture.sanctionsData()
        let entries = try OpenSanctionsFtM.load(path: data + "/opensanctions_samples/yente_t1_entities.ftm.json")
        XCTAssertFalse(entries.isEmpty)
        XCTAssertTrue(entries.allSatisfy { $0.id.hasPrefix("opensanctions:NK-") })
        let kuzmenko = try XCTUnwrap(entries.first { $0.name == "Vitaly Yurievich KUZMENKO" })
        XCTAssertEqual(kuzmenko.type, .person)
        XCTAssertTrue(kuzmenko.names.contains { $0.full == "Виталий Юрьевич КУЗЬМЕНКО" })
    }

    func testEUJournalCSV() throws {
        let data = try Fixture.sanctionsData()
        let entries = try EUJournalCSV.load(path: data + "/eu_oj/consolidated/32002R0881.csv")
        XCTAssertTrue(entries.contains { $0.id == "eu:32002R0881:I:r162" && $0.name == "Al-Azhar Ben Khalifa Ben Ahmed Rouine" },
                      "rows without a printed number are r<row>")
        let ukraine = try EUJournalCSV.load(path: data + "/eu_oj/consolidated/32014R0269.csv")
        let first = try XCTUnwrap(ukraine.first { $0.id == "eu:32014R0269:I.PERSONS:1" })
        XCTAssertTrue(first.names.contains { $0.full == "Сергей Валерьевич АКСЁНОВ" }, "parenthesised spellings are aliases")
        XCTAssertEqual(first.listed, "2014-03-17")
    }

    func testIndexFileRoundTrip() throws {
        let data = try Fixture.sanctionsData()
        let (entries, _) = try UNConsolidatedXML.load(path: data + "/un_sc/consolidated.xml")
        let index = SanctionsIndex(entries: entries, sources: ["UN"], builtAt: "2026-02-27")
        let path = NSTemporaryDirectory() + "/sanctions-roundtrip-\(UUID().uuidString).cdsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFile.write(index, to: path)
        let read = try IndexFile.read(path: path)
        XCTAssertEqual(read.entries, index.entries)
        XCTAssertEqual(read.patterns, index.patterns)
        XCTAssertEqual(read.persons, index.persons)
        XCTAssertEqual(read.builtAt, "2026-02-27")
        XCTAssertThrowsError(try IndexFile.read(data: Data("not an index".utf8), path: "x"))
    }
}
