import CopydeskCore
import CopydeskText

/// Expressions built on others: a day of a named month ("the 24th of last month"), a weekday after a day ("the Monday after Easter"), a day and its clock
/// time ("tues at 7pm"), and periods counted from the current one ("the week after next").
extension TemporalGrammar {
    /// The compound expressions at token `i`, the longest first found.
    func compound(at i: Int) -> Recognised? {
        var best: Recognised?
        for candidate in [dayOfMonthExpression(at: i), weekdayAfterDay(at: i), dayAtClock(at: i), countedFromCurrent(at: i)] {
            guard let candidate else { continue }
            if best == nil || candidate.tokens.upperBound > best!.tokens.upperBound { best = candidate }
        }
        return best
    }

    /// A month after "of" or "in": "the month", "this month", "next month", "last month", "June",
    /// "April 2027"; its meaning and the token after it.
    func monthSpecification(at m: Int) -> (Meaning, Int)? {
        if let after = phrase(m, [.the, .month]) ?? phrase(m, [.this, .month]) {
            return (.fromReference(unit: .month, offset: 0, granularity: .month), after)
        }
        if let after = phrase(m, [.next, .month]) { return (.fromReference(unit: .month, offset: 1, granularity: .month), after) }
        if let after = phrase(m, [.last, .month]) { return (.fromReference(unit: .month, offset: -1, granularity: .month), after) }
        if let index = entry(m)?.month, tokens[m].isCapitalized || (index != 3 && index != 5) {
            if let (y, afterYear) = year(at: m + 1) { return (.point(CalendarPoint(unit: .month, year: y, index: index)), afterYear) }
            return (.month(index, shift: nil), m + 1)
        }
        return nil
    }

    /// "the 20th", "the 24th of last month", "the 1st of next month", "the last day of the month",
    /// "the first day of June". A bare ordinal day needs a preposition before it and no noun after it
    /// ("the 20th anniversary" is not a date).
    func dayOfMonthExpression(at i: Int) -> Recognised? {
        guard isWord(i, .the) else { return nil }
        if isAny(i + 1, [.first, .last]), isWord(i + 2, .day), isWord(i + 3, .of), let (month, end) = monthSpecification(at: i + 4) {
            return recognised(i, end, .dayOfMonth(day: isWord(i + 1, .last) ? -1 : 1, month: month))
        }
        guard let token = tokens[safe: i + 1], startsWithDigit(token), let (day, afterDay) = dayOfMonth(at: i + 1),
              token.kind == .word || afterDay == i + 3 else { return nil }
        if isWord(afterDay, .of), let (month, end) = monthSpecification(at: afterDay + 1) {
            return recognised(i, end, .dayOfMonth(day: day, month: month))
        }
        guard isAny(i - 1, [.on, .by, .to, .until, .till, .from, .since, .before, .after, .of, .`for`]) else { return nil }
        if let next = tokens[safe: afterDay], next.kind != .punctuation, !Self.afterOrdinalDay.contains(next.word) { return nil }
        return recognised(i, afterDay, .dayOfMonth(day: day, month: nil))
    }

    /// Words that may follow "on the 20th" in a sentence.
    static let afterOrdinalDay: WordSet = [
        .and, .or, .at, .to, .until, .till, .through, .when, .after, .before, .`for`, .but, .so, .`as`, .`in`,
        .from, .with, .`is`, .was, .will, .would, .`if`, .because, .instead, .then,
    ]

    /// "the Monday after Easter", "the Friday before Christmas", "the Sunday after June 4".
    func weekdayAfterDay(at i: Int) -> Recognised? {
        guard isWord(i, .the), let (weekday, end) = weekdayName(at: i + 1), isAny(end, [.after, .before]),
              let anchor = holiday(at: end + 1) ?? calendarDate(at: end + 1) else { return nil }
        switch anchor.meaning {
        case .holiday, .holidayOfYear, .holidayOccurrence, .monthDay: break
        case .point(let p) where p.unit == .day: break
        default: return nil
        }
        return recognised(i, anchor.tokens.upperBound, .weekdayAfter(weekday: weekday, anchor: anchor.meaning, direction: isWord(end, .after) ? 1 : -1))
    }

    /// "tues at 7pm", "tmrw morning at 10am", "Friday at 9:30": a day, then its clock time.
    func dayAtClock(at i: Int) -> Recognised? {
        var day: Recognised
        if let word = dayWord(at: i), lower(i) != "tonight" { day = word }
        else if let (weekday, end) = weekdayName(at: i) {
            day = recognised(i, end, .weekday(weekday, shift: nil))
            if let part = entry(end)?.partOfDay { day.tokens = i..<(end + 1); day.clock = ClockTime(partOfDay: part) }
        } else { return nil }
        let at = day.tokens.upperBound
        guard isWord(at, .at), let clock = clockTime(at: at + 1, attachDay: false), var hour = clock.clock?.hour else { return nil }
        if let part = day.clock?.partOfDay, hour < 12, ["AF", "EV", "NI"].contains(part), meridiem(at: at + 2) == nil,
           !(lower(at + 1)?.hasSuffix("am") ?? false) { hour += 12 }
        day.tokens = i..<clock.tokens.upperBound
        day.clock = ClockTime(hour: hour, minute: clock.clock?.minute)
        day.type = .time
        return day
    }

    /// "the week after next", "this time next year", "this time tomorrow", "the same month last year".
    func countedFromCurrent(at i: Int) -> Recognised? {
        if isWord(i, .the), let u = unit(at: i + 1), !u.plural, [.week, .month, .year].contains(u.unit), let end = phrase(u.end, [.after, .next]) {
            return recognised(i, end, .fromReference(unit: u.unit, offset: 2, granularity: u.unit))
        }
        if let k = phrase(i, [.this, .time]) {
            if let day = dayWord(at: k), day.clock == nil, !isWord(k, .today) { return recognised(i, day.tokens.upperBound, day.meaning) }
            if isAny(k, [.next, .last]), let u = unit(at: k + 1), !u.plural, [.week, .month, .year].contains(u.unit) {
                return recognised(i, u.end, .fromReference(unit: u.unit, offset: isWord(k, .next) ? 1 : -1, granularity: .day))
            }
        }
        if let k = phrase(i, [.the, .same]), let u = unit(at: k), !u.plural, u.unit >= .day, u.unit <= .quarter,
           let end = phrase(u.end, [.last, .year]) ?? phrase(u.end, [.a, .year, .earlier]) ?? phrase(u.end, [.a, .year, .ago]) {
            return recognised(i, end, .shifted(.fromMentioned(unit: u.unit, offset: 0, granularity: u.unit), unit: .year, offset: -1))
        }
        return nil
    }

    /// A day or period a count is anchored to: "this month", "last week", "yesterday", "today",
    /// "on Saturday" (in five years ago this month", "two weeks ago on Saturday").
    func countAnchor(at k: Int) -> (Meaning, Int)? {
        if let day = dayWord(at: k), day.clock == nil { return (day.meaning, day.tokens.upperBound) }
        if isWord(k, .on), let (weekday, end) = weekdayName(at: k + 1) { return (.weekday(weekday, shift: 0), end) }
        if isAny(k, [.this, .last, .next]), let u = unit(at: k + 1), !u.plural, u.unit >= .week, u.unit <= .year, u.unit != .weekend {
            let offset = isWord(k, .this) ? 0 : isWord(k, .last) ? -1 : 1
            return (.fromReference(unit: u.unit, offset: offset, granularity: u.unit), u.end)
        }
        return nil
    }

    /// "that March morning in 2019", "that summer in 2021", "the Christmas of 1914": a year written
    /// after a month, season or holiday (and a part of the day) anchors it.
    func anchoredToYear(_ r: Recognised) -> Recognised? {
        var k = r.tokens.upperBound
        if entry(k)?.partOfDay != nil { k += 1 }
        guard isAny(k, [.`in`, .of]), tokens[safe: k + 1]?.digitCount == 4, let (year, end) = year(at: k + 1) else { return nil }
        var anchored = r
        switch r.meaning {
        case .month(let month, _): anchored.meaning = .point(CalendarPoint(unit: .month, year: year, index: month))
        case .season(let season, _): anchored.meaning = .point(CalendarPoint(unit: .season, year: year, index: season))
        case .monthDay(let month, let day): anchored.meaning = .point(CalendarPoint(unit: .day, year: year, index: month, day: day))
        case .holiday(let rule):
            guard let parts = rule(year) else { return nil }
            anchored.meaning = .point(CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day))
        default: return nil
        }
        anchored.tokens = r.tokens.lowerBound..<end
        return anchored
    }
}
