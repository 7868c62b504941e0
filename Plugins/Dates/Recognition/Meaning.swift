/// TIMEX3 types.
enum TimexType: String, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// What a recognised expression means before it is anchored to a reference date.
indirect enum Meaning: Sendable {
    /// A calendar point written out; a nil year is filled from the reference date and the tense.
    case point(CalendarPoint)
    /// A point counted from the reference date: `unit` steps of `offset` ("last year" = year, -1),
    /// given at `granularity` ("two weeks ago" is a day).
    case fromReference(unit: CalendarUnit, offset: Int, granularity: CalendarUnit)
    /// A point counted from the last date the text mentioned ("a year earlier", "that day",
    /// "the year-ago quarter"); without one, from the reference date.
    case fromMentioned(unit: CalendarUnit, offset: Int, granularity: CalendarUnit?)
    /// A weekday: `shift` -1 for "last", +1 for "next", 0 for "this", 2 for "after next" (or "Thursday
    /// week"), nil to be decided by the tense.
    case weekday(Int, shift: Int?)
    /// A month of unknown year: `shift` as for weekdays.
    case month(Int, shift: Int?)
    /// A month of the reference date's year, or of the year `yearOffset` from it ("June last year").
    case monthOfYear(Int, yearOffset: Int)
    /// A season of unknown year.
    case season(Int, shift: Int?)
    /// A quarter or half of a year: `index` 1–4 or 1–2 (unit says which).
    case periodOfYear(unit: CalendarUnit, index: Int, year: YearSpecification)
    /// The period under discussion in a financial report ("the quarter", "the latest period",
    /// "the year-ago quarter", "the 1988 quarter"): the last one the text named, else the last
    /// completed one, in the year the specification gives.
    case reportingPeriod(unit: CalendarUnit, year: YearSpecification)
    /// "the quarter ended Sept. 30": the reporting period if the text named one, else the calendar
    /// quarter holding most of the three months that end in `month` (of `year`, or the latest such).
    case quarterEnding(month: Int, year: Int?)
    /// A month and day without a year.
    case monthDay(month: Int, day: Int)
    /// The nth (1-based; -1 the last) weekday of a month that another meaning names: "the first Monday
    /// in June", "the last Friday of the month", "the second Tuesday of next month".
    case weekdayOfMonth(nth: Int, weekday: Int, month: Meaning)
    /// A day of a month: `day` 1–31, or -1 for the last day. Without a month ("on the 20th"), of the
    /// reference date's month, or of the month before or after it as the tense says.
    case dayOfMonth(day: Int, month: Meaning?)
    /// Another meaning moved by `offset` units: "five years ago this month", "a month ago yesterday",
    /// "three weeks from today", "the same month last year".
    case shifted(Meaning, unit: CalendarUnit, offset: Int)
    /// The first `weekday` after (`direction` 1) or before (-1) the day another meaning names: "the
    /// Monday after Easter".
    case weekdayAfter(weekday: Int, anchor: Meaning, direction: Int)
    /// The weekend around the day another meaning names: "Labor Day weekend" (a Monday's is the one before).
    case weekendOf(Meaning)
    /// A holiday without a year: its date in a given year.
    case holiday(@Sendable (Int) -> DocumentDateParts?)
    /// A holiday in the reference date's year, or the year `yearOffset` from it ("Diwali last year").
    case holidayOfYear(@Sendable (Int) -> DocumentDateParts?, yearOffset: Int)
    /// The holiday's next (+1) or last (-1) occurrence from the reference date ("next Chinese New Year").
    case holidayOccurrence(@Sendable (Int) -> DocumentDateParts?, shift: Int)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(String)
    case duration(String)
    case set(String)
}

/// Which year a quarter or half belongs to.
enum YearSpecification: Sendable, Hashable {
    /// Written out ("the third quarter of 1990").
    case explicit(Int)
    /// Counted from the reference date's year ("the third quarter of last year").
    case fromReference(Int)
    /// Counted from the year of the last date mentioned ("the year-ago third quarter").
    case fromMentioned(Int)
    /// Not said: the reporting year.
    case unspecified
}

/// Year, month and day.
struct DocumentDateParts: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int
}

/// A time of day attached to a day: a part of the day or a clock time.
struct ClockTime: Sendable, Hashable {
    var partOfDay: String?
    var hour: Int?
    var minute: Int?
}

/// A calendar date as written, kept for the checks (weekday, validity, order, style).
struct WrittenDate: Sendable, Hashable {
    enum Style: Sendable, Hashable { case monthDay, dayMonth, numeric }

    var style: Style
    var month: Int
    var day: Int
    var year: Int?
    /// Token range of the month name, when written as a word.
    var monthText: Range<Int>?
    /// ISO weekday named next to the date, and its UTF-8 range.
    var weekday: Int?
    var weekdayRange: Range<Int>?
    /// UTF-8 range of the date itself (month, day and year), without the weekday.
    var range: Range<Int>
    /// For numeric dates whose day and month could be swapped: the two leading numbers as written.
    var swappableNumbers: [Int] = []
}

/// One recognised temporal expression.
///
/// The grammar tries a dozen readings at every token that may start one and keeps the longest, so
/// readings are copied often: the large parts (meaning, clock, written date) live in a shared box
/// that is copied only when a reading is changed (copy on write), keeping a copy a few words long.
struct Recognised: Sendable {
    /// Token indices.
    var tokens: Range<Int>
    var mod: String?
    /// A type other than the meaning implies (TIME for parts of day).
    var type: TimexType?
    private var details: Details

    init(tokens: Range<Int>, meaning: Meaning, mod: String? = nil, clock: ClockTime? = nil, type: TimexType? = nil,
         written: WrittenDate? = nil) {
        self.tokens = tokens
        self.mod = mod
        self.type = type
        details = Details(meaning: meaning, clock: clock, written: written)
    }

    var meaning: Meaning {
        get { details.meaning }
        set { makeDetailsUnique(); details.meaning = newValue }
    }

    var clock: ClockTime? {
        get { details.clock }
        set { makeDetailsUnique(); details.clock = newValue }
    }

    var written: WrittenDate? {
        get { details.written }
        set { makeDetailsUnique(); details.written = newValue }
    }

    private mutating func makeDetailsUnique() {
        if !isKnownUniquelyReferenced(&details) {
            details = Details(meaning: details.meaning, clock: details.clock, written: details.written)
        }
    }

    /// Mutated only through `Recognised`'s setters, after `makeDetailsUnique`.
    private final class Details: @unchecked Sendable {
        var meaning: Meaning
        var clock: ClockTime?
        var written: WrittenDate?

        init(meaning: Meaning, clock: ClockTime?, written: WrittenDate?) {
            self.meaning = meaning
            self.clock = clock
            self.written = written
        }
    }
}
