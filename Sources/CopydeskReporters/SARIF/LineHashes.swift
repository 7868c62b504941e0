import CopydeskCore

/// `partialFingerprints.primaryLocationLineHash` as GitHub's upload action computes it: a rolling
/// hash over the 100 non-blank UTF-16 code units from each line start, with a count for repeats.
public enum LineHashes {
    /// Hash per 1-based line of a source file (its byte-order mark, if it had one, counts as the
    /// first code unit, as it does for the upload action); only the lines in `lines` when given
    /// (the rolling hash still reads the whole text).
    public static func compute(_ source: SourceFile, lines wanted: Set<Int>? = nil) -> [Int: String] {
        compute(units: (source.hadByteOrderMark ? [0xFEFF] : []) + Array(source.text.utf16), lines: wanted)
    }

    /// The rolling hash over UTF-16 code units; the action ends the text with one more unit, 65535.
    static func compute(units: [UInt16], lines wanted: Set<Int>?) -> [Int: String] {
        let block = 100
        var firstMod: UInt64 = 1
        for _ in 0..<block { firstMod = firstMod &* 37 }
        var out: [Int: String] = [:]
        var counts: [UInt64: Int] = [:]
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: block) { window in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: block) { lineNumbers in
                window.initialize(repeating: 0)
                lineNumbers.initialize(repeating: -1)
                var hash: UInt64 = 0
                var index = 0
                var lineNumber = 0
                var lineStart = true
                var previousCR = false
                func emit() {
                    let count = (counts[hash] ?? 0) + 1
                    counts[hash] = count
                    let line = lineNumbers[index]
                    if wanted?.contains(line) ?? true { out[line] = String(hash, radix: 16) + ":" + String(count) }
                    lineNumbers[index] = -1
                }
                units.withUnsafeBufferPointer { units in
                    for position in 0...units.count {
                        var unit = position < units.count ? UInt64(units[position]) : 65535
                        if unit == 32 || unit == 9 || (previousCR && unit == 10) {
                            previousCR = false
                            continue
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
                        hash = 37 &* hash &+ unit &- firstMod &* begin
                        index = index == block - 1 ? 0 : index + 1
                    }
                }
                for _ in 0..<block {
                    if lineNumbers[index] != -1 { emit() }
                    let begin = window[index]
                    window[index] = 0
                    hash = 37 &* hash &- firstMod &* begin
                    index = index == block - 1 ? 0 : index + 1
                }
            }
        }
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
