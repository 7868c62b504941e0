import CopydeskCore

/// Holidays, fixed and movable.
extension TemporalGrammar {
    /// "Christmas", "Thanksgiving Day", "Easter", "Election Day", "New Year's Day", and the names of
    /// `HolidayNames` ("Good Friday", "Eid al-Fitr", "Rosh Hashanah", "Chinese New Year"): the longest
    /// name wins. A holiday is capitalised, but for a few names readers type in lower case ("xmas").
    func holiday(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        // "next Chinese New Year", "last Easter": the occurrence after or before the reference date.
        if id == .next || id == .last, !isAny(i + 1, [.next, .last, .the]), let named = holiday(at: i + 1), case .holiday(let rule) = named.meaning {
            return recognised(i, named.tokens.upperBound, .holidayOccurrence(rule, shift: id == .next ? 1 : -1))
        }
        // "the Mid-Autumn Festival", "the Christmas of 1914".
        if id == .the, isWord(i + 1, .next) || isWord(i + 1, .last) || entry(i + 1)?.startsExpression == true,
           !isWord(i + 1, .the), var named = holiday(at: i + 1) {
            if case .holidayOccurrence = named.meaning { return nil }
            named.tokens = i..<named.tokens.upperBound
            return named
        }
        var (end, rule) = builtInHoliday(word, at: i) ?? (i, nil)
        if let (namedEnd, named) = namedHoliday(at: i), rule == nil || namedEnd > end {
            end = namedEnd
            rule = { named.day(inYear: $0) }
        }
        guard let rule else { return nil }
        // A short name that reads as an ordinary phrase in lower case ("a good friday for sales", "may
        // day") needs a capital, or a preposition that introduces a day ("on black friday").
        let capitalised = (i..<end).contains { tokens[$0].isCapitalized }
        if HolidayNames.capitalisedOnly.contains(word), !capitalised, end - i < 3,
           !isAny(i - 1, [.on, .`for`, .until, .till, .before, .after, .since, .by]) { return nil }
        // In lower case, a name of two words or more ("boxing day", "lunar new year"), or one of the few
        // one-word names readers type that way.
        if !tokens[i].isCapitalized && !HolidayNames.lowerCaseNames.contains(word) && end - i < 2 { return nil }
        // "bank holiday Monday", "Easter Sunday" written after a name that falls on that weekday.
        if let (weekday, afterWeekday) = weekdayName(at: end), let sample = rule(2024),
           DocumentDate(year: sample.year, month: sample.month, day: sample.day).isoWeekday == weekday {
            end = afterWeekday
        }
        var k = end
        if isWord(k, .comma) || isWord(k, .of) || isWord(k, .`in`) { k += 1 }
        if let (y, afterYear) = year(at: k), let parts = rule(y) {
            return recognised(i, afterYear, .point(CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day)))
        }
        // "Labor Day weekend": the weekend the holiday belongs to.
        if isWord(end, .weekend) { return recognised(i, end + 1, .weekendOf(.holiday(rule))) }
        // "Diwali last year", "Yom Kippur this year", "Ramadan next year".
        for (shift, offset) in [(Word.last, -1), (.this, 0), (.next, 1)] {
            if let after = phrase(end, [shift, .year]) { return recognised(i, after, .holidayOfYear(rule, yearOffset: offset)) }
        }
        return recognised(i, end, .holiday(rule))
    }

    /// The longest name of `HolidayNames` at token `i`, a hyphen in the text skipped; the token past it.
    func namedHoliday(at i: Int) -> (Int, HolidayRule)? {
        guard let word = lower(i), let names = HolidayNames.byFirstWord[word] else { return nil }
        for name in names {
            var k = i
            var matched = true
            for part in name.words {
                if isWord(k, .hyphen) && part != "-" { k += 1 }
                guard lower(k) == part else { matched = false; break }
                k += 1
            }
            if matched { return (k, name.rule) }
        }
        return nil
    }

    /// The holidays read here rather than from `HolidayNames`: their end and rule, or nil.
    private func builtInHoliday(_ word: String, at i: Int) -> (Int, (@Sendable (Int) -> DocumentDateParts?)?)? {
        var end = i + 1
        var rule: (@Sendable (Int) -> DocumentDateParts?)?
        switch word {
        case "christmas":
            if isWord(end, .eve) { end += 1; rule = { DocumentDateParts(year: $0, month: 12, day: 24) } }
            else { if isWord(end, .day) { end += 1 }; rule = { DocumentDateParts(year: $0, month: 12, day: 25) } }
        case "thanksgiving":
            if isWord(end, .day) { end += 1 }
            rule = { TemporalGrammar.nthWeekday(4, weekday: 4, month: 11, year: $0) }
        case "easter":
            if isWord(end, .sunday) { end += 1 }
            rule = { TemporalGrammar.easter($0) }
        case "election":
            guard isWord(end, .day) else { return nil }
            end += 1
            rule = { year in TemporalGrammar.nthWeekday(1, weekday: 1, month: 11, year: year).map { DocumentDateParts(year: year, month: 11, day: $0.day + 1) } }
        case "labor":
            guard isWord(end, .day) else { return nil }
            end += 1
            rule = { TemporalGrammar.nthWeekday(1, weekday: 1, month: 9, year: $0) }
        case "memorial":
            guard isWord(end, .day) else { return nil }
            end += 1
            rule = { TemporalGrammar.lastWeekday(1, month: 5, year: $0) }
        case "new":
            guard let k = phrase(end, [.year, .possessiveS, .day]) ?? phrase(end, [.year, .possessiveS, .eve]) else { return nil }
            let eve = isWord(k - 1, .eve)
            end = k
            rule = { eve ? DocumentDateParts(year: $0, month: 12, day: 31) : DocumentDateParts(year: $0, month: 1, day: 1) }
        case "independence", "veterans", "valentine", "halloween":
            if word == "valentine" && isWord(end, .possessiveS) { end += 1 }
            let key = word == "halloween" ? "halloween" : word == "valentine" ? "valentine's day" : "\(word) day"
            guard word == "halloween" || isWord(end, .day) else { return nil }
            if word != "halloween" { end += 1 }
            guard let fixed = Lexicon.fixedHolidays[key] else { return nil }
            rule = { DocumentDateParts(year: $0, month: fixed.month, day: fixed.day) }
        default: return nil
        }
        return (end, rule)
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
}
