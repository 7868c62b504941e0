import CopydeskCore
import CopydeskText

/// The order of day and month in all-numeric dates.
enum NumericOrder: String, Sendable {
    case mdy, dmy
}

/// Recognises temporal expressions in a token stream, longest match first, with TempEval-3 extent
/// conventions: determiners and modifiers belong to the expression ("the third quarter",
/// "more than four hours", "late last month"); prepositions do not ("on Tuesday").
struct TemporalGrammar {
    let tokens: [Token]
    let numericOrder: NumericOrder
    /// The lexicon's entry for each token, looked up once.
    private let entries: [LexicalEntry?]

    init(tokens: [Token], numericOrder: NumericOrder) {
        self.tokens = tokens
        self.numericOrder = numericOrder
        entries = tokens.map { $0.kind == .word ? LexicalEntry.table[$0.lower] : nil }
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
                body(expression)
                i = expression.tokens.upperBound
            } else {
                i += 1
            }
        }
    }

    /// Whether an expression may start at a token: a word of the lexicon or a number; after a
    /// determiner, only when a temporal word or number follows ("the third quarter", not "the house").
    private func canStart(at i: Int) -> Bool {
        let token = tokens[i]
        if token.kind == .number || startsWithDigit(token) { return true }
        guard entries[i]?.startsExpression == true else { return false }
        guard TemporalGrammar.determiners.contains(token.lower) else { return true }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        if next.kind == .number || startsWithDigit(next) || entries[i + 1]?.startsExpression == true { return true }
        return TemporalGrammar.afterDeterminer.contains(next.lower)
    }

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "these", "some", "each", "every", "per"]
    /// Words that are not in the lexicon but continue an expression after a determiner.
    static let afterDeterminer: Set<String> = ["near", "foreseeable", "present", "corresponding", "comparable", "full", "couple", "'", "\u{2019}", "-"]

    private func startsWithDigit(_ token: Token) -> Bool {
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
            "first", "second", "third", "fourth", "final", "initial", "other", "former", "prior", "two", "then",
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
        return words
    }()

    // MARK: Token helpers

    private func lower(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].lower : nil }

    private func entry(_ i: Int) -> LexicalEntry? { i >= 0 && i < entries.count ? entries[i] : nil }

    private func isWord(_ i: Int, _ word: String) -> Bool { lower(i) == word }

    /// Whether token `i` is one of a few words (a list: short lists are searched faster than a set
    /// is built and hashed).
    private func isAny(_ i: Int, _ words: [String]) -> Bool {
        guard let word = lower(i) else { return false }
        return words.contains(word)
    }

    /// The index after a hyphen joined to both neighbours, or after nothing.
    private func afterHyphen(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].lower == "-" || tokens[i].lower == "\u{2010}" else { return nil }
        return i + 1
    }

    /// Skips an optional period directly after an abbreviation.
    private func afterPeriod(_ i: Int) -> Int {
        i < tokens.count && tokens[i].lower == "." && !tokens[i].spaceBefore ? i + 1 : i
    }

    /// Matches a fixed sequence of words.
    private func phrase(_ i: Int, _ words: [String]) -> Int? {
        var k = i
        for word in words {
            guard isWord(k, word) else { return nil }
            k += 1
        }
        return k
    }

    // MARK: The entry point

    private func expression(at i: Int) -> Recognised? {
        // The longest reading; on a tie the plain one ("the second half of 1989" is H2, not 1989 END).
        var best = core(at: i)
        for candidate in [quantified(at: i), positioned(at: i)] {
            guard let candidate else { continue }
            if best == nil || candidate.tokens.upperBound > best!.tokens.upperBound { best = candidate }
        }
        return best
    }

    /// Core expressions, without leading modifiers: the longest reading, the first one on a tie.
    private func core(at i: Int) -> Recognised? {
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
        if isNumeric || token.lower == "noon" || token.lower == "midday" || token.lower == "midnight" || entry(i)?.cardinal != nil {
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
            keep(setExpression(at: i))
            keep(holiday(at: i))
            keep(reportingComparison(at: i))
        }
        return best
    }

    // MARK: Numbers and units

    /// A quantity: digits, number words ("twenty-four", "a hundred"), or a vague one ("several",
    /// "a few"), whose value is nil.
    private func quantity(at i: Int, allowArticle: Bool = true) -> (value: Int?, end: Int)? {
        guard let word = lower(i) else { return nil }
        if let n = tokens[i].number {
            var end = i + 1
            // "5 1/2"
            if let a = tokens[safe: end], a.number != nil, isWord(end + 1, "/"), tokens[safe: end + 2]?.number != nil { end += 3 }
            return (n, end)
        }
        if word == "a" || word == "an" {
            guard allowArticle else { return nil }
            if isWord(i + 1, "few") { return (nil, i + 2) }
            if isWord(i + 1, "couple") { return (2, isWord(i + 2, "of") ? i + 3 : i + 2) }
            if let (value, end) = numberWords(at: i + 1, allowBare: false), let v = value, v >= 100 { return (v, end) }
            return (1, i + 1)
        }
        if word == "few" || word == "several" || word == "many" || word == "some" { return (nil, i + 1) }
        if word == "couple" { return (2, isWord(i + 1, "of") ? i + 2 : i + 1) }
        if let (value, end) = numberWords(at: i, allowBare: true) { return (value, end) }
        return nil
    }

    /// Cardinal number words: "twenty four", "twenty-four", "two hundred", "hundred".
    private func numberWords(at i: Int, allowBare: Bool) -> (Int?, Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        var value: Int
        var end: Int
        if let n = entry(i)?.cardinal {
            value = n
            end = i + 1
            if n >= 20 && n % 10 == 0 {
                var k = end
                if let h = afterHyphen(k) { k = h }
                if let unit = entry(k)?.cardinal, unit < 10, unit > 0 { value += unit; end = k + 1 }
            }
        } else if let m = entry(i)?.multiplier {
            guard !allowBare else { return nil }
            return (m, i + 1)
        } else {
            return nil
        }
        if let m = entry(end)?.multiplier { value *= m; end += 1 }
        return (value, end)
    }

    /// A calendar unit word: "year", "months", "trading days".
    private func unit(at i: Int) -> (unit: CalendarUnit, plural: Bool, end: Int)? {
        guard let word = lower(i) else { return nil }
        if word == "trading" || word == "business" || word == "working" || word == "calendar" || word == "fiscal", let u = unit(at: i + 1) { return u }
        if let u = entry(i)?.unit { return (u, word.hasSuffix("s") || word == "centuries" || word == "millennia", i + 1) }
        return nil
    }

    /// A four-digit year written in digits, a plausible one, in the same paragraph; not a
    /// 24-hour time ("2000 GMT").
    private func year(at i: Int) -> (Int, Int)? {
        guard i < tokens.count, !tokens[i].paragraphBreakBefore else { return nil }
        guard let n = tokens[i].number, tokens[i].digitCount == 4, n >= 1000, n <= 2199 else {
            return spokenYear(at: i)
        }
        if let next = lower(i + 1), TemporalGrammar.zones.contains(next) || next == "hours" || next == "hrs" { return nil }
        return (n, i + 1)
    }

    /// A year spoken in words: "nineteen ninety-seven", "two thousand", "two thousand and one".
    private func spokenYear(at i: Int) -> (Int, Int)? {
        if let k = phrase(i, ["two", "thousand"]) {
            var end = k
            var year = 2000
            let afterAnd = isWord(end, "and") ? end + 1 : end
            if let (rest, after) = numberWords(at: afterAnd, allowBare: true), let r = rest, r < 100 { year += r; end = after }
            return (year, end)
        }
        guard let century = entry(i)?.cardinal, century >= 10 && century <= 20 else { return nil }
        guard let (rest, end) = numberWords(at: i + 1, allowBare: true), let r = rest, r >= 10, r < 100 else { return nil }
        return (century * 100 + r, end)
    }

    /// A day of the month: "6", "6th", "sixth".
    private func dayOfMonth(at i: Int) -> (Int, Int)? {
        guard let word = lower(i), !tokens[i].paragraphBreakBefore else { return nil }
        if let n = tokens[i].number, tokens[i].digitCount <= 2, n >= 1, n <= 31 {
            if let suffix = lower(i + 1), ["st", "nd", "rd", "th"].contains(suffix), !tokens[i + 1].spaceBefore { return (n, i + 2) }
            return (n, i + 1)
        }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let n = Int(word.dropLast(2)), n >= 1, n <= 31 { return (n, i + 1) }
        }
        if let n = entry(i)?.ordinal { return (n, i + 1) }
        return nil
    }

    /// A month name, with the period of an abbreviation.
    private func monthName(at i: Int) -> (Int, Int)? {
        guard let month = entry(i)?.month, let word = lower(i) else { return nil }
        // "march" and "may" are a noun and a verb unless capitalised.
        if (month == 3 || month == 5), !tokens[i].isCapitalized { return nil }
        if CalendarWords.monthAbbreviations.contains(word) && word.count <= 4 && !["june", "july"].contains(word) {
            // Abbreviations must be capitalised and take a period or a day: "Jan Kavan" is a name.
            guard tokens[i].isCapitalized else { return nil }
            let after = afterPeriod(i + 1)
            guard after > i + 1 || tokens[safe: i + 1]?.number != nil else { return nil }
            return (month, after)
        }
        return (month, i + 1)
    }

    /// A weekday name (or its abbreviation followed by a period).
    private func weekdayName(at i: Int) -> (Int, Int)? {
        guard let day = entry(i)?.weekday, let word = lower(i) else { return nil }
        if CalendarWords.weekdayAbbreviations.contains(word) {
            guard tokens[i].isCapitalized, isWord(i + 1, "."), !tokens[i + 1].spaceBefore else { return nil }
            return (day, i + 2)
        }
        return (day, i + 1)
    }

    private func recognised(_ start: Int, _ end: Int, _ meaning: Meaning, mod: String? = nil, type: TimexType? = nil) -> Recognised {
        Recognised(tokens: start..<end, meaning: meaning, mod: mod, type: type)
    }

    // MARK: Modifiers

    private static let quantityModifiers: [(words: [String], mod: String)] = [
        (["about"], "APPROX"), (["around"], "APPROX"), (["approximately"], "APPROX"), (["roughly"], "APPROX"),
        (["nearly"], "APPROX"), (["almost"], "LESS_THAN"), (["some"], "APPROX"), (["more", "than"], "MORE_THAN"),
        (["longer", "than"], "MORE_THAN"), (["less", "than"], "LESS_THAN"),
        (["fewer", "than"], "LESS_THAN"), (["under"], "LESS_THAN"), (["at", "least"], "EQUAL_OR_MORE"),
        (["up", "to"], "EQUAL_OR_LESS"), (["no", "more", "than"], "EQUAL_OR_LESS"), (["at", "most"], "EQUAL_OR_LESS"),
    ]

    /// "more than four hours", "nearly two years ago", "around 7:15 p.m.".
    private func quantified(at i: Int) -> Recognised? {
        for (words, mod) in TemporalGrammar.quantityModifiers {
            guard let j = phrase(i, words) else { continue }
            guard var inner = core(at: j) else { continue }
            switch inner.meaning {
            case .duration, .fromReference, .fromMentioned:
                guard j < tokens.count, tokens[j].lower != "the" else { continue }
            case .point, .monthDay:
                guard mod == "APPROX", words != ["some"], words != ["nearly"] else { continue }
            default: continue
            }
            if inner.mod == nil { inner.mod = mod }
            inner.tokens = i..<inner.tokens.upperBound
            return inner
        }
        return nil
    }

    /// "early next year", "late last month", "mid-1996", "the end of the year", "earlier this week".
    private func positioned(at i: Int) -> Recognised? {
        var j = i
        var mod: String?
        if let k = phrase(i, ["the", "end", "of"]) ?? phrase(i, ["end", "of"]) { j = k; mod = "END" }
        else if let k = phrase(i, ["the", "beginning", "of"]) ?? phrase(i, ["the", "start", "of"]) ?? phrase(i, ["beginning", "of"]) ?? phrase(i, ["start", "of"]) { j = k; mod = "START" }
        else if let k = phrase(i, ["the", "middle", "of"]) ?? phrase(i, ["middle", "of"]) { j = k; mod = "MID" }
        else if let k = phrase(i, ["the", "first", "half", "of"]) { j = k; mod = "START" }
        else if let k = phrase(i, ["the", "second", "half", "of"]) { j = k; mod = "END" }
        else if let k = phrase(i, ["the", "last", "half", "of"]) { j = k; mod = "END" }
        else if isWord(i, "early") || isWord(i, "earlier") { j = afterHyphen(i + 1) ?? i + 1; mod = "START" }
        else if isWord(i, "late") || isWord(i, "later") { j = afterHyphen(i + 1) ?? i + 1; mod = "END" }
        else if isWord(i, "mid") { j = afterHyphen(i + 1) ?? i + 1; mod = "MID" }
        else if let k = phrase(i, ["the", "early"]) ?? phrase(i, ["the", "late"]) ?? phrase(i, ["the", "mid"]) {
            j = afterHyphen(k) ?? k
            mod = isWord(i + 1, "early") ? "START" : isWord(i + 1, "late") ? "END" : "MID"
        }
        guard let mod else { return nil }
        // "earlier in the year", "later in the day".
        if (isWord(i, "earlier") || isWord(i, "later")), let k = phrase(j, ["in", "the"]), let u = unit(at: k), !u.plural {
            return recognised(i, u.end, .fromMentioned(unit: u.unit, offset: 0, granularity: u.unit), mod: mod)
        }
        // "the end of the year", "the end of the month".
        if let k = phrase(j, ["the"]), let u = unit(at: k), !u.plural, u.unit >= .day {
            return recognised(i, u.end, .fromMentioned(unit: u.unit, offset: 0, granularity: u.unit), mod: mod)
        }
        guard var inner = core(at: j) else { return nil }
        switch inner.meaning {
        case .duration, .set, .reference: return nil
        case .weekday:
            // "Earlier Friday, ..." tags the day alone; "early Tuesday" is the start of the day.
            guard isWord(i, "early") else { return nil }
        default: break
        }
        inner.mod = mod
        // "early Tuesday" reads as the start of the day; keep the value, mark the position.
        inner.tokens = i..<inner.tokens.upperBound
        return inner
    }

    // MARK: Words that name a day

    /// "today", "yesterday", "tomorrow", "tonight", with a part of the day ("yesterday afternoon",
    /// "afternoon yesterday").
    private func dayWord(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        if let part = entry(i)?.partOfDay, isAny(i + 1, ["yesterday", "today", "tomorrow"]), var day = dayWord(at: i + 1), day.clock == nil {
            day.tokens = i..<day.tokens.upperBound
            day.clock = ClockTime(partOfDay: part)
            day.type = .time
            return day
        }
        let offset: Int
        switch word {
        case "today", "tonight": offset = 0
        case "yesterday": offset = -1
        case "tomorrow": offset = 1
        default: return nil
        }
        // Generic uses name no day: "the people of tomorrow", "today's youth"; nor does a title
        // in running text ("This is VOA Today").
        if isWord(i - 1, "of") { return nil }
        if isWord(i + 1, "'s"), let noun = lower(i + 2), TemporalGrammar.genericNouns.contains(noun) { return nil }
        if tokens[i].isCapitalized, i > 0, !TenseReader.boundaries.contains(tokens[i - 1].lower), !tokens[i].lineBreakBefore,
           tokens[i - 1].isCapitalized { return nil }
        var r = recognised(i, i + 1, .fromReference(unit: .day, offset: offset, granularity: .day))
        if word == "tonight" { r.clock = ClockTime(partOfDay: "NI"); r.type = .time }
        if let part = entry(i + 1)?.partOfDay, word != "tonight" {
            r.tokens = i..<(i + 2)
            r.clock = ClockTime(partOfDay: part)
            r.type = .time
        }
        return r
    }

    /// PRESENT_REF, PAST_REF and FUTURE_REF words.
    private func referenceWord(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        switch word {
        case "now", "currently", "nowadays": return recognised(i, i + 1, .reference("PRESENT_REF"))
        case "then":
            // "the then current chairman".
            return isWord(i + 1, "current") ? recognised(i, i + 2, .reference("PAST_REF")) : nil
        case "current":
            // "the current quarter" and "current account" are not this.
            if let next = lower(i + 1), entry(i + 1)?.unit != nil || ["account", "accounts", "events", "affairs", "flows", "flow", "prices", "dollars", "price", "crisis"].contains(next) { return nil }
            return recognised(i, i + 1, .reference("PRESENT_REF"))
        case "these":
            return isWord(i + 1, "days") ? recognised(i, i + 2, .reference("PRESENT_REF")) : nil
        case "recently", "lately": return recognised(i, i + 1, .reference("PAST_REF"))
        case "recent":
            // "in recent weeks": a stretch of unspecified length up to now; "in recent years" is the
            // vague past.
            if let u = unit(at: i + 1), u.plural {
                if u.unit >= .year { return recognised(i, u.end, .reference("PAST_REF")) }
                return recognised(i, u.end, .duration(u.unit.durationValue("X")))
            }
            return nil
        case "the":
            if let k = phrase(i + 1, ["future"]) ?? phrase(i + 1, ["near", "future"]) ?? phrase(i + 1, ["near", "term"]) ?? phrase(i + 1, ["foreseeable", "future"]) {
                return recognised(i, k, .reference("FUTURE_REF"))
            }
            if let k = phrase(i + 1, ["past"]), !(entry(k).map { $0.unit != nil || $0.cardinal != nil } ?? false), !isAny(k, ["few", "several", "couple"]), tokens[safe: k]?.number == nil {
                return recognised(i, k, .reference("PAST_REF"))
            }
            if let k = phrase(i + 1, ["present"]) { return recognised(i, k, .reference("PRESENT_REF")) }
            return nil
        default: return nil
        }
    }

    // MARK: this / last / next

    private static let demonstratives: [(words: [String], offset: Int, fromMentioned: Bool)] = [
        (["this"], 0, false), (["the", "current"], 0, false), (["current"], 0, false), (["last"], -1, false),
        (["the", "last"], -1, false), (["past"], -1, false), (["the", "past"], -1, false), (["next"], 1, false),
        (["the", "next"], 1, false), (["the", "coming"], 1, false), (["coming"], 1, false), (["this", "coming"], 1, false),
        (["this", "past"], -1, false), (["the", "previous"], -1, true), (["the", "prior"], -1, true), (["previous"], -1, true),
        (["the", "following"], 1, true), (["following"], 1, true), (["that"], 0, true), (["the", "same"], 0, true),
        (["the", "upcoming"], 1, false), (["upcoming"], 1, false), (["the", "latest"], 0, true),
    ]

    /// "last year", "this week", "next month", "last November", "next Tuesday", "this summer",
    /// "the previous day", "that year", "this weekend".
    private func demonstrative(at i: Int) -> Recognised? {
        var best: Recognised?
        for (words, offset, mentioned) in TemporalGrammar.demonstratives {
            guard let j = phrase(i, words) else { continue }
            var r: Recognised?
            if let u = unit(at: j), !u.plural {
                let unit = u.unit
                // A title in running text ("ABC's This Week") is not a time.
                if tokens[i].isCapitalized, tokens[j].isCapitalized, i > 0, !TenseReader.boundaries.contains(tokens[i - 1].lower), !tokens[i].lineBreakBefore { continue }
                if unit == .quarter || unit == .half, words == ["the", "latest"] || words == ["the", "current"] || words == ["this"] {
                    r = recognised(i, u.end, .reportingPeriod(unit: unit, year: .unspecified))
                    if words != ["the", "latest"] { r = recognised(i, u.end, .fromReference(unit: unit, offset: 0, granularity: unit)) }
                } else if words == ["the", "latest"] {
                    continue
                } else if mentioned {
                    r = recognised(i, u.end, .fromMentioned(unit: unit, offset: offset, granularity: unit))
                } else if unit <= .hour {
                    continue
                } else {
                    r = recognised(i, u.end, .fromReference(unit: unit == .fortnight ? .week : unit, offset: offset, granularity: unit))
                }
                // "this morning", "last night".
            } else if let part = entry(j)?.partOfDay, words == ["this"] || words == ["last"] || words == ["that"] {
                var day = recognised(i, j + 1, words == ["that"] ? .fromMentioned(unit: .day, offset: 0, granularity: .day)
                                        : .fromReference(unit: .day, offset: words == ["last"] && part == "NI" ? -1 : 0, granularity: .day))
                day.clock = ClockTime(partOfDay: part)
                day.type = .time
                r = day
            } else if let (month, end) = monthName(at: j), !mentioned || words == ["that"], dayOfMonth(at: end) == nil {
                r = recognised(i, end, .month(month, shift: offset))
            } else if let (weekday, end) = weekdayName(at: j) {
                r = recognised(i, end, .weekday(weekday, shift: mentioned ? nil : offset))
                if entry(end)?.partOfDay != nil { r?.tokens = i..<(end + 1) }
            } else if let season = entry(j)?.season, let index = CalendarPoint.seasonCodes.firstIndex(of: season) {
                // "this past spring" is the most recent one; "last spring" is last year's.
                r = recognised(i, j + 1, .season(index, shift: words == ["this", "past"] ? nil : offset))
            } else if let word = lower(j), ["decade", "century"].contains(word), words == ["the", "last"] || words == ["the", "past"] {
                continue
            }
            if let candidate = r, best == nil || candidate.tokens.upperBound > best!.tokens.upperBound { best = candidate }
        }
        // "the year ended Sept. 30" is a fiscal year, a stretch of time; "for the year", "the full
        // year", "the fiscal year" is the reporting year.
        if best == nil, let k = phrase(i, ["the", "year"]) ?? phrase(i, ["the", "fiscal", "year"]) ?? phrase(i, ["the", "full", "year"]) ?? phrase(i, ["the", "full", "fiscal", "year"]) {
            if afterHyphen(k) != nil || isWord(k, "'s") { return nil }
            if isAny(k, ["ended", "ending", "ends", "through", "to"]) { return recognised(i, k, .duration("P1Y")) }
            if isAny(k, ["two", "nineteen", "twenty"]) { return nil }
            best = recognised(i, k, .fromReference(unit: .year, offset: 0, granularity: .year))
        }
        if best == nil, let k = phrase(i, ["the", "latest", "period"]) {
            best = recognised(i, k, .reportingPeriod(unit: .quarter, year: .unspecified))
        }
        // "the week", "the weekend", "the day", "the month" alone: anaphoric.
        if best == nil, isWord(i, "the"), let u = unit(at: i + 1), !u.plural, u.unit == .weekend {
            best = recognised(i, u.end, .fromReference(unit: .weekend, offset: 0, granularity: .weekend))
        }
        if best == nil, isWord(i, "the"), let u = unit(at: i + 1), !u.plural, u.unit == .quarter {
            if let quarter = quarterEnded(at: u.end) {
                best = recognised(i, u.end, quarter)
            } else if let k = phrase(u.end, ["a", "year", "ago"]) ?? phrase(u.end, ["a", "year", "earlier"]) {
                best = recognised(i, k, .reportingPeriod(unit: .quarter, year: .fromMentioned(-1)))
            } else {
                best = recognised(i, u.end, .reportingPeriod(unit: .quarter, year: .unspecified))
            }
        }
        return best
    }

    // MARK: Counted units

    /// Durations and counted offsets: "three years", "the past two months", "five-year",
    /// "two weeks ago", "a year earlier", "the first nine months", "years".
    private func counted(at i: Int) -> Recognised? {
        var j = i
        var lead: String?
        if isWord(i, "its") || isWord(i, "their") { return nil }
        if isWord(i, "the") {
            j = i + 1
            if let word = lower(j), ["past", "last", "next", "first", "coming", "previous", "following", "final", "latest", "initial", "remaining", "same", "prior"].contains(word) {
                lead = word
                j += 1
            }
        } else if let word = lower(i), ["past", "last", "next", "first", "coming", "previous", "final", "latest"].contains(word) {
            lead = word
            j = i + 1
        }
        // Bare plural units: "years", "for months", "decades-long".
        if j == i, let u = unit(at: i), u.plural, u.unit >= .day, u.unit != .weekend {
            var end = u.end
            if let h = afterHyphen(end), let word = lower(h), word == "long" || word == "old" { end = h + 1 }
            if isWord(end, "ago") { return recognised(i, end + 1, .reference("PAST_REF")) }
            guard isAny(i - 1, ["for", "in", "over", "within", "recent", "coming", "past", "the", "of", "few", "several", "many", "two"]) || end > u.end else { return nil }
            return recognised(i, end, .duration(u.unit.durationValue("X")))
        }
        guard let (amount, afterAmount) = quantity(at: j, allowArticle: lead == nil) else { return nil }
        var k = afterAmount
        var hyphenated = false
        if let h = afterHyphen(k) { k = h; hyphenated = true }
        // "two more weeks", "an additional year".
        if !hyphenated, isAny(k, ["more", "additional", "extra", "further"]), unit(at: k + 1) != nil { k += 1 }
        guard let u = unit(at: k) else { return nil }
        // "three-quarters of the vote" is a fraction.
        if u.unit == .quarter, isWord(u.end, "of") { return nil }
        // "a year-earlier figure" is a comparison, read elsewhere.
        if let h = afterHyphen(u.end), isAny(h, ["earlier", "ago"]) { return nil }
        var end = u.end
        let amountText = amount.map(String.init) ?? "X"
        // A unit without a number needs a plural noun after a vague quantity, and a number needs
        // the right number: "one year", "two years" (hyphenated adjectives are singular).
        if amount == nil && !u.plural && !hyphenated { return nil }
        // Ages are not times: "a 6-year-old", "52 years old".
        if let h = afterHyphen(end), isWord(h, "old") { return nil }
        if isWord(end, "old") { return nil }
        if let h = afterHyphen(end), isWord(h, "long") { end = h + 1 }
        // A hyphenated adjective does not take the determiner: "the two-week" is tagged "two-week".
        if hyphenated && lead == nil && j > i { return counted(at: j) }
        // "or so"
        var approx = false
        if let after = phrase(end, ["or", "so"]) { end = after; approx = true }
        // Offsets: ago / earlier / later / before / after / from now.
        if lead == nil, !hyphenated {
            if isWord(end, "ago") {
                let g = u.unit == .weekend ? CalendarUnit.week : u.unit
                guard let n = amount else { return recognised(i, end + 1, .reference("PAST_REF")) }
                var r = g == .year ? recognised(i, end + 1, .fromMentioned(unit: .year, offset: -n, granularity: nil))
                    : recognised(i, end + 1, .fromReference(unit: g, offset: -n, granularity: g == .week || g < .day ? .day : g))
                if approx { r.mod = "APPROX" }
                return r
            }
            if isWord(end, "earlier") || isWord(end, "later") || isWord(end, "before") || isWord(end, "after") {
                guard let n = amount else { return recognised(i, end, .duration(u.unit.durationValue(amountText))) }
                if isWord(end, "before") || isWord(end, "after"), !isAny(end + 1, [".", ",", ";"]) { return recognised(i, end, .duration(u.unit.durationValue(amountText))) }
                let sign = isWord(end, "earlier") || isWord(end, "before") ? -1 : 1
                return recognised(i, end + 1, .fromMentioned(unit: u.unit, offset: sign * n, granularity: nil))
            }
            if let after = phrase(end, ["from", "now"]) {
                guard let n = amount else { return nil }
                return recognised(i, after, .fromReference(unit: u.unit, offset: n, granularity: u.unit >= .day ? u.unit : .day))
            }
        }
        if amount == 1 && u.plural { return nil }
        // Rates are not durations: "$1.76 a year", "24 hours a day", "700 seats a week".
        if isAny(j, ["a", "an"]), lead == nil, i > 0 {
            let previous = tokens[i - 1]
            if previous.kind == .number || ["%", "million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "times", "once", "twice"].contains(previous.lower) { return nil }
            if previous.kind == .word, previous.lower.count > 3, previous.lower.hasSuffix("s"), !previous.lower.hasSuffix("ss"), !["was", "has", "is", "this"].contains(previous.lower) { return nil }
        }
        if let n = amount, n > 1, !u.plural, !hyphenated, !isAny(afterAmount, ["-"]) {
            // "two year" without a hyphen is still an adjective ("a five year low").
            if tokens[safe: u.end]?.kind != .word { return nil }
        }
        // "the past two months", "the next three years": a stretch of time.
        var value = u.unit.durationValue(amountText)
        // "5 1/2 hours", "a minute and a half".
        let writtenHalf = afterAmount - j == 4 && isWord(afterAmount - 2, "/")
        if let n = amount, writtenHalf || phrase(end, ["and", "a", "half"]) != nil, let halved = TemporalGrammar.withHalf(n, u.unit) {
            value = halved
            if !writtenHalf { end += 3 }
        }
        if u.unit == .century, let n = amount { value = "P\(n * 100)Y" }
        if u.unit == .quarter && lead == nil && amount == 1 && !hyphenated { return nil }
        if u.unit == .second && amount == nil { return nil }
        // "a second well", "a second quarter": the ordinal, not the unit.
        if u.unit == .second && isAny(j, ["a", "an"]) && !isAny(end, ["later", "earlier", "ago", "or", "and", ".", ",", ";"]) { return nil }
        var r = recognised(i, end, .duration(value))
        if approx { r.mod = "APPROX" }
        return r
    }

    // MARK: Calendar dates

    /// "Friday, Oct. 23, 1998", "Dec. 6", "6 December 2025", "July 1997", "May 26, 1980",
    /// "10/23/1989", "1998-01-08", "January".
    private func calendarDate(at i: Int) -> Recognised? {
        var start = i
        var weekday: (Int, Range<Int>)?
        var j = i
        if let (w, end) = weekdayName(at: i) {
            var k = end
            if isWord(k, ",") { k += 1 }
            if k < tokens.count, !tokens[k].paragraphBreakBefore,
               monthName(at: k) != nil || dayOfMonth(at: k) != nil || tokens[k].number != nil {
                weekday = (w, tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound)
                j = k
            }
        }
        if isWord(j, "the"), dayOfMonth(at: j + 1) != nil, isWord(j + 2, "of") || monthName(at: j + 2) != nil { j += 1; if weekday == nil { start = j } }
        var best: Recognised?
        if let r = monthFirst(at: j) ?? dayFirst(at: j) ?? numeric(at: j) { best = r }
        guard var r = best else { return nil }
        if let weekday, r.written != nil {
            r.written?.weekday = weekday.0
            r.written?.weekdayRange = weekday.1
            r.tokens = start..<r.tokens.upperBound
        } else if r.tokens.lowerBound > start && weekday == nil {
            r.tokens = start..<r.tokens.upperBound
        }
        return r
    }

    private func writtenRange(_ from: Int, _ to: Int) -> Range<Int> { tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound }

    /// "Dec. 6", "Dec. 6, 2025", "December 2025", "December of 1995", "January".
    private func monthFirst(at i: Int) -> Recognised? {
        guard let (month, afterMonth) = monthName(at: i) else { return nil }
        if let (day, afterDay) = dayOfMonth(at: afterMonth), tokens[afterMonth].kind == .number || !isWord(afterMonth, "second") {
            // Not "May 5,000".
            if isWord(afterDay, ","), let next = tokens[safe: afterDay + 1], next.number != nil, next.digitCount == 3, !next.spaceBefore { return nil }
            if isWord(afterDay, "%") { return nil }
            // "May 5:30" is not a date; "Thursday, Jan. 6: The ..." is.
            if isWord(afterDay, ":"), tokens[safe: afterDay + 1].map({ $0.number != nil && !$0.spaceBefore }) ?? false { return nil }
            var end = afterDay
            var foundYear: Int?
            var k = afterDay
            if isWord(k, ",") { k += 1 }
            if let (y, afterYear) = year(at: k) { foundYear = y; end = afterYear }
            var r = recognised(i, end, foundYear.map { .point(CalendarPoint(unit: .day, year: $0, index: month, day: day)) } ?? .monthDay(month: month, day: day))
            r.written = WrittenDate(style: .monthDay, month: month, day: day, year: foundYear, monthText: tokens[i].range, range: writtenRange(i, end))
            return r
        }
        var k = afterMonth
        if isWord(k, ",") || isWord(k, "of") { k += 1 }
        if let (y, afterYear) = year(at: k) {
            return recognised(i, afterYear, .point(CalendarPoint(unit: .month, year: y, index: month)))
        }
        // "June last year", "January this year".
        if let shift = isAny(k, ["last", "this", "next"]) ? (isWord(k, "last") ? -1 : isWord(k, "this") ? 0 : 1) : nil, isWord(k + 1, "year") {
            return recognised(i, k + 2, .monthOfYear(month, yearOffset: shift))
        }
        // A month alone: "May" and "March" are also verbs; they need a capital and a preposition.
        guard tokens[i].isCapitalized else { return nil }
        if month == 5 || month == 3 {
            guard isAny(i - 1, ["in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this", "from", "through", "to", "before", "after", "during", "-"]) else { return nil }
        }
        if isWord(afterMonth, "."), !tokens[afterMonth].spaceBefore, afterMonth > i + 1 {
            return recognised(i, afterMonth - 0, .month(month, shift: nil))
        }
        return recognised(i, afterMonth, .month(month, shift: nil))
    }

    /// "6 December 2025", "the 6th of December", "6 Dec".
    private func dayFirst(at i: Int) -> Recognised? {
        guard let (day, afterDay) = dayOfMonth(at: i), tokens[i].kind == .number || tokens[i].lower.first?.isNumber == true || isWord(afterDay, "of") else { return nil }
        var k = afterDay
        if isWord(k, "of") { k += 1 }
        guard k < tokens.count, !tokens[k].paragraphBreakBefore, let (month, afterMonth) = monthName(at: k) else { return nil }
        var end = afterMonth
        var foundYear: Int?
        var y = afterMonth
        if isWord(y, ",") { y += 1 }
        if let (value, afterYear) = year(at: y) { foundYear = value; end = afterYear }
        var r = recognised(i, end, foundYear.map { .point(CalendarPoint(unit: .day, year: $0, index: month, day: day)) } ?? .monthDay(month: month, day: day))
        r.written = WrittenDate(style: .dayMonth, month: month, day: day, year: foundYear, monthText: tokens[k].range, range: writtenRange(i, end))
        return r
    }

    /// "10/23/1989", "23.10.1989", "1998-01-08".
    private func numeric(at i: Int) -> Recognised? {
        guard let first = tokens[safe: i], let a = first.number else { return nil }
        // ISO: 1998-01-08
        if first.digitCount == 4, isWord(i + 1, "-"), let m = tokens[safe: i + 2]?.number, isWord(i + 3, "-"),
           let d = tokens[safe: i + 4]?.number, tokens[i + 2].digitCount == 2, tokens[i + 4].digitCount == 2,
           !tokens[i + 1].spaceBefore, !tokens[i + 3].spaceBefore, (1...12).contains(m), (1...31).contains(d) {
            var r = recognised(i, i + 5, .point(CalendarPoint(unit: .day, year: a, index: m, day: d)))
            r.written = WrittenDate(style: .numeric, month: m, day: d, year: a, range: writtenRange(i, i + 5))
            return r
        }
        guard first.digitCount <= 2, let sep = lower(i + 1), sep == "/" || sep == ".", let b = tokens[safe: i + 2]?.number,
              tokens[i + 2].digitCount <= 2, lower(i + 3) == sep, let c = tokens[safe: i + 4]?.number,
              tokens[i + 4].digitCount == 4 || tokens[i + 4].digitCount == 2,
              !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore, !tokens[i + 4].spaceBefore else { return nil }
        if sep == "." && tokens[i + 4].digitCount == 2 { return nil }
        let fullYear = tokens[i + 4].digitCount == 4 ? c : (c < 50 ? 2000 + c : 1900 + c)
        let (month, day) = numericOrder == .mdy ? (a, b) : (b, a)
        guard month >= 1, month <= 12, day >= 1, day <= 31 else { return nil }
        var r = recognised(i, i + 5, .point(CalendarPoint(unit: .day, year: fullYear, index: month, day: day)))
        r.written = WrittenDate(style: .numeric, month: month, day: day, year: fullYear, range: writtenRange(i, i + 5))
        if a <= 12 && b <= 12 && a != b { r.written?.swappableNumbers = [a, b] }
        return r
    }

    // MARK: Years, decades, centuries

    /// "1998", "fiscal 1989", "the 1990s", "the nineties", "the 20th century", "this century", "the year 2000".
    private func yearLike(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        if word == "fiscal" || word == "calendar" || word == "fy" {
            if let (y, end) = year(at: i + 1) { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            if let k = phrase(i + 1, ["year"]), let (y, end) = year(at: k) { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            return nil
        }
        if word == "the" {
            if let k = phrase(i + 1, ["year"]), let (y, end) = year(at: k) { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            if let (y, end) = spokenYear(at: i + 1), y >= 2000 { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            if let decade = decade(at: i + 1) { return recognised(i, decade.end, .point(CalendarPoint(unit: .decade, year: decade.year))) }
            if let (c, end) = century(at: i + 1) { return recognised(i, end, .point(CalendarPoint(unit: .century, year: c))) }
            return nil
        }
        if let decade = decade(at: i) { return recognised(i, decade.end, .point(CalendarPoint(unit: .decade, year: decade.year))) }
        if let (c, end) = century(at: i) { return recognised(i, end, .point(CalendarPoint(unit: .century, year: c))) }
        if let (y, end) = year(at: i) {
            let token = tokens[i]
            if token.number != nil {
                guard y >= 1600 && y <= 2100 else { return nil }
                // Amounts, not years: "$1990", "1,990", "1990 shares", "2000-2001 ... ranges" are fine.
                if isAny(i - 1, ["$", "£", "€", "#", "no", "number", "."]) && !tokens[i].spaceBefore { return nil }
                if isAny(i - 1, ["$", "£", "€"]) { return nil }
                if isWord(i - 1, ","), tokens[i - 1].spaceBefore == false, tokens[safe: i - 2]?.number != nil, !tokens[i].spaceBefore { return nil }
                if isAny(end, ["%", "/"]) && !(tokens[safe: end + 1]?.number != nil) { return nil }
                // "1990-style" is not a year; "1984 -- part of" and "1984-85" are.
                if isWord(end, "-"), !tokens[end].spaceBefore, let next = tokens[safe: end + 1], next.kind == .word, !next.spaceBefore { return nil }
                if let next = lower(end), ["percent", "shares", "people", "feet", "meters", "miles", "tons", "points", "units", "cars", "employees", "jobs", "acres", "pounds", "troops", "yen", "dollars"].contains(next) { return nil }
                if isWord(end, ".") && !tokens[end].spaceBefore, tokens[safe: end + 1]?.number != nil { return nil }
                if isWord(end, ","), tokens[safe: end + 1]?.number != nil, tokens[safe: end + 1]?.digitCount == 3, !tokens[end + 1].spaceBefore { return nil }
            } else {
                // Spoken years need more than two words and a capital or a preposition before.
                guard isAny(i - 1, ["in", "since", "of", "until", "by", "from", "early", "late"]) else { return nil }
            }
            return recognised(i, end, .point(CalendarPoint(unit: .year, year: y)))
        }
        return nil
    }

    /// "1990s", "'90s", "nineties", "mid-1990s".
    private func decade(at i: Int) -> (year: Int, end: Int)? {
        guard let word = lower(i) else { return nil }
        if word.hasSuffix("s"), word.count == 5, let n = Int(word.dropLast()), n % 10 == 0, n >= 1000, n <= 2100 { return (n, i + 1) }
        if word == "'" || word == "\u{2019}", let next = lower(i + 1), next.count == 3, next.hasSuffix("s"), let n = Int(next.dropLast()), n % 10 == 0 {
            return (1900 + n, i + 2)
        }
        if let y = TemporalGrammar.decadeWords[word] { return (y, i + 1) }
        return nil
    }

    /// A duration of n and a half units, in the next smaller unit where TIMEX3 has one.
    static func withHalf(_ n: Int, _ unit: CalendarUnit) -> String? {
        switch unit {
        case .year: return "P\(n)Y6M"
        case .day: return "P\(n)DT12H"
        case .hour: return "PT\(n)H30M"
        case .minute: return "PT\(n)M30S"
        default: return nil
        }
    }

    /// Nouns after "today's" that make it generic ("today's youth").
    static let genericNouns: Set<String> = [
        "world", "youth", "society", "generation", "children", "kids", "young", "economy", "standards", "families",
        "teenagers", "students", "culture", "consumers", "computers", "technology", "life", "politics",
    ]

    /// "(the quarter) ended Sept. 30".
    private func quarterEnded(at i: Int) -> Meaning? {
        guard isAny(i, ["ended", "ending", "ends", "through"]), let date = monthFirst(at: i + 1) else { return nil }
        switch date.meaning {
        case .monthDay(let month, _): return .quarterEnding(month: month, year: nil)
        case .point(let p) where p.unit == .day: return .quarterEnding(month: p.index, year: p.year)
        default: return nil
        }
    }

    static let decadeWords = ["twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                              "seventies": 1970, "eighties": 1980, "nineties": 1990]

    /// "20th century", "twentieth century".
    private func century(at i: Int) -> (Int, Int)? {
        guard let (n, end) = dayOfMonth(at: i), isWord(end, "century") || (afterHyphen(end).map { isWord($0, "century") } ?? false) else { return nil }
        return ((n - 1) * 100, (afterHyphen(end) ?? end) + 1)
    }

    // MARK: Quarters, halves, seasons

    /// "the third quarter", "third-quarter", "fiscal second-quarter", "the third quarter of 1990",
    /// "the 1988 third quarter", "first half", "the second half of 1989", "Q3", "the summer of 1998".
    private func periodOfYear(at i: Int) -> Recognised? {
        var j = i
        var explicitYear: Int?
        if isWord(j, "its") || isWord(j, "a") || isWord(j, "their") { return nil }
        if isWord(j, "the") { j += 1 }
        if isWord(j, "fiscal") || isWord(j, "fiscal-") { j += 1 }
        if let (y, end) = year(at: j), tokens[j].number != nil { explicitYear = y; j = end }
        if let y = explicitYear, j > i + 1, isAny(j, ["quarter", "period"]) {
            // "the 1988 quarter": the quarter under discussion, in that year.
            return recognised(i, j + 1, .reportingPeriod(unit: .quarter, year: .explicit(y)))
        }
        var yearShift: Int?
        if j == i, let k = phrase(i, ["this", "year", "'s"]) ?? phrase(i, ["last", "year", "'s"]) ?? phrase(i, ["next", "year", "'s"]) {
            yearShift = isWord(i, "this") ? 0 : isWord(i, "last") ? -1 : 1
            j = k
            if isWord(j, "quarter") { return recognised(i, j + 1, .reportingPeriod(unit: .quarter, year: .fromReference(yearShift!))) }
        }
        if isWord(j, "fiscal") { j += 1 }
        if let (y, end) = year(at: j), explicitYear == nil, tokens[j].number != nil { explicitYear = y; j = end }
        // Seasons: "the summer", "summer 1998", "the winter of nineteen ninety-four".
        if let season = entry(j)?.season, let index = CalendarPoint.seasonCodes.firstIndex(of: season) {
            var end = j + 1
            var k = end
            if isWord(k, "of") || isWord(k, ",") { k += 1 }
            if let (y, afterYear) = year(at: k) { explicitYear = y; end = afterYear }
            if let y = explicitYear { return recognised(i, end, .point(CalendarPoint(unit: .season, year: y, index: index))) }
            guard j > i || tokens[j].isCapitalized || isAny(i - 1, ["this", "in", "during", "through", "since", "until", "by", "early", "late", "mid", "-"]) else { return nil }
            if j == i && !isAny(i - 1, ["in", "during", "through", "since", "until", "by", "early", "late", "mid", "-"]) { return nil }
            return recognised(i, end, .season(index, shift: nil))
        }
        guard let (ordinal, afterOrdinal) = ordinalNumber(at: j) else { return nil }
        var k = afterOrdinal
        if let h = afterHyphen(k) {
            k = h
            // "the third-quarter results": the adjective is tagged without the determiner.
            if isWord(i, "the") { return periodOfYear(at: i + 1) }
        }
        let unitWord = lower(k)
        let unit: CalendarUnit
        switch unitWord {
        case "quarter": unit = .quarter; guard ordinal <= 4 else { return nil }
        case "half": unit = .half; guard ordinal <= 2 else { return nil }
        case "quarters", "halves":
            return nil
        default: return nil
        }
        var end = k + 1
        var y = end
        if isWord(y, "of") || isWord(y, ",") { y += 1 }
        if let (value, afterYear) = year(at: y) { explicitYear = value; end = afterYear }
        else if isWord(y - 1, "of"), let k2 = phrase(y, ["this", "year"]) ?? phrase(y, ["last", "year"]) ?? phrase(y, ["next", "year"]) {
            let shift = isWord(y, "this") ? 0 : isWord(y, "last") ? -1 : 1
            end = k2
            return recognised(i, end, .periodOfYear(unit: unit, index: ordinal, year: .fromReference(shift)))
        }
        // "first half" without "the" needs the year or a hyphenated adjective ("first-half profit").
        if j == i && explicitYear == nil && unit == .half && afterHyphen(afterOrdinal) == nil { return nil }
        if unit == .half && ordinal == 1 && explicitYear == nil && isWord(end, "of") { return nil }
        if let shift = yearShift { return recognised(i, end, .periodOfYear(unit: unit, index: ordinal, year: .fromReference(shift))) }
        return recognised(i, end, .periodOfYear(unit: unit, index: ordinal, year: explicitYear.map { .explicit($0) } ?? .unspecified))
    }

    private func ordinalNumber(at i: Int) -> (Int, Int)? {
        guard let word = lower(i) else { return nil }
        // "the last half of 1989" is the second half.
        if word == "last", isWord(i + 1, "half") { return (2, i + 1) }
        if let n = entry(i)?.ordinal { return (n, i + 1) }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let n = Int(word.dropLast(2)) { return (n, i + 1) }
        }
        return nil
    }

    // MARK: Weekdays

    /// "Tuesday", "Wednesday night", "Sundays" (a set), "Tuesday nights".
    private func weekdayExpression(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        if word.hasSuffix("s"), let day = CalendarWords.weekdays[String(word.dropLast())], !CalendarWords.weekdayAbbreviations.contains(String(word.dropLast())) {
            return recognised(i, i + 1, .set("XXXX-WXX-\(day)"))
        }
        guard let (day, end) = weekdayName(at: i) else { return nil }
        if let part = lower(end), let code = Lexicon.partsOfDay[part.hasSuffix("s") ? String(part.dropLast()) : part] {
            if part.hasSuffix("s") { return recognised(i, end + 1, .set("XXXX-WXX-\(day)T\(code)")) }
            // "Friday night" is tagged whole and valued as the day, as TimeBank does.
            return recognised(i, end + 1, .weekday(day, shift: nil))
        }
        return recognised(i, end, .weekday(day, shift: nil))
    }

    // MARK: Clock times

    /// "9 a.m.", "10:35 a.m. EST Tuesday", "noon Thursday", "midnight Friday", "4 in the morning", "17:30 GMT".
    private func clockTime(at i: Int) -> Recognised? {
        var hour: Int
        var minute = 0
        var end: Int
        guard let word = lower(i) else { return nil }
        if word == "noon" || word == "midday" {
            // "high noon" is an idiom (and a film).
            if isWord(i - 1, "high") { return nil }
            hour = 12
            end = i + 1
        }
        else if word == "midnight" { hour = 24; end = i + 1 }
        else if let n = tokens[i].number, tokens[i].digitCount <= 2, n <= 24 {
            hour = n
            end = i + 1
            if isWord(end, ":"), let m = tokens[safe: end + 1]?.number, tokens[end + 1].digitCount == 2, m < 60, !tokens[end].spaceBefore {
                minute = m
                end += 2
            }
            if let (isPM, after) = meridiem(at: end) {
                if hour > 12 { return nil }
                if isPM && hour < 12 { hour += 12 }
                if !isPM && hour == 12 { hour = 0 }
                end = after
            } else if let k = phrase(end, ["in", "the"]), let part = lower(k), ["morning", "afternoon", "evening"].contains(part) {
                if part != "morning" && hour < 12 { hour += 12 }
                end = k + 1
            } else if let k = phrase(end, ["o'clock"]) {
                end = k
            } else if end > i + 1, let zone = lower(end), TemporalGrammar.zones.contains(zone) {
                end += 0
            } else {
                return nil
            }
        } else if let (n, after) = numberWords(at: i, allowBare: true), let h = n, h >= 1, h <= 12, isWord(after, "o'clock") {
            hour = h
            end = after + 1
        } else {
            return nil
        }
        if let zone = lower(end), TemporalGrammar.zones.contains(zone) { end += 1 }
        var meaning = Meaning.fromReference(unit: .day, offset: 0, granularity: .day)
        var written: WrittenDate?
        var k = end
        if isWord(k, ",") || isWord(k, "on") { k += 1 }
        if let day = dayWord(at: k), day.clock == nil { meaning = day.meaning; end = day.tokens.upperBound }
        else if let date = calendarDate(at: k) { meaning = date.meaning; end = date.tokens.upperBound; written = date.written }
        else if let (weekday, after) = weekdayName(at: k) { meaning = .weekday(weekday, shift: nil); end = after }
        if hour == 24 { hour = 0; if case .weekday = meaning {} else if case .fromReference = meaning { meaning = .fromReference(unit: .day, offset: 1, granularity: .day) } }
        var r = recognised(i, end, meaning, type: .time)
        r.clock = ClockTime(hour: hour, minute: minute)
        r.written = written
        return r
    }

    static let zones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt"]

    /// "a.m.", "p.m.", "am", "pm", "a.m", "p.m".
    private func meridiem(at i: Int) -> (Bool, Int)? {
        guard let word = lower(i) else { return nil }
        if word == "am" || word == "pm" { return (word == "pm", i + 1) }
        if (word == "a" || word == "p"), isWord(i + 1, "."), isWord(i + 2, "m"), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore {
            var end = i + 3
            // The final period belongs to the abbreviation (and may end the sentence too).
            if isWord(end, "."), !tokens[end].spaceBefore { end += 1 }
            return (word == "p", end)
        }
        return nil
    }

    // MARK: Sets

    /// "every Tuesday", "each year", "daily", "every other week", "annually", "once a year".
    private func setExpression(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        if let value = entry(i)?.frequency {
            // An adjective before a noun names a kind of thing, not a recurrence: "its quarterly dividend".
            if isAny(i - 1, ["its", "their", "the", "first", "initial", "regular"]),
               let next = tokens[safe: i + 1], next.kind == .word, entry(i + 1)?.startsExpression != true { return nil }
            return recognised(i, i + 1, .set(value))
        }
        if word == "every" || word == "each" || word == "per" {
            var j = i + 1
            var step = "1"
            if isWord(j, "other") { j += 1; step = "2" }
            if let (n, after) = quantity(at: j, allowArticle: false), let count = n, count > 1 { step = String(count); j = after }
            if let u = unit(at: j) { return recognised(i, u.end, .set(u.unit.durationValue(step))) }
            if let (day, end) = weekdayName(at: j) { return recognised(i, end, .set("XXXX-WXX-\(day)")) }
            if let (month, end) = monthName(at: j) { return recognised(i, end, .set(String(format: "XXXX-%02d", month))) }
            if let part = entry(j)?.partOfDay { return recognised(i, j + 1, .set("TXX\(part)")) }
        }
        return nil
    }

    // MARK: Holidays

    /// "Christmas", "Thanksgiving Day", "Easter", "Election Day", "New Year's Day".
    private func holiday(at i: Int) -> Recognised? {
        guard let word = lower(i), tokens[i].isCapitalized else { return nil }
        var end = i + 1
        var rule: (@Sendable (Int) -> DocumentDateParts?)?
        switch word {
        case "christmas":
            if isWord(end, "eve") { end += 1; rule = { DocumentDateParts(year: $0, month: 12, day: 24) } }
            else { if isWord(end, "day") { end += 1 }; rule = { DocumentDateParts(year: $0, month: 12, day: 25) } }
        case "thanksgiving":
            if isWord(end, "day") { end += 1 }
            rule = { TemporalGrammar.nthWeekday(4, weekday: 4, month: 11, year: $0) }
        case "easter":
            if isWord(end, "sunday") { end += 1 }
            rule = { TemporalGrammar.easter($0) }
        case "election":
            guard isWord(end, "day") else { return nil }
            end += 1
            rule = { year in TemporalGrammar.nthWeekday(1, weekday: 1, month: 11, year: year).map { DocumentDateParts(year: year, month: 11, day: $0.day + 1) } }
        case "labor":
            guard isWord(end, "day") else { return nil }
            end += 1
            rule = { TemporalGrammar.nthWeekday(1, weekday: 1, month: 9, year: $0) }
        case "memorial":
            guard isWord(end, "day") else { return nil }
            end += 1
            rule = { TemporalGrammar.lastWeekday(1, month: 5, year: $0) }
        case "new":
            guard let k = phrase(end, ["year", "'s", "day"]) ?? phrase(end, ["year", "'s", "eve"]) else { return nil }
            let eve = isWord(k - 1, "eve")
            end = k
            rule = { eve ? DocumentDateParts(year: $0, month: 12, day: 31) : DocumentDateParts(year: $0, month: 1, day: 1) }
        case "independence", "veterans", "valentine", "halloween":
            if word == "valentine" && isWord(end, "'s") { end += 1 }
            let key = word == "halloween" ? "halloween" : word == "valentine" ? "valentine's day" : "\(word) day"
            guard word == "halloween" || isWord(end, "day") else { return nil }
            if word != "halloween" { end += 1 }
            guard let fixed = Lexicon.fixedHolidays[key] else { return nil }
            rule = { DocumentDateParts(year: $0, month: fixed.month, day: fixed.day) }
        default: return nil
        }
        guard let rule else { return nil }
        var k = end
        if isWord(k, ",") { k += 1 }
        if let (y, afterYear) = year(at: k), let parts = rule(y) {
            return recognised(i, afterYear, .point(CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day)))
        }
        return recognised(i, end, .holiday(rule))
    }

    static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> DocumentDateParts? {
        let first = DocumentDate(year: year, month: month, day: 1)
        let offset = (weekday - first.isoWeekday + 7) % 7
        return DocumentDateParts(year: year, month: month, day: 1 + offset + (n - 1) * 7)
    }

    static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> DocumentDateParts? {
        let days = DocumentDate.daysIn(month: month, year: year)
        let last = DocumentDate(year: year, month: month, day: days)
        let back = (last.isoWeekday - weekday + 7) % 7
        return DocumentDateParts(year: year, month: month, day: days - back)
    }

    /// Gregorian Easter Sunday (anonymous algorithm).
    static func easter(_ year: Int) -> DocumentDateParts? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return DocumentDateParts(year: year, month: month, day: day)
    }

    // MARK: Financial comparisons

    /// "a year earlier" is counted; here: "year-earlier", "the year-ago quarter", "the year-earlier
    /// period", "the comparable year-ago quarter", "the corresponding period last year".
    private func reportingComparison(at i: Int) -> Recognised? {
        var j = i
        if isWord(j, "the") { j += 1 }
        if isAny(j, ["comparable", "corresponding", "same"]) { j += 1 }
        guard isWord(j, "year"), let h = afterHyphen(j + 1), isAny(h, ["earlier", "ago"]) else {
            if let k = phrase(i, ["the", "corresponding", "period", "last", "year"]) ?? phrase(i, ["the", "same", "period", "last", "year"]) ?? phrase(i, ["the", "same", "period", "a", "year", "earlier"]) ?? phrase(i, ["the", "same", "period", "a", "year", "ago"]) {
                return recognised(i, k, .reportingPeriod(unit: .quarter, year: .fromMentioned(-1)))
            }
            return nil
        }
        var end = h + 1
        if let word = lower(end), ["quarter", "period", "nine", "third", "second", "first", "fourth", "month", "months", "year", "half"].contains(word) {
            if word == "nine" { guard isWord(end + 1, "months") else { return recognised(i, end, .fromMentioned(unit: .year, offset: -1, granularity: nil)) }; return recognised(i, end + 2, .duration("P9M")) }
            if ["third", "second", "first", "fourth"].contains(word) {
                guard isWord(end + 1, "quarter") else { return nil }
                let q = Lexicon.ordinals[word]!
                return recognised(i, end + 2, .periodOfYear(unit: .quarter, index: q, year: .fromMentioned(-1)))
            }
            if word == "quarter" || word == "period" { return recognised(i, end + 1, .reportingPeriod(unit: .quarter, year: .fromMentioned(-1))) }
            end += 1
        } else if j > i {
            return nil
        }
        return recognised(i, end, .fromMentioned(unit: .year, offset: -1, granularity: nil))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
