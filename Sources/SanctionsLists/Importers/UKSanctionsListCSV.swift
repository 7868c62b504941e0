import Foundation
import SanctionsPlugin

/// The UK Sanctions List (FCDO) as the `uk_fcdo` tables: `subjects.csv`, `subject_names.csv` and
/// `subject_identifiers.csv` (IMO numbers), given as a directory holding them.
public enum UKSanctionsListCSV {
    public static let listName = "UK Sanctions List"

    /// Reads the three tables from a directory; also returns the newest `last_updated` date.
    public static func load(directory: String, report: ImportReport = ImportReport()) throws -> (entries: [SanctionsEntry], date: String?) {
        let format = "a UK Sanctions List table"
        let subjects = try CSVReader.checkedRecords(path: directory + "/subjects.csv", columns: ["unique_id", "subject_type"],
                                                    format: format, report: report)
        let names = try CSVReader.checkedRecords(path: directory + "/subject_names.csv", columns: ["unique_id", "name_type", "full_name"],
                                                 format: format, report: report).map(\.fields)
        let identifiersPath = directory + "/subject_identifiers.csv"
        let identifiers = FileManager.default.fileExists(atPath: identifiersPath)
            ? try CSVReader.checkedRecords(path: identifiersPath, columns: ["unique_id", "identifier_type", "raw_value"],
                                           format: format, report: report).map(\.fields)
            : []

        var namesByID: [String: [EntryName]] = [:]
        for record in names {
            guard let id = record["unique_id"], let full = record["full_name"]?.trimmingCharacters(in: .whitespaces), !full.isEmpty else { continue }
            let kind = record["name_type"] ?? ""
            let surname = record["name_6"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let given = ["name_1", "name_2", "name_3", "name_4", "name_5"].compactMap { record[$0]?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let structured = !given.isEmpty && !surname.isEmpty
            var name = EntryName(full: full, given: structured ? given : [], surname: structured ? surname : nil,
                                 isPrimary: kind.hasPrefix("primary"), isWeak: record["alias_strength"] == "low_quality_aka")
            if kind == "primary" { name.isPrimary = true }
            var list = namesByID[id, default: []]
            if kind == "primary" { list.insert(name, at: 0) } else { list.append(name) }
            namesByID[id] = list
        }
        var imoByID: [String: [String]] = [:]
        for record in identifiers where record["identifier_type"] == "imo" {
            guard let id = record["unique_id"], let raw = record["raw_value"] else { continue }
            let digits = String(raw.filter { $0.isASCII && $0.isNumber })
            if digits.count == 7, !(imoByID[id]?.contains(digits) ?? false) { imoByID[id, default: []].append(digits) }
        }
        var newest: String?
        var entries: [SanctionsEntry] = []
        for (line, record) in subjects {
            guard let id = record["unique_id"], !id.isEmpty else {
                report.skip(directory + "/subjects.csv", line: line, "no unique_id")
                continue
            }
            guard let names = namesByID[id], !names.isEmpty else {
                report.skip(directory + "/subjects.csv", line: line, "\(id) has no name in subject_names.csv")
                continue
            }
            let type: EntityType
            switch record["subject_type"]?.lowercased() {
            case "individual": type = .person
            case "ship": type = .vessel
            default: type = .organisation
            }
            if let updated = record["last_updated"].flatMap(ListDate.iso), updated > (newest ?? "") { newest = updated }
            entries.append(SanctionsEntry(
                id: "uk:\(id)", list: listName, jurisdiction: .unitedKingdom, type: type, names: names,
                programs: [regime(ofUniqueID: id)], listed: record["date_designated"].flatMap(ListDate.iso),
                imoNumbers: imoByID[id] ?? []))
        }
        guard !entries.isEmpty else {
            throw SanctionsListError.malformed(directory + "/subjects.csv", "no subject has a name in subject_names.csv: expected the UK Sanctions List tables")
        }
        return (entries, newest)
    }

    /// The regime a UK Unique ID's prefix stands for.
    static func regime(ofUniqueID id: String) -> String {
        let prefix = String(id.prefix(3))
        let regimes = [
            "AFG": "Afghanistan", "AQD": "ISIL (Da'esh) and Al-Qaida", "BEL": "Belarus", "BOS": "Bosnia and Herzegovina",
            "CAF": "Central African Republic", "CHW": "Chemical Weapons", "CTI": "Counter-Terrorism (International)",
            "CTD": "Counter-Terrorism (Domestic)", "CYB": "Cyber", "DRC": "Democratic Republic of the Congo",
            "DPR": "Democratic People's Republic of Korea", "GAC": "Global Anti-Corruption", "GHR": "Global Human Rights",
            "GUA": "Guatemala", "HAI": "Haiti", "INU": "Iran (Nuclear)", "IRN": "Iran", "IRQ": "Iraq", "LEB": "Lebanon",
            "LIB": "Libya", "MAL": "Mali", "MYA": "Myanmar", "NIC": "Nicaragua", "RUS": "Russia", "SOM": "Somalia",
            "SSD": "South Sudan", "SUD": "Sudan", "SYR": "Syria", "UKR": "Ukraine", "VEN": "Venezuela", "YEM": "Yemen",
            "ZIM": "Zimbabwe", "IHR": "Illegal Migration", "GIM": "Global Irregular Migration",
        ]
        return regimes[prefix] ?? prefix
    }
}
