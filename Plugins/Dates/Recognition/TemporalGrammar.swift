import CopydeskCore
import CopydeskText

/// The order of day and month in all-numeric dates.
enum NumericOrder: String, Sendable {
    case mdy, dmy
}

/// Recognises temporal expressions in a token stream, longest match first, with TempEval-3 extent
/// conventions: determiners and modifiers belong to the expression ("the third quarter",
/// "more than four hours", "late last month"); prepositions do not ("on Tuesday").
/// This file holds the entry point and token helpers; each family of productions is an extension in
/// a file of its own (`TemporalGrammar+CalendarDates.swift`, `+Durations`, `+TimesOfDay`, ...).
struct TemporalGrammar {
    let tokens: [Token]
    let numericOrder: NumericOrder
    /// The lexicon's entry for each token, looked up once.
    private let entries: [LexicalEntry?]

    init(tokens: [Token], numericOrder: NumericOrder) {
        self.tokens = tokens
        self.numericOrder = numericOrder
        entries = tokens.map(\.lexicalEntry)
    }

    /// Every expression, left to right, without overlaps.
    func recognise() -> [Recognised] {
        var found: [Recognised] = []
        recognise { found.append($0) }
        return found
    }

    /// Every expression, left to right, without overlaps, each handed to `body` as it is found (so
    /// that a text with a million dates need not hold them all).
    func recognise(_ body: (Recognised) -> Void) {
        var i = 0
        while i < tokens.count {
            if canStart(at: i), let expression = expression(at: i) {
                // "The Sunday Times", "April Jones", "Windows 2000": a name, passed over whole.
                if !isPartOfName(expression) { body(expression) }
                i = expression.tokens.upperBound
            } else {
                i += 1
            }
        }
    }

    /// Whether an expression may start at a token: a word of the lexicon or a number; after a
    /// determiner, only when a temporal word or number follows ("the third quarter", not "the house").
    func canStart(at i: Int) -> Bool {
        let token = tokens[i]
        if token.kind == .number || startsWithDigit(token) { return true }
        // "'08": a year with its century left out.
        if token.word == .apostrophe, let next = tokens[safe: i + 1], next.kind == .number, !next.spaceBefore { return true }
        guard entries[i]?.startsExpression == true else { return false }
        guard TemporalGrammar.determiners.contains(token.word) else { return true }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        if next.kind == .number || startsWithDigit(next) || entries[i + 1]?.startsExpression == true { return true }
        return TemporalGrammar.afterDeterminer.contains(next.word)
    }

    static let determiners: WordSet = [.the, .a, .an, .this, .that, .its, .their, .these, .someWord, .each, .every, .per]
    /// Words that are not in the lexicon but continue an expression after a determiner.
    static let afterDeterminer: WordSet = [.near, .foreseeable, .present, .corresponding, .comparable, .full, .couple, .apostrophe, .hyphen, .time, .matter]

    func startsWithDigit(_ token: Token) -> Bool {
        guard let first = token.lower.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// Words an expression can start with.
    static let triggers: Set<String> = {
        var words: Set<String> = [
            "the", "this", "last", "next", "past", "coming", "previous", "following", "current", "that", "same",
            "early", "late", "mid", "earlier", "later", "end", "beginning", "start", "middle", "about", "around",
            "approximately", "roughly", "nearly", "almost", "more", "less", "over", "under", "fewer", "at", "up",
            "no", "some", "every", "each", "a", "an", "fiscal", "year-earlier", "today", "yesterday", "tomorrow",
            "tonight", "now", "currently", "recently", "recent", "nowadays", "these", "soon", "previously", "future",
            "right", "noon", "midnight", "midday", "overnight", "half", "several", "few", "many", "its", "lately",
            "once", "year", "within", "christmas", "thanksgiving", "easter", "election", "new", "independence",
            "halloween", "valentine", "veterans", "labor", "memorial", "per", "longer", "upcoming", "latest",
            "first", "second", "third", "fourth", "final", "initial", "other", "former", "prior", "two", "then", "quarter",
            "tmrw", "tmr", "tmw", "'",
        ]
        words.formUnion(CalendarWords.months.keys)
        words.formUnion(CalendarWords.weekdays.keys)
        words.formUnion(CalendarWords.weekdays.keys.map { $0 + "s" })
        words.formUnion(Lexicon.cardinals.keys)
        words.formUnion(Lexicon.ordinals.keys)
        words.formUnion(Lexicon.seasons.keys)
        words.formUnion(Lexicon.units.keys)
        words.formUnion(Lexicon.frequencyAdverbs.keys)
        words.formUnion(Lexicon.partsOfDay.keys)
        words.formUnion(["nineties", "eighties", "seventies", "sixties", "fifties", "forties", "thirties", "twenties"])
        words.formUnion(HolidayNames.byFirstWord.keys)
        words.formUnion(["q1", "q2", "q3", "q4", "h1", "h2"])
        return words
    }()

    // MARK: Token helpers

    func lower(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].lower : nil }

    /// The grammar's word for token `i`, or nil (a word it never tests for, or no such token).
    func word(_ i: Int) -> Word? { i >= 0 && i < tokens.count ? tokens[i].word : nil }

    func entry(_ i: Int) -> LexicalEntry? { i >= 0 && i < entries.count ? entries[i] : nil }

    func isWord(_ i: Int, _ word: Word) -> Bool { self.word(i) == word }

    /// Whether token `i` is one of a few words (a list: short lists are searched faster than a set
    /// is built and hashed).
    func isAny(_ i: Int, _ words: [Word]) -> Bool {
        guard let word = word(i) else { return false }
        return words.contains(word)
    }

    /// The index after a hyphen joined to both neighbours, or after nothing.
    func afterHyphen(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].lower == "-" || tokens[i].lower == "\u{2010}" else { return nil }
        return i + 1
    }

    /// Skips an optional period directly after an abbreviation.
    func afterPeriod(_ i: Int) -> Int {
        i < tokens.count && tokens[i].lower == "." && !tokens[i].spaceBefore ? i + 1 : i
    }

    /// Matches a fixed sequence of words.
    func phrase(_ i: Int, _ words: [Word]) -> Int? {
        var k = i
        for word in words {
            guard isWord(k, word) else { return nil }
            k += 1
        }
        return k
    }

    // MARK: The entry point

    func expression(at i: Int) -> Recognised? {
        // The longest reading; on a tie the plain one ("the second half of 1989" is H2, not 1989 END).
        var best = core(at: i)
        for candidate in [quantified(at: i), positioned(at: i)] {
            guard let candidate else { continue }
            if best == nil || candidate.tokens.upperBound > best!.tokens.upperBound { best = candidate }
        }
        if let found = best, let anchored = anchoredToYear(found) { return anchored }
        return best
    }

    /// Core expressions, without leading modifiers: the longest reading, the first one on a tie.
    func core(at i: Int) -> Recognised? {
        // Modifiers call this for the token after them, which may be past the text's last token.
        guard i < tokens.count else { return nil }
        let token = tokens[i]
        let isNumeric = token.kind == .number || startsWithDigit(token)
        var best: Recognised?
        var bestEnd = i
        @inline(__always) func keep(_ candidate: Recognised?) {
            if let candidate, candidate.tokens.upperBound > bestEnd {
                bestEnd = candidate.tokens.upperBound
                best = candidate
            }
        }
        if isNumeric || token.lower == "noon" || token.lower == "midday" || token.lower == "midnight" || token.lower == "half"
            || token.lower == "quarter" || entry(i)?.cardinal != nil {
            keep(clockTime(at: i))
        }
        if isNumeric || entry(i)?.month != nil || entry(i)?.weekday != nil || entry(i)?.ordinal != nil || token.lower == "the" {
            keep(calendarDate(at: i))
        }
        if !isNumeric {
            keep(dayWord(at: i))
            keep(referenceWord(at: i))
            keep(demonstrative(at: i))
        }
        keep(counted(at: i))
        keep(yearLike(at: i))
        keep(periodOfYear(at: i))
        if !isNumeric {
            keep(weekdayExpression(at: i))
            keep(weekdayOfMonth(at: i))
            keep(numericPeriod(at: i))
            keep(setExpression(at: i))
            keep(holiday(at: i))
            keep(reportingComparison(at: i))
            keep(compound(at: i))
        }
        return best
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
