/// An open-addressing map from token hashes (already well mixed by FNV-1a) to small integers.
/// Lookups cost a multiply and a probe or two, with no per-lookup hashing as `Dictionary` does.
struct TokenTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    init(_ pairs: [UInt64: Int32]) {
        self.init(capacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// Keys are never 0 in the table (0 marks an empty slot).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    subscript(key: UInt64) -> Int32? {
        get {
            let key = Self.stored(key)
            var i = slot(key)
            return keys.withUnsafeBufferPointer { k in
                while true {
                    let found = k[i]
                    if found == key { return values[i] }
                    if found == 0 { return nil }
                    i = (i + 1) & mask
                }
            }
        }
        set {
            let key = Self.stored(key)
            var i = slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = key
            values[i] = newValue ?? -1
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

extension TokenTable {
    /// A set of token hashes.
    init<S: Sequence>(set hashes: S) where S.Element == UInt64 {
        let all = Array(hashes)
        self.init(capacity: all.count)
        for hash in all { self[hash] = 1 }
    }
}
