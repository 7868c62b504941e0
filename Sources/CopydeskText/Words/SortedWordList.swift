/// A word list held as its UTF-8 bytes with the words' offsets, searched by bisection: made from a
/// list of tens of thousands of words in well under a millisecond, where hashing every word into a
/// `Set` at first use cost a short run several milliseconds.
struct SortedWordList: Sendable {
    private let bytes: [UInt8]
    /// Where each word starts and ends in `bytes`, in byte order of the words.
    private let words: [(start: Int32, end: Int32)]

    /// The words of `list`, separated by spaces or line breaks, in any order.
    init(_ list: String) {
        let bytes = Array(list.utf8)
        var words: [(start: Int32, end: Int32)] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A {
            if index > start { words.append((Int32(start), Int32(index))) }
            start = index + 1
        }
        func precedes(_ a: (start: Int32, end: Int32), _ b: (start: Int32, end: Int32)) -> Bool {
            bytes[Int(a.start)..<Int(a.end)].lexicographicallyPrecedes(bytes[Int(b.start)..<Int(b.end)])
        }
        if !zip(words, words.dropFirst()).allSatisfy({ !precedes($1, $0) }) { words.sort(by: precedes) }
        self.bytes = bytes
        self.words = words
    }

    var count: Int { words.count }

    /// Whether `word` is on the list (byte for byte).
    func contains(_ word: some StringProtocol) -> Bool {
        var word = String(word)
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { all in
                var low = 0, high = words.count
                while low < high {
                    let middle = (low + high) / 2
                    let entry = UnsafeBufferPointer(rebasing: all[Int(words[middle].start)..<Int(words[middle].end)])
                    switch SortedWordList.compare(entry, key) {
                    case 0: return true
                    case ..<0: low = middle + 1
                    default: high = middle
                    }
                }
                return false
            }
        }
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for k in 0..<min(a.count, b.count) where a[k] != b[k] { return Int(a[k]) - Int(b[k]) }
        return a.count - b.count
    }
}
