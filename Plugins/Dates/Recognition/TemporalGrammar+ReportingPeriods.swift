import CopydeskCore

/// Financial reporting comparisons: "the year-ago quarter".
extension TemporalGrammar {
    /// "a year earlier" is counted; here: "year-earlier", "the year-ago quarter", "the year-earlier
    /// period", "the comparable year-ago quarter", "the corresponding period last year".
    func reportingComparison(at i: Int) -> Recognised? {
        var j = i
        if isWord(j, .the) { j += 1 }
        if isAny(j, [.comparable, .corresponding, .same]) { j += 1 }
        guard isWord(j, .year), let h = afterHyphen(j + 1), isAny(h, [.earlier, .ago]) else {
            if let k = phrase(i, [.the, .corresponding, .period, .last, .year]) ?? phrase(i, [.the, .same, .period, .last, .year]) ?? phrase(i, [.the, .same, .period, .a, .year, .earlier]) ?? phrase(i, [.the, .same, .period, .a, .year, .ago]) {
                return recognised(i, k, .reportingPeriod(unit: .quarter, year: .fromMentioned(-1)))
            }
            return nil
        }
        var end = h + 1
        if let word = lower(end), ["quarter", "period", "nine", "third", "second", "first", "fourth", "month", "months", "year", "half"].contains(word) {
            if word == "nine" { guard isWord(end + 1, .months) else { return recognised(i, end, .fromMentioned(unit: .year, offset: -1, granularity: nil)) }; return recognised(i, end + 2, .duration("P9M")) }
            if ["third", "second", "first", "fourth"].contains(word) {
                guard isWord(end + 1, .quarter) else { return nil }
                let q = Lexicon.ordinals[word]!
                return recognised(i, end + 2, .periodOfYear(unit: .quarter, index: q, year: .fromMentioned(-1)))
            }
            if word == "quarter" || word == "period" { return recognised(i, end + 1, .reportingPeriod(unit: .quarter, year: .fromMentioned(-1))) }
            end += 1
        } else if j > i {
            return nil
        }
        return recognised(i, end, .fromMentioned(unit: .year, offset: -1, granularity: nil))
    }
}
