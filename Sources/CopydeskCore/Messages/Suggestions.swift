/// "Did you mean …?" for a misspelt key, value, rule id or pack name: the one helper the
/// configuration, the policy loader and the command line use.
///
/// Two kinds of caller read differently today, each kept by its `Matching` (candidates for a later
/// behaviour change, once one of them is chosen): the configuration and the command line count
/// substitutions only and allow a third of the misspelt word; the policy loader also counts a swap
/// of two adjacent letters as one edit, allows a third of the shorter word, and first takes a
/// candidate the word begins (`wor` → `words`). Their hints are written differently too (`Style`).
public enum Suggestions {
    /// How a misspelt word is matched to a candidate.
    public struct Matching: Sendable {
        /// A candidate that starts with the word (of three letters or more) is taken first.
        public var prefersExtension: Bool
        /// A swap of two adjacent letters counts as one edit (Damerau–Levenshtein, optimal string
        /// alignment), not two (Levenshtein).
        public var countsTranspositions: Bool
        /// The edits allowed are a third of the shorter of word and candidate (at least 2), not a
        /// third of the word.
        public var allowsThirdOfShorter: Bool

        public init(prefersExtension: Bool, countsTranspositions: Bool, allowsThirdOfShorter: Bool) {
            self.prefersExtension = prefersExtension
            self.countsTranspositions = countsTranspositions
            self.allowsThirdOfShorter = allowsThirdOfShorter
        }

        /// The configuration's and the command line's.
        public static let configuration = Matching(prefersExtension: false, countsTranspositions: false, allowsThirdOfShorter: false)
        /// The policy loader's.
        public static let policies = Matching(prefersExtension: true, countsTranspositions: true, allowsThirdOfShorter: true)
    }

    /// How a hint is written after the message it completes.
    public enum Style: Sendable {
        /// "; did you mean `x`?" (configuration, command line).
        case semicolon
        /// " (did you mean `x`?)" (policy files).
        case parenthesised
    }

    /// The candidate closest to `word`, if it is close enough to be a likely typo (the first of
    /// equally close ones).
    public static func closest(to word: String, among candidates: [String], matching: Matching = .configuration) -> String? {
        let lowered = word.lowercased()
        if matching.prefersExtension, lowered.count >= 3,
           let extended = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }) {
            return extended
        }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased(), countingTranspositions: matching.countsTranspositions)
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let basis = matching.allowsThirdOfShorter ? min(lowered.count, best.candidate.count) : word.count
        return best.distance <= max(2, basis / 3) ? best.candidate : nil
    }

    /// The hint for `word`, or an empty string when no candidate is close.
    public static func hint(for word: String, among candidates: [String], matching: Matching = .configuration,
                            style: Style = .semicolon) -> String {
        guard let candidate = closest(to: word, among: candidates, matching: matching) else { return "" }
        switch style {
        case .semicolon: return "; did you mean `\(candidate)`?"
        case .parenthesised: return " (did you mean `\(candidate)`?)"
        }
    }

    /// Edits (insertions, deletions, substitutions and, when counted, swaps of adjacent characters)
    /// that turn `a` into `b`.
    public static func editDistance(_ a: String, _ b: String, countingTranspositions: Bool = false) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if countingTranspositions, i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
