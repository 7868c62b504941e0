/// An open-addressing map from token hashes (already well mixed by FNV-1a) to small integers.
/// Lookups cost a multiply and a probe or two, with no per-lookup hashing as `Dictionary` does.
///
/// Read-only: a view of slots held by an index image (`SanctionsIndex`) or by storage of its own
/// (`TokenTable.Builder.table()`). Slots are a power of two, keys 0 mark empty slots, and at least
/// one slot is empty, so that a probe for a missing key ends.
struct TokenTable: @unchecked Sendable {
    private let keys: UnsafePointer<UInt64>
    private let values: UnsafePointer<Int32>
    private let mask: Int
    /// Keeps the slots alive when the table owns them (nil: the index image owns them).
    private let owner: AnyObject?

    /// A view of slots held elsewhere (`slots` a power of two, with at least one empty slot).
    init(keys: UnsafePointer<UInt64>, values: UnsafePointer<Int32>, slots: Int) {
        self.keys = keys
        self.values = values
        mask = slots - 1
        owner = nil
    }

    private init(owning storage: Storage) {
        keys = UnsafePointer(storage.keys)
        values = UnsafePointer(storage.values)
        mask = storage.slots - 1
        owner = storage
    }

    /// Keys are never 0 in the table (0 marks an empty slot).
    @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    static func slot(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The slot count for `count` keys: a power of two (at least 16) filled to at most three quarters.
    static func slots(for count: Int) -> Int {
        var size = 16
        while size * 3 < count * 4 { size <<= 1 }
        return size
    }

    subscript(key: UInt64) -> Int32? {
        let key = Self.stored(key)
        var i = Self.slot(key, mask: mask)
        while true {
            let found = keys[i]
            if found == key { return values[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// The filled slots as (key, value), in slot order.
    var pairs: [(key: UInt64, value: Int32)] {
        (0...mask).compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]) }
    }

    /// Slots in memory of their own.
    private final class Storage {
        let keys: UnsafeMutablePointer<UInt64>
        let values: UnsafeMutablePointer<Int32>
        let slots: Int
        init(slots: Int) {
            self.slots = slots
            keys = .allocate(capacity: slots)
            keys.initialize(repeating: 0, count: slots)
            values = .allocate(capacity: slots)
            values.initialize(repeating: -1, count: slots)
        }
        deinit {
            keys.deallocate()
            values.deallocate()
        }
    }

    /// A table being filled: the same slots and probing as the table. `table()` hands the slots
    /// over; the builder is not changed after that.
    final class Builder {
        private let storage: Storage
        private let mask: Int
        private(set) var count = 0

        /// Room for `capacity` keys.
        init(capacity: Int) {
            storage = Storage(slots: TokenTable.slots(for: capacity))
            mask = storage.slots - 1
        }

        /// The slots' keys and values, in slot order.
        var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: storage.keys, count: storage.slots) }
        var values: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: storage.values, count: storage.slots) }

        subscript(key: UInt64) -> Int32? {
            get {
                let key = TokenTable.stored(key)
                var i = TokenTable.slot(key, mask: mask)
                while storage.keys[i] != 0 {
                    if storage.keys[i] == key { return storage.values[i] }
                    i = (i + 1) & mask
                }
                return nil
            }
            set {
                let key = TokenTable.stored(key)
                var i = TokenTable.slot(key, mask: mask)
                while storage.keys[i] != 0 && storage.keys[i] != key { i = (i + 1) & mask }
                if storage.keys[i] == 0 { count += 1 }
                storage.keys[i] = key
                storage.values[i] = newValue ?? -1
            }
        }

        /// The same pairs in a table sized for them (inserted in slot order: the result depends on
        /// the pairs and the order they were added in, never on the process).
        func compacted() -> Builder {
            let table = Builder(capacity: count)
            for i in 0..<storage.slots where storage.keys[i] != 0 { table[storage.keys[i]] = storage.values[i] }
            return table
        }

        /// The table, over the builder's slots.
        func table() -> TokenTable { TokenTable(owning: storage) }
    }
}

extension TokenTable {
    /// A set of token hashes.
    init<S: Sequence>(set hashes: S) where S.Element == UInt64 {
        let all = Array(hashes)
        let builder = Builder(capacity: all.count)
        for hash in all { builder[hash] = 1 }
        self = builder.table()
    }
}

/// A set of token hashes: `TokenTable`'s slots and probing without values. The English word sets
/// linked into the executable (`Scripts/embed-shipped-data` lays them out) are used in place as these.
struct TokenSet: @unchecked Sendable {
    private let keys: UnsafePointer<UInt64>
    private let mask: Int

    /// A view of `slots` keys (a power of two, with at least one empty slot) that live as long as the process.
    init(keys: UnsafePointer<UInt64>, slots: Int) {
        self.keys = keys
        mask = slots - 1
    }

    func contains(_ key: UInt64) -> Bool {
        let key = TokenTable.stored(key)
        var i = TokenTable.slot(key, mask: mask)
        while true {
            let found = keys[i]
            if found == key { return true }
            if found == 0 { return false }
            i = (i + 1) & mask
        }
    }
}
