import CopydeskText

/// A word, number or punctuation mark of the prose: the shared tokenizer's token, whose id packs
/// the grammar's `Word` and the lexicon's entry (see `DatesVocabulary`).
typealias Token = WordToken

extension WordToken {
    /// The grammar's word for this token, or nil when the grammar never tests for it.
    @inline(__always)
    var word: Word? {
        let raw = id & 0xFFFF
        guard raw != 0 else { return nil }
        // The id came from `Word.allCases` (see `DatesVocabulary`), and a case's storage is its
        // declaration index, which is its raw value: no range check is needed.
        return unsafeBitCast(UInt16(truncatingIfNeeded: raw - 1), to: Word.self)
    }

    /// The lexicon's entry for a word, or nil.
    var lexicalEntry: LexicalEntry? {
        let raw = id >> 16
        guard kind == .word else { return nil }
        return raw == 0 ? nil : LexicalEntry.all[Int(raw - 1)]
    }
}

/// The vocabulary the dates plugin tokenizes with: each id holds the grammar's `Word` (low 16 bits,
/// plus one) and the index of the word's `LexicalEntry` (high 16 bits, plus one), so that a token
/// is looked up once.
enum DatesVocabulary {
    static let shared: WordVocabulary = {
        var ids: [String: UInt32] = [:]
        for word in Word.allCases { ids[word.text, default: 0] |= UInt32(word.rawValue) + 1 }
        for (text, index) in LexicalEntry.indices { ids[text, default: 0] |= UInt32(index + 1) << 16 }
        return WordVocabulary(ids)
    }()

    /// The tokens of UTF-8 prose.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        WordTokenizer.tokens(in: bytes, vocabulary: shared)
    }
}
