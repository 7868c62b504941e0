import CopydeskText

/// The word lists the tagger reads English temporal expressions with: numbers written as words,
/// seasons, parts of the day, calendar units and holidays (months and weekdays are the shared
/// `CalendarWords`).
enum Lexicon {
    /// Cardinal numbers written as words.
    static let cardinals: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Multipliers that follow a cardinal ("two hundred", "three thousand").
    static let multipliers: [String: Int] = ["hundred": 100, "thousand": 1000]

    /// Ordinal numbers written as words.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30,
    ]

    /// Vague quantities, which make an unspecified (X) duration.
    static let vagueQuantities: Set<String> = ["few", "several", "many", "some", "couple"]

    /// Seasons to TIMEX3 season codes.
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    /// Parts of the day to TIMEX3 codes.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
        "midday": "MI", "mid-afternoon": "AF", "dawn": "MO", "dusk": "EV",
    ]

    /// Calendar units (singular and plural) to the unit.
    static let units: [String: CalendarUnit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour,
        "hours": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend,
        "weekends": .weekend, "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade, "century": .century,
        "centuries": .century, "millennium": .millennium, "millennia": .millennium,
        "fortnight": .fortnight, "fortnights": .fortnight,
        // As readers abbreviate them: "2 hrs", "next wk", "20 mins".
        "hr": .hour, "hrs": .hour, "mins": .minute, "wk": .week, "wks": .week, "yr": .year, "yrs": .year,
    ]

    /// Adverbs of frequency to their TIMEX3 SET value.
    static let frequencyAdverbs: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
        "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M",
    ]

    /// Fixed-date holidays to month and day.
    static let fixedHolidays: [String: (month: Int, day: Int)] = [
        "christmas": (12, 25), "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
        "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
        "boxing day": (12, 26), "st. patrick's day": (3, 17),
    ]
}

/// A unit of the calendar or clock.
enum CalendarUnit: Int, Sendable, Comparable {
    case second, minute, hour, partOfDay, day, weekend, week, fortnight, month, season, quarter, half, year, decade, century, millennium

    static func < (lhs: CalendarUnit, rhs: CalendarUnit) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The duration designator: `P3Y`, `PT2H`.
    func durationValue(_ amount: String) -> String {
        switch self {
        case .second: return "PT\(amount)S"
        case .minute: return "PT\(amount)M"
        case .hour: return "PT\(amount)H"
        case .partOfDay, .day: return "P\(amount)D"
        case .weekend: return amount == "1" ? "P2D" : "P\(amount)WE"
        case .week: return "P\(amount)W"
        case .fortnight: return Int(amount).map { "P\($0 * 2)W" } ?? "P\(amount)W"
        case .month: return "P\(amount)M"
        case .season: return "P\(amount)M"
        case .quarter: return "P\(amount)Q"
        case .half: return Int(amount).map { "P\($0 * 6)M" } ?? "P\(amount)M"
        case .year: return "P\(amount)Y"
        case .decade: return Int(amount).map { "P\($0 * 10)Y" } ?? "PXY"
        case .century: return "P\(amount)CE"
        case .millennium: return "P\(amount)ML"
        }
    }
}

/// Everything the lexicon knows about one lowercased word, looked up once per token. A class, so
/// that tokens share the table's entries instead of copying them; never changed once the table is built.
final class LexicalEntry: @unchecked Sendable {
    var month: Int?
    var weekday: Int?
    var unit: CalendarUnit?
    var cardinal: Int?
    var ordinal: Int?
    var multiplier: Int?
    var season: String?
    var partOfDay: String?
    var frequency: String?
    /// Whether an expression can start with the word.
    var startsExpression = false

    /// The entries of every word any list holds, in the order of `indices`.
    static let all: [LexicalEntry] = table.entries

    /// The index in `all` of each word's entry.
    static let indices: [String: Int] = table.indices

    private static let table: (entries: [LexicalEntry], indices: [String: Int]) = {
        var entries: [LexicalEntry] = []
        var indices: [String: Int] = [:]
        func update(_ word: String, _ change: (LexicalEntry) -> Void) {
            if let index = indices[word] { change(entries[index]); return }
            let entry = LexicalEntry()
            change(entry)
            indices[word] = entries.count
            entries.append(entry)
        }
        for (word, value) in CalendarWords.months { update(word) { $0.month = value } }
        for (word, value) in CalendarWords.weekdays { update(word) { $0.weekday = value } }
        for (word, value) in Lexicon.units { update(word) { $0.unit = value } }
        for (word, value) in Lexicon.cardinals { update(word) { $0.cardinal = value } }
        for (word, value) in Lexicon.ordinals { update(word) { $0.ordinal = value } }
        for (word, value) in Lexicon.multipliers { update(word) { $0.multiplier = value } }
        for (word, value) in Lexicon.seasons { update(word) { $0.season = value } }
        for (word, value) in Lexicon.partsOfDay { update(word) { $0.partOfDay = value } }
        for (word, value) in Lexicon.frequencyAdverbs { update(word) { $0.frequency = value } }
        for word in TemporalGrammar.triggers { update(word) { $0.startsExpression = true } }
        return (entries, indices)
    }()
}
