/// The tense of the clause around an expression, as far as the words near it tell: it decides
/// whether "Tuesday" is the last one or the next one.
enum Tense: Sendable {
    case past, present, future
}

enum TenseReader {
    static let futureMarkers: WordSet = [
        .will, .contractedWill, .shall, .would, .planned, .plans, .plan, .expected, .expects, .scheduled, .due,
        .upcoming, .until, .till, .next, .wo, .wont, .intends, .aims, .hopes, .later, .soon, .planning, .expect, .tomorrow, .ahead,
        .going, .gonna,
    ]
    static let pastMarkers: WordSet = [
        .was, .were, .had, .did, .said, .told, .ago, .since, .earlier, .last, .came, .went, .took,
        .made, .began, .fell, .rose, .won, .lost, .met, .left, .saw, .gave, .got, .held, .paid,
        .sold, .bought, .hit, .struck, .shot, .killed, .died, .led, .ran, .set, .drew, .brought, .caught,
        .fought, .thought, .kept, .sent, .built, .stood, .wrote, .spoke, .broke, .chose, .drove, .flew,
        .grew, .knew, .threw, .sang, .rang, .swam, .ate, .wore, .tore, .fled, .became,
    ]
    /// The present tense, and the present simple of verbs that timetables use for what is to come
    /// ("the flight lands at 14:05", "the sales start on Boxing Day").
    static let presentMarkers: WordSet = [
        .`is`, .are, .contractedAre, .am, .begins, .starts, .opens, .meets, .takes, .start, .begin, .open, .lands, .arrives,
        .departs, .leaves, .closes, .ends, .resumes, .returns, .turns, .kicks, .launches, .falls, .runs, .run,
        .reopens,
    ]
    /// Forms of "be" that make a participle after them passive, not past ("is held", "will be closed").
    static let passiveAuxiliaries: WordSet = [.be, .`is`, .are, .am, .being, .contractedAre]
    /// Verbs that move an event to a new date: "moved to the 20th", "postponed until Friday".
    static let reschedulingVerbs: WordSet = [
        .moved, .postponed, .pushed, .put, .rescheduled, .delayed, .adjourned, .deferred, .brought, .back, .forward, .switched,
    ]
    static let toUntil: WordSet = [.to, .until, .till]
    static let soonEarly: WordSet = [.soon, .early, .quickly]
    static let deadlinePrepositions: WordSet = [.by, .till, .through]
    static let modalsAndTo: WordSet = [.will, .would, .to, .could, .may, .might, .should, .can]
    static let youWords: WordSet = [.you, .u, .ya]
    static let boundaries: WordSet = [.fullStop, .exclamationMark, .questionMark, .semicolon, .colon, .quotationMark]

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
        if start > 1, Self.toUntil.contains(tokens[start - 1].word), reschedulingVerbs.contains(tokens[start - 2].word) { return .future }
        // "as soon as Tuesday", "as early as next week".
        if start > 2, tokens[start - 1].word == .as, tokens[start - 3].word == .as,
           Self.soonEarly.contains(tokens[start - 2].word) { return .future }
        // "Wednesday's ruling": a possessive names an event already reported, unless the clause
        // after it says the event is to come ("Monday's vote will decide").
        if range.upperBound < tokens.count, tokens[range.upperBound].word == .possessiveS {
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
        if start > 0, tokens[start - 1].word == .for { return .future }
        // "from October" bounds a stretch on either side of now.
        if start > 0, tokens[start - 1].word == .from { return .present }
        return nil
    }

    /// Whether the expression at `start` follows a preposition of a deadline ("by", "till", "through"),
    /// a weaker sign of the future than a verb's: "a credit line through January" was extended in October.
    static func isDeadline(at start: Int, in tokens: [Token]) -> Bool {
        start > 0 && deadlinePrepositions.contains(tokens[start - 1].word)
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
        let word = tokens[k].word
        guard boundaries.contains(word) else { return false }
        if word == .fullStop, k > 0, tokens[k - 1].kind == .word, tokens[k - 1].lower.utf8.count == 1 { return false }
        if word == .colon || word == .fullStop, k + 1 < tokens.count, !tokens[k + 1].spaceBefore, tokens[k + 1].kind == .number { return false }
        return true
    }

    private static func marker(at index: Int, in tokens: [Token]) -> Tense? {
        let token = tokens[index]
        let word = token.lower
        let id = token.word
        // "set to resume", "due to meet".
        if (id == .set || id == .due) && index + 1 < tokens.count && tokens[index + 1].word == .to { return .future }
        // "will last", "to last": the verb, not "last week".
        if id == .last, index > 0, modalsAndTo.contains(tokens[index - 1].word) { return nil }
        // "next to the embassy" is a place.
        if id == .next, index + 1 < tokens.count, tokens[index + 1].word == .to { return nil }
        if futureMarkers.contains(id) { return .future }
        // "i'll", "we're", "i'm": contractions readers type.
        if word.hasSuffix("'ll") { return .future }
        if word.hasSuffix("'re") || word.hasSuffix("'m") { return .present }
        // "see you tues".
        if id == .see, index + 1 < tokens.count, youWords.contains(tokens[index + 1].word) { return .future }
        let isParticiple = pastMarkers.contains(id) || isRegularPast(token)
        // "is held", "will be closed", "are fully booked": a passive, whose tense its auxiliary gives.
        if isParticiple, index > 0 {
            let before = tokens[index - 1].lower.hasSuffix("ly") && index > 1 ? tokens[index - 2].word : tokens[index - 1].word
            if passiveAuxiliaries.contains(before) { return nil }
        }
        if pastMarkers.contains(id) { return .past }
        if presentMarkers.contains(id) { return .present }
        // Past participles and simple past of regular verbs; not names ("United").
        if isRegularPast(token) { return .past }
        return nil
    }

    /// Verbs and words that end in "-eed" without being past forms.
    static let presentInEed: WordSet = [.need, .needs, .speed, .bleed, .breed, .indeed, .greed, .steed, .tweed]

    /// Past participles and simple past of regular verbs ("closed", "reported"); not names ("United")
    /// nor verbs that end in "-ceed" or "-eed" ("succeed", "speed").
    private static func isRegularPast(_ token: Token) -> Bool {
        let word = token.lower
        // The suffix first: it is cheaper than counting characters, and most words fail it.
        return word.hasSuffix("ed") && word.count > 4 && !token.isCapitalized && !word.hasSuffix("ceed") && !presentInEed.contains(token.word)
    }
}
