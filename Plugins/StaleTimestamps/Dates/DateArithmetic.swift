import CopydeskCore
import CopydeskText
import Foundation

/// Moving dates by the amounts relative stamps count, and comparing dates at the precision both have.
enum DateArithmetic {
    /// The time `amount` units before `reference`; nil when that cannot be known (a count shorter
    /// than a day against a reference without a time of day, or a fractional count of days).
    /// Counts of days or longer give a calendar date without a time.
    static func time(_ amount: Double, _ unit: TimeVocabulary.Unit, before reference: DocumentDate) -> DocumentDate? {
        if unit.isShorterThanDay {
            guard reference.hasTime, let seconds = unit.seconds else { return nil }
            return shifted(reference, bySeconds: -amount * seconds)
        }
        guard amount == amount.rounded(), amount >= 0 else { return nil }
        let count = Int(amount)
        var date: DocumentDate
        switch unit {
        case .day: date = reference.adding(days: -count)
        case .week: date = reference.adding(days: -7 * count)
        case .month, .year:
            let months = reference.year * 12 + (reference.month - 1) - (unit == .year ? 12 * count : count)
            let year = months / 12, month = months % 12 + 1
            date = DocumentDate(year: year, month: month,
                                day: min(reference.day, DocumentDate.daysIn(month: month, year: year)))
        default: return nil
        }
        return DocumentDate(year: date.year, month: date.month, day: date.day)
    }

    /// The same wall clock in the same zone (or none), moved by a number of seconds.
    static func shifted(_ date: DocumentDate, bySeconds seconds: Double) -> DocumentDate {
        let moved = date.instant.addingTimeInterval(seconds)
        var result = DocumentDate(instant: moved, utcOffsetSeconds: date.utcOffsetSeconds ?? 0)
        result.utcOffsetSeconds = date.utcOffsetSeconds
        if date.second == nil && result.second == 0 { result.second = nil }
        return result
    }

    /// Minutes since 1970 of the wall clock, ignoring the zone.
    static func wallClockMinutes(_ date: DocumentDate) -> Int {
        date.dayNumber * 1440 + (date.hour ?? 0) * 60 + (date.minute ?? 0)
    }

    /// Minutes since 1970 in UTC, for a date with a time and a zone.
    static func utcMinutes(_ date: DocumentDate) -> Int {
        wallClockMinutes(date) - (date.utcOffsetSeconds ?? 0) / 60
    }

    /// How `a` compares with `b` at the finest precision both share: minutes when both have a time
    /// and either both or neither have a zone, else calendar days.
    static func compare(_ a: DocumentDate, _ b: DocumentDate) -> ComparisonResult {
        let left: Int, right: Int
        if a.hasTime && b.hasTime && (a.utcOffsetSeconds == nil) == (b.utcOffsetSeconds == nil) {
            left = a.utcOffsetSeconds == nil ? wallClockMinutes(a) : utcMinutes(a)
            right = b.utcOffsetSeconds == nil ? wallClockMinutes(b) : utcMinutes(b)
        } else {
            left = a.dayNumber
            right = b.dayNumber
        }
        return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }

    /// Whether `date` lies after the instant `now`, allowing for an unknown zone: a date without a
    /// zone is later only if it is later in every zone, and a date without a time only from the
    /// following day on everywhere on Earth.
    static func isLater(_ date: DocumentDate, than now: Date) -> Bool {
        let nowMinutes = Int((now.timeIntervalSince1970 / 60).rounded(.down))
        if date.hasTime {
            if date.utcOffsetSeconds != nil { return utcMinutes(date) > nowMinutes }
            return wallClockMinutes(date) - 14 * 60 > nowMinutes
        }
        let latestDayOnEarth = (nowMinutes + 14 * 60).floorDivided(by: 1440)
        return date.dayNumber > latestDayOnEarth
    }

    /// Days from `earlier` to `later`, exact when both have a time and zone, else by calendar date.
    static func days(from earlier: DocumentDate, to later: DocumentDate) -> Double {
        if earlier.hasTime && later.hasTime && earlier.utcOffsetSeconds != nil && later.utcOffsetSeconds != nil {
            return later.instant.timeIntervalSince(earlier.instant) / 86400
        }
        return Double(later.dayNumber - earlier.dayNumber)
    }
}

extension Int {
    /// Division rounding towards negative infinity.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

/// How fixes write an absolute time: "6 December 2025, 09:29 UTC+01:00".
enum AbsoluteTimeText {
    static func format(_ date: DocumentDate) -> String {
        var text = "\(date.day) \(CalendarWords.monthNames[date.month]) \(date.year)"
        guard let hour = date.hour else { return text }
        text += String(format: ", %02d:%02d", hour, date.minute ?? 0)
        if let offset = date.utcOffsetSeconds {
            if offset == 0 {
                text += " UTC"
            } else {
                text += " UTC" + (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", abs(offset) / 3600, abs(offset) % 3600 / 60)
            }
        }
        return text
    }
}
