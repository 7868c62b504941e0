import CShippedData
import Foundation

/// Where indexes come from: the embedded default, or lists compiled once into a compact file in the
/// cache folder and reused until a list file changes (size or modification time).
public enum IndexStore {
    /// Changes whenever pattern generation or flags change, so that cached indexes are rebuilt.
    static let builderVersion = 7

    /// `~/.cache/copydesk` (or `$XDG_CACHE_HOME/copydesk`).
    public static var defaultCacheDirectory: String {
        if let xdg = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/copydesk" }
        return NSHomeDirectory() + "/.cache/copydesk"
    }

    /// The default index linked into `copydesk` (`CShippedData`): compiled from the OFAC SDN (public
    /// domain), UN Security Council (UN public information) and UK Sanctions List (OGL v3.0) snapshots
    /// by `Scripts/eval/sanctions/build-default-index.sh`. It holds no EU data (licensed non-commercial).
    /// Read from the executable's image, not from a file.
    public static func readEmbedded() throws -> SanctionsIndex {
        let blob = copydesk_shipped_sanctions_index()
        guard let bytes = blob.bytes, blob.count > 0 else { throw SanctionsListError.unreadable("embedded default index") }
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes), count: blob.count, deallocator: .none)
        return try IndexFile.read(data: data, path: "embedded default index")
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: SanctionsIndex] = [:]

    /// The embedded default index (loaded once per process).
    public static func embedded() throws -> SanctionsIndex {
        try memoised(key: "embedded") { try readEmbedded() }
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

    /// Imports the lists and builds their index.
    public static func build(_ sources: [ListSource], cacheDirectory: String) throws -> SanctionsIndex {
        var entries: [SanctionsEntry] = []
        var descriptions: [String] = []
        for source in sources {
            let (listEntries, description) = try source.load(cacheDirectory: cacheDirectory)
            entries.append(contentsOf: listEntries)
            descriptions.append(description)
        }
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        return SanctionsIndex(entries: entries, sources: descriptions, builtAt: today)
    }

    /// The cache file for a set of lists: named by a hash of each file's path, size and modification time.
    public static func cachePath(for sources: [ListSource], cacheDirectory: String) -> String {
        var fingerprint = "v\(String(decoding: IndexFile.magic, as: UTF8.self))-\(builderVersion)"
        for source in sources {
            fingerprint += "|\(source.format.rawValue)|\(source.localPath(cacheDirectory: cacheDirectory))|\(source.namesFrom ?? "")"
            for file in source.files(cacheDirectory: cacheDirectory) {
                let attributes = (try? FileManager.default.attributesOfItem(atPath: file)) ?? [:]
                let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                fingerprint += "|\(file):\(size):\(modified)"
            }
        }
        return cacheDirectory + "/sanctions/index-" + String(TokenHash.hash(fingerprint), radix: 16) + ".cdsx"
    }

    private static func memoised(key: String, _ make: () throws -> SanctionsIndex) throws -> SanctionsIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = loaded[key] { return index }
        let index = try make()
        loaded[key] = index
        return index
    }
}
