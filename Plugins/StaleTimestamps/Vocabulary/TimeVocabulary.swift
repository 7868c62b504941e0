import CopydeskText
import Foundation

/// Words that relative stamps, prose and Updated labels are made of, and the PCRE2 alternations
/// built from them.
enum TimeVocabulary {
    /// Spelled-out amounts and their values; nil for vague amounts ("a few", "several").
    static let amountWords: [String: Double?] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "ninety": 90, "half an": 0.5, "half a": 0.5, "one-half": 0.5, "a half": 0.5,
        "a couple of": 2, "a couple": 2, "couple of": 2, "a few": nil, "few": nil, "several": nil,
    ]

    /// Alternation of the amount words, longest first so that "a few" wins over "a".
    static var amountAlternation: String {
        amountWords.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map { $0.replacingOccurrences(of: " ", with: #"\s+"#) }
            .joined(separator: "|")
    }

    /// The value of an amount as written ("8", "two", "twenty-four", "half an"), nil when vague.
    static func amountValue(_ raw: String) -> Double? {
        let words = raw.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if let number = Double(words) { return number }
        if let known = amountWords[words] { return known }
        let pieces = words.split(separator: "-").map(String.init)
        if pieces.count == 2, let tens = amountWords[pieces[0]] ?? nil, let units = amountWords[pieces[1]] ?? nil {
            return tens + units
        }
        return nil
    }

    /// Time units a stamp or phrase counts in.
    enum Unit: String, Sendable {
        case second, minute, hour, day, week, month, year

        /// Whether the unit is shorter than a day: such counts need a time of day to resolve.
        var isShorterThanDay: Bool { self == .second || self == .minute || self == .hour }

        /// The unit a written unit stands for ("mins." → minute, "h" → hour).
        init?(written: String) {
            let bare = written.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            switch bare {
            case "s", "sec", "secs", "second", "seconds": self = .second
            case "m", "min", "mins", "minute", "minutes": self = .minute
            case "h", "hr", "hrs", "hour", "hours": self = .hour
            case "d", "day", "days": self = .day
            case "w", "wk", "wks", "week", "weeks": self = .week
            case "mo", "mos", "month", "months": self = .month
            case "y", "yr", "yrs", "year", "years": self = .year
            default: return nil
            }
        }

        /// Seconds in the unit, for units of fixed length.
        var seconds: Double? {
            switch self {
            case .second: return 1
            case .minute: return 60
            case .hour: return 3600
            case .day: return 86400
            case .week: return 7 * 86400
            case .month, .year: return nil
            }
        }
    }

    /// Units as stamps write them, longest first within each unit.
    static let stampUnits = "seconds|second|secs|sec|s|minutes|minute|mins|min|m|hours|hour|hrs|hr|h|days|day|d|weeks|week|wks|wk|w|months|month|mos|mo|years|year|yrs|yr|y"
    /// Units a compact stamp ("8s", "2h", "5min") writes directly after the number.
    static let compactUnits = "secs|sec|s|mins|min|m|hrs|hr|h|d|wk|w"
    /// Short-range units as running text writes them.
    static let proseUnits = "seconds|second|secs|sec|minutes|minute|mins|min|hours|hour|hrs|hr"

    /// Month names and abbreviations, longest first, as a regular-expression alternation.
    static var monthAlternation: String {
        CalendarWords.months.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.joined(separator: "|")
    }
    /// Weekday names and abbreviations as stamps write them ("Thur" is not read here, unlike `CalendarWords.weekdays`).
    static let weekdayAlternation =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun"

    /// Zone abbreviations and their UTC offsets; nil where the abbreviation does not fix one
    /// ("ET" is EST or EDT depending on the date).
    static let zones: [String: Int?] = [
        "utc": 0, "gmt": 0, "z": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800,
        "est": -18000, "edt": -14400, "cst": -21600, "cdt": -18000, "mst": -25200, "mdt": -21600,
        "pst": -28800, "pdt": -25200, "jst": 32400, "aest": 36000, "aedt": 39600, "ist": nil,
        "et": nil, "ct": nil, "mt": nil, "pt": nil,
    ]
    static var zoneAlternation: String {
        zones.keys.filter { $0 != "z" }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .joined(separator: "|")
    }

    /// Seconds east of UTC for a written zone ("GMT", "+01:00", "+0100"), nil when unknown.
    static func utcOffset(_ raw: String) -> Int? {
        let trimmed = raw.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
        if let known = zones[trimmed.lowercased()] { return known }
        var text = trimmed
        if text.lowercased().hasPrefix("utc") || text.lowercased().hasPrefix("gmt") { text = String(text.dropFirst(3)) }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 4 || digits.count == 2, let hours = Int(digits.prefix(2)) else { return nil }
        let minutes = digits.count == 4 ? Int(digits.suffix(2)) ?? 0 : 0
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
