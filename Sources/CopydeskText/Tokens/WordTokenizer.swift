/// The words a reader cares about, each with an integer id, so that its grammar compares and
/// switches over integers instead of hashing and comparing strings.
///
/// Looked up by the lowercased bytes in an open-addressing table with an FNV-1a hash, which the
/// tokenizer computes while it lowercases a word: no String is hashed.
public struct WordVocabulary: Sendable {
    /// The words' bytes, one after another.
    private let keyBytes: [UInt8]
    /// Per word: where its bytes start in `keyBytes`, how many there are, and its id.
    private let entries: [(start: Int32, length: Int32, id: UInt32)]
    /// Indices into `entries` by hash (a power of two of them, at most half full); -1 is empty.
    private let slots: [Int32]
    /// Ids of the one-byte ASCII marks, looked up without hashing.
    private let asciiIds: [UInt32]

    /// A vocabulary of lowercased words (or marks) and their ids; 0 is kept for "no id".
    public init(_ ids: [String: UInt32]) {
        precondition(!ids.values.contains(0), "0 is the id of words outside the vocabulary")
        var keyBytes: [UInt8] = []
        var entries: [(start: Int32, length: Int32, id: UInt32)] = []
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        // The table's layout depends on the insertion order, but not what a look-up finds.
        for (word, id) in ids {
            let bytes = Array(word.utf8)
            var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(entries.count)
            entries.append((Int32(keyBytes.count), Int32(bytes.count), id))
            keyBytes.append(contentsOf: bytes)
        }
        self.keyBytes = keyBytes
        self.entries = entries
        self.slots = slots
        asciiIds = (0..<128).map { ids[String(UnicodeScalar(UInt8($0)))] ?? 0 }
    }

    /// FNV-1a's starting value.
    static let hashSeed: UInt64 = 0xcbf29ce484222325

    /// One byte into a running FNV-1a hash.
    @inline(__always)
    static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100000001b3 }

    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(hashSeed) { hash($0, $1) }
    }

    /// The id of the lowercased word whose bytes are `bytes` and whose hash is `hash`, or 0.
    func id(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return keyBytes.withUnsafeBufferPointer { keys in
            while true {
                let index = slots[slot]
                if index < 0 { return 0 }
                let entry = entries[Int(index)]
                if Int(entry.length) == bytes.count {
                    var k = 0
                    let start = Int(entry.start)
                    while k < bytes.count && keys[start + k] == bytes[k] { k += 1 }
                    if k == bytes.count { return entry.id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of a lowercased word, or 0.
    public func id(of lower: String) -> UInt32 {
        if lower.utf8.count == 1, let byte = lower.utf8.first, byte < 0x80 { return asciiIds[Int(byte)] }
        var lower = lower
        return lower.withUTF8 { id(hash: Self.hash($0), bytes: $0) }
    }

    /// The id of a one-byte ASCII mark, or 0.
    func id(ofASCII byte: UInt8) -> UInt32 { asciiIds[Int(byte)] }

    /// A vocabulary with no words.
    public static let empty = WordVocabulary([:])
}

/// Splits UTF-8 prose into tokens: runs of letters and digits (with inner apostrophes), a
/// possessive `'s`, and single punctuation marks, each with its word class and its id in a
/// vocabulary. One pass over the bytes.
public enum WordTokenizer {
    public static func tokens(in bytes: UnsafeBufferPointer<UInt8>, vocabulary: WordVocabulary) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var lineBreaks = 0
        func appendToken(_ token: WordToken) {
            var token = token
            token.paragraphBreakBefore = lineBreaks >= 2
            tokens.append(token)
            lineBreaks = 0
        }
        let possessiveId = vocabulary.id(of: "'s")
        var i = 0
        var spaceBefore = true
        var lineBreak = false
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { spaceBefore = true; i += 1; continue }
            if b == 0x0A { spaceBefore = true; lineBreak = true; lineBreaks += 1; i += 1; continue }
            if b >= 0x80 {
                // Non-ASCII: letters join words; no-break space and other spaces count as white space.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(count, i + length)
                if length == 2 && b == 0xC2 && end > i + 1 && bytes[i + 1] == 0xA0 { spaceBefore = true; i = end; continue }
                if b == 0xE2 && end == i + 3 && bytes[i + 1] == 0x80 {
                    // General punctuation (dashes, quotes): a punctuation token; ’ inside a word is handled below.
                    let third = bytes[i + 2]
                    let text = third == 0x99 ? "'" : (third == 0x93 || third == 0x94) ? "-" : "\u{2022}"
                    appendToken(WordToken(kind: .punctuation, range: i..<end, lower: text, id: vocabulary.id(of: text),
                                          isCapitalized: false, spaceBefore: spaceBefore, lineBreakBefore: lineBreak,
                                          number: nil, digitCount: 0))
                    spaceBefore = false; lineBreak = false
                    i = end
                    continue
                }
            }
            if b == 0x27, i + 1 < count, bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53, i > 0, isLetter(bytes[i - 1]),
               i + 2 >= count || !isWordByte(bytes[i + 2]) {
                appendToken(WordToken(kind: .word, range: i..<(i + 2), lower: "'s", id: possessiveId, isCapitalized: false,
                                      spaceBefore: false, lineBreakBefore: false, number: nil, digitCount: 0))
                i += 2
                spaceBefore = false
                lineBreak = false
                continue
            }
            if isWordByte(b) {
                let start = i
                var allDigits = true
                while i < count {
                    let c = bytes[i]
                    if isWordByte(c) {
                        if !(c >= 0x30 && c <= 0x39) { allDigits = false }
                        i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                        continue
                    }
                    // An apostrophe between letters stays in the word ("o'clock"), except the possessive "'s".
                    if c == 0x27, i + 1 < count, isLetter(bytes[i + 1]), i > start, isLetter(bytes[i - 1]) {
                        let possessive = (bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53) && (i + 2 >= count || !isWordByte(bytes[i + 2]))
                        if possessive { break }
                        allDigits = false
                        i += 1
                        continue
                    }
                    break
                }
                i = min(i, count)
                var id: UInt32 = 0
                let lower = lowercased(bytes, start..<i, identifying: allDigits ? nil : vocabulary, id: &id)
                var number: Int?
                if allDigits && i - start <= 9 { number = Int(lower) }
                let first = bytes[start]
                appendToken(WordToken(kind: allDigits ? .number : .word, range: start..<i, lower: lower, id: id,
                                      isCapitalized: first >= 0x41 && first <= 0x5A, spaceBefore: spaceBefore,
                                      lineBreakBefore: lineBreak, number: number, digitCount: allDigits ? i - start : 0))
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(count, i + length)
                let mark = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                appendToken(WordToken(kind: .punctuation, range: i..<end, lower: mark,
                                      id: b < 0x80 ? vocabulary.id(ofASCII: b) : vocabulary.id(of: mark),
                                      isCapitalized: false, spaceBefore: spaceBefore, lineBreakBefore: lineBreak,
                                      number: nil, digitCount: 0))
                i = end
            }
            spaceBefore = false
            lineBreak = false
        }
        return tokens
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || isLetter(b) || (b >= 0xC3 && b <= 0xDF)
    }

    /// The lowercased text of `range`, and (when a vocabulary is given) its id in `id`, hashed
    /// in the same pass over ASCII bytes.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                   identifying vocabulary: WordVocabulary?, id: inout UInt32) -> String {
        var ascii = true
        for k in range where bytes[k] >= 0x80 { ascii = false; break }
        if !ascii {
            let lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
            if let vocabulary { id = vocabulary.id(of: lower) }
            return lower
        }
        var found: UInt32 = 0
        let lower = String(unsafeUninitializedCapacity: range.count) { buffer in
            var n = 0
            var hash = WordVocabulary.hashSeed
            for k in range {
                let c = bytes[k]
                let lowered = (c >= 0x41 && c <= 0x5A) ? c + 32 : c
                buffer[n] = lowered
                hash = WordVocabulary.hash(hash, lowered)
                n += 1
            }
            if let vocabulary { found = vocabulary.id(hash: hash, bytes: UnsafeBufferPointer(rebasing: buffer[0..<n])) }
            return n
        }
        id = found
        return lower
    }
}
