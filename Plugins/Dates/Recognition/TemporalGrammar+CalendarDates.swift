import CopydeskCore

/// Calendar dates: month first, day first, and all-numeric.
extension TemporalGrammar {
    /// "Friday, Oct. 23, 1998", "Dec. 6", "6 December 2025", "July 1997", "May 26, 1980",
    /// "10/23/1989", "1998-01-08", "January".
    func calendarDate(at i: Int) -> Recognised? {
        var start = i
        var weekday: (Int, Range<Int>)?
        var j = i
        if let (w, end) = weekdayName(at: i) {
            var k = end
            if isWord(k, .comma) { k += 1 }
            if k < tokens.count, !tokens[k].paragraphBreakBefore,
               monthName(at: k) != nil || dayOfMonth(at: k) != nil || tokens[k].number != nil {
                weekday = (w, tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound)
                j = k
            }
        }
        if isWord(j, .the), dayOfMonth(at: j + 1) != nil, isWord(j + 2, .of) || monthName(at: j + 2) != nil { j += 1; if weekday == nil { start = j } }
        var best: Recognised?
        if let r = monthFirst(at: j) ?? dayFirst(at: j) ?? numeric(at: j) { best = r }
        guard var r = best else { return nil }
        // "2026-03-09 23:15", "June 5 10:30pm": a day and the clock time written right after it.
        if r.clock == nil, isDayLevel(r.meaning), !isWord(r.tokens.upperBound, .midnight),
           tokens[safe: r.tokens.upperBound].map({ !$0.lineBreakBefore }) ?? false {
            if let clock = clockTime(at: r.tokens.upperBound, attachDay: false), let hour = clock.clock?.hour {
                r.tokens = r.tokens.lowerBound..<clock.tokens.upperBound
                r.clock = ClockTime(hour: hour, minute: clock.clock?.minute)
                r.type = .time
            }
        }
        if let weekday, r.written != nil {
            r.written?.weekday = weekday.0
            r.written?.weekdayRange = weekday.1
            r.tokens = start..<r.tokens.upperBound
        } else if r.tokens.lowerBound > start && weekday == nil {
            r.tokens = start..<r.tokens.upperBound
        }
        return r
    }

    /// Whether a meaning names a single day.
    func isDayLevel(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .monthDay: return true
        case .point(let p): return p.unit == .day
        default: return false
        }
    }

    func writtenRange(_ from: Int, _ to: Int) -> Range<Int> { tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound }

    /// "Dec. 6", "Dec. 6, 2025", "December 2025", "December of 1995", "January".
    func monthFirst(at i: Int, inRange: Bool = false) -> Recognised? {
        // "Mar-2025": a spreadsheet's month and year.
        if let month = entry(i)?.month, tokens[i].isCapitalized, isWord(i + 1, .hyphen), let y = tokens[safe: i + 2]?.number, tokens[i + 2].digitCount == 4,
           !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, (1000...2199).contains(y) {
            return recognised(i, i + 3, .point(CalendarPoint(unit: .month, year: y, index: month)))
        }
        guard let (month, afterMonth) = monthName(at: i) else { return nil }
        if let (day, afterDay) = dayOfMonth(at: afterMonth), tokens[afterMonth].kind == .number || !isWord(afterMonth, .second) {
            // Not "May 5,000".
            if isWord(afterDay, .comma), let next = tokens[safe: afterDay + 1], next.number != nil, next.digitCount == 3, !next.spaceBefore { return nil }
            if isWord(afterDay, .percentSign) { return nil }
            // "May 5:30" is not a date; "Thursday, Jan. 6: The ..." is.
            if isWord(afterDay, .colon), tokens[safe: afterDay + 1].map({ $0.number != nil && !$0.spaceBefore }) ?? false { return nil }
            var end = afterDay
            var foundYear: Int?
            var k = afterDay
            if isWord(k, .comma) { k += 1 }
            if let (y, afterYear) = year(at: k) { foundYear = y; end = afterYear }
            var r = recognised(i, end, foundYear.map { .point(CalendarPoint(unit: .day, year: $0, index: month, day: day)) } ?? .monthDay(month: month, day: day))
            r.written = WrittenDate(style: .monthDay, month: month, day: day, year: foundYear, monthText: tokens[i].range, range: writtenRange(i, end))
            return r
        }
        var k = afterMonth
        if isWord(k, .comma) || isWord(k, .of) { k += 1 }
        if let (y, afterYear) = year(at: k) {
            return recognised(i, afterYear, .point(CalendarPoint(unit: .month, year: y, index: month)))
        }
        // "June last year", "January this year".
        if let shift = isAny(k, [.last, .this, .next]) ? (isWord(k, .last) ? -1 : isWord(k, .this) ? 0 : 1) : nil, isWord(k + 1, .year) {
            return recognised(i, k + 2, .monthOfYear(month, yearOffset: shift))
        }
        // "from January through April of last year": the first month of a range takes the year of the second.
        if !inRange, let connector = lower(afterMonth), ["to", "through", "until", "till", "-", "and"].contains(connector),
           isAny(i - 1, [.from, .between]) || connector == "-", let second = monthFirst(at: afterMonth + 1, inRange: true) {
            switch second.meaning {
            case .point(let p) where p.unit == .month: return recognised(i, afterMonth, .point(CalendarPoint(unit: .month, year: p.year, index: month)))
            case .monthOfYear(_, let offset): return recognised(i, afterMonth, .monthOfYear(month, yearOffset: offset))
            default: break
            }
        }
        // A month alone: "May" and "March" are also verbs; they need a capital and a preposition. In
        // readers' lower case, a preposition introduces the others ("see you in january").
        guard tokens[i].isCapitalized || isAny(i - 1, Self.monthPrepositions) else { return nil }
        // "we always go to the coast in August": a habit, every year.
        if isWord(i - 1, .`in`), hasHabitualAdverb(before: i) { return recognised(i, afterMonth, .set(String(format: "XXXX-%02d", month))) }
        if month == 5 || month == 3 {
            guard isAny(i - 1, [.`in`, .since, .until, .by, .of, .early, .late, .mid, .last, .next, .this, .from, .through, .to, .before, .after, .during, .hyphen]) else { return nil }
        }
        if isWord(afterMonth, .fullStop), !tokens[afterMonth].spaceBefore, afterMonth > i + 1 {
            return recognised(i, afterMonth - 0, .month(month, shift: nil))
        }
        return recognised(i, afterMonth, .month(month, shift: nil))
    }

    /// "6 December 2025", "the 6th of December", "6 Dec".
    func dayFirst(at i: Int) -> Recognised? {
        if let first = firstDayOfRange(at: i) { return first }
        guard let (day, afterDay) = dayOfMonth(at: i), tokens[i].kind == .number || tokens[i].lower.first?.isNumber == true || isWord(afterDay, .of) else { return nil }
        var k = afterDay
        if isWord(k, .of) { k += 1 }
        guard k < tokens.count, !tokens[k].paragraphBreakBefore, let (month, afterMonth) = monthName(at: k) else { return nil }
        var end = afterMonth
        var foundYear: Int?
        var y = afterMonth
        if isWord(y, .comma) { y += 1 }
        if let (value, afterYear) = year(at: y) { foundYear = value; end = afterYear }
        var r = recognised(i, end, foundYear.map { .point(CalendarPoint(unit: .day, year: $0, index: month, day: day)) } ?? .monthDay(month: month, day: day))
        r.written = WrittenDate(style: .dayMonth, month: month, day: day, year: foundYear, monthText: tokens[k].range, range: writtenRange(i, end))
        return r
    }

    /// The first day of a day range that writes the month once: "12" in "12-14 October", "3" in "from 3
    /// to 19 April"; the second day is read on its own.
    func firstDayOfRange(at i: Int) -> Recognised? {
        guard let day = tokens[safe: i]?.number, tokens[i].digitCount <= 2, (1...31).contains(day) else { return nil }
        var k = i + 1
        if isWord(k, .hyphen), !tokens[k].spaceBefore, k + 1 < tokens.count, !tokens[k + 1].spaceBefore { k += 1 }
        else if isAny(k, [.to, .until, .through, .and]) { k += 1 }
        else { return nil }
        guard let second = tokens[safe: k]?.number, second > day, second <= 31, let rest = dayFirst(at: k), case let (month, year)? = {
            switch rest.meaning {
            case .monthDay(let month, _): return (month, Int?.none)
            case .point(let point) where point.unit == .day: return (point.index, point.year)
            default: return nil
            }
        }() else { return nil }
        return recognised(i, i + 1, year.map { .point(CalendarPoint(unit: .day, year: $0, index: month, day: day)) } ?? .monthDay(month: month, day: day))
    }

    /// "10/23/1989", "23.10.1989", "25/12/2025", "15-03-2026", "1998-01-08", "2015-3-3", "2026/03/15",
    /// "2026.04.20"; a month and year, "2/2013"; a quarter or half, "Q2 2026", "Q4/2025", "H1 2026";
    /// an ISO week, "2026-W14".
    func numeric(at i: Int) -> Recognised? {
        if let period = numericPeriod(at: i) { return period }
        guard let first = tokens[safe: i], let a = first.number else { return nil }
        func joined(_ range: ClosedRange<Int>) -> Bool { range.allSatisfy { $0 < tokens.count && !tokens[$0].spaceBefore } }
        // "20260215": a compact ISO date, a valid one in the last century or this.
        if first.digitCount == 8, !isAny(i - 1, [.numberSign, .no, .number]) {
            let (y, m, d) = (a / 10000, a / 100 % 100, a % 100)
            guard (1900...2099).contains(y), (1...12).contains(m), d >= 1, d <= DocumentDate.daysIn(month: m, year: y) else { return nil }
            var r = recognised(i, i + 1, .point(CalendarPoint(unit: .day, year: y, index: m, day: d)))
            r.written = WrittenDate(style: .numeric, month: m, day: d, year: y, range: writtenRange(i, i + 1))
            return r
        }
        // "31/Oct/1974", "31-Oct-74", "1-Jan-2027": a day, a month's name and a year, one separator between.
        if first.digitCount <= 2, (1...31).contains(a), let sep = lower(i + 1), sep == "/" || sep == "-", let month = entry(i + 2)?.month,
           lower(i + 3) == sep, let y = tokens[safe: i + 4]?.number, tokens[i + 4].digitCount == 4 || tokens[i + 4].digitCount == 2, joined((i + 1)...(i + 4)) {
            let fullYear = tokens[i + 4].digitCount == 4 ? y : (y < 50 ? 2000 + y : 1900 + y)
            guard a <= DocumentDate.daysIn(month: month, year: fullYear) else { return nil }
            var r = recognised(i, i + 5, .point(CalendarPoint(unit: .day, year: fullYear, index: month, day: a)))
            r.written = WrittenDate(style: .dayMonth, month: month, day: a, year: fullYear, monthText: tokens[i + 2].range, range: writtenRange(i, i + 5))
            return r
        }
        // "2026-12": an ISO month; not "2011-12", a season or fiscal year written as its two years.
        if first.digitCount == 4, (1000...2199).contains(a), isWord(i + 1, .hyphen), let m = tokens[safe: i + 2]?.number, tokens[i + 2].digitCount == 2,
           (1...12).contains(m), joined((i + 1)...(i + 2)), m != (a + 1) % 100, !(isAny(i + 3, [.hyphen, .slash]) && joined((i + 3)...(i + 3))) {
            return recognised(i, i + 3, .point(CalendarPoint(unit: .month, year: a, index: m)))
        }
        if let dayMonth = numericDayAndMonth(at: i) { return dayMonth }
        // Year first: 1998-01-08, 2015-3-3, 2026/03/15, 2026.04.20 (one separator throughout).
        if first.digitCount == 4, let sep = lower(i + 1), ["-", "/", "."].contains(sep), let m = tokens[safe: i + 2]?.number,
           lower(i + 3) == sep, let d = tokens[safe: i + 4]?.number, tokens[i + 2].digitCount <= 2, tokens[i + 4].digitCount <= 2,
           joined((i + 1)...(i + 4)), (1...12).contains(m), (1...31).contains(d), !(lower(i + 5) == sep && joined((i + 5)...(i + 5))) {
            var r = recognised(i, i + 5, .point(CalendarPoint(unit: .day, year: a, index: m, day: d)))
            r.written = WrittenDate(style: .numeric, month: m, day: d, year: a, range: writtenRange(i, i + 5))
            return r
        }
        // "2026-03-10T14:30": an ISO date and time (the day and hour are one token, "10t14").
        if first.digitCount == 4, isWord(i + 1, .hyphen), let m = tokens[safe: i + 2]?.number, isWord(i + 3, .hyphen), let dayHour = lower(i + 4),
           joined((i + 1)...(i + 6)), isWord(i + 5, .colon), let minute = tokens[safe: i + 6]?.number, tokens[i + 6].digitCount == 2, minute < 60 {
            let parts = dayHour.split(separator: "t", omittingEmptySubsequences: false)
            if parts.count == 2, let d = Int(parts[0]), let h = Int(parts[1]), parts[0].count == 2, parts[1].count == 2, (1...12).contains(m), (1...31).contains(d), h < 24 {
                var r = recognised(i, i + 7, .point(CalendarPoint(unit: .day, year: a, index: m, day: d)), type: .time)
                r.clock = ClockTime(hour: h, minute: minute)
                r.written = WrittenDate(style: .numeric, month: m, day: d, year: a, range: writtenRange(i, i + 5))
                return r
            }
        }
        // A month and a year: "2/2013", "3/2026".
        if first.digitCount <= 2, (1...12).contains(a), isWord(i + 1, .slash), let y = tokens[safe: i + 2]?.number, tokens[i + 2].digitCount == 4,
           (1900...2099).contains(y), joined((i + 1)...(i + 2)), !isWord(i + 3, .slash) {
            return recognised(i, i + 3, .point(CalendarPoint(unit: .month, year: y, index: a)))
        }
        guard first.digitCount <= 2, let sep = lower(i + 1), sep == "/" || sep == "." || sep == "-", let b = tokens[safe: i + 2]?.number,
              tokens[i + 2].digitCount <= 2, lower(i + 3) == sep, let c = tokens[safe: i + 4]?.number,
              tokens[i + 4].digitCount == 4 || tokens[i + 4].digitCount == 2,
              !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, !tokens[i + 3].spaceBefore, !tokens[i + 4].spaceBefore else { return nil }
        if sep != "/" && tokens[i + 4].digitCount == 2 { return nil }
        let fullYear = tokens[i + 4].digitCount == 4 ? c : (c < 50 ? 2000 + c : 1900 + c)
        // The configured order, unless only the other one makes a date ("25/12/2025"); dotted dates
        // are written day first.
        var (month, day) = numericOrder == .mdy && sep != "." ? (a, b) : (b, a)
        if month > 12 && day <= 12 { (month, day) = (day, month) }
        guard month >= 1, month <= 12, day >= 1, day <= 31 else { return nil }
        var r = recognised(i, i + 5, .point(CalendarPoint(unit: .day, year: fullYear, index: month, day: day)))
        r.written = WrittenDate(style: .numeric, month: month, day: day, year: fullYear, range: writtenRange(i, i + 5))
        if a <= 12 && b <= 12 && a != b { r.written?.swappableNumbers = [a, b] }
        return r
    }

    /// A day and month without a year, after a word that introduces a date: "on 4/25", "ends 30/6",
    /// "for 19.03." (day first, with the closing period); not a fraction ("3/4 of") or a score.
    func numericDayAndMonth(at i: Int) -> Recognised? {
        guard let first = tokens[safe: i], let a = first.number, first.digitCount <= 2, let sep = lower(i + 1), sep == "/" || sep == ".",
              let second = tokens[safe: i + 2], let b = second.number, second.digitCount <= 2, !tokens[i + 1].spaceBefore, !second.spaceBefore,
              isAny(i - 1, [.on, .from, .until, .till, .by, .since, .before, .after, .ends, .due, .`for`]) else { return nil }
        var end = i + 3
        if sep == "." {
            // "19.03." with its closing period, before a word in lower case: a decimal otherwise.
            guard second.digitCount == 2, isWord(i + 3, .fullStop), !tokens[i + 3].spaceBefore,
                  let next = tokens[safe: i + 4], next.spaceBefore, next.kind == .word, !next.isCapitalized else { return nil }
            end = i + 4
        } else if isAny(i + 3, [.slash, .percentSign, .of, .fullStop]) && tokens[safe: i + 3].map({ !$0.spaceBefore || $0.lower == "of" }) ?? false {
            return nil
        }
        var (month, day) = numericOrder == .mdy && sep == "/" ? (a, b) : (b, a)
        if month > 12 && day <= 12 { (month, day) = (day, month) }
        guard (1...12).contains(month), day >= 1, day <= DocumentDate.daysIn(month: month, year: 2000) else { return nil }
        var r = recognised(i, end, .monthDay(month: month, day: day))
        r.written = WrittenDate(style: .numeric, month: month, day: day, year: nil, range: writtenRange(i, i + 3))
        if a <= 12 && b <= 12 && a != b { r.written?.swappableNumbers = [a, b] }
        return r
    }

    /// Whether "always", "usually" or another adverb of habit comes earlier in the clause.
    func hasHabitualAdverb(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 12, !TenseReader.boundaries.contains(tokens[k].word) {
            if ["always", "usually", "normally", "typically", "generally", "traditionally", "often"].contains(tokens[k].lower) { return true }
            k -= 1
        }
        return false
    }

    /// "Q2 2026", "Q4/2025", "H1 2026", "2026-W14", "in wk 12".
    func numericPeriod(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        let bytes = Array(word.utf8)
        if bytes.count == 2, bytes[0] == UInt8(ascii: "q") || bytes[0] == UInt8(ascii: "h"), bytes[1] >= 0x31, bytes[1] <= 0x34 {
            let index = Int(bytes[1] - 0x30)
            let unit: CalendarUnit = bytes[0] == UInt8(ascii: "q") ? .quarter : .half
            guard unit == .quarter || index <= 2, tokens[i].isCapitalized else { return nil }
            var k = i + 1
            if isWord(k, .slash), !tokens[k].spaceBefore { k += 1 }
            guard let y = tokens[safe: k]?.number, tokens[k].digitCount == 4, (1900...2099).contains(y) else { return nil }
            return recognised(i, k + 1, .point(CalendarPoint(unit: unit, year: y, index: index)))
        }
        // "in wk 12", "from week 14": a week of the reference year.
        if id == .wk || id == .week, isAny(i - 1, [.`in`, .from, .by, .until, .since]), let n = tokens[safe: i + 1]?.number,
           tokens[i + 1].digitCount <= 2, (1...53).contains(n), !isAny(i + 2, [.of, .hyphen]) {
            return recognised(i, i + 2, .periodOfYear(unit: .week, index: n, year: .fromReference(0)))
        }
        if let y = tokens[i].number, tokens[i].digitCount == 4, isWord(i + 1, .hyphen), let week = lower(i + 2), week.utf8.first == UInt8(ascii: "w"),
           !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, let n = Int(week.dropFirst()), week.utf8.count == 3, (1...53).contains(n) {
            return recognised(i, i + 3, .point(CalendarPoint(unit: .week, year: y, index: n)))
        }
        return nil
    }
}
