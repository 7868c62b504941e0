import Foundation
import SanctionsPlugin

extension IndexFile {
    /// Writes an index file (atomically: a temporary file renamed over the old one, so that a
    /// process still using the old file's mapping keeps its bytes), creating its folder.
    public static func write(_ index: SanctionsIndex, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(encode(index)).write(to: url, options: .atomic)
    }

    /// Reads an index file: mapped into memory and used in place once its checksum and structure
    /// are checked (a file of the previous format is converted in memory).
    public static func read(path: String) throws -> SanctionsIndex {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SanctionsListError.unreadable(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw SanctionsListError.unreadable(path) }
        let size = Int(status.st_size)
        guard size > 0 else { return try read(data: Data(), path: path) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            guard let data = FileManager.default.contents(atPath: path) else { throw SanctionsListError.unreadable(path) }
            return try read(data: data, path: path)
        }
        nonisolated(unsafe) let mapping = base
        let image = IndexImage(base: UnsafeRawPointer(base), count: size, release: { munmap(mapping, size) })
        return try read(image: image, path: path)
    }
}
