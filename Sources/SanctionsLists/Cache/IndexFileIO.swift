import Foundation
import SanctionsPlugin

extension IndexFile {
    /// Writes an index file (atomically, creating its folder).
    public static func write(_ index: SanctionsIndex, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(encode(index)).write(to: url, options: .atomic)
    }

    /// Reads an index file.
    public static func read(path: String) throws -> SanctionsIndex {
        guard let data = FileManager.default.contents(atPath: path) else { throw SanctionsListError.unreadable(path) }
        return try read(data: data, path: path)
    }
}
