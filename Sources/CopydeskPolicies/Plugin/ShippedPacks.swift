import Foundation

/// Where the packs shipped with Copydesk are: the one place that finds them, for `PackLocator`
/// (the policy plugin, the configuration and `test-policies`) and `doctor`.
public enum ShippedPacks {
    /// The names of the shipped packs.
    public static let shippedPackNames = ["newsroom", "consistency", "scrape-residue", "pii"]

    /// Where the shipped packs were found, and how.
    public struct Location: Sendable, Equatable {
        public var folder: String
        /// `COPYDESK_POLICIES`, `installed`, `source checkout` or `embedded`.
        public var origin: String
    }

    /// The shipped packs, found in this order: `$COPYDESK_POLICIES`; `share/copydesk/Policies` of an
    /// installation (beside the executable's `bin`); `Policies/` of the source checkout the executable
    /// was built in (so that edits to a pack take effect at once); else the copy linked into the
    /// executable, unpacked into the cache folder. The executable is found through `/proc/self/exe`,
    /// not the command line, so that a `copydesk` run from PATH finds them too.
    public static let location: Location? = {
        if let fromEnvironment = ProcessInfo.processInfo.environment["COPYDESK_POLICIES"], !fromEnvironment.isEmpty {
            return isDirectory(fromEnvironment) ? Location(folder: standardized(fromEnvironment), origin: "COPYDESK_POLICIES") : nil
        }
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().appendingPathComponent("../share/copydesk/Policies").path
        if isDirectory(installed) { return Location(folder: standardized(installed), origin: "installed") }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Policies").path
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path), isDirectory(candidate) {
                return Location(folder: standardized(candidate), origin: "source checkout")
            }
            folder.deleteLastPathComponent()
        }
        return EmbeddedPolicies.folder.map { Location(folder: $0, origin: "embedded") }
    }()

    /// The folder holding the shipped packs.
    public static var folder: String? { location?.folder }

    /// The running executable: `/proc/self/exe` where there is one, else the command line's.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? "."
    }

    static func standardized(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Compiled packs by folder, so that a run compiles each pack once however many configurations name it.
final class CompiledPackCache: @unchecked Sendable {
    static let shared = CompiledPackCache()

    private let lock = NSLock()
    private var packs: [String: (stamp: Date?, rules: [CompiledRule])] = [:]

    func rules(forPackAt folder: String) throws -> [CompiledRule] {
        let stamp = CompiledPackCache.newestModification(in: folder)
        lock.lock()
        if let cached = packs[folder], cached.stamp == stamp {
            lock.unlock()
            return cached.rules
        }
        lock.unlock()
        let rules = try PolicyCompiler.compile(PolicyLoader.loadPack(folder: folder))
        lock.lock()
        packs[folder] = (stamp, rules)
        lock.unlock()
        return rules
    }

    private static func newestModification(in folder: String) -> Date? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.compactMap { file in
            (try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(file)))?[.modificationDate] as? Date
        }.max()
    }
}
