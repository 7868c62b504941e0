/// 64-bit FNV-1a, the hash the index and the text scanner share for folded tokens.
public enum TokenHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C, into value: UInt64 = seed) -> UInt64 where C.Element == UInt8 {
        var h = value
        for byte in bytes { h = (h ^ UInt64(byte)) &* prime }
        return h
    }

    public static func hash(_ string: String) -> UInt64 { hash(string.utf8) }

    /// The hash of tokens joined by single spaces.
    static func hash(tokens: [String]) -> UInt64 { hash(tokens.joined(separator: " ")) }

    /// Extends a running hash of space-joined tokens with one more token's hash-ready bytes.
    @inline(__always)
    static func combine(_ running: UInt64?, _ token: UInt64) -> UInt64 {
        guard let running else { return token }
        return (running &* 0x9E37_79B9_7F4A_7C15) ^ token
    }
}
