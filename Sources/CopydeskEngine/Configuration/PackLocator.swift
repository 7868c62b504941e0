import Foundation

/// Finds policy packs: shipped packs by name, users' packs by path.
public enum PackLocator {
    /// Folders that hold the shipped packs: `$COPYDESK_POLICIES`, then a `Policies` folder beside the
    /// package the executable was built from, then the installed share folders.
    public static func shippedPackFolders() -> [String] {
        var folders: [String] = []
        if let env = ProcessInfo.processInfo.environment["COPYDESK_POLICIES"], !env.isEmpty {
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
