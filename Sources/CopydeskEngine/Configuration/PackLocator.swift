import Foundation

/// Finds policy packs: shipped packs by name, users' packs by path.
public enum PackLocator {
    /// Folders that hold the shipped packs: `$COPYDESK_POLICIES`, then a `Policies` folder beside the
    /// package the executable was built from, then the installed share folders.
    /// Computed once per value of `$COPYDESK_POLICIES`: the runner asks for every file it lints.
    public static func shippedPackFolders() -> [String] {
        let env = getenv("COPYDESK_POLICIES").map { String(cString: $0) } ?? ""
        return shippedFoldersCache.value(for: env) { computeShippedPackFolders(env: env) }
    }

    private static let shippedFoldersCache = MemoizedFolders()

    private static func computeShippedPackFolders(env: String) -> [String] {
        var folders: [String] = []
        if !env.isEmpty {
            folders.append(contentsOf: env.split(separator: ":").map(String.init))
        }
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("Policies")
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: candidate.path) {
                folders.append(candidate.path)
                break
            }
            url = url.deletingLastPathComponent()
        }
        folders.append(contentsOf: ["/usr/local/share/copydesk/Policies", "/usr/share/copydesk/Policies"])
        return folders
    }

    /// The folder of a pack named in a configuration whose folder is `base`.
    public static func resolve(_ pack: String, base: String) -> String? {
        if pack.contains("/") || pack.hasPrefix(".") {
            let path = pack.hasPrefix("/") ? pack : base + "/" + pack
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path).standardizedFileURL.path : nil
        }
        for folder in shippedPackFolders() {
            let path = folder + "/" + pack
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// Names of the shipped packs that can be found.
    public static func shippedPackNames() -> [String] {
        for folder in shippedPackFolders() {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
                return names.filter { !$0.hasPrefix(".") }.sorted()
            }
        }
        return []
    }
}

/// Shipped pack folders by environment value, shared by the runner's threads.
private final class MemoizedFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: [String: [String]] = [:]

    func value(for key: String, compute: () -> [String]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = folders[key] { return cached }
        let computed = compute()
        folders[key] = computed
        return computed
    }
}
