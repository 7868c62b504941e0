import CopydeskCore
import CopydeskText

/// A date written in a label, with the UTF-8 range it was written in.
struct WrittenDate {
    var date: DocumentDate
    var range: Range<Int>
}

/// Reads the dates Updated labels carry: ISO dates and date-times, "6 December 2025",
/// "Dec. 6, 2025", each with an optional time of day and zone before or after it
/// ("at 14:24 GMT, Friday, 8 April 2005", "6 December 2025, 09:30 a.m. EST").
struct LabelDateParser {
    let patterns: TimestampPatterns

    /// The date starting at `offset` in `text` and ending before `end`, if there is one.
    func date(in text: String, at offset: Int, end: Int) throws -> WrittenDate? {
        var clockFirst: Clock?
        var position = offset
        if let match = try patterns.timeBeforeDate.firstMatch(in: text, range: offset..<end),
           let clock = Clock(match, in: text) {
            clockFirst = clock
            position = match.range.upperBound
        }
        guard var (date, dateEnd) = try calendarDate(in: text, at: position, end: end) else { return nil }
        if let clockFirst {
            clockFirst.apply(to: &date)
        } else if !date.hasTime, let match = try patterns.timeAfterDate.firstMatch(in: text, range: dateEnd..<end),
                  let clock = Clock(match, in: text) {
            clock.apply(to: &date)
            dateEnd = match.range.upperBound
        }
        return WrittenDate(date: date, range: offset..<dateEnd)
    }

    private func calendarDate(in text: String, at offset: Int, end: Int) throws -> (DocumentDate, Int)? {
        if let match = try patterns.isoDate.firstMatch(in: text, range: offset..<end),
           let year = match.int("year", in: text), let month = match.int("month", in: text),
           let day = match.int("day", in: text) {
            var date = DocumentDate(year: year, month: month, day: day)
            guard date.isValid else { return nil }
            if let hour = match.int("hour", in: text), let minute = match.int("minute", in: text) {
                guard hour < 24, minute < 60 else { return nil }
                date.hour = hour
                date.minute = minute
                date.second = match.int("second", in: text)
                date.utcOffsetSeconds = match["zone"].flatMap { TimeVocabulary.utcOffset(text.utf8Slice($0)) }
            }
            return (date, match.range.upperBound)
        }
        for pattern in [patterns.dayMonthYear, patterns.monthDayYear] {
            guard let match = try pattern.firstMatch(in: text, range: offset..<end),
                  let year = match.int("year", in: text), let day = match.int("day", in: text),
                  let monthRange = match["month"],
                  let month = CalendarWords.months[text.utf8Slice(monthRange).lowercased()] else { continue }
            let date = DocumentDate(year: year, month: month, day: day)
            guard date.isValid else { return nil }
            return (date, match.range.upperBound)
        }
        return nil
    }
}

/// A time of day as written: hour, minute, optional a.m./p.m. and zone.
struct Clock {
    var hour: Int
    var minute: Int
    /// Whether a zone was written (even one whose offset is unknown, like "ET").
    var hasZone: Bool
    var utcOffsetSeconds: Int?

    /// Reads the `hour`, `minute`, `meridiem` and `zone` groups of a match; nil for an impossible time.
    init?(_ match: Match, in text: String) {
        guard let hour = match.int("hour", in: text), let minute = match.int("minute", in: text) else { return nil }
        var hour24 = hour
        if let meridiem = match["meridiem"].map({ text.utf8Slice($0).lowercased() }) {
            guard (1...12).contains(hour) else { return nil }
            hour24 = hour % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard hour24 < 24, minute < 60 else { return nil }
        self.hour = hour24
        self.minute = minute
        let zone = match["zone"].map { text.utf8Slice($0) }
        hasZone = zone != nil
        utcOffsetSeconds = zone.flatMap(TimeVocabulary.utcOffset)
    }

    func apply(to date: inout DocumentDate) {
        date.hour = hour
        date.minute = minute
        date.second = nil
        date.utcOffsetSeconds = utcOffsetSeconds
    }
}

extension Match {
    /// The integer a named group holds.
    func int(_ name: String, in text: String) -> Int? {
        self[name].flatMap { Int(text.utf8Slice($0)) }
    }
}

extension String {
    /// The text of a UTF-8 range.
    func utf8Slice(_ range: Range<Int>) -> String {
        let bytes = utf8
        let lower = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
        let upper = bytes.index(lower, offsetBy: range.count)
        return String(self[lower..<upper])
    }
}
