import CShippedData
import CopydeskCore
import Foundation

/// The shipped packs linked into the executable (`Scripts/embed-shipped-data` writes the archive
/// from `Policies/`), unpacked once into the cache folder so that they load like any pack folder.
enum EmbeddedPolicies {
    /// The archive's files: `<pack>/<file>` and its bytes, in path order.
    static func files(of archive: UnsafeBufferPointer<UInt8>) -> [(path: String, bytes: ArraySlice<UInt8>)]? {
        let bytes = Array(archive)
        let magic = Array("CDPK1\n".utf8)
        guard bytes.starts(with: magic) else { return nil }
        var files: [(String, ArraySlice<UInt8>)] = []
        var at = magic.count
        func line() -> String? {
            guard let end = bytes[at...].firstIndex(of: 0x0A) else { return nil }
            defer { at = end + 1 }
            return String(decoding: bytes[at..<end], as: UTF8.self)
        }
        while at < bytes.count {
            guard let path = line(), let count = line().flatMap(Int.init), count >= 0, at + count <= bytes.count,
                  path.split(separator: "/").count == 2, !path.contains("..") else { return nil }
            files.append((path, bytes[at..<(at + count)]))
            at += count
        }
        return files
    }

    /// The folder holding the unpacked packs, unpacked now if needed; nil when it cannot be written.
    static let folder: String? = {
        let blob = copydesk_shipped_policies()
        guard let start = blob.bytes else { return nil }
        let archive = UnsafeBufferPointer(start: start, count: blob.count)
        guard let files = files(of: archive) else { return nil }
        // The folder is named by the archive's contents, so that another version never reuses it.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in archive { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let name = "policies-" + String(hash, radix: 16)
        for base in cacheFolders() {
            let folder = base + "/" + name
            if FileManager.default.fileExists(atPath: folder + "/.complete") { return folder }
            if unpack(files, into: folder) { return folder }
        }
        return nil
    }()

    /// `$XDG_CACHE_HOME/copydesk` or `~/.cache/copydesk`, then the temporary folder.
    private static func cacheFolders() -> [String] {
        let environment = ProcessInfo.processInfo.environment
        var folders: [String] = []
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { folders.append(xdg + "/copydesk") }
        folders.append(NSHomeDirectory() + "/.cache/copydesk")
        folders.append(NSTemporaryDirectory() + "copydesk-\(getuid())")
        return folders
    }

    /// Writes the files into a fresh folder beside `folder` and renames it into place, so that a
    /// run never sees half the packs (another process may be unpacking the same ones).
    private static func unpack(_ files: [(path: String, bytes: ArraySlice<UInt8>)], into folder: String) -> Bool {
        let manager = FileManager.default
        let staging = folder + ".\(getpid()).tmp"
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files {
                let path = staging + "/" + file.path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            }
            try Data().write(to: URL(fileURLWithPath: staging + "/.complete"))
            if rename(staging, folder) != 0 {
                try? manager.removeItem(atPath: staging)
                return manager.fileExists(atPath: folder + "/.complete")
            }
            return true
        } catch {
            try? manager.removeItem(atPath: staging)
            return false
        }
    }
}
