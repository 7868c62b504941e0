import Foundation
import SanctionsPlugin

/// Lists compiled once into a compact file in the cache folder and reused until a list file
/// changes (size or modification time); the entry counts each list had, to refuse a truncated one.
extension IndexStore {
    /// Changes whenever pattern generation, flags or the importers' checks change, so that cached
    /// indexes are rebuilt (8: an index cached from a file the older importers read leniently, such
    /// as an error page or a truncated list, must not outlive them; 9: entries one list gives under
    /// the same id in two files are merged, and supplements complete them).
    static let builderVersion = 9

    /// `~/.cache/copydesk` (or `$XDG_CACHE_HOME/copydesk`).
    public static var defaultCacheDirectory: String {
        if let xdg = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/copydesk" }
        return NSHomeDirectory() + "/.cache/copydesk"
    }

    /// The index of a set of lists: read from the cache when it is current, else built and cached.
    public static func index(for sources: [ListSource], cacheDirectory: String) throws -> SanctionsIndex {
        let path = cachePath(for: sources, cacheDirectory: cacheDirectory)
        return try memoised(key: path) {
            if FileManager.default.fileExists(atPath: path), let index = try? IndexFile.read(path: path) { return index }
            let index = try build(sources, cacheDirectory: cacheDirectory)
            try? IndexFile.write(index, to: path)
            return index
        }
    }

    /// Imports the lists and builds their index. A list with less than half the entries it had
    /// when last indexed from this cache is refused (`SanctionsListError.shrank`) unless
    /// `acceptShrink`: lists grow and shrink by a few entries between editions, so a big drop
    /// means a truncated or wrong file.
    public static func build(_ sources: [ListSource], cacheDirectory: String, acceptShrink: Bool = false) throws -> SanctionsIndex {
        var entries: [SanctionsEntry] = []
        var descriptions: [String] = []
        var counts = previousCounts(cacheDirectory: cacheDirectory)
        for source in sources {
            let (listEntries, description) = try source.load(cacheDirectory: cacheDirectory)
            if !acceptShrink, let previous = counts[source.key], isImplausibleShrink(from: previous, to: listEntries.count) {
                throw SanctionsListError.shrank(source.key, previous: previous, now: listEntries.count)
            }
            counts[source.key] = listEntries.count
            entries = merging(listEntries, into: entries, addingNew: !source.supplement)
            descriptions.append(source.supplement ? SanctionsIndex.supplementSourcePrefix + description : description)
        }
        recordCounts(counts, cacheDirectory: cacheDirectory)
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        return SanctionsIndex(entries: entries, sources: descriptions, builtAt: today)
    }

    /// The entries with `more` merged in: an entry whose id is already there gains the names,
    /// position, programmes and IMO numbers it lacks (one designation printed by two publications of
    /// a list); any other entry is added when `addingNew` (else it is not on the lists loaded).
    static func merging(_ more: [SanctionsEntry], into entries: [SanctionsEntry], addingNew: Bool) -> [SanctionsEntry] {
        var merged = entries
        var position: [String: Int] = [:]
        for (i, entry) in merged.enumerated() where position[entry.id] == nil { position[entry.id] = i }
        for entry in more {
            guard let i = position[entry.id] else {
                if addingNew {
                    position[entry.id] = merged.count
                    merged.append(entry)
                }
                continue
            }
            var known = Set(merged[i].names.map { $0.full.lowercased() })
            for name in entry.names where !known.contains(name.full.lowercased()) {
                known.insert(name.full.lowercased())
                var alias = name
                alias.isPrimary = false
                merged[i].names.append(alias)
            }
            if merged[i].title == nil { merged[i].title = entry.title }
            for program in entry.programs where !merged[i].programs.contains(program) { merged[i].programs.append(program) }
            for imo in entry.imoNumbers where !merged[i].imoNumbers.contains(imo) { merged[i].imoNumbers.append(imo) }
            for country in entry.countries where !merged[i].countries.contains(country) { merged[i].countries.append(country) }
        }
        return merged
    }

    /// Fewer than half the entries of a list that had at least 10.
    public static func isImplausibleShrink(from previous: Int, to now: Int) -> Bool {
        previous >= 10 && now * 2 < previous
    }

    /// Entry counts of the lists last indexed from this cache, by `ListSource.key`.
    static func previousCounts(cacheDirectory: String) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: countsPath(cacheDirectory: cacheDirectory)),
              let counts = try? JSONDecoder().decode([String: Int].self, from: data) else { return [:] }
        return counts
    }

    private static func recordCounts(_ counts: [String: Int], cacheDirectory: String) {
        let url = URL(fileURLWithPath: countsPath(cacheDirectory: cacheDirectory))
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try? encoder.encode(counts).write(to: url, options: .atomic)
    }

    static func countsPath(cacheDirectory: String) -> String { cacheDirectory + "/sanctions/list-counts.json" }

    /// The cache file for a set of lists: named by a hash of each file's path, size and modification time.
    public static func cachePath(for sources: [ListSource], cacheDirectory: String) -> String {
        var fingerprint = "v\(String(decoding: IndexFile.magic, as: UTF8.self))-\(builderVersion)"
        for source in sources {
            fingerprint += "|\(source.format.rawValue)|\(source.localPath(cacheDirectory: cacheDirectory))|\(source.namesFrom ?? "")"
                + (source.supplement ? "|supplement" : "")
            for file in source.files(cacheDirectory: cacheDirectory) {
                let attributes = (try? FileManager.default.attributesOfItem(atPath: file)) ?? [:]
                let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                fingerprint += "|\(file):\(size):\(modified)"
            }
        }
        return cacheDirectory + "/sanctions/index-" + String(TokenHash.hash(fingerprint), radix: 16) + ".cdsx"
    }
}
