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

    func writtenRange(_ from: Int, _ to: Int) -> Range<Int> { tokens[from].range.lowerBound..<tokens[to - 1].range.upperBound }

    /// "Dec. 6", "Dec. 6, 2025", "December 2025", "December of 1995", "January".
    func monthFirst(at i: Int) -> Recognised? {
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
    func dayFirst(at i: Int) -> Recognised? {
        if let first = firstDayOfRange(at: i) { return first }
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

    /// The first day of a day range that writes the month once: "12" in "12-14 October", "3" in "from 3
    /// to 19 April"; the second day is read on its own.
    func firstDayOfRange(at i: Int) -> Recognised? {
        guard let day = tokens[safe: i]?.number, tokens[i].digitCount <= 2, (1...31).contains(day) else { return nil }
        var k = i + 1
        if isWord(k, "-"), !tokens[k].spaceBefore, k + 1 < tokens.count, !tokens[k + 1].spaceBefore { k += 1 }
        else if isAny(k, ["to", "until", "through", "and"]) { k += 1 }
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
        // Year first: 1998-01-08, 2015-3-3, 2026/03/15, 2026.04.20 (one separator throughout).
        if first.digitCount == 4, let sep = lower(i + 1), ["-", "/", "."].contains(sep), let m = tokens[safe: i + 2]?.number,
           lower(i + 3) == sep, let d = tokens[safe: i + 4]?.number, tokens[i + 2].digitCount <= 2, tokens[i + 4].digitCount <= 2,
           joined((i + 1)...(i + 4)), (1...12).contains(m), (1...31).contains(d), !(isAny(i + 5, [sep]) && joined((i + 5)...(i + 5))) {
            var r = recognised(i, i + 5, .point(CalendarPoint(unit: .day, year: a, index: m, day: d)))
            r.written = WrittenDate(style: .numeric, month: m, day: d, year: a, range: writtenRange(i, i + 5))
            return r
        }
        // A month and a year: "2/2013", "3/2026".
        if first.digitCount <= 2, (1...12).contains(a), isWord(i + 1, "/"), let y = tokens[safe: i + 2]?.number, tokens[i + 2].digitCount == 4,
           (1900...2099).contains(y), joined((i + 1)...(i + 2)), !isWord(i + 3, "/") {
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

    /// "Q2 2026", "Q4/2025", "H1 2026", "2026-W14".
    func numericPeriod(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let bytes = Array(word.utf8)
        if bytes.count == 2, bytes[0] == UInt8(ascii: "q") || bytes[0] == UInt8(ascii: "h"), bytes[1] >= 0x31, bytes[1] <= 0x34 {
            let index = Int(bytes[1] - 0x30)
            let unit: CalendarUnit = bytes[0] == UInt8(ascii: "q") ? .quarter : .half
            guard unit == .quarter || index <= 2, tokens[i].isCapitalized else { return nil }
            var k = i + 1
            if isWord(k, "/"), !tokens[k].spaceBefore { k += 1 }
            guard let y = tokens[safe: k]?.number, tokens[k].digitCount == 4, (1900...2099).contains(y) else { return nil }
            return recognised(i, k + 1, .point(CalendarPoint(unit: unit, year: y, index: index)))
        }
        if let y = tokens[i].number, tokens[i].digitCount == 4, isWord(i + 1, "-"), let week = lower(i + 2), week.utf8.first == UInt8(ascii: "w"),
           !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, let n = Int(week.dropFirst()), week.utf8.count == 3, (1...53).contains(n) {
            return recognised(i, i + 3, .point(CalendarPoint(unit: .week, year: y, index: n)))
        }
        return nil
    }
}
