import Foundation

/// English words (folded), from the embedded word list: a one-word list name that is an ordinary
/// word ("Peace", "Justice", "Said") must not fire on its own.
public enum CommonWords {
    public static let set: Set<String> = {
        guard let url = Bundle.module.url(forResource: "english-words", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }()

    public static func contains(_ folded: String) -> Bool { set.contains(folded) }
}
