import CopydeskCore

/// Sets: "every Tuesday", "daily", "once a year".
extension TemporalGrammar {
    /// "every Tuesday", "each year", "daily", "every other week", "annually", "once a year".
    func setExpression(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        if let value = entry(i)?.frequency {
            // An adjective before a noun names a kind of thing, not a recurrence: "its quarterly dividend".
            if isAny(i - 1, [.its, .their, .the, .first, .initial, .regular]),
               let next = tokens[safe: i + 1], next.kind == .word, entry(i + 1)?.startsExpression != true { return nil }
            return recognised(i, i + 1, .set(value))
        }
        if id == .every || id == .each || id == .per {
            var j = i + 1
            var step = "1"
            if isWord(j, .other) { j += 1; step = "2" }
            if let (n, after) = quantity(at: j, allowArticle: false), let count = n, count > 1 { step = String(count); j = after }
            if let u = unit(at: j) { return recognised(i, u.end, .set(u.unit.durationValue(step))) }
            if let (day, end) = weekdayName(at: j) { return recognised(i, end, .set("XXXX-WXX-\(day)")) }
            if let (month, end) = monthName(at: j) { return recognised(i, end, .set(String(format: "XXXX-%02d", month))) }
            if let part = entry(j)?.partOfDay { return recognised(i, j + 1, .set("TXX\(part)")) }
        }
        return nil
    }
}
