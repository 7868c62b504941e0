import CopydeskCore

/// `partialFingerprints.primaryLocationLineHash` as GitHub's upload action computes it: a rolling
/// hash over the 100 non-blank UTF-16 code units from each line start, with a count for repeats.
public enum LineHashes {
    /// Hash per 1-based line of a source file (its byte-order mark, if it had one, counts as the
    /// first code unit, as it does for the upload action); only the lines in `lines` when given
    /// (the rolling hash still reads the whole text).
    public static func compute(_ source: SourceFile, lines wanted: Set<Int>? = nil) -> [Int: String] {
        var hasher = RollingLineHash(wanted: wanted)
        if source.hadByteOrderMark { hasher.feed(0xFEFF) }
        // The UTF-16 code units straight from the UTF-8 bytes, with no copy of the text.
        var text = source.text
        text.withUTF8 { bytes in
            var i = 0
            let count = bytes.count
            while i < count {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 { hasher.feed(UInt64(b0)); i += 1; continue }
                // The bytes are valid UTF-8 (a String's always are).
                var scalar: UInt32
                if b0 < 0xE0 {
                    scalar = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    scalar = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    scalar = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                if scalar >= 0x10000 {
                    scalar -= 0x10000
                    hasher.feed(UInt64(0xD800 + (scalar >> 10)))
                    hasher.feed(UInt64(0xDC00 + (scalar & 0x3FF)))
                } else {
                    hasher.feed(UInt64(scalar))
                }
            }
        }
        return hasher.finish()
    }

    /// The rolling hash over UTF-16 code units.
    static func compute(units: [UInt16], lines wanted: Set<Int>?) -> [Int: String] {
        var hasher = RollingLineHash(wanted: wanted)
        for unit in units { hasher.feed(UInt64(unit)) }
        return hasher.finish()
    }
}

/// The upload action's rolling hash, fed one UTF-16 code unit at a time; the action ends the text
/// with one more unit, 65535.
private struct RollingLineHash {
    private static let block = 100
    private static let firstMod: UInt64 = {
        var value: UInt64 = 1
        for _ in 0..<block { value = value &* 37 }
        return value
    }()

    private let wanted: Set<Int>?
    // Raw buffers, freed by `finish()`: arrays cost a uniqueness check and a bounds check per unit.
    private let window = UnsafeMutablePointer<UInt64>.allocate(capacity: block)
    private let lineNumbers = UnsafeMutablePointer<Int>.allocate(capacity: block)
    private var out: [Int: String] = [:]
    private var counts: [UInt64: Int] = [:]
    private var hash: UInt64 = 0
    private var index = 0
    private var lineNumber = 0
    private var lineStart = true
    private var previousCR = false

    init(wanted: Set<Int>?) {
        self.wanted = wanted
        window.initialize(repeating: 0, count: Self.block)
        lineNumbers.initialize(repeating: -1, count: Self.block)
    }

    private mutating func emit() {
        let count = (counts[hash] ?? 0) + 1
        counts[hash] = count
        let line = lineNumbers[index]
        if wanted?.contains(line) ?? true { out[line] = String(hash, radix: 16) + ":" + String(count) }
        lineNumbers[index] = -1
    }

    @inline(__always)
    mutating func feed(_ code: UInt64) {
        var unit = code
        if unit == 32 || unit == 9 || (previousCR && unit == 10) {
            previousCR = false
            return
        }
        if unit == 13 { unit = 10; previousCR = true } else { previousCR = false }
        if lineNumbers[index] != -1 { emit() }
        if lineStart {
            lineStart = false
            lineNumber += 1
            lineNumbers[index] = lineNumber
        }
        if unit == 10 { lineStart = true }
        let begin = window[index]
        window[index] = unit
        hash = 37 &* hash &+ unit &- Self.firstMod &* begin
        index = index == Self.block - 1 ? 0 : index + 1
    }

    /// The hashes; the hasher must not be used again.
    mutating func finish() -> [Int: String] {
        feed(65535)
        for _ in 0..<Self.block {
            if lineNumbers[index] != -1 { emit() }
            let begin = window[index]
            window[index] = 0
            hash = 37 &* hash &- Self.firstMod &* begin
            index = index == Self.block - 1 ? 0 : index + 1
        }
        window.deallocate()
        lineNumbers.deallocate()
        return out
    }
}

/// A stable 64-bit FNV-1a hash, for fingerprints that must not change between runs or machines.
public enum StableHash {
    public static func fnv1a(_ parts: [String]) -> String {
        var hash = offsetBasis
        for (i, part) in parts.enumerated() {
            if i > 0 { separate(&hash) }
            add(part, to: &hash)
        }
        return hex(hash)
    }

    /// The FNV-1a starting value.
    public static let offsetBasis: UInt64 = 0xcbf29ce484222325

    /// Feeds bytes into a running hash.
    public static func add(_ bytes: UnsafeBufferPointer<UInt8>, to hash: inout UInt64) {
        var h = hash
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        hash = h
    }

    /// Feeds bytes into a running hash.
    public static func add(_ bytes: [UInt8], to hash: inout UInt64) {
        bytes.withUnsafeBufferPointer { add($0, to: &hash) }
    }

    /// Feeds a string's UTF-8 bytes into a running hash.
    public static func add(_ text: String, to hash: inout UInt64) {
        var text = text
        text.withUTF8 { add($0, to: &hash) }
    }

    /// Marks the boundary between two parts.
    @inline(__always)
    public static func separate(_ hash: inout UInt64) { hash = (hash ^ 0x1F) &* 0x100000001b3 }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The hash as 16 lowercase hex digits.
    public static func hex(_ hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for i in 0..<16 { buffer[i] = hexDigits[Int(hash >> (60 - 4 * UInt64(i)) & 0xF)] }
            return 16
        }
    }
}
