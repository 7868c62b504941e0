import CopydeskCore

/// A stretch of the calendar at some granularity — a day, a week, a quarter, a decade — as TIMEX3
/// writes it. The year may be unknown (`XXXX`).
struct CalendarPoint: Sendable, Hashable {
    var unit: CalendarUnit
    /// The year; for a decade the decade's first year, for a century its first year.
    var year: Int?
    /// Month (1–12), quarter (1–4), half (1–2), season (0 spring … 3 winter) or ISO week, by unit.
    var index: Int = 0
    /// Day of the month for day-level points.
    var day: Int = 0
    /// TIMEX3 part-of-day code (`MO`, `AF`, `EV`, `NI`).
    var partOfDay: String?
    var hour: Int?
    var minute: Int?

    static let seasonCodes = ["SP", "SU", "FA", "WI"]

    init(unit: CalendarUnit, year: Int?, index: Int = 0, day: Int = 0) {
        self.unit = unit
        self.year = year
        self.index = index
        self.day = day
    }

    /// The day of a date.
    init(date: DocumentDate) {
        self.init(unit: .day, year: date.year, index: date.month, day: date.day)
    }

    /// The day as a date, for day-level and finer points with a known year.
    var date: DocumentDate? {
        guard let year, unit <= .day, unit != .weekend else { return nil }
        return DocumentDate(year: year, month: index, day: day)
    }

    /// The point at a coarser unit ("the week of", "the quarter of" this day).
    func coarsened(to target: CalendarUnit) -> CalendarPoint {
        if target == unit { return self }
        guard let year else { return CalendarPoint(unit: target, year: nil) }
        if unit <= .day, let date {
            switch target {
            case .second, .minute, .hour, .partOfDay, .day:
                return CalendarPoint(date: date)
            case .week, .weekend, .fortnight:
                let (isoYear, week) = CalendarPoint.isoWeek(of: date)
                return CalendarPoint(unit: target == .fortnight ? .week : target, year: isoYear, index: week)
            case .month: return CalendarPoint(unit: .month, year: year, index: date.month)
            case .season:
                let m = date.month
                if m <= 2 { return CalendarPoint(unit: .season, year: year - 1, index: 3) }
                return CalendarPoint(unit: .season, year: year, index: m == 12 ? 3 : (m - 3) / 3)
            case .quarter: return CalendarPoint(unit: .quarter, year: year, index: (date.month - 1) / 3 + 1)
            case .half: return CalendarPoint(unit: .half, year: year, index: date.month <= 6 ? 1 : 2)
            default: break
            }
        }
        if (unit == .week || unit == .weekend), target <= .week {
            return self
        }
        switch target {
        case .year: return CalendarPoint(unit: .year, year: year)
        case .decade: return CalendarPoint(unit: .decade, year: CalendarPoint.floor(year, 10))
        case .century: return CalendarPoint(unit: .century, year: CalendarPoint.floor(year, 100))
        case .millennium: return CalendarPoint(unit: .millennium, year: CalendarPoint.floor(year, 1000))
        case .half:
            if unit == .quarter { return CalendarPoint(unit: .half, year: year, index: index <= 2 ? 1 : 2) }
            if unit == .month { return CalendarPoint(unit: .half, year: year, index: index <= 6 ? 1 : 2) }
        case .quarter:
            if unit == .month { return CalendarPoint(unit: .quarter, year: year, index: (index - 1) / 3 + 1) }
        default: break
        }
        if target > unit || unit > .year { return CalendarPoint(unit: max(target, .year), year: year) }
        return self
    }

    private static func floor(_ value: Int, _ step: Int) -> Int { value >= 0 ? value / step * step : (value - step + 1) / step * step }

    /// The point `amount` units later (earlier when negative), kept at its own granularity when
    /// that is finer than the unit.
    func shifted(by amount: Int, _ by: CalendarUnit) -> CalendarPoint {
        guard let year else { return self }
        var moved = self
        switch by {
        case .year: moved.year = year + amount
        case .decade: moved.year = year + 10 * amount
        case .century: moved.year = year + 100 * amount
        case .millennium: moved.year = year + 1000 * amount
        case .half: return shiftedIndex(by: amount * 6, months: true)
        case .quarter: return shiftedIndex(by: amount * 3, months: true)
        case .season: return shiftedIndex(by: amount * 3, months: true)
        case .month: return shiftedIndex(by: amount, months: true)
        case .week, .weekend, .fortnight:
            let days = amount * (by == .fortnight ? 14 : 7)
            if unit <= .day, let date { return moved.withDate(date.adding(days: days)) }
            if unit == .week || unit == .weekend, let monday = CalendarPoint.monday(ofISOWeek: index, year: year) {
                let (y, w) = CalendarPoint.isoWeek(of: monday.adding(days: days))
                moved.year = y
                moved.index = w
                return moved
            }
            return shiftedIndex(by: amount / 4, months: true)
        case .day, .partOfDay:
            if unit <= .day, let date { return moved.withDate(date.adding(days: amount)) }
            if unit == .week || unit == .weekend { return shifted(by: amount / 7, .week) }
        case .hour, .minute, .second:
            if unit <= .day, let date {
                let minutes = (hour ?? 0) * 60 + (minute ?? 0) + amount * (by == .hour ? 60 : by == .minute ? 1 : 0)
                let dayShift = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
                moved = moved.withDate(date.adding(days: dayShift))
                if moved.hour != nil {
                    let rest = minutes - dayShift * 1440
                    moved.hour = rest / 60
                    moved.minute = rest % 60
                }
            }
        }
        return moved
    }

    /// Moves a month-indexed, quarter, half or season point by a number of months.
    private func shiftedIndex(by months: Int, months _: Bool) -> CalendarPoint {
        guard let year else { return self }
        var moved = self
        func monthsSinceZero(_ m: Int) -> Int { year * 12 + m - 1 }
        func set(_ total: Int) -> (Int, Int) { let y = total >= 0 ? total / 12 : (total - 11) / 12; return (y, total - y * 12 + 1) }
        switch unit {
        case .month:
            let (y, m) = set(monthsSinceZero(index) + months)
            moved.year = y; moved.index = m
        case .quarter:
            let (y, m) = set(monthsSinceZero((index - 1) * 3 + 1) + months)
            moved.year = y; moved.index = (m - 1) / 3 + 1
        case .half:
            let (y, m) = set(monthsSinceZero((index - 1) * 6 + 1) + months)
            moved.year = y; moved.index = (m - 1) / 6 + 1
        case .season:
            let (y, m) = set(monthsSinceZero(index * 3 + 3) + months)
            moved.year = y; moved.index = (m - 3 + 12) % 12 / 3
            if m < 3 { moved.year = y - 1 }
        case .second, .minute, .hour, .partOfDay, .day:
            guard let date else { return self }
            let (y, m) = set(monthsSinceZero(date.month) + months)
            let day = min(date.day, DocumentDate.daysIn(month: m, year: y))
            return withDate(DocumentDate(year: y, month: m, day: day))
        case .week, .weekend, .fortnight:
            return shifted(by: months * 4, .week)
        case .year, .decade, .century, .millennium:
            return shifted(by: months / 12, .year)
        }
        return moved
    }

    private func withDate(_ date: DocumentDate) -> CalendarPoint {
        var moved = self
        moved.year = date.year
        moved.index = date.month
        moved.day = date.day
        return moved
    }

    /// The ISO year and week of a date.
    static func isoWeek(of date: DocumentDate) -> (Int, Int) {
        let thursday = date.adding(days: 4 - date.isoWeekday)
        let jan1 = DocumentDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of an ISO week.
    static func monday(ofISOWeek week: Int, year: Int) -> DocumentDate? {
        let jan4 = DocumentDate(year: year, month: 1, day: 4)
        let mondayWeek1 = jan4.adding(days: 1 - jan4.isoWeekday)
        return mondayWeek1.adding(days: (week - 1) * 7)
    }

    /// The TIMEX3 value.
    var value: String {
        let y: String
        if let year { y = year >= 0 && year < 10000 ? pad(year, 4) : String(year) } else { y = "XXXX" }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        switch unit {
        case .millennium: return year.map { String($0 / 1000) } ?? "X"
        case .century: return year.map { pad($0 / 100, 2) } ?? "XX"
        case .decade: return year.map { pad($0 / 10, 3) } ?? "XXX"
        case .year: return y
        case .half: return "\(y)-H\(index)"
        case .quarter: return index == 0 ? "\(y)-QX" : "\(y)-Q\(index)"
        case .season: return "\(y)-\(CalendarPoint.seasonCodes[max(0, min(3, index))])"
        case .month: return index == 0 ? "\(y)-XX" : "\(y)-\(pad(index, 2))"
        case .week, .fortnight: return index == 0 ? "\(y)-WXX" : "\(y)-W\(pad(index, 2))"
        case .weekend: return index == 0 ? "\(y)-WXX-WE" : "\(y)-W\(pad(index, 2))-WE"
        case .day, .partOfDay, .hour, .minute, .second:
            let month = index == 0 ? "XX" : pad(index, 2)
            let dayText = day == 0 ? "XX" : pad(day, 2)
            var text = "\(y)-\(month)-\(dayText)"
            if let hour {
                text += "T\(pad(hour, 2)):\(pad(minute ?? 0, 2))"
            } else if let partOfDay {
                text += "T\(partOfDay)"
            }
            return text
        }
    }
}
