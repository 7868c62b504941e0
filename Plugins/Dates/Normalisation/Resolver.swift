import Foundation
import CopydeskCore

/// A normalised temporal expression: TIMEX3 type, value and modifier.
struct Timex: Sendable, Hashable {
    var type: TimexType
    var value: String
    var mod: String?
    /// Whether the value depends on a reference date that was missing.
    var isUnresolved: Bool = false
}

/// Turns recognised expressions into TIMEX3 values: relative ones against the reference date with
/// the tense of the clause, anaphoric ones ("a year earlier", "the quarter") against the last date
/// the text mentioned, as news copy uses them.
struct Resolver {
    let reference: DocumentDate?
    let tokens: [Token]
    private(set) var lastMentioned: CalendarPoint?
    /// The last quarter or half the text named: the period a financial report is about.
    private(set) var lastReportingPeriod: CalendarPoint?
    /// Whether the text last spoke of a year-to-date stretch ("the first nine months"), after
    /// which "a year earlier" compares years rather than quarters.
    private var yearToDateIsCurrent = false

    init(reference: DocumentDate?, tokens: [Token]) {
        self.reference = reference
        self.tokens = tokens
    }

    private var today: CalendarPoint? { reference.map { CalendarPoint(date: $0) } }

    /// Whether a word marks the clause of the expression being resolved as past.
    private var holidayTenseIsMarkedPast = false
    /// Whether the expression being resolved follows "by", "till" or "through".
    private var afterDeadline = false

    mutating func resolve(_ expression: Recognised) -> Timex {
        let marked = TenseReader.markedTense(around: expression.tokens, in: tokens)
        let tense = marked ?? .past
        holidayTenseIsMarkedPast = marked == .past
        afterDeadline = TenseReader.isDeadline(at: expression.tokens.lowerBound, in: tokens)
        var timex: Timex
        switch expression.meaning {
        case .reference(let value): return Timex(type: .date, value: value, mod: expression.mod)
        case .duration(let value):
            if ["P6M", "P9M", "P2Q", "P3Q"].contains(value) { yearToDateIsCurrent = true }
            return Timex(type: .duration, value: value, mod: expression.mod)
        case .set(let value): return Timex(type: .set, value: value, mod: expression.mod)
        default:
            guard let point = point(for: expression.meaning, tense: tense) else {
                return Timex(type: .date, value: unresolvedValue(expression.meaning), mod: expression.mod, isUnresolved: true)
            }
            var resolved = point
            if let clock = expression.clock, resolved.unit <= .day, resolved.year != nil || resolved.index != 0 {
                if let hour = clock.hour {
                    resolved.unit = .minute
                    resolved.hour = hour
                    resolved.minute = clock.minute ?? 0
                } else if let part = clock.partOfDay {
                    resolved.unit = .partOfDay
                    resolved.partOfDay = part
                }
            }
            let type: TimexType = expression.type ?? (resolved.hour != nil ? .time : .date)
            timex = Timex(type: type, value: resolved.value, mod: expression.mod)
            remember(point, from: expression.meaning)
        }
        return timex
    }

    private mutating func remember(_ point: CalendarPoint, from meaning: Meaning) {
        guard point.year != nil else { return }
        switch meaning {
        case .fromMentioned, .reportingPeriod: return
        default:
            lastMentioned = point
            // A report is about a period that has ended: the current or a forecast quarter is not "the quarter".
            if point.unit == .quarter || point.unit == .half, let year = point.year {
                let endMonth = point.unit == .quarter ? point.index * 3 : point.index * 6
                if let reference, year * 12 + endMonth >= reference.year * 12 + reference.month { return }
                lastReportingPeriod = point
                yearToDateIsCurrent = false
            }
        }
    }

    /// The calendar point a meaning names, or nil when it needs a reference date that is missing.
    private func point(for meaning: Meaning, tense: Tense) -> CalendarPoint? {
        switch meaning {
        case .point(let p):
            return p
        case .fromReference(let unit, let offset, let granularity):
            guard let today, let reference else { return nil }
            if unit == .weekend && offset == 0 && tense != .future && reference.isoWeekday < 6 {
                // "the weekend" in a weekday's copy is the one just past.
                return today.coarsened(to: .weekend).shifted(by: -1, .week)
            }
            if unit < .day {
                // "two hours ago": counted back from the reference time when it has one, else the day.
                guard reference.hasTime else { return today }
                let seconds = unit == .hour ? 3600 : unit == .minute ? 60 : 1
                let moved = reference.instant.addingTimeInterval(TimeInterval(offset * seconds))
                return CalendarPoint(date: DocumentDate(instant: moved, utcOffsetSeconds: reference.utcOffsetSeconds ?? 0))
            }
            return today.coarsened(to: granularity).shifted(by: offset, unit)
        case .fromMentioned(let unit, let offset, let granularity):
            if granularity == nil && unit >= .year {
                // "a year earlier", "a year ago": the period under discussion when the text reports
                // a quarter or half, else the reference date's year.
                if !yearToDateIsCurrent, let period = lastReportingPeriod, let y = period.year, reference.map({ y >= $0.year - 1 }) ?? true {
                    return period.shifted(by: offset, unit)
                }
                if let today { return today.coarsened(to: unit).shifted(by: offset, unit) }
            }
            var base = lastMentioned ?? today
            if let g = granularity, let b = base, b.unit > g { base = today }
            guard var b = base else { return nil }
            if let g = granularity { b = b.coarsened(to: g) }
            if b.unit > unit && unit >= .year { b = b.coarsened(to: unit) }
            if b.unit > unit { b = today?.coarsened(to: unit) ?? b }
            return b.shifted(by: offset, unit)
        case .weekday(let weekday, let shift):
            guard let reference else { return nil }
            let current = reference.isoWeekday
            var days: Int
            switch shift {
            case .some(-1): days = -((current - weekday + 7) % 7); if days == 0 { days = -7 }
            case .some(1): days = (weekday - current + 7) % 7; if days == 0 { days = 7 }
            case .some(let shift) where shift >= 2:
                // "Friday after next": the coming one, and a week more for each step past it.
                days = (weekday - current + 7) % 7; if days == 0 { days = 7 }
                days += 7 * (shift - 1)
            case .some(_): days = weekday - current
            case .none:
                if weekday == current { days = 0 }
                else if tense != .past { days = (weekday - current + 7) % 7 }
                else { days = -((current - weekday + 7) % 7) }
            }
            return CalendarPoint(date: reference.adding(days: days))
        case .month(let month, let shift):
            guard let reference else { return nil }
            let year: Int
            switch shift {
            case .some(-1): year = month < reference.month ? reference.year : reference.year - 1
            case .some(1): year = month > reference.month ? reference.year : reference.year + 1
            case .some(_): year = reference.year
            case .none:
                // In past-tense copy the most recent such month (next month too: news runs ahead by
                // a few weeks); otherwise the nearest one, up to seven months ahead.
                let d = month - reference.month
                // A verb in the future tense puts it in the next twelve months ("will cut jobs in December").
                let window = tense == .future && !afterDeadline ? 0...11 : tense != .past ? (-4)...7 : (-10)...1
                year = reference.year + (window.contains(d) ? 0 : d > 0 ? -1 : 1)
            }
            return CalendarPoint(unit: .month, year: year, index: month)
        case .monthOfYear(let month, let yearOffset):
            guard let reference else { return nil }
            return CalendarPoint(unit: .month, year: reference.year + yearOffset, index: month)
        case .season(let index, let shift):
            guard let today else { return nil }
            let current = today.coarsened(to: .season)
            var candidate = CalendarPoint(unit: .season, year: current.year, index: index)
            let order = { (p: CalendarPoint) in (p.year ?? 0) * 4 + p.index }
            switch shift {
            case .some(-1):
                // "last fall": the season of last year, as "this fall" is this year's.
                candidate.year = (today.year ?? 0) - 1
            case .some(1): while order(candidate) <= order(current) { candidate.year! += 1 }
            case .some(_): break
            case .none:
                if tense == .future { if order(candidate) < order(current) { candidate.year! += 1 } }
                else if order(candidate) > order(current) { candidate.year! -= 1 }
            }
            return candidate
        case .periodOfYear(let unit, let index, let yearSpecification):
            let year: Int?
            switch yearSpecification {
            case .explicit(let y): year = y
            case .fromReference(let k): year = reference.map { $0.year + k }
            case .fromMentioned(let k): year = (lastMentioned?.year ?? reference?.year).map { $0 + k }
            case .unspecified:
                guard let reference else { return nil }
                let startMonth = unit == .quarter ? (index - 1) * 3 + 1 : (index - 1) * 6 + 1
                year = startMonth > reference.month && tense != .future ? reference.year - 1 : reference.year
            }
            guard let year else { return nil }
            return CalendarPoint(unit: unit, year: year, index: index)
        case .reportingPeriod(let unit, let yearSpecification):
            // After "the first nine months", "the 1988 period" is the year.
            if yearToDateIsCurrent, case .explicit(let y) = yearSpecification { return CalendarPoint(unit: .year, year: y) }
            var period: CalendarPoint
            if let last = lastReportingPeriod, last.unit == unit { period = last }
            else if let today { period = today.coarsened(to: unit).shifted(by: -1, unit) }
            else { return nil }
            switch yearSpecification {
            case .explicit(let y): period.year = y
            case .fromReference(let k): if let reference { period.year = reference.year + k }
            case .fromMentioned(let k): period = period.shifted(by: k, .year)
            case .unspecified: break
            }
            return period
        case .quarterEnding(let month, let year):
            if let last = lastReportingPeriod, last.unit == .quarter { return last }
            guard let year = year ?? reference.map({ month > $0.month ? $0.year - 1 : $0.year }) else { return nil }
            // The quarter holding the month before the end month: Aug.-Oct. is mostly the third.
            let index = (month + 10) % 12 / 3 + 1
            return CalendarPoint(unit: .quarter, year: month == 1 ? year - 1 : year, index: index)
        case .monthDay(let month, let day):
            guard let reference else { return nil }
            return CalendarPoint(unit: .day, year: nearestYear(month: month, day: day, reference: reference, tense: tense), index: month, day: day)
        case .holiday(let rule):
            guard let reference else { return nil }
            guard let this = rule(reference.year) else { return nil }
            // A holiday comes every year: where a verb says the copy is past, it is the last one, not one
            // still to come.
            let isAhead = DocumentDate(year: this.year, month: this.month, day: this.day).dayNumber > reference.dayNumber
            let year = isAhead && holidayTenseIsMarkedPast ? reference.year - 1 : nearestYear(month: this.month, day: this.day, reference: reference, tense: tense)
            guard let parts = rule(year) else { return nil }
            return CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day)
        case .weekdayOfMonth(let nth, let weekday, let month):
            guard let month = point(for: month, tense: tense), month.unit == .month, let year = month.year else { return nil }
            guard let parts = nth > 0 ? TemporalGrammar.nthWeekday(nth, weekday: weekday, month: month.index, year: year)
                    : TemporalGrammar.lastWeekday(weekday, month: month.index, year: year),
                  parts.day <= DocumentDate.daysIn(month: parts.month, year: parts.year) else { return nil }
            return CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day)
        case .holidayOfYear(let rule, let yearOffset):
            guard let reference, let parts = rule(reference.year + yearOffset) else { return nil }
            return CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day)
        case .holidayOccurrence(let rule, let shift):
            guard let reference else { return nil }
            // The occurrence in the reference year, or in the year before or after, on the side asked for.
            let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap(rule)
            let days = candidates.map { DocumentDate(year: $0.year, month: $0.month, day: $0.day).dayNumber - reference.dayNumber }
            let pick = shift > 0 ? zip(candidates, days).filter { $0.1 > 0 }.min { $0.1 < $1.1 }?.0
                : zip(candidates, days).filter { $0.1 < 0 }.max { $0.1 < $1.1 }?.0
            guard let parts = pick else { return nil }
            return CalendarPoint(unit: .day, year: parts.year, index: parts.month, day: parts.day)
        case .dayOfMonth(let day, let month):
            if let month {
                guard let m = point(for: month, tense: tense), m.unit == .month, let year = m.year else { return nil }
                let last = DocumentDate.daysIn(month: m.index, year: year)
                guard day == -1 || day <= last else { return nil }
                return CalendarPoint(unit: .day, year: year, index: m.index, day: day == -1 ? last : day)
            }
            guard let today, reference != nil, day >= 1 else { return nil }
            // "docked on the 14th" (past): the last 14th; "is on the 2nd": the next 2nd.
            let thisMonth = today.coarsened(to: .month)
            var shift = 0
            if tense == .past && day > today.day { shift = -1 }
            if tense != .past && day < today.day { shift = 1 }
            let m = thisMonth.shifted(by: shift, .month)
            guard let year = m.year, day <= DocumentDate.daysIn(month: m.index, year: year) else { return nil }
            return CalendarPoint(unit: .day, year: year, index: m.index, day: day)
        case .shifted(let inner, let unit, let offset):
            return point(for: inner, tense: tense)?.shifted(by: offset, unit)
        case .weekdayAfter(let weekday, let anchor, let direction):
            guard let day = point(for: anchor, tense: tense)?.date else { return nil }
            var days = direction > 0 ? (weekday - day.isoWeekday + 7) % 7 : -((day.isoWeekday - weekday + 7) % 7)
            if days == 0 { days = 7 * direction }
            return CalendarPoint(date: day.adding(days: days))
        case .weekendOf(let inner):
            guard let day = point(for: inner, tense: tense)?.date else { return nil }
            let weekend = CalendarPoint(date: day).coarsened(to: .weekend)
            return day.isoWeekday == 1 ? weekend.shifted(by: -1, .week) : weekend
        case .reference, .duration, .set:
            return nil
        }
    }

    /// The year of a month and day: the reference date's, unless that puts it more than four months
    /// ahead in past-tense copy (then last year's) or four months back in the future tense (next year's).
    private func nearestYear(month: Int, day: Int, reference: DocumentDate, tense: Tense) -> Int {
        let safeDay = min(day, DocumentDate.daysIn(month: month, year: reference.year))
        let diff = DocumentDate(year: reference.year, month: month, day: safeDay).dayNumber - reference.dayNumber
        if tense != .past { return diff < -120 ? reference.year + 1 : reference.year }
        return diff > 120 ? reference.year - 1 : reference.year
    }

    /// The value with X for what only a reference date could tell.
    private func unresolvedValue(_ meaning: Meaning) -> String {
        switch meaning {
        case .weekday(let day, _): return "XXXX-WXX-\(day)"
        case .month(let month, _), .monthOfYear(let month, _): return CalendarPoint(unit: .month, year: nil, index: month).value
        case .monthDay(let month, let day): return CalendarPoint(unit: .day, year: nil, index: month, day: day).value
        case .season(let index, _): return CalendarPoint(unit: .season, year: nil, index: index).value
        case .periodOfYear(let unit, let index, _): return CalendarPoint(unit: unit, year: nil, index: index).value
        case .holiday(let rule), .holidayOfYear(let rule, _), .holidayOccurrence(let rule, _):
            if let parts = rule(2001) { return CalendarPoint(unit: .day, year: nil, index: parts.month, day: parts.day).value }
            return "XXXX-XX-XX"
        case .fromReference(_, _, let granularity), .fromMentioned(_, _, .some(let granularity)):
            return CalendarPoint(unit: granularity, year: nil).value
        case .reportingPeriod(let unit, _): return CalendarPoint(unit: unit, year: nil).value
        case .quarterEnding(let month, _): return CalendarPoint(unit: .quarter, year: nil, index: (month + 10) % 12 / 3 + 1).value
        default: return "XXXX-XX-XX"
        }
    }
}
