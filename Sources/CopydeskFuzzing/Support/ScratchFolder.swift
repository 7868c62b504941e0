import Foundation

/// A folder of this process's own under the temporary directory, for the loaders that read files:
/// each input is written to the same path, so a long campaign makes no new files. Removed at exit.
final class ScratchFolder: @unchecked Sendable {
    static let shared = ScratchFolder()

    let path: String
    private let lock = NSLock()

    private init() {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        path = base + "/copydesk-fuzz-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        ScratchFolder.registerRemoval(path)
    }

    /// Writes `bytes` to `name` inside the folder (sub-folders made as needed) and returns its path.
    func write(_ bytes: UnsafeRawBufferPointer, to name: String) throws -> String {
        let file = path + "/" + name
        let folder = (file as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    private static let removals = NSLock()
    nonisolated(unsafe) private static var pending: [String] = []

    private static func registerRemoval(_ path: String) {
        removals.lock()
        pending.append(path)
        let first = pending.count == 1
        removals.unlock()
        if first {
            atexit {
                ScratchFolder.removals.lock()
                let paths = ScratchFolder.pending
                ScratchFolder.removals.unlock()
                for path in paths { try? FileManager.default.removeItem(atPath: path) }
            }
        }
    }
}
