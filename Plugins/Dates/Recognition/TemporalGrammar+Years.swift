import CopydeskCore

/// Years, decades and centuries.
extension TemporalGrammar {
    /// "1998", "fiscal 1989", "the 1990s", "the nineties", "the 20th century", "this century", "the year 2000".
    func yearLike(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if id == .fiscal || id == .calendar || id == .fy {
            if let (y, end) = year(at: i + 1) { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            if let k = phrase(i + 1, [.year]), let (y, end) = year(at: k) { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            return nil
        }
        if id == .the {
            if let k = phrase(i + 1, [.year]), let (y, end) = year(at: k) { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            if let (y, end) = spokenYear(at: i + 1), y >= 2000 { return recognised(i, end, .point(CalendarPoint(unit: .year, year: y))) }
            if let decade = decade(at: i + 1) { return recognised(i, decade.end, .point(decadePoint(decade.year))) }
            if let (c, end) = century(at: i + 1) { return recognised(i, end, .point(CalendarPoint(unit: .century, year: c))) }
            return nil
        }
        if let decade = decade(at: i) { return recognised(i, decade.end, .point(decadePoint(decade.year))) }
        if let (c, end) = century(at: i) { return recognised(i, end, .point(CalendarPoint(unit: .century, year: c))) }
        if let (y, end) = year(at: i) {
            let token = tokens[i]
            if token.number != nil {
                guard y >= 1600 && y <= 2100 else { return nil }
                // Amounts, not years: "$1990", "1,990", "1990 shares", "2000-2001 ... ranges" are fine.
                if isAny(i - 1, [.dollarSign, .poundSign, .euroSign, .numberSign, .no, .number, .fullStop]) && !tokens[i].spaceBefore { return nil }
                if isAny(i - 1, [.dollarSign, .poundSign, .euroSign]) { return nil }
                if isWord(i - 1, .comma), tokens[i - 1].spaceBefore == false, tokens[safe: i - 2]?.number != nil, !tokens[i].spaceBefore { return nil }
                if isAny(end, [.percentSign, .slash]) && !(tokens[safe: end + 1]?.number != nil) { return nil }
                // "1990-style" is not a year; "1984 -- part of" and "1984-85" are.
                if isWord(end, .hyphen), !tokens[end].spaceBefore, let next = tokens[safe: end + 1], next.kind == .word, !next.spaceBefore { return nil }
                if let next = lower(end), ["percent", "shares", "people", "feet", "meters", "miles", "tons", "points", "units", "cars", "employees", "jobs", "acres", "pounds", "troops", "yen", "dollars"].contains(next) { return nil }
                if isWord(end, .fullStop) && !tokens[end].spaceBefore, tokens[safe: end + 1]?.number != nil { return nil }
                if isWord(end, .comma), tokens[safe: end + 1]?.number != nil, tokens[safe: end + 1]?.digitCount == 3, !tokens[end + 1].spaceBefore { return nil }
            } else {
                // Spoken years need more than two words and a capital or a preposition before.
                guard isAny(i - 1, [.`in`, .since, .of, .until, .by, .from, .early, .late]) else { return nil }
            }
            return recognised(i, end, .point(CalendarPoint(unit: .year, year: y)))
        }
        return nil
    }

    /// A decade, or a century for "the 1800s" (the hundred years, as TIMEX3 values it: "18").
    func decadePoint(_ year: Int) -> CalendarPoint {
        year % 100 == 0 && year < 2000 ? CalendarPoint(unit: .century, year: year) : CalendarPoint(unit: .decade, year: year)
    }

    /// "1990s", "'90s", "the 90s", "nineties", "mid-1990s".
    func decade(at i: Int) -> (year: Int, end: Int)? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if word.hasSuffix("s"), word.count == 5, let n = Int(word.dropLast()), n % 10 == 0, n >= 1000, n <= 2100 { return (n, i + 1) }
        // "the 90s" (not "in their 90s", an age).
        if word.hasSuffix("s"), word.count == 3, isWord(i - 1, .the), let n = Int(word.dropLast()), n % 10 == 0 { return (n >= 20 ? 1900 + n : 2000 + n, i + 1) }
        if id == .apostrophe || word == "\u{2019}", let next = lower(i + 1), next.count == 3, next.hasSuffix("s"), let n = Int(next.dropLast()), n % 10 == 0 {
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
    static let genericNouns: WordSet = [
        .world, .youth, .society, .generation, .children, .kids, .young, .economy, .standards, .families,
        .teenagers, .students, .culture, .consumers, .computers, .technology, .life, .politics,
    ]

    /// "(the quarter) ended Sept. 30".
    func quarterEnded(at i: Int) -> Meaning? {
        guard isAny(i, [.ended, .ending, .ends, .through]), let date = monthFirst(at: i + 1) else { return nil }
        switch date.meaning {
        case .monthDay(let month, _): return .quarterEnding(month: month, year: nil)
        case .point(let p) where p.unit == .day: return .quarterEnding(month: p.index, year: p.year)
        default: return nil
        }
    }

    static let decadeWords = ["twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                              "seventies": 1970, "eighties": 1980, "nineties": 1990]

    /// "20th century", "twentieth century".
    func century(at i: Int) -> (Int, Int)? {
        guard let (n, end) = dayOfMonth(at: i), isWord(end, .century) || (afterHyphen(end).map { isWord($0, .century) } ?? false) else { return nil }
        return ((n - 1) * 100, (afterHyphen(end) ?? end) + 1)
    }
}
