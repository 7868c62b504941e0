import CopydeskCore
import CopydeskDocuments
import Foundation

/// The time of a file's last git commit, from `git log`.
enum GitDates {
    /// Sets a document's last commit date when git knows one (asked only once the file has been read).
    static func lastCommitDateProvider(of path: String) -> MetadataProvider {
        MetadataProvider { metadata in
            if let commit = lastCommitDate(of: path) { metadata.lastCommitDate = commit }
        }
    }

    static func lastCommitDate(of path: String) -> DocumentDate? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", (path as NSString).deletingLastPathComponent, "log", "-1", "--format=%cI", "--",
                             (path as NSString).lastPathComponent]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return DocumentDate(parsing: String(decoding: data, as: UTF8.self))
    }
}
