import Foundation
import SanctionsPlugin

/// OFSI's Consolidated List of Financial Sanctions Targets, read in either of two layouts: OFSI's own
/// `ConList.csv` (a "Last Updated" line, then the columns Name 6, Name 1–5, Title, Name Non-Latin
/// Script, Position, Other Information, Group Type, Alias Type, Alias Quality, Regime, Listed On,
/// Group ID …), or its name table (`group_id`, `uk_ref`, `name_1`…`name_6`, `name_non_latin` …).
/// Rows of one target share a group; the entry id is `uk:<ref>` when the row carries a UK Sanctions
/// List reference ("(UK Sanctions List Ref):RUS0001" in Other Information), else `ofsi:<group>`.
/// A target's position ("President of Belarus") becomes the entry's title.
public enum OFSIConsolidatedList {
    public static let listName = "UK OFSI Consolidated List"

    /// OFSI's column names, by the name table's.
    static let conListColumns = [
        "group_id": "Group ID", "group_type": "Group Type", "regime": "Regime", "alias_type": "Alias Type",
        "alias_quality": "Alias Quality", "name_1": "Name 1", "name_2": "Name 2", "name_3": "Name 3", "name_4": "Name 4",
        "name_5": "Name 5", "name_6": "Name 6", "name_non_latin": "Name Non-Latin Script", "listed_on": "Listed On",
        "position": "Position", "other_information": "Other Information",
    ]

    public static func load(path: String, report: ImportReport = ImportReport()) throws -> [SanctionsEntry] {
        try loadDated(path: path, report: report).entries
    }

    /// The entries, and the list's "Last Updated" date when the file gives it (ISO).
    public static func loadDated(path: String, report: ImportReport = ImportReport()) throws -> (entries: [SanctionsEntry], date: String?) {
        var table = try CSVReader.table(path: path, encoding: .utf8)
        var date: String?
        if let first = table.rows.first?.fields, first.first?.trimmingCharacters(in: .whitespaces) == "Last Updated" {
            date = first.count > 1 ? ListDate.iso(first[1]) : nil
            table.rows.removeFirst()
        }
        let conList = table.rows.first?.fields.contains("Group ID") ?? false
        let required = ["group_id", "group_type", "name_1", "name_2", "name_3", "name_4", "name_5", "name_6"]
        let records = try CSVReader.checkedRecords(
            table, columns: conList ? required.map { conListColumns[$0]! } : required,
            format: "an OFSI Consolidated List (ConList.csv or its name table)", report: report)
        var order: [String] = []
        var entries: [String: SanctionsEntry] = [:]
        for (line, fields) in records {
            func field(_ key: String) -> String {
                (fields[conList ? conListColumns[key] ?? key : key] ?? "").trimmingCharacters(in: .whitespaces)
            }
            let group = field("group_id")
            guard !group.isEmpty else {
                report.skip(path, line: line, "no group_id")
                continue
            }
            let reference = conList ? ukReference(inOtherInformation: field("other_information")) : field("uk_ref")
            let id = reference.isEmpty ? "ofsi:\(group)" : "uk:\(reference)"
            let given = ["name_1", "name_2", "name_3", "name_4", "name_5"].map(field).filter { !$0.isEmpty }
            let surname = field("name_6")
            let full = (given + [surname]).filter { !$0.isEmpty }.joined(separator: " ")
            guard !full.isEmpty else {
                report.skip(path, line: line, "group \(group) has no name")
                continue
            }
            let kind = field("alias_type")
            let isPrimary = kind.hasPrefix("Primary name")
            let isWeak = field("alias_quality").lowercased().hasPrefix("low")
            let type: EntityType
            switch field("group_type") {
            case "Individual": type = .person
            case "Ship": type = .vessel
            default: type = .organisation
            }
            var names = [EntryName(full: full, given: type == .person && !surname.isEmpty ? given : [],
                                   surname: type == .person && !given.isEmpty ? surname : nil, isPrimary: isPrimary, isWeak: isWeak)]
            let nonLatin = field("name_non_latin")
            if !nonLatin.isEmpty {
                names.append(EntryName(full: nonLatin, isPrimary: isPrimary, isWeak: isWeak))
            }
            if entries[id] == nil {
                order.append(id)
                entries[id] = SanctionsEntry(id: id, list: listName, jurisdiction: .unitedKingdom, type: type, names: [],
                                             programs: [field("regime")].filter { !$0.isEmpty },
                                             listed: ListDate.iso(field("listed_on")))
            }
            let position = field("position")
            if entries[id]!.title == nil && !position.isEmpty { entries[id]!.title = position }
            for name in names where !entries[id]!.names.contains(where: { $0.full == name.full }) {
                if name.isPrimary && kind == "Primary name" {
                    entries[id]!.names.insert(name, at: entries[id]!.names.firstIndex { !$0.isPrimary } ?? entries[id]!.names.count)
                } else {
                    entries[id]!.names.append(name)
                }
            }
        }
        let loaded = order.compactMap { entries[$0] }.filter { !$0.names.isEmpty }
        guard !loaded.isEmpty else { throw SanctionsListError.malformed(path, "no named target: expected an OFSI Consolidated List") }
        return (loaded, date)
    }

    /// The first UK Sanctions List reference in a ConList "Other Information" text
    /// ("(UK Sanctions List Ref):BEL0047 and GHR0051. …" → "BEL0047"), or "".
    static func ukReference(inOtherInformation text: String) -> String {
        guard let marker = text.range(of: "(UK Sanctions List Ref):") else { return "" }
        let rest = text[marker.upperBound...].drop { $0 == " " }
        let reference = rest.prefix { ($0.isASCII && $0.isLetter && $0.isUppercase) || ($0.isASCII && $0.isNumber) }
        return reference.count >= 4 ? String(reference) : ""
    }
}
