/// A set of grammar words as a bit set: membership is a shift and a mask, with no hashing.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private var bits = SIMD8<UInt64>()

    init(_ words: [Word]) {
        precondition(Word.allCases.count <= 512, "a WordSet holds at most 512 words")
        for word in words { bits[Int(word.rawValue) >> 6] |= 1 << UInt64(word.rawValue & 63) }
    }

    init(arrayLiteral words: Word...) { self.init(words) }

    /// Whether `word` is in the set; false for nil (a word the grammar has no case for).
    @inline(__always)
    func contains(_ word: Word?) -> Bool {
        guard let word else { return false }
        return bits[Int(word.rawValue) >> 6] & (1 << UInt64(word.rawValue & 63)) != 0
    }
}
