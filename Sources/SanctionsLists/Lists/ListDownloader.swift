import Foundation
import SanctionsPlugin

/// Downloads lists configured by URL into the cache folder (`copydesk sanctions update`).
///
/// The transfer is `curl`'s, run as a process: linking Foundation's URL loading would load libcurl,
/// TLS, Kerberos and LDAP libraries (some thirty) at every start of `copydesk`, to serve one command.
public enum ListDownloader {
    /// Downloads one list's files; returns the local paths written. Folder formats fetch their
    /// standard file names below the URL (`…/sdn.csv`, `…/alt.csv`, …). With `destination`, the
    /// files go there (a staging folder, or the file for a one-file format) instead of the cache.
    @discardableResult
    public static func download(_ source: ListSource, cacheDirectory: String, destination: String? = nil) throws -> [String] {
        guard let base = source.url else { return [] }
        let local = destination ?? source.localPath(cacheDirectory: cacheDirectory)
        var written: [String] = []
        if source.format.fileNames.isEmpty {
            try fetch(base, to: local)
            written.append(local)
        } else {
            let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
            for (index, name) in source.format.fileNames.enumerated() {
                do {
                    try fetch(trimmed + "/" + name, to: local + "/" + name)
                    written.append(local + "/" + name)
                } catch where index > 0 {
                    continue
                }
            }
        }
        return written
    }

    /// Fetches a URL to a file, replacing it only when the download succeeds (written beside it, then renamed).
    static func fetch(_ address: String, to path: String) throws {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw SanctionsListError.malformed(address, "not an http or https URL")
        }
        guard let curl = executable(named: "curl") else {
            throw SanctionsListError.malformed(address, "downloading needs curl, which is not on PATH: install it, or download the list yourself and give its `path`")
        }
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        let partial = path + ".part-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: partial) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        process.arguments = ["--silent", "--show-error", "--location", "--max-redirs", "10", "--proto", "=http,https",
                             "--connect-timeout", "30", "--max-time", "1800", "--output", partial,
                             "--write-out", "%{http_code}", "--url", address]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw SanctionsListError.malformed(address, "download failed: \(reason.isEmpty ? "curl exited with status \(process.terminationStatus)" : reason)")
        }
        guard status == "200" else { throw SanctionsListError.malformed(address, "download failed with HTTP status \(status)") }
        guard rename(partial, path) == 0 else { throw SanctionsListError.unreadable(path) }
    }

    /// The first executable file of that name in a folder of `PATH`.
    private static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
