import CopydeskCore
import CopydeskText

/// The house styles a written date can be checked against.
enum HouseStyle: String, Sendable {
    /// AP: "Dec. 6, 2025"; March through July spelled out.
    case ap
    /// Day first: "6 December 2025".
    case dmy
}

/// The checks on dates as written: a weekday that does not match its date, a day the month does
/// not have, a numeric date whose day and month could be swapped, a date in another style.
struct DateChecks {
    let document: Document
    let numericOrder: NumericOrder?
    let houseStyle: HouseStyle

    /// The text of a range with its white space (line breaks of wrapped copy) collapsed, for messages.
    private func quoted(_ range: Range<Int>) -> String {
        document.text(of: range).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The year a written date refers to: as written, else the year the normalisation chose.
    private func year(of written: WrittenDate, timex: Timex) -> Int? {
        if let year = written.year { return year }
        let prefix = timex.value.prefix(4)
        return prefix.count == 4 ? Int(prefix) : nil
    }

    func weekdayMismatch(_ expression: TaggedExpression) -> Finding? {
        guard let written = expression.written, let weekday = written.weekday, let weekdayRange = written.weekdayRange,
              let year = year(of: written, timex: expression.timex),
              written.day <= DocumentDate.daysIn(month: written.month, year: year) else { return nil }
        let date = DocumentDate(year: year, month: written.month, day: written.day)
        guard date.isoWeekday != weekday else { return nil }
        let writtenWeekday = document.text(of: weekdayRange)
        let dateText = quoted(written.range)
        let actualName = DateChecks.weekdayName(date.isoWeekday, like: writtenWeekday)
        // The date nearest the written one that falls on the written weekday.
        var shift = (weekday - date.isoWeekday + 7) % 7
        if shift > 3 { shift -= 7 }
        let other = date.adding(days: shift)
        let otherText = render(month: other.month, day: other.day, year: written.year == nil ? nil : other.year, like: written)
        let fixes = [
            Fix.replace(weekdayRange, with: actualName, description: "Keep the date: \(dateText) is a \(CalendarWords.weekdayNames[date.isoWeekday])"),
            Fix.replace(written.range, with: otherText, description: "Keep the weekday: the nearest \(CalendarWords.weekdayNames[weekday]) is \(otherText)"),
        ]
        return Finding(
            ruleID: DatesRules.weekdayMismatch, message: "\(dateText) is a \(CalendarWords.weekdayNames[date.isoWeekday]), not a \(CalendarWords.weekdayNames[weekday]).",
            range: weekdayRange.lowerBound..<written.range.upperBound, fixes: fixes,
            properties: ["weekday": .string(CalendarWords.weekdayNames[weekday]), "date": .string(date.isoDate)])
    }

    func invalidDate(_ expression: TaggedExpression) -> Finding? {
        guard let written = expression.written, (1...12).contains(written.month) else { return nil }
        let year = year(of: written, timex: expression.timex)
        // Without a written year, 29 February may be right whatever year the date falls in.
        let limit = written.month == 2 && written.year == nil ? 29 : DocumentDate.daysIn(month: written.month, year: year ?? 2001)
        guard written.day > limit else { return nil }
        let days = DocumentDate.daysIn(month: written.month, year: year ?? 2000)
        let detail = written.month == 2 ? (year.map { "February \($0) has \(days) days" } ?? "February has at most 29 days")
            : "\(CalendarWords.monthNames[written.month]) has \(days) days"
        return Finding(ruleID: DatesRules.invalidDate, message: "\(quoted(written.range)) does not exist: \(detail).",
                       range: written.range)
    }

    func ambiguousNumeric(_ expression: TaggedExpression) -> Finding? {
        guard numericOrder == nil, let written = expression.written, written.style == .numeric,
              written.swappableNumbers.count == 2, let year = written.year else { return nil }
        let (a, b) = (written.swappableNumbers[0], written.swappableNumbers[1])
        let text = quoted(written.range)
        let monthFirst = "\(CalendarWords.monthNames[a]) \(b), \(year)"
        let dayFirstText = "\(a) \(CalendarWords.monthNames[b]) \(year)"
        return Finding(
            ruleID: DatesRules.ambiguousNumeric,
            message: "\(text) reads as \(monthFirst) (month first) or \(dayFirstText) (day first); write the month as a word, or set the plugin option `numericOrder: mdy|dmy`.",
            range: written.range,
            fixes: [Fix.replace(written.range, with: monthFirst, description: "Month first: \(monthFirst)"),
                    Fix.replace(written.range, with: dayFirstText, description: "Day first: \(dayFirstText)")])
    }

    func houseStyleViolation(_ expression: TaggedExpression) -> Finding? {
        guard let written = expression.written, written.style != .numeric,
              written.day <= DocumentDate.daysIn(month: written.month, year: written.year ?? 2000) else { return nil }
        let text = quoted(written.range)
        let wanted: String
        switch houseStyle {
        case .ap:
            wanted = "\(CalendarWords.apMonthForms[written.month]) \(written.day)" + (written.year.map { ", \($0)" } ?? "")
        case .dmy:
            wanted = "\(written.day) \(CalendarWords.monthNames[written.month])" + (written.year.map { " \($0)" } ?? "")
        }
        guard text != wanted else { return nil }
        let styleName = houseStyle == .ap ? "AP style" : "day-month-year style"
        return Finding(ruleID: DatesRules.houseStyle, message: "\(text) is not in \(styleName): write \(wanted).", range: written.range,
                       fixes: [Fix.replace(written.range, with: wanted, description: "Write \(wanted)")])
    }

    /// A date in the same form as a written one (month abbreviated or not, day first or not).
    private func render(month: Int, day: Int, year: Int?, like written: WrittenDate) -> String {
        let monthWritten = written.monthText.map { document.text(of: $0) } ?? ""
        let abbreviated = monthWritten.count <= 4 && monthWritten.count > 0
        let monthText = abbreviated ? CalendarWords.apMonthForms[month] : CalendarWords.monthNames[month]
        switch written.style {
        case .monthDay: return "\(monthText) \(day)" + (year.map { ", \($0)" } ?? "")
        case .dayMonth: return "\(day) \(monthText)" + (year.map { " \($0)" } ?? "")
        case .numeric:
            let text = document.text(of: written.range)
            let separator = text.contains("/") ? "/" : text.contains("-") ? "-" : "."
            if text.contains("-") && text.count == 10 {
                return String(format: "%04d-%02d-%02d", year ?? 0, month, day)
            }
            let pair = (numericOrder ?? .mdy) == .mdy ? "\(month)\(separator)\(day)" : "\(day)\(separator)\(month)"
            return pair + (year.map { "\(separator)\($0)" } ?? "")
        }
    }

    /// A weekday's name written as the original is: full, or abbreviated with a period.
    static func weekdayName(_ weekday: Int, like written: String) -> String {
        let full = CalendarWords.weekdayNames[weekday]
        return written.hasSuffix(".") ? String(full.prefix(3)) + "." : full
    }
}
