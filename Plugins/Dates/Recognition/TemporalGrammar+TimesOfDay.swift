import CopydeskCore
import CopydeskText

/// Weekdays and clock times.
extension TemporalGrammar {
    /// "Tuesday", "Wednesday night", "Sundays" (a set), "Tuesday nights".
    func weekdayExpression(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        // "two Mondays from now": the coming one and a week more for each after it.
        if let (n, after) = quantity(at: i), let count = n, count >= 1, let plural = lower(after), plural.hasSuffix("s"),
           let day = CalendarWords.weekdays[String(plural.dropLast())], let end = phrase(after + 1, [.from, .now]) ?? phrase(after + 1, [.from, .today]) {
            return recognised(i, end, .weekday(day, shift: count))
        }
        if word.hasSuffix("s"), let day = CalendarWords.weekdays[String(word.dropLast())], !CalendarWords.weekdayAbbreviations.contains(String(word.dropLast())) {
            return recognised(i, i + 1, .set("XXXX-WXX-\(day)"))
        }
        // "a week from Friday": the coming Friday and a week.
        if let k = phrase(i, [.a, .week, .from]), let (day, end) = weekdayName(at: k) {
            return recognised(i, end, .weekday(day, shift: 2))
        }
        guard let (day, end) = weekdayName(at: i) else { return nil }
        // "Friday after next", "Thursday week": the one after the coming one.
        if let after = phrase(end, [.after, .next]) { return recognised(i, after, .weekday(day, shift: 2)) }
        if isWord(end, .week), !isAny(end + 1, [.of, .possessiveS, .before, .after, .`in`, .at]) { return recognised(i, end + 1, .weekday(day, shift: 2)) }
        if let part = lower(end), let code = Lexicon.partsOfDay[part.hasSuffix("s") ? String(part.dropLast()) : part] {
            if part.hasSuffix("s") { return recognised(i, end + 1, .set("XXXX-WXX-\(day)T\(code)")) }
            // "Friday night" is tagged whole and valued as the day, as TimeBank mostly does.
            return recognised(i, end + 1, .weekday(day, shift: nil))
        }
        return recognised(i, end, .weekday(day, shift: nil))
    }

    /// "the first Monday in June", "the last Friday of the month", "the third Thursday of April 2027",
    /// "the second Tuesday of next month".
    func weekdayOfMonth(at i: Int) -> Recognised? {
        let k = isWord(i, .the) ? i + 1 : i
        let nth: Int
        if isWord(k, .last) { nth = -1 } else if let n = entry(k)?.ordinal, (1...5).contains(n) { nth = n } else { return nil }
        guard let (weekday, afterWeekday) = weekdayName(at: k + 1), isAny(afterWeekday, [.of, .`in`]) else { return nil }
        let m = afterWeekday + 1
        let month: Meaning
        var end: Int
        if let after = phrase(m, [.the, .month]) ?? phrase(m, [.this, .month]) {
            month = .fromReference(unit: .month, offset: 0, granularity: .month); end = after
        } else if let after = phrase(m, [.next, .month]) {
            month = .fromReference(unit: .month, offset: 1, granularity: .month); end = after
        } else if let after = phrase(m, [.last, .month]) {
            month = .fromReference(unit: .month, offset: -1, granularity: .month); end = after
        } else if let name = lower(m), let index = CalendarWords.months[name] {
            end = m + 1
            if let (y, afterYear) = year(at: end) { month = .point(CalendarPoint(unit: .month, year: y, index: index)); end = afterYear }
            else { month = .month(index, shift: nil) }
        } else {
            return nil
        }
        return recognised(i, end, .weekdayOfMonth(nth: nth, weekday: weekday, month: month))
    }

    // MARK: Clock times

    /// "9 a.m.", "7pm", "7.30pm", "10:35 a.m. EST Tuesday", "19:45", "19h45", "0930 GMT", "noon Thursday",
    /// "midnight Friday", "4 in the morning", "seven in the morning", "half past nine tonight",
    /// "quarter to six", "9:30 tomorrow morning", "17:30 GMT".
    /// With `attachDay` false, the clock time alone, without a day or part of the day after it.
    func clockTime(at i: Int, attachDay: Bool = true) -> Recognised? {
        var hour: Int
        var minute = 0
        var end: Int
        var meridiemGiven = false
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if id == .noon || id == .midday {
            // "high noon" is an idiom (and a film).
            if isWord(i - 1, .high) { return nil }
            hour = 12
            end = i + 1
            meridiemGiven = true
        }
        else if id == .midnight { hour = 24; end = i + 1; meridiemGiven = true }
        else if let glued = Self.gluedClock(word), tokens[i].kind != .number {
            // "7pm", "11am", "19h45", "06h30": one token.
            guard glued.hour <= (glued.isPM == nil ? 23 : 12), glued.minute < 60 else { return nil }
            (hour, minute, end) = (glued.hour, glued.minute, i + 1)
            if let isPM = glued.isPM { hour = Self.hour(hour, isPM: isPM); meridiemGiven = true }
        }
        else if let n = tokens[i].number, tokens[i].digitCount == 4, isClockCue(after: i + 1) {
            // "0930 GMT", "2300 hours": military time.
            guard n / 100 <= 23, n % 100 < 60 else { return nil }
            (hour, minute, end) = (n / 100, n % 100, i + 1)
            if isAny(end, [.hours, .hrs]) { end += 1 }
        }
        else if let n = tokens[i].number, tokens[i].digitCount <= 2, n <= 24 {
            hour = n
            end = i + 1
            var separated = false
            if isAny(end, [.colon, .fullStop]), !tokens[end].spaceBefore, end + 1 < tokens.count, !tokens[end + 1].spaceBefore {
                let next = tokens[end + 1]
                if let m = next.number, next.digitCount == 2, m < 60 {
                    minute = m
                    end += 2
                    separated = true
                } else if let glued = Self.gluedClock(next.lower), next.kind != .number, glued.hour < 60, glued.minute == 0, let isPM = glued.isPM,
                          next.lower.utf8.count == 4 {
                    // "7.30pm", "10:07pm": the minutes carry the meridiem.
                    if hour > 12 { return nil }
                    minute = glued.hour
                    hour = Self.hour(hour, isPM: isPM)
                    meridiemGiven = true
                    end += 2
                }
            }
            let dotted = end > i + 1 && isWord(i + 1, .fullStop)
            // "0.55" is a decimal.
            if dotted && hour == 0 && tokens[i].digitCount == 1 { return nil }
            // "9:00-17:30", "from 7 until 9 on Tuesday evening": the second time of a range.
            let rangeEnd = !attachDay || meridiemGiven || meridiem(at: end) != nil ? nil : clockRangeEnd(after: end)
            if meridiemGiven {
                // "7.30pm": the minutes carried it.
            } else if let (isPM, after) = meridiem(at: end) {
                if hour > 12 { return nil }
                hour = Self.hour(hour, isPM: isPM)
                meridiemGiven = true
                end = after
            } else if let k = phrase(end, [.`in`, .the]), let part = lower(k), ["morning", "afternoon", "evening"].contains(part) {
                if part != "morning" && hour < 12 { hour += 12 }
                meridiemGiven = true
                end = k + 1
            } else if let k = phrase(end, [.oClock]) {
                end = k
            } else if end > i + 1, TemporalGrammar.zones.contains(self.word(end)) {
                end += 0
            } else if separated && hour <= 23 && !isWord(end, .colon) && !(isWord(end, .fullStop) && end + 1 < tokens.count && !tokens[end + 1].spaceBefore) {
                // A bare "19:45" or "12.15" is a time after a time word ("at", "from", "kick-off") or
                // before a day or a zone; a dotted one also needs that, being a decimal otherwise.
                guard (dotted ? isAny(i - 1, Self.dottedClockCues) && !isAny(end, Self.afterDecimals) : hasClockCueBefore(i) || hour >= 13 || isClockCue(after: end))
                        || startsDay(at: end) || rangeEnd != nil else { return nil }
            } else if hour >= 1, hour <= 12, hasClockCueBefore(i), partOfDayFollows(at: end) {
                // "at 8 tonight", "at 7 this evening": the part of the day places the hour.
            } else if isAny(i - 1, [.from, .between]), let rangeEnd, rangeEnd.hasDay {
                // "from 7 until 9 on Tuesday evening".
            } else {
                return nil
            }
        } else if let (n, after) = numberWords(at: i, allowBare: true), let h = n, h >= 1, h <= 12, isWord(after, .oClock) {
            hour = h
            end = after + 1
        } else if let (n, after) = numberWords(at: i, allowBare: true), let h = n, h >= 1, h <= 12,
                  let k = phrase(after, [.`in`, .the]), let part = lower(k), ["morning", "afternoon", "evening"].contains(part) {
            // "seven in the morning".
            hour = part == "morning" ? h : (h < 12 ? h + 12 : h)
            meridiemGiven = true
            end = k + 1
        } else if let spoken = spokenClock(at: i) {
            (hour, minute, end) = spoken
        } else if tokens[i].kind == .word, let (n, after) = numberWords(at: i, allowBare: true), let h = n, h >= 1, h <= 12, hasClockCueBefore(i) {
            // "at ten forty tonight", "at eight this evening".
            var k = after
            var m = 0
            if let (minutes, afterMinutes) = numberWords(at: k, allowBare: true), let value = minutes, value >= 10, value < 60 { m = value; k = afterMinutes }
            guard partOfDayFollows(at: k) else { return nil }
            (hour, minute, end) = (h, m, k)
        } else {
            return nil
        }
        if TemporalGrammar.zones.contains(self.word(end)) { end += 1 }
        if isWord(end, .local), isWord(end + 1, .time) { end += 2 }
        guard attachDay else {
            var r = recognised(i, end, .fromReference(unit: .day, offset: 0, granularity: .day), type: .time)
            r.clock = ClockTime(hour: hour == 24 ? 0 : hour, minute: minute)
            return r
        }
        var meaning = Meaning.fromReference(unit: .day, offset: 0, granularity: .day)
        var written: WrittenDate?
        var partOfDay: String?
        var k = end
        // "from 2pm to 4pm on Saturday": the first time takes the day of the second.
        var borrowed = false
        if !startsDay(at: k), !partOfDayFollows(at: k), let range = clockRangeEnd(after: end), range.hasDay { k = range.end; borrowed = true }
        let ownEnd = end
        if isWord(k, .comma) || isWord(k, .on) { k += 1 }
        if let day = dayWord(at: k) {
            meaning = day.meaning; end = day.tokens.upperBound; partOfDay = day.clock?.partOfDay
        } else if isWord(k, .this), let part = entry(k + 1)?.partOfDay {
            end = k + 2; partOfDay = part
        } else if isWord(k, .last), isWord(k + 1, .night) {
            meaning = .fromReference(unit: .day, offset: -1, granularity: .day); end = k + 2; partOfDay = "NI"
        } else if let date = calendarDate(at: k) {
            meaning = date.meaning; end = date.tokens.upperBound; written = date.written
        } else if let (weekday, after) = weekdayName(at: k) {
            meaning = .weekday(weekday, shift: nil); end = after
            if let part = entry(after)?.partOfDay { partOfDay = part; end += 1 }
        }
        if borrowed { end = ownEnd }
        // "9:30 tomorrow morning", "ten past four this morning", "half past nine tonight".
        if let partOfDay, !meridiemGiven, hour < 12, ["AF", "EV", "NI"].contains(partOfDay), !(partOfDay == "NI" && hour < 5) { hour += 12 }
        if hour == 24 { hour = 0; if case .weekday = meaning {} else if case .fromReference(let unit, let offset, let granularity) = meaning { meaning = .fromReference(unit: unit, offset: offset + 1, granularity: granularity) } }
        var r = recognised(i, end, meaning, type: .time)
        r.clock = ClockTime(hour: hour, minute: minute)
        r.written = written
        return r
    }

    /// The second time of a clock range after token `k` ("-17:30", "to 4pm on Saturday", "until 9 on
    /// Tuesday evening", "and 10 on Friday"): its end, and whether a day follows it.
    func clockRangeEnd(after k: Int) -> (end: Int, hasDay: Bool)? {
        guard let connector = lower(k) else { return nil }
        let joinedDash = (connector == "-" || connector == "\u{2013}") && k + 1 < tokens.count && !tokens[k + 1].spaceBefore
        guard joinedDash || ["to", "until", "till", "and"].contains(connector) else { return nil }
        var end: Int
        if let second = clockTime(at: k + 1, attachDay: false) {
            end = second.tokens.upperBound
        } else if let n = tokens[safe: k + 1]?.number, tokens[k + 1].digitCount <= 2, n <= 24 {
            end = k + 2
            if isAny(end, [.colon, .fullStop]), let m = tokens[safe: end + 1], m.digitCount == 2, !tokens[end].spaceBefore, !m.spaceBefore { end += 2 }
            guard startsDay(at: end) || partOfDayFollows(at: end) else { return nil }
        } else {
            return nil
        }
        if isWord(end, .oClock) { end += 1 }
        return (end, startsDay(at: end) || partOfDayFollows(at: end))
    }

    /// "tonight", "this evening", "tomorrow morning", "last night" at token `k`.
    func partOfDayFollows(at k: Int) -> Bool {
        isWord(k, .tonight) || (isAny(k, [.this, .tomorrow, .yesterday, .last, .tmrw]) && entry(k + 1)?.partOfDay != nil)
    }

    /// Words after which "2.30" is a number, not a time.
    static let afterDecimals: [Word] = [.percent, .percentSign, .per, .points, .pct, .million, .billion, .euros, .dollars, .pounds, .times, .metres, .meters, .kg, .km, .miles, .seconds, .minutes]

    /// "7pm" → (7, 0, true), "11am" → (11, 0, false), "19h45" → (19, 45, nil).
    static func gluedClock(_ word: String) -> (hour: Int, minute: Int, isPM: Bool?)? {
        let bytes = Array(word.utf8)
        var k = 0
        var first = 0
        while k < bytes.count, k < 2, bytes[k] >= 0x30, bytes[k] <= 0x39 { first = first * 10 + Int(bytes[k] - 0x30); k += 1 }
        guard k > 0, k < bytes.count else { return nil }
        let rest = bytes[k...]
        if rest.elementsEqual("am".utf8) { return (first, 0, false) }
        if rest.elementsEqual("pm".utf8) { return (first, 0, true) }
        if rest.count == 3, rest.first == UInt8(ascii: "h"), rest.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let minute = rest.dropFirst().reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return (first, minute, nil)
        }
        return nil
    }

    static func hour(_ hour: Int, isPM: Bool) -> Int {
        if isPM && hour < 12 { return hour + 12 }
        if !isPM && hour == 12 { return 0 }
        return hour
    }

    /// Words before a bare clock time that say it is one ("at 19:45", "kick-off 19:45", "from 12.15").
    static let clockCues: WordSet = [.at, .from, .until, .till, .til, .by, .before, .after, .around, .about, .to, .between, .and, .kickOff, .off, .hyphen, .since]

    /// The cues a dotted "12.15" needs, a price or a score being written the same way ("rose to 5.30").
    static let dottedClockCues: [Word] = [.at, .from, .until, .till, .by, .before, .after, .around, .about, .since]

    func hasClockCueBefore(_ i: Int) -> Bool {
        Self.clockCues.contains(word(i - 1))
    }

    /// A zone or "hours" right after a number makes it a clock time ("0930 GMT", "2300 hours").
    func isClockCue(after k: Int) -> Bool {
        guard let word = word(k) else { return false }
        return TemporalGrammar.zones.contains(word) || word == .hours || word == .hrs || (word == .local && isWord(k + 1, .time))
    }

    /// Whether a day follows ("19:45 tomorrow", "14:05 on Monday").
    func startsDay(at k: Int) -> Bool {
        let k = isWord(k, .on) ? k + 1 : k
        return isAny(k, [.today, .tomorrow, .tonight, .yesterday, .tmrw, .tmr, .tmw]) || weekdayName(at: k) != nil
    }

    /// "half past nine", "quarter to six", "twenty to nine", "ten past four": hour, minute and the token after.
    func spokenClock(at i: Int) -> (Int, Int, Int)? {
        let minutes: Int
        var k: Int
        if isWord(i, .half) { minutes = 30; k = i + 1 }
        else if isWord(i, .quarter) { minutes = 15; k = i + 1 }
        else if let (n, after) = numberWords(at: i, allowBare: true), let m = n, [5, 10, 20, 25].contains(m), tokens[i].kind != .number {
            // "ten past four", "twenty to nine"; "two to six (days)" is a range.
            minutes = m; k = after
        }
        else { return nil }
        if isWord(k, .minutes) { k += 1 }
        guard let direction = lower(k), direction == "past" || (direction == "to" && minutes != 30) else { return nil }
        guard let (n, after) = numberWords(at: k + 1, allowBare: true), let h = n, h >= 1, h <= 12 else { return nil }
        // Only as a time: after a time word or before a part of the day or a day.
        if let unit = lower(after), Lexicon.units[unit] != nil { return nil }
        guard hasClockCueBefore(i) || entry(after)?.partOfDay != nil || isWord(after, .tonight) || isWord(after, .this) || startsDay(at: after)
                || phrase(after, [.`in`, .the]) != nil else { return nil }
        var end = after
        var hour = direction == "past" ? h : (h == 1 ? 12 : h - 1)
        let minute = direction == "past" ? minutes : 60 - minutes
        if let k = phrase(end, [.`in`, .the]), let part = lower(k), ["morning", "afternoon", "evening"].contains(part) {
            if part != "morning" && hour < 12 { hour += 12 }
            end = k + 1
        }
        return (hour, minute, end)
    }

    static let zones: WordSet = [.est, .edt, .cst, .cdt, .mst, .mdt, .pst, .pdt, .gmt, .utc, .bst, .cet, .cest, .et, .pt]

    /// "a.m.", "p.m.", "am", "pm", "a.m", "p.m".
    func meridiem(at i: Int) -> (Bool, Int)? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if id == .am || id == .pm { return (id == .pm, i + 1) }
        if (id == .a || id == .p), isWord(i + 1, .fullStop), isWord(i + 2, .m), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore {
            var end = i + 3
            // The final period belongs to the abbreviation (and may end the sentence too).
            if isWord(end, .fullStop), !tokens[end].spaceBefore { end += 1 }
            return (id == .p, end)
        }
        return nil
    }
}
