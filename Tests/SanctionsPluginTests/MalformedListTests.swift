import CopydeskTestSupport
import Foundation
import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// Every importer on files that are not its format, cut short, or hostile: an error that names the
/// file, the line (or byte) and what was expected, never an empty index loaded in silence; rows
/// left out are reported; an index that shrank implausibly is refused.
final class MalformedListTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "copydesk-malformed-lists-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let path = folder + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The error `body` throws must mention every fragment.
    func expectError(_ fragments: [String], file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Any) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            let message = "\(error)"
            for fragment in fragments {
                XCTAssertTrue(message.contains(fragment), "`\(fragment)` not in: \(message)", file: file, line: line)
            }
        }
    }

    static let errorPage = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>\n<body>Try again later.</body></html>\n"

    static func sdnRow(_ number: Int, _ name: String) -> String {
        #"\#(number),"\#(name)","individual","TEST-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "#
    }

    // MARK: OFAC legacy CSV

    func testOFACRefusesAnErrorPageSavedAsItsFile() throws {
        let sdn = try write("ofac/sdn.csv", Self.errorPage)
        expectError(["sdn.csv", "line 1", "HTML page", "not CSV"]) { try OFACLegacyCSV.load(primary: sdn) }
        // Through the plugin's options, as `lint` loads it: an error, not an empty index.
        expectError(["sdn.csv", "HTML page"]) {
            try SanctionsRulePlugin(options: ["lists": [["format": "ofac-sdn", "path": .string(self.folder + "/ofac")]],
                                              "cacheDirectory": .string(self.folder + "/cache")])
        }
    }

    func testOFACRefusesAnotherCSVAndSaysWhatItExpected() throws {
        let sdn = try write("sdn.csv", "unique_id,subject_type\nAFG0001,entity\n")
        expectError(["sdn.csv", "line 1", "12 comma-separated fields starting with an entry number", "found 2 fields"]) {
            try OFACLegacyCSV.load(primary: sdn)
        }
    }

    func testOFACTruncatedFiles() throws {
        let good = Self.sdnRow(101, "ZELTRAMONT, Ilya Borisovich") + "\r\n"
        // Cut inside a row: fewer fields and no line end.
        let cut = try write("cut/sdn.csv", good + #"102,"KOLVENSKAYA, Darya","individual""#)
        expectError(["sdn.csv", "line 2", "3 of 12 fields", "truncated"]) { try OFACLegacyCSV.load(primary: cut) }
        // Cut inside a quoted field.
        let open = try write("open/sdn.csv", good + #"102,"KOLVENSK"#)
        expectError(["sdn.csv", "line 2", "never ends", "truncated"]) { try OFACLegacyCSV.load(primary: open) }
        // Cut to nothing.
        let empty = try write("empty/sdn.csv", "")
        expectError(["sdn.csv", "no rows"]) { try OFACLegacyCSV.load(primary: empty) }
        // Alias file cut short.
        let sdn = try write("alias/sdn.csv", good)
        let alt = try write("alias/alt.csv", "101,1,\"aka\",\"ZELTRAMONT, Ilia\",-0- \r\n101,2,\"aka\"")
        expectError(["alt.csv", "line 2", "truncated"]) { try OFACLegacyCSV.load(primary: sdn, aliases: alt) }
    }

    func testOFACHostileBytes() throws {
        let binary = try write("bin/sdn.csv", bytes: Array(Self.sdnRow(101, "A").utf8) + [0x0A, 0x00, 0xFF, 0x00])
        expectError(["sdn.csv", "NUL byte", "binary"]) { try OFACLegacyCSV.load(primary: binary) }
    }

    func testOFACReportsTheRowsItSkipsAndKeepsItsEndOfFileMarker() throws {
        let text = [Self.sdnRow(101, "ZELTRAMONT, Ilya"), "garbage line", "103,\"SHORT\"", Self.sdnRow(104, "KOLVENSKAYA, Darya")]
            .joined(separator: "\r\n") + "\r\n\u{1A}"
        try write("ofac/sdn.csv", text)
        let report = ImportReport()
        let entries = try OFACLegacyCSV.load(primary: folder + "/ofac/sdn.csv", report: report)
        XCTAssertEqual(entries.map(\.id), ["ofac-sdn:101", "ofac-sdn:104"])
        XCTAssertEqual(report.skippedCount, 2, "the 0x1A end-of-file marker is not a skipped row")
        XCTAssertEqual(report.skipped, ["sdn.csv line 2: no entry number (1 field starting `garbage line`)",
                                        "sdn.csv line 3: 2 fields, expected 12"])
        let (loaded, description) = try ListSource(format: .ofacSDN, path: folder + "/ofac").load(cacheDirectory: folder + "/cache")
        XCTAssertEqual(loaded.count, 2)
        XCTAssertTrue(description.contains("2 rows skipped (sdn.csv line 2: "), description)
    }

    // MARK: UN consolidated XML

    static let unRecord = """
        <INDIVIDUAL><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER><FIRST_NAME>ZELTRA</FIRST_NAME><SECOND_NAME>MONTOV</SECOND_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE></INDIVIDUAL>
        """

    func testUNRefusesAnErrorPageAndOtherXML() throws {
        let html = try write("un-html.xml", "<html>\n<head><title>Error</title></head><body>Not found</body></html>\n")
        expectError(["un-html.xml", "line 1", "<html>", "<CONSOLIDATED_LIST>"]) { try UNConsolidatedXML.load(path: html) }
        let other = try write("un-other.xml", "<?xml version=\"1.0\"?>\n<export>\n<row/>\n</export>\n")
        expectError(["un-other.xml", "line 2", "<export>", "<CONSOLIDATED_LIST>"]) { try UNConsolidatedXML.load(path: other) }
        let csv = try write("un-csv.xml", Self.sdnRow(1, "A") + "\n")
        expectError(["un-csv.xml", "line 1", "not well-formed XML"]) { try UNConsolidatedXML.load(path: csv) }
        let empty = try write("un-empty.xml", "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS/></CONSOLIDATED_LIST>")
        expectError(["un-empty.xml", "no <INDIVIDUAL> or <ENTITY>"]) { try UNConsolidatedXML.load(path: empty) }
    }

    func testUNTruncatedFile() throws {
        let whole = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\">\n<INDIVIDUALS>\n\(Self.unRecord)\n\(Self.unRecord.replacingOccurrences(of: "QDi.001", with: "QDi.002"))\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n"
        let good = try write("un.xml", whole)
        XCTAssertEqual(try UNConsolidatedXML.load(path: good).entries.count, 2)
        // Cut after the first record, and cut in the middle of a tag.
        for (name, cut) in [("cut-between.xml", String(whole.prefix(whole.range(of: "\n<INDIVIDUAL><REFERENCE_NUMBER>QDi.002")!.lowerBound.utf16Offset(in: whole)))),
                            ("cut-inside.xml", String(whole.prefix(whole.count - 30)))] {
            let path = try write(name, cut)
            expectError([name, "line", "truncated"]) { try UNConsolidatedXML.load(path: path) }
        }
    }

    func testUNReportsRecordsItSkipsAndDoesNotReadExternalEntities() throws {
        let secret = try write("secret.txt", "LEAKED-SECRET")
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE CONSOLIDATED_LIST [<!ENTITY leak SYSTEM "file://\(secret)">]>
            <CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS>
            \(Self.unRecord)
            <INDIVIDUAL><FIRST_NAME>NO REFERENCE</FIRST_NAME></INDIVIDUAL>
            <INDIVIDUAL><REFERENCE_NUMBER>QDi.003</REFERENCE_NUMBER><FIRST_NAME>&leak;</FIRST_NAME></INDIVIDUAL>
            </INDIVIDUALS></CONSOLIDATED_LIST>
            """
        let path = try write("un.xml", text)
        let report = ImportReport()
        do {
            let (entries, _) = try UNConsolidatedXML.load(path: path, report: report)
            XCTAssertFalse(entries.contains { $0.names.contains { $0.full.contains("LEAKED") } }, "an external entity was read")
            XCTAssertTrue(report.skipped.contains("un.xml line 5: <INDIVIDUAL> without a REFERENCE_NUMBER"), "\(report.skipped)")
        } catch {
            XCTAssertTrue("\(error)".contains("un.xml"), "\(error)")
        }
    }

    // MARK: UK Sanctions List tables

    func writeUK(subjects: String? = nil, names: String? = nil) throws -> String {
        try write("uk/subjects.csv", subjects ?? "unique_id,subject_type,date_designated,last_updated\nRUS0001,individual,01/02/2022,03/04/2024\nRUS0002,entity,01/02/2022,03/04/2024\n")
        try write("uk/subject_names.csv", names ?? "name_id,unique_id,name_type,alias_strength,full_name,name_6,name_1\n1,RUS0001,primary,,Ilya Zeltramont,Zeltramont,Ilya\n2,RUS0002,primary,,Kolvensk Holdings,,\n")
        return folder + "/uk"
    }

    func testUKTablesRefuseWrongFilesAndTruncation() throws {
        XCTAssertEqual(try UKSanctionsListCSV.load(directory: try writeUK()).entries.count, 2)
        expectError(["subjects.csv", "line 1", "HTML page"]) { try UKSanctionsListCSV.load(directory: try self.writeUK(subjects: Self.errorPage)) }
        expectError(["subject_names.csv", "line 1", "expected the columns", "full_name"]) {
            try UKSanctionsListCSV.load(directory: try self.writeUK(names: "id,name\n1,Ilya\n"))
        }
        expectError(["subject_names.csv", "line 3", "truncated"]) {
            try UKSanctionsListCSV.load(directory: try self.writeUK(names: "name_id,unique_id,name_type,alias_strength,full_name\n1,RUS0001,primary,,Ilya Zeltramont\n2,RUS0002"))
        }
        expectError(["subjects.csv", "empty"]) { try UKSanctionsListCSV.load(directory: try self.writeUK(subjects: "")) }
        expectError(["subjects.csv", "line 2", "not UTF-8"]) {
            try self.write("uk/subjects.csv", bytes: Array("unique_id,subject_type\nRUS".utf8) + [0xFF, 0x0A])
            return try UKSanctionsListCSV.load(directory: self.folder + "/uk")
        }
    }

    func testUKTablesReportSkippedRows() throws {
        let directory = try writeUK(subjects: "unique_id,subject_type\nRUS0001,individual\nRUS0002,entity,extra\nRUS0009,entity\n")
        let report = ImportReport()
        XCTAssertEqual(try UKSanctionsListCSV.load(directory: directory, report: report).entries.map(\.id), ["uk:RUS0001"])
        XCTAssertEqual(report.skipped, ["subjects.csv line 3: 3 fields, the header has 2", "subjects.csv line 4: RUS0009 has no name in subject_names.csv"])
    }

    // MARK: OFSI, OpenSanctions, EU journal

    func testOFSIRefusesWrongFilesAndTruncation() throws {
        let header = "group_id,uk_ref,group_type,regime,alias_type,name_1,name_2,name_3,name_4,name_5,name_6,listed_on\n"
        let row = "15672,GHR0086,Individual,Global Human Rights,Primary name,Mian,,,,,MITHOO,09/12/2022\n"
        XCTAssertEqual(try OFSIConsolidatedList.load(path: try write("ofsi.csv", header + row)).count, 1)
        expectError(["ofsi-html.csv", "HTML page"]) { try OFSIConsolidatedList.load(path: try self.write("ofsi-html.csv", Self.errorPage)) }
        expectError(["ofsi-empty.csv", "empty"]) { try OFSIConsolidatedList.load(path: try self.write("ofsi-empty.csv", "")) }
        expectError(["ofsi-header.csv", "a header and no rows"]) { try OFSIConsolidatedList.load(path: try self.write("ofsi-header.csv", header)) }
        expectError(["ofsi-cut.csv", "line 3", "truncated"]) { try OFSIConsolidatedList.load(path: try self.write("ofsi-cut.csv", header + row + "15673,GHR0087,Indiv")) }
        expectError(["ofsi-other.csv", "line 1", "group_type"]) { try OFSIConsolidatedList.load(path: try self.write("ofsi-other.csv", "group_id,name_6\n1,A\n")) }
    }

    func testOpenSanctionsRefusesWrongFilesAndTruncation() throws {
        let entity = #"{"id":"NK-1","schema":"Person","caption":"Ilya Zeltramont","properties":{"name":["Ilya Zeltramont"]}}"#
        XCTAssertEqual(try OpenSanctionsFtM.load(path: try write("ftm.json", entity + "\n" + entity.replacingOccurrences(of: "NK-1", with: "NK-2") + "\n")).count, 2)
        expectError(["ftm-html.json", "HTML page"]) { try OpenSanctionsFtM.load(path: try self.write("ftm-html.json", Self.errorPage)) }
        expectError(["ftm-csv.json", "line 1", "not a FollowTheMoney entity"]) { try OpenSanctionsFtM.load(path: try self.write("ftm-csv.json", "id,name\n1,A\n")) }
        expectError(["ftm-cut.json", "line 2", "truncated"]) { try OpenSanctionsFtM.load(path: try self.write("ftm-cut.json", entity + "\n" + String(entity.prefix(30)))) }
        expectError(["ftm-empty.json", "no person"]) { try OpenSanctionsFtM.load(path: try self.write("ftm-empty.json", "")) }
        let report = ImportReport()
        let entries = try OpenSanctionsFtM.load(path: try write("ftm-mixed.json", entity + "\n[1, 2]\n" + entity.replacingOccurrences(of: "NK-1", with: "NK-3") + "\n"), report: report)
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(report.skipped, ["ftm-mixed.json line 2: not an entity (needs id, schema, properties)"])
    }

    func testEUJournalRefusesWrongFilesAndTruncation() throws {
        let header = "celex,recordId,annex,schema,name,alias\n"
        XCTAssertEqual(try EUJournalCSV.load(path: try write("eu/a.csv", header + "32014R0269,1,I,Person,Ilya Zeltramont,\n")).count, 1)
        expectError(["eu-html.csv", "HTML page"]) { try EUJournalCSV.load(path: try self.write("eu-html.csv", Self.errorPage)) }
        expectError(["eu-other.csv", "line 1", "celex"]) { try EUJournalCSV.load(path: try self.write("eu-other.csv", "id,title\n1,x\n")) }
        expectError(["eu-cut.csv", "line 3", "truncated"]) {
            try EUJournalCSV.load(path: try self.write("eu-cut.csv", header + "32014R0269,1,I,Person,Ilya Zeltramont,\n32014R0269,2,I"))
        }
        try FileManager.default.createDirectory(atPath: folder + "/eu-none", withIntermediateDirectories: true)
        expectError(["eu-none", "no .csv file"]) { try EUJournalCSV.load(path: self.folder + "/eu-none") }
    }

    // MARK: An index that shrank

    func testAnIndexThatShrankImplausiblyIsRefused() throws {
        let source = ListSource(format: .ofacSDN, path: folder + "/ofac")
        let cache = folder + "/cache"
        func writeList(_ count: Int) throws {
            try write("ofac/sdn.csv", (1...count).map { Self.sdnRow(100 + $0, "PERSON\($0), Test") }.joined(separator: "\r\n") + "\r\n")
        }
        try writeList(40)
        XCTAssertEqual(try IndexStore.index(for: [source], cacheDirectory: cache).entries.count, 40)
        try writeList(36)   // an ordinary edition: a few delistings
        XCTAssertEqual(try IndexStore.build([source], cacheDirectory: cache).entries.count, 36)
        try writeList(3)    // a file cut after three rows
        expectError(["ofac-sdn", "now has 3 entries against 36"]) { try IndexStore.build([source], cacheDirectory: cache) }
        expectError(["now has 3 entries against 36"]) { try IndexStore.index(for: [source], cacheDirectory: cache) }
        XCTAssertEqual(try IndexStore.build([source], cacheDirectory: cache, acceptShrink: true).entries.count, 3)
        XCTAssertTrue(IndexStore.isImplausibleShrink(from: 100, to: 49))
        XCTAssertFalse(IndexStore.isImplausibleShrink(from: 100, to: 50))
        XCTAssertFalse(IndexStore.isImplausibleShrink(from: 9, to: 1), "tiny lists may change a lot")
    }
}
