import Foundation
import SanctionsPlugin

/// OFSI's Consolidated List of Financial Sanctions Targets, in its name table layout (the `ConList`
/// columns: Group ID, Name 1–6, Name Non-Latin Script, Group Type, Regime, Alias Type, Listed On, and
/// the UK Sanctions List reference). Rows of one target share a group; the entry id is `uk:<ref>`
/// when the row carries a UK Sanctions List reference, else `ofsi:<group>`.
public enum OFSIConsolidatedList {
    public static let listName = "UK OFSI Consolidated List"

    public static func load(path: String, report: ImportReport = ImportReport()) throws -> [SanctionsEntry] {
        let records = try CSVReader.checkedRecords(
            path: path, columns: ["group_id", "group_type", "name_1", "name_2", "name_3", "name_4", "name_5", "name_6"],
            format: "an OFSI Consolidated List name table", report: report)
        var order: [String] = []
        var entries: [String: SanctionsEntry] = [:]
        for (line, record) in records {
            guard let group = record["group_id"], !group.isEmpty else {
                report.skip(path, line: line, "no group_id")
                continue
            }
            let reference = record["uk_ref"] ?? ""
            let id = reference.isEmpty ? "ofsi:\(group)" : "uk:\(reference)"
            let given = ["name_1", "name_2", "name_3", "name_4", "name_5"].compactMap { record[$0]?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let surname = record["name_6"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let full = (given + [surname]).filter { !$0.isEmpty }.joined(separator: " ")
            guard !full.isEmpty else {
                report.skip(path, line: line, "group \(group) has no name")
                continue
            }
            let kind = record["alias_type"] ?? ""
            let isPrimary = kind.hasPrefix("Primary name")
            let type: EntityType
            switch record["group_type"] {
            case "Individual": type = .person
            case "Ship": type = .vessel
            default: type = .organisation
            }
            var names = [EntryName(full: full, given: type == .person && !surname.isEmpty ? given : [],
                                   surname: type == .person && !given.isEmpty ? surname : nil, isPrimary: isPrimary)]
            if let nonLatin = record["name_non_latin"]?.trimmingCharacters(in: .whitespaces), !nonLatin.isEmpty {
                names.append(EntryName(full: nonLatin, isPrimary: isPrimary))
            }
            if entries[id] == nil {
                order.append(id)
                entries[id] = SanctionsEntry(id: id, list: listName, jurisdiction: .unitedKingdom, type: type, names: [],
                                             programs: [record["regime"]].compactMap { $0 }.filter { !$0.isEmpty },
                                             listed: record["listed_on"].flatMap(ListDate.iso))
            }
            for name in names where !entries[id]!.names.contains(where: { $0.full == name.full }) {
                if name.isPrimary && kind == "Primary name" {
                    entries[id]!.names.insert(name, at: entries[id]!.names.firstIndex { !$0.isPrimary } ?? entries[id]!.names.count)
                } else {
                    entries[id]!.names.append(name)
                }
            }
        }
        let loaded = order.compactMap { entries[$0] }.filter { !$0.names.isEmpty }
        guard !loaded.isEmpty else { throw SanctionsListError.malformed(path, "no named target: expected an OFSI Consolidated List name table") }
        return loaded
    }
}
