import CopydeskCore

/// `partialFingerprints.primaryLocationLineHash` as GitHub's upload action computes it: a rolling
/// hash over the 100 non-blank UTF-16 code units from each line start, with a count for repeats.
public enum LineHashes {
    /// Hash per 1-based line of `text` (the file as read, BOM included if it had one); only the
    /// lines in `lines` when given (the rolling hash still reads the whole text).
    public static func compute(_ text: String, lines wanted: Set<Int>? = nil) -> [Int: String] {
        var text = text
        return text.withUTF8 { compute(utf8: $0, byteOrderMark: false, lines: wanted) }
    }

    /// Hashes for a source file's lines, reading its UTF-8 bytes directly (its byte-order mark, if it
    /// had one, counts as the first code unit, as it does for the upload action).
    public static func compute(_ source: SourceFile, lines wanted: Set<Int>? = nil) -> [Int: String] {
        source.utf8.withUnsafeBufferPointer { compute(utf8: $0, byteOrderMark: source.hadByteOrderMark, lines: wanted) }
    }

    static func compute(utf8 bytes: UnsafeBufferPointer<UInt8>, byteOrderMark: Bool, lines wanted: Set<Int>?) -> [Int: String] {
        var hasher = RollingLineHash()
        var out: [Int: String] = [:]
        let emit = { (line: Int, hash: UInt64, count: Int) in
            if wanted?.contains(line) ?? true { out[line] = String(hash, radix: 16) + ":" + String(count) }
        }
        if byteOrderMark { hasher.add(0xFEFF, emit: emit) }
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                hasher.add(UInt64(lead), emit: emit)
                i += 1
                continue
            }
            // Decode one scalar (invalid sequences never reach here: sources are valid UTF-8).
            var scalar: UInt32
            var width: Int
            if lead >= 0xF0 { scalar = UInt32(lead & 0x07); width = 4 } else if lead >= 0xE0 { scalar = UInt32(lead & 0x0F); width = 3 } else { scalar = UInt32(lead & 0x1F); width = 2 }
            for k in 1..<width where i + k < count { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            i += width
            if scalar >= 0x10000 {
                let value = scalar - 0x10000
                hasher.add(UInt64(0xD800 + (value >> 10)), emit: emit)
                hasher.add(UInt64(0xDC00 + (value & 0x3FF)), emit: emit)
            } else {
                hasher.add(UInt64(scalar), emit: emit)
            }
        }
        hasher.finish(emit: emit)
        return out
    }
}

/// The upload action's rolling hash, fed one UTF-16 code unit at a time; it reports each line's
/// hash (and how many earlier lines had the same one) once 100 units past its start are read.
struct RollingLineHash {
    private static let block = 100
    private static let firstMod: UInt64 = {
        var value: UInt64 = 1
        for _ in 0..<block { value = value &* 37 }
        return value
    }()
    private var window = [UInt64](repeating: 0, count: block)
    private var lineNumbers = [Int](repeating: -1, count: block)
    private var hash: UInt64 = 0
    private var index = 0
    private var lineNumber = 0
    private var lineStart = true
    private var previousCR = false
    private var counts: [UInt64: Int] = [:]

    private mutating func report(_ emit: (Int, UInt64, Int) -> Void) {
        let count = (counts[hash] ?? 0) + 1
        counts[hash] = count
        emit(lineNumbers[index], hash, count)
        lineNumbers[index] = -1
    }

    mutating func add(_ codeUnit: UInt64, emit: (Int, UInt64, Int) -> Void) {
        var unit = codeUnit
        if unit == 32 || unit == 9 || (previousCR && unit == 10) {
            previousCR = false
            return
        }
        if unit == 13 { unit = 10; previousCR = true } else { previousCR = false }
        if lineNumbers[index] != -1 { report(emit) }
        if lineStart {
            lineStart = false
            lineNumber += 1
            lineNumbers[index] = lineNumber
        }
        if unit == 10 { lineStart = true }
        let begin = window[index]
        window[index] = unit
        hash = 37 &* hash &+ unit &- RollingLineHash.firstMod &* begin
        index = index == RollingLineHash.block - 1 ? 0 : index + 1
    }

    /// Ends the text (the action appends one last unit, 65535) and flushes the lines still open.
    mutating func finish(emit: (Int, UInt64, Int) -> Void) {
        add(65535, emit: emit)
        for _ in 0..<RollingLineHash.block {
            if lineNumbers[index] != -1 { report(emit) }
            let begin = window[index]
            window[index] = 0
            hash = 37 &* hash &- RollingLineHash.firstMod &* begin
            index = index == RollingLineHash.block - 1 ? 0 : index + 1
        }
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
