import CopydeskCore
import Foundation

/// How a named holiday falls in a Gregorian year: a fixed day, a weekday of a month, a day counted
/// from Western or Orthodox Easter or from Thanksgiving, or a day of the Islamic (Umm al-Qura),
/// Hebrew or Chinese calendar, converted with ICU's calendars (Foundation's `Calendar`), not tables.
enum HolidayRule: Sendable, Hashable {
    case fixed(month: Int, day: Int)
    /// The nth (1-based) ISO weekday (1 = Monday) of a month.
    case nthWeekday(Int, weekday: Int, month: Int)
    case lastWeekday(weekday: Int, month: Int)
    /// Days after (or before, when negative) Western Easter Sunday.
    case easter(offset: Int)
    /// Orthodox Easter Sunday (the Julian computus, given in the Gregorian calendar).
    case orthodoxEaster
    /// Days after the US Thanksgiving (the fourth Thursday of November).
    case thanksgiving(offset: Int)
    case lunisolar(LunisolarCalendar, month: Int, day: Int)
    /// Diwali and Holi, by the Moon's phase (`LunarPhase`).
    case diwali, holi

    /// The holiday's day in a Gregorian year, if it falls in it.
    func day(inYear year: Int) -> DocumentDateParts? {
        switch self {
        case let .fixed(month, day): return DocumentDateParts(year: year, month: month, day: day)
        case let .nthWeekday(n, weekday, month): return TemporalGrammar.nthWeekday(n, weekday: weekday, month: month, year: year)
        case let .lastWeekday(weekday, month): return TemporalGrammar.lastWeekday(weekday, month: month, year: year)
        case let .easter(offset): return TemporalGrammar.easter(year).map { Self.moved($0, by: offset) }
        case .orthodoxEaster: return Self.orthodoxEaster(year)
        case let .thanksgiving(offset):
            return TemporalGrammar.nthWeekday(4, weekday: 4, month: 11, year: year).map { Self.moved($0, by: offset) }
        case let .lunisolar(calendar, month, day): return calendar.gregorianDay(month: month, day: day, year: year)
        case .diwali: return LunarPhase.cached(.diwali, year: year, LunarPhase.diwali)
        case .holi: return LunarPhase.cached(.holi, year: year, LunarPhase.holi)
        }
    }

    static func moved(_ parts: DocumentDateParts, by days: Int) -> DocumentDateParts {
        let date = DocumentDate(year: parts.year, month: parts.month, day: parts.day).adding(days: days)
        return DocumentDateParts(year: date.year, month: date.month, day: date.day)
    }

    /// Orthodox Easter: the Julian-calendar Easter (Meeus), moved to the Gregorian calendar by the
    /// difference between the two calendars in that century.
    static func orthodoxEaster(_ year: Int) -> DocumentDateParts? {
        guard year > 0 else { return nil }
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1
        let century = year / 100
        let julianLag = century - century / 4 - 2
        return moved(DocumentDateParts(year: year, month: month, day: day), by: julianLag)
    }
}

/// The calendars whose holidays move against the Gregorian one.
enum LunisolarCalendar: Sendable, Hashable {
    case islamic, hebrew, chinese

    private var identifier: Calendar.Identifier {
        switch self {
        case .islamic: return .islamicUmmAlQura
        case .hebrew: return .hebrew
        case .chinese: return .chinese
        }
    }

    private struct Key: Hashable { var calendar: LunisolarCalendar, month: Int, day: Int, year: Int }
    private static let cache = ConversionCache()

    /// The Gregorian day of `month`/`day` of this calendar that falls in Gregorian `year` (the first,
    /// in the rare year that holds two). Months are ICU's: Hebrew Tishrei is 1, Nisan 8, Adar (Adar II
    /// in a leap year) 7.
    func gregorianDay(month: Int, day: Int, year: Int) -> DocumentDateParts? {
        let key = Key(calendar: self, month: month, day: day, year: year)
        if let known = Self.cache.value(for: key) { return known }
        let found = convert(month: month, day: day, year: year)
        Self.cache.store(found, for: key)
        return found
    }

    private func convert(month: Int, day: Int, year: Int) -> DocumentDateParts? {
        guard (1...9999).contains(year) else { return nil }
        let utc = TimeZone(identifier: "UTC")!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = utc
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = utc
        guard let first = gregorian.date(from: DateComponents(year: year, month: 1, day: 1)),
              let last = gregorian.date(from: DateComponents(year: year, month: 12, day: 31)) else { return nil }
        var found: [DocumentDateParts] = []
        var tried: Set<[Int]> = []
        for edge in [first, last] {
            let years = calendar.dateComponents([.era, .year], from: edge)
            guard let era = years.era, let calendarYear = years.year, tried.insert([era, calendarYear]).inserted else { continue }
            var target = DateComponents(era: era, year: calendarYear, month: month, day: day)
            if self == .chinese { target.isLeapMonth = false }
            guard let date = calendar.date(from: target) else { continue }
            // ICU rolls a day the month lacks into the next month: such a day is not the holiday.
            let back = calendar.dateComponents([.month, .day], from: date)
            guard back.month == month, back.day == day else { continue }
            let parts = gregorian.dateComponents([.year, .month, .day], from: date)
            if parts.year == year, let m = parts.month, let d = parts.day { found.append(DocumentDateParts(year: year, month: m, day: d)) }
        }
        return found.min { ($0.month, $0.day) < ($1.month, $1.day) }
    }
}

extension LunarPhase {
    enum Festival: Hashable { case diwali, holi }
    private struct Key: Hashable { var festival: Festival, year: Int }
    private static let cache = ConversionCache()

    /// A festival's day in a year, computed once.
    static func cached(_ festival: Festival, year: Int, _ compute: (Int) -> DocumentDateParts?) -> DocumentDateParts? {
        let key = Key(festival: festival, year: year)
        if let known = cache.value(for: key) { return known }
        let found = compute(year)
        cache.store(found, for: key)
        return found
    }
}

/// Conversions already made: ICU calendars are slow to build, and a text names a holiday many times.
private final class ConversionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [AnyHashable: DocumentDateParts?] = [:]

    func value(for key: AnyHashable) -> DocumentDateParts?? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ value: DocumentDateParts?, for key: AnyHashable) {
        lock.lock()
        values[key] = value
        lock.unlock()
    }
}

/// Named holidays beyond the handful the grammar reads itself, as word sequences (a hyphen in the
/// text is skipped: "Eid al-Fitr", "Eid al Fitr", "Mid-Autumn").
enum HolidayNames {
    static let all: [(words: [String], rule: HolidayRule)] = [
        (["xmas"], .fixed(month: 12, day: 25)), (["xmas", "day"], .fixed(month: 12, day: 25)), (["xmas", "eve"], .fixed(month: 12, day: 24)),
        (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["st", ".", "patrick", "'s", "day"], .fixed(month: 3, day: 17)), (["st", "patrick", "'s", "day"], .fixed(month: 3, day: 17)),
        (["saint", "patrick", "'s", "day"], .fixed(month: 3, day: 17)), (["st", "patrick's", "day"], .fixed(month: 3, day: 17)),
        (["valentines", "day"], .fixed(month: 2, day: 14)), (["juneteenth"], .fixed(month: 6, day: 19)), (["bastille", "day"], .fixed(month: 7, day: 14)),
        (["bonfire", "night"], .fixed(month: 11, day: 5)), (["guy", "fawkes", "night"], .fixed(month: 11, day: 5)),
        (["fourth", "of", "july"], .fixed(month: 7, day: 4)), (["remembrance", "day"], .fixed(month: 11, day: 11)),
        (["armistice", "day"], .fixed(month: 11, day: 11)), (["all", "saints", "'", "day"], .fixed(month: 11, day: 1)),
        (["orthodox", "christmas"], .fixed(month: 1, day: 7)), (["epiphany"], .fixed(month: 1, day: 6)),
        (["mlk", "day"], .nthWeekday(3, weekday: 1, month: 1)), (["martin", "luther", "king", "day"], .nthWeekday(3, weekday: 1, month: 1)),
        (["martin", "luther", "king", "jr", ".", "day"], .nthWeekday(3, weekday: 1, month: 1)),
        (["presidents", "'", "day"], .nthWeekday(3, weekday: 1, month: 2)), (["presidents", "day"], .nthWeekday(3, weekday: 1, month: 2)),
        (["columbus", "day"], .nthWeekday(2, weekday: 1, month: 10)), (["mother", "'s", "day"], .nthWeekday(2, weekday: 7, month: 5)),
        (["father", "'s", "day"], .nthWeekday(3, weekday: 7, month: 6)), (["remembrance", "sunday"], .nthWeekday(2, weekday: 7, month: 11)),
        (["black", "friday"], .thanksgiving(offset: 1)), (["cyber", "monday"], .thanksgiving(offset: 4)),
        (["small", "business", "saturday"], .thanksgiving(offset: 2)),
        (["good", "friday"], .easter(offset: -2)), (["holy", "saturday"], .easter(offset: -1)), (["maundy", "thursday"], .easter(offset: -3)),
        (["palm", "sunday"], .easter(offset: -7)), (["easter", "monday"], .easter(offset: 1)), (["shrove", "tuesday"], .easter(offset: -47)),
        (["pancake", "day"], .easter(offset: -47)), (["ash", "wednesday"], .easter(offset: -46)), (["mothering", "sunday"], .easter(offset: -21)),
        (["ascension", "day"], .easter(offset: 39)), (["pentecost"], .easter(offset: 49)), (["whit", "sunday"], .easter(offset: 49)),
        (["whitsun"], .easter(offset: 49)), (["whit", "monday"], .easter(offset: 50)),
        (["orthodox", "easter"], .orthodoxEaster),
        (["eid", "al", "fitr"], .lunisolar(.islamic, month: 10, day: 1)), (["eid", "ul", "fitr"], .lunisolar(.islamic, month: 10, day: 1)),
        (["eid", "el", "fitr"], .lunisolar(.islamic, month: 10, day: 1)), (["eid", "al", "adha"], .lunisolar(.islamic, month: 12, day: 10)),
        (["eid", "ul", "adha"], .lunisolar(.islamic, month: 12, day: 10)), (["eid", "el", "adha"], .lunisolar(.islamic, month: 12, day: 10)),
        (["ramadan"], .lunisolar(.islamic, month: 9, day: 1)), (["islamic", "new", "year"], .lunisolar(.islamic, month: 1, day: 1)),
        (["hijri", "new", "year"], .lunisolar(.islamic, month: 1, day: 1)), (["ashura"], .lunisolar(.islamic, month: 1, day: 10)),
        (["mawlid"], .lunisolar(.islamic, month: 3, day: 12)),
        (["passover"], .lunisolar(.hebrew, month: 8, day: 15)), (["pesach"], .lunisolar(.hebrew, month: 8, day: 15)),
        (["rosh", "hashanah"], .lunisolar(.hebrew, month: 1, day: 1)), (["rosh", "hashana"], .lunisolar(.hebrew, month: 1, day: 1)),
        (["jewish", "new", "year"], .lunisolar(.hebrew, month: 1, day: 1)), (["yom", "kippur"], .lunisolar(.hebrew, month: 1, day: 10)),
        (["sukkot"], .lunisolar(.hebrew, month: 1, day: 15)), (["hanukkah"], .lunisolar(.hebrew, month: 3, day: 25)),
        (["chanukah"], .lunisolar(.hebrew, month: 3, day: 25)), (["hanukah"], .lunisolar(.hebrew, month: 3, day: 25)),
        (["purim"], .lunisolar(.hebrew, month: 7, day: 14)), (["shavuot"], .lunisolar(.hebrew, month: 10, day: 6)),
        (["chinese", "new", "year"], .lunisolar(.chinese, month: 1, day: 1)), (["lunar", "new", "year"], .lunisolar(.chinese, month: 1, day: 1)),
        (["chinese", "new", "year", "'s", "day"], .lunisolar(.chinese, month: 1, day: 1)),
        (["lunar", "new", "year", "'s", "day"], .lunisolar(.chinese, month: 1, day: 1)),
        (["lantern", "festival"], .lunisolar(.chinese, month: 1, day: 15)), (["dragon", "boat", "festival"], .lunisolar(.chinese, month: 5, day: 5)),
        (["mid", "autumn", "festival"], .lunisolar(.chinese, month: 8, day: 15)),
        (["diwali"], .diwali), (["deepavali"], .diwali), (["holi"], .holi),
        (["may", "day"], .fixed(month: 5, day: 1)),
        (["early", "may", "bank", "holiday"], .nthWeekday(1, weekday: 1, month: 5)),
        (["may", "day", "bank", "holiday"], .nthWeekday(1, weekday: 1, month: 5)),
        (["spring", "bank", "holiday"], .lastWeekday(weekday: 1, month: 5)),
        (["late", "may", "bank", "holiday"], .lastWeekday(weekday: 1, month: 5)),
        (["summer", "bank", "holiday"], .lastWeekday(weekday: 1, month: 8)),
        (["august", "bank", "holiday"], .lastWeekday(weekday: 1, month: 8)),
    ]

    /// The names by first word, longest first.
    static let byFirstWord: [String: [(words: [String], rule: HolidayRule)]] =
        Dictionary(grouping: all, by: { $0.words[0] }).mapValues { $0.sorted { $0.words.count > $1.words.count } }

    /// First words of names that read as ordinary phrases in lower case ("a good friday for sales",
    /// "election day turnout" is fine capitalised only): these names need their capitals.
    static let capitalisedOnly: Set<String> = ["may", "good", "holy", "palm", "ash", "black", "small", "all", "fourth", "mother", "father", "presidents", "columbus", "election", "veterans", "labor", "memorial", "independence", "st", "saint", "mid", "whit", "remembrance", "armistice", "cyber"]

    /// First words that name a holiday in lower case too (readers' comments: "see you at xmas").
    static let lowerCaseNames: Set<String> = [
        "xmas", "christmas", "thanksgiving", "easter", "halloween", "hanukkah", "chanukah", "ramadan", "passover", "eid",
        "juneteenth", "purim", "sukkot", "shavuot", "diwali",
    ]
}
