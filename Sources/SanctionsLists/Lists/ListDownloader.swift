import Foundation
import SanctionsPlugin
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads lists configured by URL into the cache folder (`copydesk sanctions update`).
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

    /// Fetches a URL to a file, replacing it only when the download succeeds.
    static func fetch(_ address: String, to path: String) throws {
        guard let url = URL(string: address) else { throw SanctionsListError.unreadable(address) }
        let semaphore = DispatchSemaphore(value: 0)
        final class Box: @unchecked Sendable { var data: Data?; var error: Error?; var status = 0 }
        let box = Box()
        let task = URLSession.shared.dataTask(with: url) { data, response, error in
            box.data = data
            box.error = error
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            semaphore.signal()
        }
        task.resume()
        semaphore.wait()
        if let error = box.error { throw SanctionsListError.malformed(address, "download failed: \(error.localizedDescription)") }
        guard box.status == 200, let data = box.data else {
            throw SanctionsListError.malformed(address, "download failed with HTTP status \(box.status)")
        }
        let fileURL = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: fileURL, options: .atomic)
    }
}
