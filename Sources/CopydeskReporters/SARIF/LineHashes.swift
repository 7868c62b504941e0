/// `partialFingerprints.primaryLocationLineHash` as GitHub's upload action computes it: a rolling
/// hash over the 100 non-blank UTF-16 code units from each line start, with a count for repeats.
public enum LineHashes {
    /// Hash per 1-based line of `text` (the file as read, BOM included if it had one); only the
    /// lines in `lines` when given (the rolling hash still reads the whole text).
    public static func compute(_ text: String, lines wanted: Set<Int>? = nil) -> [Int: String] {
        let block = 100
        var firstMod: UInt64 = 1
        for _ in 0..<block { firstMod = firstMod &* 37 }
        var window = [UInt64](repeating: 0, count: block)
        var lineNumbers = [Int](repeating: -1, count: block)
        var hash: UInt64 = 0
        var index = 0
        var lineNumber = 0
        var lineStart = true
        var previousCR = false
        var counts: [UInt64: Int] = [:]
        var out: [Int: String] = [:]

        func emit() {
            let count = (counts[hash] ?? 0) + 1
            counts[hash] = count
            let line = lineNumbers[index]
            if wanted?.contains(line) ?? true { out[line] = "\(String(hash, radix: 16)):\(count)" }
            lineNumbers[index] = -1
        }

        var units = text.utf16.lazy.map(UInt64.init).makeIterator()
        var finished = false
        while !finished {
            var unit: UInt64
            if let next = units.next() { unit = next } else { unit = 65535; finished = true }
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
            index = (index + 1) % block
        }
        for _ in 0..<block {
            if lineNumbers[index] != -1 { emit() }
            let begin = window[index]
            window[index] = 0
            hash = 37 &* hash &- firstMod &* begin
            index = (index + 1) % block
        }
        return out
    }
}

/// A stable 64-bit FNV-1a hash, for fingerprints that must not change between runs or machines.
public enum StableHash {
    public static func fnv1a(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for (i, part) in parts.enumerated() {
            if i > 0 { hash = (hash ^ 0x1F) &* 0x100000001b3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
