import CopydeskCore
import CopydeskText

/// Weekdays and clock times.
extension TemporalGrammar {
    /// "Tuesday", "Wednesday night", "Sundays" (a set), "Tuesday nights".
    func weekdayExpression(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        if word.hasSuffix("s"), let day = CalendarWords.weekdays[String(word.dropLast())], !CalendarWords.weekdayAbbreviations.contains(String(word.dropLast())) {
            return recognised(i, i + 1, .set("XXXX-WXX-\(day)"))
        }
        guard let (day, end) = weekdayName(at: i) else { return nil }
        if let part = lower(end), let code = Lexicon.partsOfDay[part.hasSuffix("s") ? String(part.dropLast()) : part] {
            if part.hasSuffix("s") { return recognised(i, end + 1, .set("XXXX-WXX-\(day)T\(code)")) }
            // "Friday night" is tagged whole and valued as the day, as TimeBank does.
            return recognised(i, end + 1, .weekday(day, shift: nil))
        }
        return recognised(i, end, .weekday(day, shift: nil))
    }

    // MARK: Clock times

    /// "9 a.m.", "10:35 a.m. EST Tuesday", "noon Thursday", "midnight Friday", "4 in the morning", "17:30 GMT".
    func clockTime(at i: Int) -> Recognised? {
        var hour: Int
        var minute = 0
        var end: Int
        guard let word = lower(i) else { return nil }
        if word == "noon" || word == "midday" {
            // "high noon" is an idiom (and a film).
            if isWord(i - 1, "high") { return nil }
            hour = 12
            end = i + 1
        }
        else if word == "midnight" { hour = 24; end = i + 1 }
        else if let n = tokens[i].number, tokens[i].digitCount <= 2, n <= 24 {
            hour = n
            end = i + 1
            if isWord(end, ":"), let m = tokens[safe: end + 1]?.number, tokens[end + 1].digitCount == 2, m < 60, !tokens[end].spaceBefore {
                minute = m
                end += 2
            }
            if let (isPM, after) = meridiem(at: end) {
                if hour > 12 { return nil }
                if isPM && hour < 12 { hour += 12 }
                if !isPM && hour == 12 { hour = 0 }
                end = after
            } else if let k = phrase(end, ["in", "the"]), let part = lower(k), ["morning", "afternoon", "evening"].contains(part) {
                if part != "morning" && hour < 12 { hour += 12 }
                end = k + 1
            } else if let k = phrase(end, ["o'clock"]) {
                end = k
            } else if end > i + 1, let zone = lower(end), TemporalGrammar.zones.contains(zone) {
                end += 0
            } else {
                return nil
            }
        } else if let (n, after) = numberWords(at: i, allowBare: true), let h = n, h >= 1, h <= 12, isWord(after, "o'clock") {
            hour = h
            end = after + 1
        } else {
            return nil
        }
        if let zone = lower(end), TemporalGrammar.zones.contains(zone) { end += 1 }
        var meaning = Meaning.fromReference(unit: .day, offset: 0, granularity: .day)
        var written: WrittenDate?
        var k = end
        if isWord(k, ",") || isWord(k, "on") { k += 1 }
        if let day = dayWord(at: k), day.clock == nil { meaning = day.meaning; end = day.tokens.upperBound }
        else if let date = calendarDate(at: k) { meaning = date.meaning; end = date.tokens.upperBound; written = date.written }
        else if let (weekday, after) = weekdayName(at: k) { meaning = .weekday(weekday, shift: nil); end = after }
        if hour == 24 { hour = 0; if case .weekday = meaning {} else if case .fromReference = meaning { meaning = .fromReference(unit: .day, offset: 1, granularity: .day) } }
        var r = recognised(i, end, meaning, type: .time)
        r.clock = ClockTime(hour: hour, minute: minute)
        r.written = written
        return r
    }

    static let zones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt"]

    /// "a.m.", "p.m.", "am", "pm", "a.m", "p.m".
    func meridiem(at i: Int) -> (Bool, Int)? {
        guard let word = lower(i) else { return nil }
        if word == "am" || word == "pm" { return (word == "pm", i + 1) }
        if (word == "a" || word == "p"), isWord(i + 1, "."), isWord(i + 2, "m"), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore {
            var end = i + 3
            // The final period belongs to the abbreviation (and may end the sentence too).
            if isWord(end, "."), !tokens[end].spaceBefore { end += 1 }
            return (word == "p", end)
        }
        return nil
    }
}
