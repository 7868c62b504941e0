import Foundation
import SanctionsPlugin

/// OFAC's legacy CSV layout (`sdn.csv`, `alt.csv`, `add.csv`, and the consolidated non-SDN
/// `cons_prim.csv`, `cons_alt.csv`, `cons_add.csv`): no header, Latin-1, `-0-` for an empty field.
public enum OFACLegacyCSV {
    /// Reads a primary-name file with its optional alias and address files.
    ///
    /// - Parameters:
    ///   - idPrefix: `ofac-sdn` for the SDN list; the consolidated list uses `ofac-cons`.
    ///   - primaryNamesFallback: other primary-name files consulted for entries that appear only in the
    ///     alias file (OFAC shares entry numbers across its lists).
    public static func load(primary: String, aliases: String? = nil, addresses: String? = nil,
                            idPrefix: String = "ofac-sdn", listName: String = "US OFAC SDN",
                            primaryNamesFallback: [String] = [], report: ImportReport = ImportReport()) throws -> [SanctionsEntry] {
        var entries: [String: SanctionsEntry] = [:]
        var order: [String] = []
        for row in try validRows(primary, fields: primaryFields, what: "an OFAC primary-name file", report: report) {
            guard let entry = entry(from: row, idPrefix: idPrefix, listName: listName) else { continue }
            entries[row[0].trimmingCharacters(in: .whitespaces)] = entry
            order.append(row[0].trimmingCharacters(in: .whitespaces))
        }
        var fallback: [String: [String]] = [:]
        for path in primaryNamesFallback {
            for row in try validRows(path, fields: primaryFields, what: "an OFAC primary-name file", report: report) {
                fallback[row[0].trimmingCharacters(in: .whitespaces)] = row
            }
        }
        if let aliases {
            for row in try validRows(aliases, fields: 5, what: "an OFAC alias file", report: report) {
                let number = row[0].trimmingCharacters(in: .whitespaces)
                guard let name = value(row[3]) else { continue }
                if entries[number] == nil {
                    if let primaryRow = fallback[number], let entry = entry(from: primaryRow, idPrefix: idPrefix, listName: listName) {
                        entries[number] = entry
                    } else {
                        let type: EntityType = name.contains(",") ? .person : .organisation
                        entries[number] = SanctionsEntry(id: "\(idPrefix):\(number)", list: listName, jurisdiction: .unitedStates,
                                                         type: type, names: [personOrPlainName(name, type: type, isPrimary: true)])
                    }
                    order.append(number)
                }
                let kind = value(row[2])?.lowercased() ?? "aka"
                var alias = personOrPlainName(name, type: entries[number]!.type, isPrimary: false)
                alias.isWeak = kind == "nka" ? false : kind.contains("weak")
                if !entries[number]!.names.contains(where: { $0.full == alias.full }) {
                    entries[number]!.names.append(alias)
                }
            }
        }
        if let addresses {
            for row in try validRows(addresses, fields: 6, what: "an OFAC address file", report: report) {
                let number = row[0].trimmingCharacters(in: .whitespaces)
                if let country = value(row[4]), entries[number] != nil, !entries[number]!.countries.contains(country) {
                    entries[number]!.countries.append(country)
                }
            }
        }
        return order.compactMap { entries[$0] }
    }

    /// Fields of a primary-name row: ent_num, name, type, programs, title, call sign, vessel type,
    /// tonnage, GRT, flag, owner, remarks.
    static let primaryFields = 12

    /// The rows of an OFAC file that have its number of fields and an entry number. A file whose
    /// first row is not such a row is not this format (an error); a later row that is not is
    /// skipped and reported; a last row cut short means the file was truncated (an error).
    static func validRows(_ path: String, fields expected: Int, what: String, report: ImportReport) throws -> [[String]] {
        let table = try CSVReader.table(path: path, encoding: .latin1)
        var rows: [[String]] = []
        for (position, row) in table.rows.enumerated() {
            let isLast = position == table.rows.count - 1
            if isLast && row.fields.count == 1 && row.fields[0].trimmingCharacters(in: .whitespaces) == "\u{1A}" { continue }
            let number = row.fields[0].trimmingCharacters(in: .whitespaces)
            let numbered = !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
            if numbered && row.fields.count == expected {
                rows.append(row.fields)
                continue
            }
            if isLast && table.lastRowUnterminated && row.fields.count < expected && !rows.isEmpty {
                throw SanctionsListError.malformed(path, "line \(row.line) ends after \(row.fields.count) of \(expected) fields without a line end: the file looks truncated")
            }
            let found = "\(row.fields.count) field\(row.fields.count == 1 ? "" : "s") starting `\(row.fields[0].prefix(40))`"
            if rows.isEmpty {
                throw SanctionsListError.malformed(path, "line \(row.line) is not \(what) row: expected OFAC legacy CSV, \(expected) comma-separated fields starting with an entry number; found \(found)")
            }
            report.skip(path, line: row.line, numbered ? "\(row.fields.count) fields, expected \(expected)" : "no entry number (\(found))")
        }
        if rows.isEmpty {
            throw SanctionsListError.malformed(path, "no rows: expected \(what) in OFAC legacy CSV (\(expected) fields a row)")
        }
        return rows
    }

    /// An entry from a primary-name row (see `primaryFields`).
    static func entry(from row: [String], idPrefix: String, listName: String) -> SanctionsEntry? {
        let number = row[0].trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, let name = value(row[1]) else { return nil }
        let type = EntityType(listLabel: value(row[2]) ?? "") ?? .organisation
        let programs = (value(row[3]) ?? "").components(separatedBy: "] [")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) }.filter { !$0.isEmpty }
        let remarks = row.count > 11 ? value(row[11]) ?? "" : ""
        var names = [personOrPlainName(name, type: type, isPrimary: true)]
        // A person's quoted names are nicknames, which say too little; a company's are often its brand.
        for alias in type == .person ? [] : remarkAliases(in: remarks) where !names.contains(where: { $0.full == alias }) {
            var weak = personOrPlainName(alias, type: type, isPrimary: false)
            weak.isWeak = true
            names.append(weak)
        }
        return SanctionsEntry(
            id: "\(idPrefix):\(number)", list: listName, jurisdiction: .unitedStates, type: type,
            names: names, programs: programs,
            title: row.count > 4 ? value(row[4]) : nil, imoNumbers: imoNumbers(in: remarks))
    }

    /// OFAC writes people as "SURNAME, Given Names".
    static func personOrPlainName(_ name: String, type: EntityType, isPrimary: Bool) -> EntryName {
        if type == .person, let comma = name.firstIndex(of: ",") {
            let surname = name[..<comma].trimmingCharacters(in: .whitespaces)
            let given = name[name.index(after: comma)...].split(separator: " ").map(String.init)
            return EntryName(full: name, given: given, surname: surname, isPrimary: isPrimary)
        }
        return EntryName(full: name, isPrimary: isPrimary)
    }

    /// A field's value, nil for OFAC's `-0-` placeholder.
    static func value(_ field: String) -> String? {
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "-0-" ? nil : trimmed
    }

    /// The quoted names OFAC prints in remarks ("a.k.a. 'ORSIS'; f.k.a. 'OLDNAME'"): its weak aliases,
    /// often the brand a company trades under.
    static func remarkAliases(in remarks: String) -> [String] {
        var aliases: [String] = []
        var rest = Substring(remarks)
        while let marker = rest.range(of: "k.a. '") {
            let tail = rest[marker.upperBound...]
            guard let close = tail.firstIndex(of: "'") else { break }
            let alias = tail[..<close].trimmingCharacters(in: .whitespaces)
            if !alias.isEmpty && !aliases.contains(alias) { aliases.append(alias) }
            rest = tail[tail.index(after: close)...]
        }
        return aliases
    }

    /// IMO numbers cited in remarks ("Vessel Registration Identification IMO 9888285").
    static func imoNumbers(in remarks: String) -> [String] {
        var numbers: [String] = []
        var rest = Substring(remarks)
        while let range = rest.range(of: "IMO ") {
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if digits.count == 7, !numbers.contains(String(digits)) { numbers.append(String(digits)) }
            rest = rest[range.upperBound...]
        }
        return numbers
    }
}
