import CopydeskCore
import CopydeskText

/// Numbers, units, years, days of the month, month and weekday names: the pieces larger productions are made of.
extension TemporalGrammar {
    /// A quantity: digits, number words ("twenty-four", "a hundred"), or a vague one ("several",
    /// "a few"), whose value is nil.
    func quantity(at i: Int, allowArticle: Bool = true) -> (value: Int?, end: Int)? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if let n = tokens[i].number {
            var end = i + 1
            // "5 1/2"
            if let a = tokens[safe: end], a.number != nil, isWord(end + 1, .slash), tokens[safe: end + 2]?.number != nil { end += 3 }
            return (n, end)
        }
        if id == .a || id == .an {
            guard allowArticle else { return nil }
            if isWord(i + 1, .few) { return (nil, i + 2) }
            if isWord(i + 1, .couple) { return (2, isWord(i + 2, .of) ? i + 3 : i + 2) }
            if let (value, end) = numberWords(at: i + 1, allowBare: false), let v = value, v >= 100 { return (v, end) }
            return (1, i + 1)
        }
        if id == .few || id == .several || id == .many || id == .someWord { return (nil, i + 1) }
        if id == .couple { return (2, isWord(i + 1, .of) ? i + 2 : i + 1) }
        if let (value, end) = numberWords(at: i, allowBare: true) { return (value, end) }
        return nil
    }

    /// Cardinal number words: "twenty four", "twenty-four", "two hundred", "hundred".
    func numberWords(at i: Int, allowBare: Bool) -> (Int?, Int)? {
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
    func unit(at i: Int) -> (unit: CalendarUnit, plural: Bool, end: Int)? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if id == .trading || id == .business || id == .working || id == .calendar || id == .fiscal, let u = unit(at: i + 1) { return u }
        if let u = entry(i)?.unit { return (u, word.hasSuffix("s") || id == .centuries || id == .millennia, i + 1) }
        return nil
    }

    /// A four-digit year written in digits, a plausible one, in the same paragraph; not a
    /// 24-hour time ("2000 GMT").
    func year(at i: Int) -> (Int, Int)? {
        guard i < tokens.count, !tokens[i].paragraphBreakBefore else { return nil }
        // "'08", "March '22": a year of this century or the last, its first two digits left out.
        if isWord(i, .apostrophe), let short = tokens[safe: i + 1], let n = short.number, short.digitCount == 2, !short.spaceBefore,
           !(tokens[safe: i + 2].map { !$0.spaceBefore && $0.kind == .word } ?? false) {
            return (n < 50 ? 2000 + n : 1900 + n, i + 2)
        }
        guard let n = tokens[i].number, tokens[i].digitCount == 4, n >= 1000, n <= 2199 else {
            return spokenYear(at: i)
        }
        if TemporalGrammar.zones.contains(word(i + 1)) || isAny(i + 1, [.hours, .hrs]) { return nil }
        return (n, i + 1)
    }

    /// A year spoken in words: "nineteen ninety-seven", "two thousand", "two thousand and one".
    func spokenYear(at i: Int) -> (Int, Int)? {
        if let k = phrase(i, [.two, .thousand]) {
            var end = k
            var year = 2000
            let afterAnd = isWord(end, .and) ? end + 1 : end
            if let (rest, after) = numberWords(at: afterAnd, allowBare: true), let r = rest, r < 100 { year += r; end = after }
            return (year, end)
        }
        guard let century = entry(i)?.cardinal, century >= 10 && century <= 20 else { return nil }
        guard let (rest, end) = numberWords(at: i + 1, allowBare: true), let r = rest, r >= 10, r < 100 else { return nil }
        return (century * 100 + r, end)
    }

    /// A day of the month: "6", "6th", "sixth".
    func dayOfMonth(at i: Int) -> (Int, Int)? {
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
    func monthName(at i: Int) -> (Int, Int)? {
        guard let month = entry(i)?.month, let word = lower(i) else { return nil }
        let id = tokens[i].word
        // A day or a year after a lower-case month makes it one ("may 3rd", "march 2024", "oct 2023").
        let dayOrYearFollows = tokens[safe: i + 1].map { startsWithDigit($0) && $0.digitCount != 3 } ?? false
        // "march" and "may" are a noun and a verb unless capitalised.
        if (month == 3 || month == 5), !tokens[i].isCapitalized, !dayOrYearFollows { return nil }
        if CalendarWords.monthAbbreviations.contains(word) && word.count <= 4 && !["june", "july"].contains(word) {
            // Abbreviations must be capitalised and take a period or a day: "Jan Kavan" is a name.
            // "in feb", "since oct": readers' abbreviations after a preposition that introduces a month.
            let introduced = isAny(i - 1, Self.monthPrepositions) && id != .mar
            guard tokens[i].isCapitalized || dayOrYearFollows || introduced else { return nil }
            let after = afterPeriod(i + 1)
            guard after > i + 1 || tokens[safe: i + 1]?.number != nil || introduced else { return nil }
            return (month, after)
        }
        return (month, i + 1)
    }

    /// Prepositions that introduce a month written in lower case ("see you in january").
    static let monthPrepositions: [Word] = [.`in`, .since, .until, .till, .til, .by, .from, .through, .before, .after, .during]

    static let unambiguousWeekdayAbbreviations: WordSet = [.tues, .thur, .thurs, .fri]

    /// A weekday name (or its abbreviation followed by a period).
    func weekdayName(at i: Int) -> (Int, Int)? {
        guard let day = entry(i)?.weekday, let word = lower(i) else { return nil }
        if CalendarWords.weekdayAbbreviations.contains(word) {
            // "tues", "thurs", "fri" are only weekdays, in comments without their period too; "sat",
            // "sun", "wed" and "mon" are words unless capitalised with a period.
            if Self.unambiguousWeekdayAbbreviations.contains(tokens[i].word) { return (day, isWord(i + 1, .fullStop) && !tokens[i + 1].spaceBefore ? i + 2 : i + 1) }
            // "on sat", "till mon and": after a preposition, before the end of the phrase.
            if isAny(i - 1, [.on, .until, .till, .til, .since, .by]),
               tokens[safe: i + 1].map({ $0.kind == .punctuation || ["and", "or", "at", "night", "morning", "afternoon", "evening"].contains($0.lower) }) ?? true {
                return (day, i + 1)
            }
            guard tokens[i].isCapitalized, isWord(i + 1, .fullStop), !tokens[i + 1].spaceBefore else { return nil }
            return (day, i + 2)
        }
        return (day, i + 1)
    }

    func recognised(_ start: Int, _ end: Int, _ meaning: Meaning, mod: String? = nil, type: TimexType? = nil) -> Recognised {
        Recognised(tokens: start..<end, meaning: meaning, mod: mod, type: type)
    }
}
