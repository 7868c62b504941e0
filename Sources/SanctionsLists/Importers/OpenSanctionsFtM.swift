import Foundation
import SanctionsPlugin

/// OpenSanctions FollowTheMoney entities, one JSON object a line (`entities.ftm.json`).
public enum OpenSanctionsFtM {
    public static let listName = "OpenSanctions"

    public static func load(path: String, report: ImportReport = ImportReport()) throws -> [SanctionsEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { throw SanctionsListError.unreadable(path) }
        try SanctionsListError.checkNotMarkup([UInt8](data), path: path, expected: "FollowTheMoney JSON lines")
        var entries: [SanctionsEntry] = []
        var entities = 0
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            let json = try? JSONSerialization.jsonObject(with: Data(line))
            guard let object = json as? [String: Any], let id = object["id"] as? String, let schema = object["schema"] as? String,
                  let properties = object["properties"] as? [String: [Any]] else {
                let isLast = index == lines.count - 1
                if isLast && entities > 0 && json == nil {
                    throw SanctionsListError.malformed(path, "line \(index + 1) is cut short without a line end: the file looks truncated")
                }
                if entities == 0 {
                    throw SanctionsListError.malformed(path, "line \(index + 1) is not a FollowTheMoney entity: expected one JSON object a line with `id`, `schema` and `properties`; found `\(String(decoding: line.prefix(40), as: UTF8.self))`")
                }
                report.skip(path, line: index + 1, json == nil ? "not JSON" : "not an entity (needs id, schema, properties)")
                continue
            }
            entities += 1
            func strings(_ key: String) -> [String] { (properties[key] ?? []).compactMap { $0 as? String } }
            let type: EntityType
            switch schema {
            case "Person": type = .person
            case "Vessel": type = .vessel
            case "Airplane": type = .aircraft
            case "Organization", "Company", "LegalEntity", "PublicBody": type = .organisation
            default: continue
            }
            var names: [EntryName] = []
            let caption = object["caption"] as? String
            for name in ([caption].compactMap { $0 } + strings("name")) where !names.contains(where: { $0.full == name }) {
                names.append(EntryName(full: name, isPrimary: true))
            }
            for (key, weak) in [("alias", false), ("previousName", false), ("weakAlias", true)] {
                for name in strings(key) where !names.contains(where: { $0.full == name }) {
                    names.append(EntryName(full: name, isPrimary: false, isWeak: weak))
                }
            }
            guard !names.isEmpty else { continue }
            let programs = strings("program") + strings("programId") + ((object["datasets"] as? [String]) ?? [])
            let listed = (strings("listingDate") + strings("createdAt")).first ?? (object["first_seen"] as? String).map { String($0.prefix(10)) }
            entries.append(SanctionsEntry(
                id: "opensanctions:\(id)", list: listName, jurisdiction: .other, type: type, names: names,
                programs: programs, listed: listed, title: strings("position").first,
                imoNumbers: strings("imoNumber").map { String($0.filter { $0.isASCII && $0.isNumber }) }.filter { $0.count == 7 }))
        }
        guard !entries.isEmpty else {
            throw SanctionsListError.malformed(path, "no person, organisation, vessel or aircraft among \(entities) entities: expected OpenSanctions FtM entities")
        }
        return entries
    }
}
