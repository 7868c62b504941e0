import CopydeskCore

/// Finds the matches of several opener patterns in one pass over a text: at each word start, the
/// ASCII letters there are walked once through a trie of every pattern's openers, and only the
/// patterns one of them opens are run there, anchored. Each pattern's matches are the ones it finds
/// searched through the text on its own, non-overlapping.
struct OpenerScanner: Sendable {
    let patterns: [OpenerPattern]
    /// The openers' trie: node `n`'s child for letter `c` (0–25) is `children[n * 26 + c]`, 0 for none
    /// (node 0 is the root, never a child).
    private let children: [Int32]
    /// For each node, the patterns (one bit each) with an opener that ends there.
    private let ending: [UInt32]

    init(_ patterns: [OpenerPattern]) {
        precondition(patterns.count <= 32, "at most 32 opener patterns in one scanner")
        var children = [Int32](repeating: 0, count: 26)
        var ending: [UInt32] = [0]
        for (p, pattern) in patterns.enumerated() {
            for opener in pattern.openers {
                var node = 0
                for byte in opener {
                    let slot = node * 26 + Int(byte - 0x61)
                    if children[slot] == 0 {
                        children[slot] = Int32(ending.count)
                        ending.append(0)
                        children.append(contentsOf: repeatElement(0, count: 26))
                    }
                    node = Int(children[slot])
                }
                ending[node] |= 1 << UInt32(p)
            }
        }
        self.patterns = patterns
        self.children = children
        self.ending = ending
    }

    /// Each pattern's non-overlapping matches (UTF-8 ranges, in order), in the order of `patterns`.
    func matches(in text: String) throws -> [[Range<Int>]] {
        var results = [[Range<Int>]](repeating: [], count: patterns.count)
        var text = text
        try text.withUTF8 { bytes in
            // U+017F (ſ) and U+212A (Kelvin sign) match "s" and "k" caselessly: such texts take the full search.
            if Self.containsCaselessASCIILookalike(bytes) {
                for (p, pattern) in patterns.enumerated() {
                    try pattern.pattern.forEachMatch(inUTF8: bytes) { results[p].append($0.range); return true }
                }
                return
            }
            let searchers = patterns.map { Pattern.Searcher($0.anchored) }
            // Where each pattern may match next: the end of its last match.
            var resume = [Int](repeating: 0, count: patterns.count)
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                guard Self.isWordByte(byte) else { position += 1; continue }
                // A run of ASCII letters, digits and underscores: `\b` holds before its first byte only.
                if Self.isLetter(byte) {
                    var opened = openersStarting(in: bytes, at: position)
                    if opened != 0 {
                        for p in patterns.indices where opened & (1 << UInt32(p)) != 0 && position < resume[p] {
                            opened &= ~(1 << UInt32(p))
                        }
                        for p in patterns.indices where opened & (1 << UInt32(p)) != 0 {
                            if let found = try searchers[p].firstMatch(inUTF8: bytes, range: position..<bytes.count)?.range,
                               !found.isEmpty {
                                results[p].append(found)
                                resume[p] = found.upperBound
                            }
                        }
                    }
                }
                position += 1
                while position < bytes.count, Self.isWordByte(bytes[position]) { position += 1 }
            }
        }
        return results
    }

    /// The patterns with an opener that the ASCII letters at `position` start with (any case).
    private func openersStarting(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32 {
        var opened: UInt32 = 0
        var node = 0
        var k = position
        while k < bytes.count, Self.isLetter(bytes[k]) {
            let child = Int(children[node * 26 + Int((bytes[k] | 0x20) - 0x61)])
            guard child != 0 else { break }
            node = child
            opened |= ending[node]
            k += 1
        }
        return opened
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// ASCII letters, digits and the underscore: after one, `\b` cannot hold before a letter.
    @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    private static func containsCaselessASCIILookalike(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0xC5 && bytes[i + 1] == 0xBF { return true }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x84, bytes[i + 2] == 0xAA { return true }
            i += 1
        }
        return false
    }
}
