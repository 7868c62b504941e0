import Foundation
import SanctionsPlugin

/// EU sanctions annexes transcribed from the Official Journal (OpenSanctions' consolidated journal
/// CSVs, one file per framework act). Licensed for non-commercial use: read at run time only, never
/// shipped in the embedded index.
public enum EUJournalCSV {
    public static let listName = "EU Official Journal"

    /// Reads one consolidated file, or every `.csv` file of a directory.
    public static func load(path: String, report: ImportReport = ImportReport()) throws -> [SanctionsEntry] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw SanctionsListError.unreadable(path) }
        if isDirectory.boolValue {
            let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".csv") }.sorted()
            guard !files.isEmpty else { throw SanctionsListError.malformed(path, "no .csv file in the folder: expected EU Official Journal CSV files") }
            let entries = try files.flatMap { try loadFile(path + "/" + $0, report: report) }
            guard !entries.isEmpty else { throw SanctionsListError.malformed(path, "no named entry in any .csv file of the folder: expected EU Official Journal CSV files") }
            return entries
        }
        let entries = try loadFile(path, report: report)
        guard !entries.isEmpty else { throw SanctionsListError.malformed(path, "no named entry: expected an EU Official Journal CSV") }
        return entries
    }

    static func loadFile(_ path: String, report: ImportReport = ImportReport()) throws -> [SanctionsEntry] {
        let table = try CSVReader.table(path: path, encoding: .utf8)
        let format = "an EU Official Journal CSV (columns celex or amendmentCelex, name)"
        let celexName = table.rows.first.map { $0.fields.contains("celex") ? "celex" : "amendmentCelex" } ?? "celex"
        try CSVReader.requireHeader(table, columns: [celexName, "name"], format: format)
        let header = table.rows[0].fields
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let nameColumn = column("name")!, celexColumn = column(celexName)!
        var entries: [SanctionsEntry] = []
        for (index, tableRow) in table.rows.dropFirst().enumerated() {
            let row = tableRow.fields
            if row.count != header.count {
                if index == table.rows.count - 2 && table.lastRowUnterminated && row.count < header.count {
                    throw SanctionsListError.malformed(path, "line \(tableRow.line) ends after \(row.count) of \(header.count) fields without a line end: the file looks truncated")
                }
                report.skip(path, line: tableRow.line, "\(row.count) fields, the header has \(header.count)")
                continue
            }
            func field(_ name: String) -> String {
                guard let i = column(name), i < row.count else { return "" }
                return row[i].trimmingCharacters(in: .whitespaces)
            }
            let primary = nameColumn < row.count ? row[nameColumn].trimmingCharacters(in: .whitespaces) : ""
            guard !primary.isEmpty else {
                report.skip(path, line: tableRow.line, "no name")
                continue
            }
            let record = field("recordId").isEmpty ? "r\(index + 1)" : field("recordId")
            let type = EntityType(listLabel: field("schema")) ?? .organisation
            var names = [EntryName(full: primary, isPrimary: true)]
            for (columnName, isWeak) in [("alias", false), ("weakAlias", true), ("previousName", false)] {
                for alias in splitAliases(field(columnName)) where !names.contains(where: { $0.full == alias }) {
                    names.append(EntryName(full: alias, isPrimary: false, isWeak: isWeak))
                }
            }
            let imo = field("imoNumber").split(separator: ";").map { String($0.filter { $0.isASCII && $0.isNumber }) }.filter { $0.count == 7 }
            entries.append(SanctionsEntry(
                id: "eu:\(row[celexColumn]):\(field("annex")):\(record)", list: listName, jurisdiction: .europeanUnion,
                type: imo.isEmpty ? type : .vessel, names: names, programs: [field("programKey")].filter { !$0.isEmpty },
                listed: ListDate.iso(field("startDate")), title: field("position").isEmpty ? nil : field("position"),
                imoNumbers: imo))
        }
        return entries
    }

    /// Aliases are `;`-separated; a parenthesised part is a second spelling ("Name (Имя)").
    static func splitAliases(_ text: String) -> [String] {
        var result: [String] = []
        for piece in text.split(separator: ";") {
            let alias = piece.trimmingCharacters(in: .whitespaces)
            if let open = alias.firstIndex(of: "("), alias.hasSuffix(")"), open != alias.startIndex {
                let outer = alias[..<open].trimmingCharacters(in: .whitespaces)
                let inner = alias[alias.index(after: open)..<alias.index(before: alias.endIndex)].trimmingCharacters(in: .whitespaces)
                for part in [outer, inner] where !part.isEmpty { result.append(part) }
            } else if !alias.isEmpty {
                result.append(alias)
            }
        }
        return result
    }
}
