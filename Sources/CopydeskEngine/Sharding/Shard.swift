import CopydeskReporters

/// One of N deterministic slices of the files of a run, so that a CI matrix or a batch scheduler
/// can fan out over a large archive: a file belongs to shard `index` (1-based) of `count` by a
/// stable hash of its path, the same on every machine.
public struct Shard: Sendable, Hashable {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `i/N` with 1 ≤ i ≤ N.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.init(index: index, count: count)
    }

    /// Whether the file named `path` (as reports name it) is in this shard.
    public func contains(_ path: String) -> Bool {
        let hash = UInt64(StableHash.fnv1a([path]), radix: 16) ?? 0
        return Int(hash % UInt64(count)) == index - 1
    }
}
