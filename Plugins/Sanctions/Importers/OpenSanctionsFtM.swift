import Foundation

/// OpenSanctions FollowTheMoney entities, one JSON object a line (`entities.ftm.json`).
public enum OpenSanctionsFtM {
    public static let listName = "OpenSanctions"

    public static func load(path: String) throws -> [SanctionsEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { throw SanctionsListError.unreadable(path) }
        var entries: [SanctionsEntry] = []
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String, let schema = object["schema"] as? String,
                  let properties = object["properties"] as? [String: [Any]] else {
                throw SanctionsListError.malformed(path, "a line is not an FtM entity")
            }
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
        return entries
    }
}
