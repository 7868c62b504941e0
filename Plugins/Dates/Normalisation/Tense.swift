/// The tense of the clause around an expression, as far as the words near it tell: it decides
/// whether "Tuesday" is the last one or the next one.
enum Tense: Sendable {
    case past, present, future
}

enum TenseReader {
    static let futureMarkers: Set<String> = [
        "will", "'ll", "shall", "would", "planned", "plans", "plan", "expected", "expects", "scheduled", "due",
        "upcoming", "until", "till", "next", "wo", "won't", "intends", "aims", "hopes", "later", "soon", "planning", "expect", "tomorrow", "ahead",
        "going", "gonna",
    ]
    static let pastMarkers: Set<String> = [
        "was", "were", "had", "did", "said", "told", "ago", "since", "earlier", "last", "came", "went", "took",
        "made", "began", "fell", "rose", "won", "lost", "met", "left", "saw", "gave", "got", "held", "paid",
        "sold", "bought", "hit", "struck", "shot", "killed", "died", "led", "ran", "set", "drew", "brought", "caught",
        "fought", "thought", "kept", "sent", "built", "stood", "wrote", "spoke", "broke", "chose", "drove", "flew",
        "grew", "knew", "threw", "sang", "rang", "swam", "ate", "wore", "tore", "fled", "became",
    ]
    /// The present tense, and the present simple of verbs that timetables use for what is to come
    /// ("the flight lands at 14:05", "the sales start on Boxing Day").
    static let presentMarkers: Set<String> = [
        "is", "are", "'re", "am", "begins", "starts", "opens", "meets", "takes", "start", "begin", "open", "lands", "arrives",
        "departs", "leaves", "closes", "ends", "resumes", "returns", "turns", "kicks", "launches", "falls", "runs", "run",
        "reopens",
    ]
    /// Forms of "be" that make a participle after them passive, not past ("is held", "will be closed").
    static let passiveAuxiliaries: Set<String> = ["be", "is", "are", "am", "being", "'re"]
    /// Verbs that move an event to a new date: "moved to the 20th", "postponed until Friday".
    static let reschedulingVerbs: Set<String> = [
        "moved", "postponed", "pushed", "put", "rescheduled", "delayed", "adjourned", "deferred", "brought", "back", "forward", "switched",
    ]
    static let boundaries: Set<String> = [".", "!", "?", ";", ":", "\""]

    /// The tense nearest to the expression that spans `tokens` (left first, then right), past when nothing says.
    static func tense(around range: Range<Int>, in tokens: [Token]) -> Tense {
        markedTense(around: range, in: tokens) ?? .past
    }

    /// The tense the words around an expression mark, or nil when none does.
    static func markedTense(around range: Range<Int>, in tokens: [Token]) -> Tense? {
        let start = range.lowerBound
        // "by April", "till June", "through January": a deadline ahead.
        if isDeadline(at: start, in: tokens) { return .future }
        // "moved to the 20th", "postponed until Friday": the new date is ahead.
        if start > 1, ["to", "until", "till"].contains(tokens[start - 1].lower), reschedulingVerbs.contains(tokens[start - 2].lower) { return .future }
        // "as soon as Tuesday", "as early as next week".
        if start > 2, tokens[start - 1].lower == "as", tokens[start - 3].lower == "as",
           ["soon", "early", "quickly"].contains(tokens[start - 2].lower) { return .future }
        // "Wednesday's ruling": a possessive names an event already reported, unless the clause
        // after it says the event is to come ("Monday's vote will decide").
        if range.upperBound < tokens.count, tokens[range.upperBound].lower == "'s" {
            return tense(after: range.upperBound + 1, in: tokens) == .future ? .future : .past
        }
        var k = range.lowerBound - 1
        var steps = 0
        while k >= 0 && steps < 12 {
            if isBoundary(at: k, in: tokens) { break }
            if let tense = marker(at: k, in: tokens) { return tense }
            k -= 1
            steps += 1
        }
        if let tense = tense(after: range.upperBound, in: tokens) { return tense }
        // "tickets for Friday", "wait for friday night": a date something is for is ahead.
        if start > 0, tokens[start - 1].lower == "for" { return .future }
        // "from October" bounds a stretch on either side of now.
        if start > 0, tokens[start - 1].lower == "from" { return .present }
        return nil
    }

    /// Whether the expression at `start` follows a preposition of a deadline ("by", "till", "through"),
    /// a weaker sign of the future than a verb's: "a credit line through January" was extended in October.
    static func isDeadline(at start: Int, in tokens: [Token]) -> Bool {
        start > 0 && ["by", "till", "through"].contains(tokens[start - 1].lower)
    }

    /// The first tense marker after token `start`, within the clause.
    private static func tense(after start: Int, in tokens: [Token]) -> Tense? {
        var k = start
        var steps = 0
        while k < tokens.count && steps < 8 {
            if isBoundary(at: k, in: tokens) { break }
            if let tense = marker(at: k, in: tokens) { return tense }
            k += 1
            steps += 1
        }
        return nil
    }

    /// Whether token `k` ends a clause: not the periods of "a.m." or "U.S.", nor the colon of "9:15".
    private static func isBoundary(at k: Int, in tokens: [Token]) -> Bool {
        let word = tokens[k].lower
        guard boundaries.contains(word) else { return false }
        if word == ".", k > 0, tokens[k - 1].kind == .word, tokens[k - 1].lower.utf8.count == 1 { return false }
        if word == ":" || word == ".", k + 1 < tokens.count, !tokens[k + 1].spaceBefore, tokens[k + 1].kind == .number { return false }
        return true
    }

    private static func marker(at index: Int, in tokens: [Token]) -> Tense? {
        let token = tokens[index]
        let word = token.lower
        // "set to resume", "due to meet".
        if (word == "set" || word == "due") && index + 1 < tokens.count && tokens[index + 1].lower == "to" { return .future }
        // "will last", "to last": the verb, not "last week".
        if word == "last", index > 0, ["will", "would", "to", "could", "may", "might", "should", "can"].contains(tokens[index - 1].lower) { return nil }
        // "next to the embassy" is a place.
        if word == "next", index + 1 < tokens.count, tokens[index + 1].lower == "to" { return nil }
        if futureMarkers.contains(word) { return .future }
        // "i'll", "we're", "i'm": contractions readers type.
        if word.hasSuffix("'ll") { return .future }
        if word.hasSuffix("'re") || word.hasSuffix("'m") { return .present }
        // "see you tues".
        if word == "see", index + 1 < tokens.count, ["you", "u", "ya"].contains(tokens[index + 1].lower) { return .future }
        let isParticiple = pastMarkers.contains(word) || isRegularPast(token)
        // "is held", "will be closed", "are fully booked": a passive, whose tense its auxiliary gives.
        if isParticiple, index > 0 {
            let before = tokens[index - 1].lower.hasSuffix("ly") && index > 1 ? tokens[index - 2].lower : tokens[index - 1].lower
            if passiveAuxiliaries.contains(before) { return nil }
        }
        if pastMarkers.contains(word) { return .past }
        if presentMarkers.contains(word) { return .present }
        // Past participles and simple past of regular verbs; not names ("United").
        if isRegularPast(token) { return .past }
        return nil
    }

    /// Verbs and words that end in "-eed" without being past forms.
    static let presentInEed: Set<String> = ["need", "needs", "speed", "bleed", "breed", "indeed", "greed", "steed", "tweed"]

    /// Past participles and simple past of regular verbs ("closed", "reported"); not names ("United")
    /// nor verbs that end in "-ceed" or "-eed" ("succeed", "speed").
    private static func isRegularPast(_ token: Token) -> Bool {
        let word = token.lower
        return word.count > 4 && word.hasSuffix("ed") && !token.isCapitalized && !word.hasSuffix("ceed") && !presentInEed.contains(word)
    }
}
