import CShippedData
import Foundation

/// English words from the embedded word list `english-words.txt`, derived from the SCOWL-based
/// `wamerican` and `wbritish` lists (permissive licence; ordinary words in lower case, proper nouns
/// capitalised): a one-word list name that
/// is an ordinary word ("Peace", "Justice", "Said") or a proper noun ("Memphis", "September") must
/// not fire on its own.
public enum CommonWords {
    /// The list as written, one word per entry.
    static let words: [String] = {
        let blob = copydesk_shipped_english_words()
        guard let bytes = blob.bytes else { return [] }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: blob.count), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }()

    /// Ordinary words (lower case in the dictionary), folded.
    public static let lowercase: Set<String> = Set(words.filter { $0.first?.isLowercase ?? false })

    /// Whether a folded token is an ordinary English word.
    public static func isOrdinaryWord(_ folded: String) -> Bool { lowercase.contains(folded) }
}
