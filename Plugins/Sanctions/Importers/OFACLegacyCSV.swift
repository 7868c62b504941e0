import Foundation

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
                            primaryNamesFallback: [String] = []) throws -> [SanctionsEntry] {
        var entries: [String: SanctionsEntry] = [:]
        var order: [String] = []
        for row in try CSVReader.rows(path: primary, encoding: .latin1) {
            guard row.count >= 4, let entry = entry(from: row, idPrefix: idPrefix, listName: listName) else { continue }
            entries[row[0].trimmingCharacters(in: .whitespaces)] = entry
            order.append(row[0].trimmingCharacters(in: .whitespaces))
        }
        var fallback: [String: [String]] = [:]
        for path in primaryNamesFallback {
            for row in try CSVReader.rows(path: path, encoding: .latin1) where row.count >= 4 {
                fallback[row[0].trimmingCharacters(in: .whitespaces)] = row
            }
        }
        if let aliases {
            for row in try CSVReader.rows(path: aliases, encoding: .latin1) where row.count >= 4 {
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
            for row in try CSVReader.rows(path: addresses, encoding: .latin1) where row.count >= 5 {
                let number = row[0].trimmingCharacters(in: .whitespaces)
                if let country = value(row[4]), entries[number] != nil, !entries[number]!.countries.contains(country) {
                    entries[number]!.countries.append(country)
                }
            }
        }
        return order.compactMap { entries[$0] }
    }

    /// An entry from a primary-name row: ent_num, name, type, programs, title, call sign, vessel type,
    /// tonnage, GRT, flag, owner, remarks.
    static func entry(from row: [String], idPrefix: String, listName: String) -> SanctionsEntry? {
        let number = row[0].trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, let name = value(row[1]) else { return nil }
        let type = EntityType(listLabel: value(row[2]) ?? "") ?? .organisation
        let programs = (value(row[3]) ?? "").components(separatedBy: "] [")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) }.filter { !$0.isEmpty }
        let remarks = row.count > 11 ? value(row[11]) ?? "" : ""
        return SanctionsEntry(
            id: "\(idPrefix):\(number)", list: listName, jurisdiction: .unitedStates, type: type,
            names: [personOrPlainName(name, type: type, isPrimary: true)], programs: programs,
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
