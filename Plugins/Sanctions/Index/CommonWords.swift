import CShippedData

/// English words from the embedded word list `english-words.txt`, derived from the SCOWL-based
/// `wamerican` and `wbritish` lists (permissive licence; ordinary words in lower case, proper nouns
/// capitalised): a one-word list name that
/// is an ordinary word ("Peace", "Justice", "Said") or a proper noun ("Memphis", "September") must
/// not fire on its own.
public enum CommonWords {
    /// Each word of the list (one per line, empty lines left out) as UTF-8 bytes, in order.
    static func forEachWord(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let blob = copydesk_shipped_english_words()
        guard let bytes = blob.bytes else { return }
        var start = 0
        for end in 0...blob.count where end == blob.count || bytes[end] == 0x0A {
            if end > start { body(UnsafeBufferPointer(start: bytes + start, count: end - start)) }
            start = end + 1
        }
    }

    /// The matcher's word sets, used in place from the executable (`english-words.cdws`, made from
    /// the list by `Scripts/embed-shipped-data`): the token hashes of every word lowercased, and of the
    /// ordinary words (lower case in the dictionary) as written.
    static let sets: (lowercased: TokenSet, ordinary: TokenSet) = {
        let blob = copydesk_shipped_english_word_sets()
        guard let bytes = blob.bytes, blob.count >= 16, Array(UnsafeBufferPointer(start: bytes, count: 8)) == Array("CDWORDS1".utf8) else {
            preconditionFailure("the linked English word sets are missing: run Scripts/embed-shipped-data")
        }
        let raw = UnsafeRawPointer(bytes)
        let lowercased = Int(raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        let ordinary = Int(raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        for slots in [lowercased, ordinary] where slots < 16 || slots & (slots - 1) != 0 {
            preconditionFailure("the linked English word sets are damaged: run Scripts/embed-shipped-data")
        }
        precondition(16 + 8 * (lowercased + ordinary) == blob.count && Int(bitPattern: raw) % 8 == 0,
                     "the linked English word sets are damaged: run Scripts/embed-shipped-data")
        let keys = (raw + 16).bindMemory(to: UInt64.self, capacity: lowercased + ordinary)
        return (TokenSet(keys: keys, slots: lowercased), TokenSet(keys: keys + lowercased, slots: ordinary))
    }()

    /// Ordinary words (lower case in the dictionary), folded.
    public static let lowercase: Set<String> = {
        var words: Set<String> = []
        forEachWord { word in
            let string = String(decoding: word, as: UTF8.self)
            if string.first?.isLowercase ?? false { words.insert(string) }
        }
        return words
    }()

    /// Whether a folded token is an ordinary English word.
    public static func isOrdinaryWord(_ folded: String) -> Bool { lowercase.contains(folded) }
}
