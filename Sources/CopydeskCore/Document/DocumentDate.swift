import Foundation

/// A calendar date with an optional time of day and UTC offset, as documents and flags give them
/// ("2025-12-06", "2025-12-06T09:30:00+02:00", "2025-12-06 09:30").
public struct DocumentDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Seconds east of UTC, when the source said.
    public var utcOffsetSeconds: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
                utcOffsetSeconds: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Whether a time of day is known.
    public var hasTime: Bool { hour != nil }

    /// Parses ISO 8601 dates and date-times, with `T` or a space, optional seconds, fractions and
    /// zone (`Z`, `+02:00`, `+0200`), and RFC 2822 dates ("Sat, 06 Dec 2025 09:30:00 +0000").
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let parsed = DocumentDate.parseISO(text) { self = parsed; return }
        if let parsed = DocumentDate.parseRFC2822(text) { self = parsed; return }
        return nil
    }

    private static func parseISO(_ text: String) -> DocumentDate? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= scalars.count else { return nil }
            var value = 0
            for k in 0..<digits {
                guard let d = Int(String(scalars[i + k])), scalars[i + k].isASCII else { return nil }
                value = value * 10 + d
            }
            i += digits
            return value
        }
        func consume(_ c: Unicode.Scalar) -> Bool {
            if i < scalars.count && scalars[i] == c { i += 1; return true }
            return false
        }
        guard let year = number(4), consume("-"), let month = number(2), consume("-"), let day = number(2) else { return nil }
        var date = DocumentDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        if i == scalars.count { return date }
        guard consume("T") || consume(" ") || consume("t") else { return nil }
        guard let hour = number(2), consume(":"), let minute = number(2) else { return nil }
        date.hour = hour
        date.minute = minute
        if consume(":") {
            guard let second = number(2) else { return nil }
            date.second = second
            if consume(".") || consume(",") { while i < scalars.count, scalars[i].properties.numericType != nil { i += 1 } }
        }
        guard hour < 24, minute < 60, (date.second ?? 0) < 61 else { return nil }
        if i == scalars.count { return date }
        if consume("Z") || consume("z") { date.utcOffsetSeconds = 0 }
        else if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" {
            let sign = scalars[i] == "-" ? -1 : 1
            i += 1
            guard let hh = number(2) else { return nil }
            _ = consume(":")
            let mm = number(2) ?? 0
            date.utcOffsetSeconds = sign * (hh * 3600 + mm * 60)
        }
        return i == scalars.count ? date : nil
    }

    private static func parseRFC2822(_ text: String) -> DocumentDate? {
        // An RFC 2822 date is printable ASCII. Anything else is not one, and Foundation's
        // DateFormatter traps on some of it (a parse that stops inside a character, as before a
        // combining mark: "2\u{301}").
        guard text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 }) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                let zone = text.split(separator: " ").last.map(String.init) ?? "+0000"
                let sign = zone.hasPrefix("-") ? -1 : 1
                let digits = zone.filter(\.isNumber)
                let offset = digits.count == 4 ? sign * ((Int(digits.prefix(2)) ?? 0) * 3600 + (Int(digits.suffix(2)) ?? 0) * 60) : 0
                return DocumentDate(instant: date, utcOffsetSeconds: offset)
            }
        }
        return nil
    }

    /// The date and time of an instant seen at a UTC offset.
    public init(instant: Date, utcOffsetSeconds: Int) {
        // From 1970 to 9999, by arithmetic (making a Calendar and a TimeZone was a millisecond of
        // every run's start); before, through Foundation's calendar, which has the Julian one before 1582.
        let local = (instant.timeIntervalSince1970 + Double(utcOffsetSeconds)).rounded(.down)
        if local >= 0, local < 253_402_300_800 {
            let seconds = Int(local)
            let date = DocumentDate(dayNumber: seconds / 86_400)
            let time = seconds % 86_400
            self.init(year: date.year, month: date.month, day: date.day, hour: time / 3600, minute: time % 3600 / 60,
                      second: time % 60, utcOffsetSeconds: utcOffsetSeconds)
            return
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffsetSeconds) ?? TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        self.init(year: c.year!, month: c.month!, day: c.day!, hour: c.hour, minute: c.minute, second: c.second,
                  utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Whether the month and day exist in the year (proleptic Gregorian calendar).
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= DocumentDate.daysIn(month: month, year: year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of the calendar date (ignores time and zone).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The calendar date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The same time of day moved by whole days.
    public func adding(days: Int) -> DocumentDate {
        var moved = DocumentDate(dayNumber: dayNumber + days)
        moved.hour = hour
        moved.minute = minute
        moved.second = second
        moved.utcOffsetSeconds = utcOffsetSeconds
        return moved
    }

    /// The instant, taking a missing time as midnight and a missing zone as UTC.
    public var instant: Date {
        let seconds = dayNumber * 86400 + (hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0) - (utcOffsetSeconds ?? 0)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `YYYY-MM-DD`.
    public var isoDate: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// ISO 8601: the date, then the time and zone when known.
    public var description: String {
        var text = isoDate
        if let hour {
            text += String(format: "T%02d:%02d", hour, minute ?? 0)
            if let second { text += String(format: ":%02d", second) }
            if let offset = utcOffsetSeconds {
                if offset == 0 { text += "Z" } else {
                    let sign = offset < 0 ? "-" : "+"
                    text += String(format: "%@%02d:%02d", sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
                }
            }
        }
        return text
    }
}
