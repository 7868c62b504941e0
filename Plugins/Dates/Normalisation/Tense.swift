/// The tense of the clause around an expression, as far as the words near it tell: it decides
/// whether "Tuesday" is the last one or the next one.
enum Tense: Sendable {
    case past, present, future
}

enum TenseReader {
    static let futureMarkers: Set<String> = [
        "will", "'ll", "shall", "would", "planned", "plans", "plan", "expected", "expects", "scheduled", "due",
        "upcoming", "until", "till", "next", "wo", "won't", "intends", "aims", "hopes", "later", "soon", "planning", "expect", "tomorrow", "ahead",
    ]
    static let pastMarkers: Set<String> = [
        "was", "were", "had", "did", "said", "told", "ago", "since", "earlier", "last", "came", "went", "took",
        "made", "began", "fell", "rose", "won", "lost", "met", "left", "saw", "gave", "got", "held", "paid",
        "sold", "bought", "hit", "struck", "shot", "killed", "died", "led", "ran", "set",
    ]
    static let presentMarkers: Set<String> = ["is", "are", "'re", "am", "begins", "starts", "opens", "meets", "takes"]
    static let boundaries: Set<String> = [".", "!", "?", ";", ":", "\""]

    /// The tense nearest to the expression that spans `tokens` (left first, then right), past when nothing says.
    static func tense(around range: Range<Int>, in tokens: [Token]) -> Tense {
        let start = range.lowerBound
        if start > 0, ["by", "till", "through", "from"].contains(tokens[start - 1].lower) { return .future }
        // "as soon as Tuesday", "as early as next week".
        if start > 2, tokens[start - 1].lower == "as", tokens[start - 3].lower == "as",
           ["soon", "early", "quickly"].contains(tokens[start - 2].lower) { return .future }
        // "Wednesday's ruling": a possessive names an event already reported.
        if range.upperBound < tokens.count, tokens[range.upperBound].lower == "'s" { return .past }
        var k = range.lowerBound - 1
        var steps = 0
        while k >= 0 && steps < 12 {
            let word = tokens[k].lower
            if boundaries.contains(word) { break }
            if let tense = marker(at: k, in: tokens) { return tense }
            k -= 1
            steps += 1
        }
        k = range.upperBound
        steps = 0
        while k < tokens.count && steps < 8 {
            let word = tokens[k].lower
            if boundaries.contains(word) { break }
            if let tense = marker(at: k, in: tokens) { return tense }
            k += 1
            steps += 1
        }
        return .past
    }

    private static func marker(at index: Int, in tokens: [Token]) -> Tense? {
        let token = tokens[index]
        let word = token.lower
        // "set to resume", "due to meet".
        if (word == "set" || word == "due") && index + 1 < tokens.count && tokens[index + 1].lower == "to" { return .future }
        if futureMarkers.contains(word) { return .future }
        if pastMarkers.contains(word) { return .past }
        if presentMarkers.contains(word) { return .present }
        // Past participles and simple past of regular verbs; not names ("United").
        if word.count > 4 && word.hasSuffix("ed") && !token.isCapitalized { return .past }
        return nil
    }
}
