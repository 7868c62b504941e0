import Foundation

/// Where policy packs are: a folder path, or the name of a pack shipped with Copydesk.
enum ShippedPacks {
    /// The names of the shipped packs.
    static let shippedPackNames = ["newsroom", "consistency", "scrape-residue", "pii", "moderation"]

    /// The folder holding the shipped packs: `$COPYDESK_POLICIES`, else `share/copydesk/Policies` beside the
    /// executable's folder, else `Policies/` of the source checkout this module was built from.
    static var folder: String? {
        var candidates: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["COPYDESK_POLICIES"] {
            candidates.append(fromEnvironment)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../share/copydesk/Policies").path)
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Policies").path)
        return candidates.first { isDirectory($0) }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The folder for `reference`: an existing folder, else a shipped pack's name.
    static func folder(for reference: String) -> String? {
        if isDirectory(reference) { return URL(fileURLWithPath: reference).standardizedFileURL.path }
        if !reference.contains("/"), let shipped = folder {
            let candidate = (shipped as NSString).appendingPathComponent(reference)
            if isDirectory(candidate) { return candidate }
        }
        return nil
    }

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
