import CopydeskCore

/// Counted units: durations and counted offsets ("three years", "two weeks ago").
extension TemporalGrammar {
    /// Durations and counted offsets: "three years", "the past two months", "five-year",
    /// "two weeks ago", "a year earlier", "the first nine months", "years".
    func counted(at i: Int) -> Recognised? {
        var j = i
        var lead: String?
        if isWord(i, .its) || isWord(i, .their) { return nil }
        // "a sub-four-minute mile" is a measure.
        if isWord(i - 1, .hyphen), isWord(i - 2, .sub) { return nil }
        // "half an hour", "half a day".
        if isWord(i, .half), isAny(i + 1, [.a, .an]), let u = unit(at: i + 2), !u.plural, let value = TemporalGrammar.half(of: u.unit) {
            return recognised(i, u.end, .duration(value))
        }
        // "in a matter of weeks": soon, in the future tense.
        if let k = phrase(i, [.a, .matter, .of]), let u = unit(at: k), u.plural {
            if TenseReader.tense(around: i..<u.end, in: tokens) == .future { return recognised(i, u.end, .reference("FUTURE_REF")) }
            return recognised(i, u.end, .duration(u.unit.durationValue("X")))
        }
        if isWord(i, .the) {
            j = i + 1
            if let word = lower(j), ["past", "last", "next", "first", "coming", "previous", "following", "final", "latest", "initial", "remaining", "same", "prior"].contains(word) {
                lead = word
                j += 1
            }
        } else if let word = lower(i), ["past", "last", "next", "first", "coming", "previous", "final", "latest"].contains(word) {
            lead = word
            j = i + 1
        }
        // Bare plural units: "years", "for months", "decades-long".
        if j == i, let u = unit(at: i), u.plural, u.unit >= .day, u.unit != .weekend {
            var end = u.end
            if let h = afterHyphen(end), let word = lower(h), word == "long" || word == "old" { end = h + 1 }
            if isWord(end, .ago) { return recognised(i, end + 1, .reference("PAST_REF")) }
            guard isAny(i - 1, [.`for`, .`in`, .over, .within, .recent, .coming, .past, .the, .of, .few, .several, .many, .two]) || end > u.end else { return nil }
            return recognised(i, end, .duration(u.unit.durationValue("X")))
        }
        guard let (amount, afterAmount) = quantity(at: j, allowArticle: lead == nil) else { return nil }
        var k = afterAmount
        var hyphenated = false
        // "three to five days", "between six and nine months", "20-30 minutes": a range that writes its
        // unit once, valued by its first number.
        var ranged = false
        if lead == nil, amount != nil, let connector = lower(k), ["to", "-", "or", "and"].contains(connector),
           connector != "and" || isWord(i - 1, .between), connector != "-" || (!tokens[k].spaceBefore && k + 1 < tokens.count && !tokens[k + 1].spaceBefore),
           let (second, afterSecond) = quantity(at: k + 1, allowArticle: false), second != nil, unit(at: afterSecond) != nil,
           afterHyphen(afterSecond) == nil {
            k = afterSecond
            ranged = true
        }
        if !ranged, let h = afterHyphen(k) { k = h; hyphenated = true }
        // "two more weeks", "an additional year".
        if !hyphenated, isAny(k, [.more, .additional, .extra, .further]), unit(at: k + 1) != nil { k += 1 }
        guard let u = unit(at: k) else { return nil }
        // "three-quarters of the vote" is a fraction.
        if u.unit == .quarter, isWord(u.end, .of) { return nil }
        // "a year-earlier figure" is a comparison, read elsewhere.
        if let h = afterHyphen(u.end), isAny(h, [.earlier, .ago]) { return nil }
        var end = u.end
        let amountText = amount.map(String.init) ?? "X"
        // A unit without a number needs a plural noun after a vague quantity, and a number needs
        // the right number: "one year", "two years" (hyphenated adjectives are singular).
        if amount == nil && !u.plural && !hyphenated { return nil }
        // Ages are not times: "a 6-year-old", "52 years old".
        if let h = afterHyphen(end), isWord(h, .old) { return nil }
        if isWord(end, .old) { return nil }
        if let h = afterHyphen(end), isWord(h, .long) { end = h + 1 }
        // A hyphenated adjective does not take the determiner: "the two-week" is tagged "two-week".
        if hyphenated && lead == nil && j > i { return counted(at: j) }
        // "or so"
        var approx = false
        if let after = phrase(end, [.or, .so]) { end = after; approx = true }
        // Offsets: ago / earlier / later / before / after / from now.
        if lead == nil, !hyphenated {
            if isWord(end, .ago) {
                let g = u.unit == .weekend || u.unit == .fortnight ? CalendarUnit.week : u.unit
                guard var n = amount else { return recognised(i, end + 1, .reference("PAST_REF")) }
                if u.unit == .fortnight { n *= 2 }
                // "five years ago this month", "a month ago yesterday", "two weeks ago on Saturday".
                if let (anchor, anchorEnd) = countAnchor(at: end + 1) { return recognised(i, anchorEnd, .shifted(anchor, unit: g, offset: -n)) }
                var r = g == .year ? recognised(i, end + 1, .fromMentioned(unit: .year, offset: -n, granularity: nil))
                    : recognised(i, end + 1, .fromReference(unit: g, offset: -n, granularity: g == .week || g < .day ? .day : g))
                if approx { r.mod = "APPROX" }
                return r
            }
            if isWord(end, .earlier) || isWord(end, .later) || isWord(end, .before) || isWord(end, .after) {
                guard let n = amount else { return recognised(i, end, .duration(u.unit.durationValue(amountText))) }
                if isWord(end, .before) || isWord(end, .after), !isAny(end + 1, [.fullStop, .comma, .semicolon]) { return recognised(i, end, .duration(u.unit.durationValue(amountText))) }
                let sign = isWord(end, .earlier) || isWord(end, .before) ? -1 : 1
                return recognised(i, end + 1, .fromMentioned(unit: u.unit, offset: sign * n, granularity: nil))
            }
            if let after = phrase(end, [.from, .now]) {
                guard let n = amount else { return nil }
                return recognised(i, after, .fromReference(unit: u.unit, offset: n, granularity: u.unit >= .day ? u.unit : .day))
            }
            // "three weeks from today", "a month from tomorrow".
            if isWord(end, .from), let n = amount, let day = dayWord(at: end + 1), day.clock == nil {
                let (unit, count) = u.unit == .fortnight ? (CalendarUnit.week, 2 * n) : (u.unit, n)
                return recognised(i, day.tokens.upperBound, .shifted(day.meaning, unit: unit, offset: count))
            }
            // "in six months", "in two weeks' time": in copy about what is to come, the point that far
            // ahead, at the unit's granularity; a past "rose 5% in six months" stays a stretch of time.
            if isWord(i - 1, .`in`), let n = amount, [.day, .week, .fortnight, .month, .year].contains(u.unit), !ranged {
                var stop = end
                if let after = phrase(stop, [.apostrophe, .time]) ?? phrase(stop, [.time]) { stop = after }
                if stop > end || TenseReader.tense(around: i..<end, in: tokens) != .past {
                    let (unit, count) = u.unit == .fortnight ? (CalendarUnit.week, 2 * n) : (u.unit, n)
                    return recognised(i, stop, .fromReference(unit: unit, offset: count, granularity: unit))
                }
            }
        }
        if amount == 1 && u.plural && !ranged { return nil }
        // Rates are not durations: "$1.76 a year", "24 hours a day", "700 seats a week".
        if isAny(j, [.a, .an]), lead == nil, i > 0 {
            let previous = tokens[i - 1]
            if previous.kind == .number || ["%", "million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "times", "once", "twice"].contains(previous.lower) { return nil }
            if previous.kind == .word, previous.lower.count > 3, previous.lower.hasSuffix("s"), !previous.lower.hasSuffix("ss"), !["was", "has", "is", "this"].contains(previous.lower) { return nil }
        }
        if let n = amount, n > 1, !u.plural, !hyphenated, !ranged, !isAny(afterAmount, [.hyphen]) {
            // "two year" without a hyphen is still an adjective ("a five year low").
            if tokens[safe: u.end]?.kind != .word { return nil }
        }
        // "the past two months", "the next three years": a stretch of time.
        var value = u.unit.durationValue(amountText)
        // "5 1/2 hours", "a minute and a half".
        let writtenHalf = afterAmount - j == 4 && isWord(afterAmount - 2, .slash)
        if let n = amount, writtenHalf || phrase(end, [.and, .a, .half]) != nil, let halved = TemporalGrammar.withHalf(n, u.unit) {
            value = halved
            if !writtenHalf { end += 3 }
        }
        if u.unit == .century, let n = amount { value = "P\(n * 100)Y" }
        if u.unit == .quarter && lead == nil && amount == 1 && !hyphenated { return nil }
        if u.unit == .second && amount == nil { return nil }
        // "a second well", "a second quarter": the ordinal, not the unit.
        if u.unit == .second && isAny(j, [.a, .an]) && !isAny(end, [.later, .earlier, .ago, .or, .and, .fullStop, .comma, .semicolon]) { return nil }
        var r = recognised(i, end, .duration(value))
        if approx { r.mod = "APPROX" }
        return r
    }

    /// Half of one unit as a TIMEX3 duration: "half an hour" is PT30M.
    static func half(of unit: CalendarUnit) -> String? {
        switch unit {
        case .minute: return "PT30S"
        case .hour: return "PT30M"
        case .day: return "PT12H"
        case .year: return "P6M"
        case .decade: return "P5Y"
        case .century: return "P50Y"
        default: return nil
        }
    }
}
