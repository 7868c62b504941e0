import CShippedData
import Foundation

/// The indexes of a process: the embedded default, read from the executable's image, and those the
/// list tooling (`SanctionsLists`) compiles from lists and caches, each loaded once.
public enum IndexStore {
    /// The default index linked into `copydesk` (`CShippedData`): compiled from the OFAC SDN (public
    /// domain), UN Security Council (UN public information) and UK Sanctions List (OGL v3.0) snapshots
    /// by `Scripts/eval/sanctions/build-default-index.sh`. It holds no EU data (licensed non-commercial).
    /// Used in place from the executable's image: nothing is copied or decoded, and only the pages
    /// the checks and the matcher touch are read. Its checksum is not verified at every start (the
    /// tests verify the linked copy); its structure is.
    public static func readEmbedded() throws -> SanctionsIndex {
        let blob = copydesk_shipped_sanctions_index()
        guard let bytes = blob.bytes, blob.count > 0 else { throw SanctionsListError.unreadable("embedded default index") }
        return try IndexImageReader.load(IndexImage(base: UnsafeRawPointer(bytes), count: blob.count),
                                         path: "embedded default index", checks: .structure)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var loaded: [String: SanctionsIndex] = [:]

    /// The embedded default index (loaded once per process).
    public static func embedded() throws -> SanctionsIndex {
        try memoised(key: "embedded") { try readEmbedded() }
    }

    /// The index kept for `key` in this process, made by `make` the first time: each index is
    /// read or built once per process.
    public static func memoised(key: String, _ make: () throws -> SanctionsIndex) throws -> SanctionsIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = loaded[key] { return index }
        let index = try make()
        loaded[key] = index
        return index
    }
}
