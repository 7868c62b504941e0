import CopydeskCore

/// Finds the matches of several opener patterns in one pass over a text: at each word start, the
/// ASCII letters there are walked once through a trie of every alternative's openers, and a pattern
/// is run there, anchored, only when one of its alternatives can start: an opener is there, followed
/// by whitespace if the alternative goes on with `\s`, and the words the alternative needs are in
/// reach. Each pattern's matches are the ones it finds searched through the text on its own,
/// non-overlapping.
struct OpenerScanner: Sendable {
    let patterns: [OpenerPattern]
    /// The openers' trie: node `n`'s child for letter `c` (0–25) is `children[n * 26 + c]`, 0 for none
    /// (node 0 is the root, never a child).
    private let children: [Int32]
    /// For each node, the alternatives (one bit each, numbered across the patterns) with an opener
    /// that ends there and a `rest` that may go on with anything.
    private let ending: [UInt64]
    /// For each node, the alternatives with an opener that ends there and a `rest` starting with `\s`.
    private let endingBeforeSpace: [UInt64]
    /// For each pattern, the bits of its alternatives.
    private let alternativesOfPattern: [UInt64]
    /// The bits of the alternatives that need no listed words.
    private let unconditional: UInt64
    /// What each alternative needs (nil for none), by bit.
    private let needs: [Need?]

    /// An alternative's needed words and their reach, with the pairs of letters they open with
    /// (bit `first * 26 + second`), which rule out most places at a glance.
    private struct Need {
        var words: [[UInt8]]
        var openingPairs: [UInt64]
        var reach: Int

        init(_ needs: OpenerPattern.Needs) {
            words = needs.words.map { Array($0.utf8) }
            openingPairs = [UInt64](repeating: 0, count: (26 * 26 + 63) / 64)
            for word in words {
                let pair = Int(word[0] - 0x61) * 26 + Int(word[1] - 0x61)
                openingPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            reach = needs.reach
        }

        /// Whether the bytes at `position` open with the first two letters of a needed word (any case).
        func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
            guard position + 1 < bytes.count else { return false }
            let first = bytes[position] | 0x20, second = bytes[position + 1] | 0x20
            guard first >= 0x61 && first <= 0x7A, second >= 0x61 && second <= 0x7A else { return false }
            let pair = Int(first - 0x61) * 26 + Int(second - 0x61)
            return openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
        }
    }

    init(_ patterns: [OpenerPattern]) {
        var children = [Int32](repeating: 0, count: 26)
        var ending: [UInt64] = [0]
        var endingBeforeSpace: [UInt64] = [0]
        var alternativesOfPattern: [UInt64] = []
        var unconditional: UInt64 = 0
        var needs: [Need?] = []
        for pattern in patterns {
            var ofPattern: UInt64 = 0
            for alternative in pattern.alternatives {
                precondition(needs.count < 64, "at most 64 alternatives in one scanner")
                let bit: UInt64 = 1 << UInt64(needs.count)
                ofPattern |= bit
                needs.append(alternative.needs.map(Need.init))
                if alternative.needs == nil { unconditional |= bit }
                for opener in alternative.openers {
                    var node = 0
                    for byte in opener {
                        let slot = node * 26 + Int(byte - 0x61)
                        if children[slot] == 0 {
                            children[slot] = Int32(ending.count)
                            ending.append(0)
                            endingBeforeSpace.append(0)
                            children.append(contentsOf: repeatElement(0, count: 26))
                        }
                        node = Int(children[slot])
                    }
                    if alternative.beforeSpace {
                        endingBeforeSpace[node] |= bit
                    } else {
                        ending[node] |= bit
                    }
                }
            }
            alternativesOfPattern.append(ofPattern)
        }
        self.patterns = patterns
        self.children = children
        self.ending = ending
        self.endingBeforeSpace = endingBeforeSpace
        self.alternativesOfPattern = alternativesOfPattern
        self.unconditional = unconditional
        self.needs = needs
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
                    let opened = alternativesStarting(in: bytes, at: position)
                    if opened != 0 {
                        for p in patterns.indices where position >= resume[p] {
                            let candidates = opened & alternativesOfPattern[p]
                            guard candidates != 0, candidates & unconditional != 0 || anyNeedsMet(candidates, in: bytes, at: position)
                            else { continue }
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

    /// The alternatives with an opener that the ASCII letters at `position` start with (any case),
    /// and that the byte after the opener lets go on.
    private func alternativesStarting(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt64 {
        var opened: UInt64 = 0
        var node = 0
        var k = position
        while k < bytes.count, Self.isLetter(bytes[k]) {
            let child = Int(children[node * 26 + Int((bytes[k] | 0x20) - 0x61)])
            guard child != 0 else { break }
            node = child
            opened |= ending[node]
            k += 1
            // `\s` matches only the characters `spaceWidth` knows, and nothing at the end of the text.
            if endingBeforeSpace[node] != 0, k < bytes.count, Self.spaceWidth(bytes, at: k) > 0 { opened |= endingBeforeSpace[node] }
        }
        return opened
    }

    /// Whether the words one of the `candidates` alternatives needs are in reach of `position`.
    private func anyNeedsMet(_ candidates: UInt64, in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        var remaining = candidates
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            if let need = needs[index], Self.holdsWord(need, in: bytes, after: position) { return true }
        }
        return false
    }

    /// Whether one of the needed words starts (caselessly) right after whitespace, with at most
    /// `reach` runs of whitespace between `start` and it. A run is a stretch of characters `\s` may
    /// match (`spaceWidth`): where the pattern matches, every such character between the opener and
    /// the word is one of its `\s` (no other part of it takes one), so the runs are its runs. The
    /// scan stops at the run past reach: linear in the text, since an opener tried here is followed
    /// by a run.
    private static func holdsWord(_ need: Need, in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var runs = 0
        var k = start
        while true {
            while k < bytes.count, spaceWidth(bytes, at: k) == 0 { k += 1 }
            guard k < bytes.count else { return false }
            while k < bytes.count, case let width = spaceWidth(bytes, at: k), width > 0 { k += width }
            runs += 1
            guard runs <= need.reach, k < bytes.count else { return false }
            if need.mayStart(bytes, at: k), need.words.contains(where: { startsWith($0, in: bytes, at: k) }) { return true }
        }
    }

    /// The UTF-8 length of the character at `position` if `\s` may match it (with PCRE2_UCP: ASCII
    /// whitespace, NEL, and the separators U+00A0, U+1680, U+180E, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000: a superset of what it matches), else 0. A continuation byte is never
    /// the start of one.
    @inline(__always) private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        let byte = bytes[position]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let remaining = bytes.count - position
        switch byte {
        case 0xC2:
            guard remaining >= 2 else { return 0 }
            return bytes[position + 1] == 0x85 || bytes[position + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            guard remaining >= 3 else { return 0 }
            let (b1, b2) = (bytes[position + 1], bytes[position + 2])
            return (b1 == 0x9A && b2 == 0x80) || (b1 == 0xA0 && b2 == 0x8E) ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let (b1, b2) = (bytes[position + 1], bytes[position + 2])
            if b1 == 0x80 { return b2 <= 0x8A && b2 >= 0x80 || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3:
            guard remaining >= 3 else { return 0 }
            return bytes[position + 1] == 0x80 && bytes[position + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether `word` (lowercase ASCII letters) is at `position`, in any case.
    private static func startsWith(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position + word.count <= bytes.count else { return false }
        for (k, letter) in word.enumerated() {
            let byte = bytes[position + k]
            guard isLetter(byte), byte | 0x20 == letter else { return false }
        }
        return true
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
