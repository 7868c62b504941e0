import CopydeskCore

/// Expressions with a leading modifier: "more than four hours", "early next year".
extension TemporalGrammar {
    static let quantityModifiers: [(words: [Word], mod: String)] = [
        ([.about], "APPROX"), ([.around], "APPROX"), ([.approximately], "APPROX"), ([.roughly], "APPROX"),
        ([.nearly], "APPROX"), ([.almost], "LESS_THAN"), ([.someWord], "APPROX"), ([.more, .than], "MORE_THAN"),
        ([.longer, .than], "MORE_THAN"), ([.less, .than], "LESS_THAN"),
        ([.fewer, .than], "LESS_THAN"), ([.under], "LESS_THAN"), ([.at, .least], "EQUAL_OR_MORE"),
        ([.up, .to], "EQUAL_OR_LESS"), ([.no, .more, .than], "EQUAL_OR_LESS"), ([.at, .most], "EQUAL_OR_LESS"),
    ]

    /// "more than four hours", "nearly two years ago", "around 7:15 p.m.".
    func quantified(at i: Int) -> Recognised? {
        for (words, mod) in TemporalGrammar.quantityModifiers {
            guard let j = phrase(i, words) else { continue }
            guard var inner = core(at: j) else { continue }
            switch inner.meaning {
            case .duration, .fromReference, .fromMentioned:
                guard j < tokens.count, tokens[j].lower != "the" else { continue }
            case .point, .monthDay:
                guard mod == "APPROX", words != [.someWord], words != [.nearly] else { continue }
            default: continue
            }
            if inner.mod == nil { inner.mod = mod }
            inner.tokens = i..<inner.tokens.upperBound
            return inner
        }
        return nil
    }

    /// "early next year", "late last month", "mid-1996", "the end of the year", "earlier this week".
    func positioned(at i: Int) -> Recognised? {
        var j = i
        var mod: String?
        if let k = phrase(i, [.the, .end, .of]) ?? phrase(i, [.end, .of]) { j = k; mod = "END" }
        else if let k = phrase(i, [.the, .beginning, .of]) ?? phrase(i, [.the, .start, .of]) ?? phrase(i, [.beginning, .of]) ?? phrase(i, [.start, .of]) { j = k; mod = "START" }
        else if let k = phrase(i, [.the, .middle, .of]) ?? phrase(i, [.middle, .of]) { j = k; mod = "MID" }
        else if let k = phrase(i, [.the, .first, .half, .of]) { j = k; mod = "START" }
        else if let k = phrase(i, [.the, .second, .half, .of]) { j = k; mod = "END" }
        else if let k = phrase(i, [.the, .last, .half, .of]) { j = k; mod = "END" }
        else if isWord(i, .early) || isWord(i, .earlier) { j = afterHyphen(i + 1) ?? i + 1; mod = "START" }
        else if isWord(i, .late) || isWord(i, .later) { j = afterHyphen(i + 1) ?? i + 1; mod = "END" }
        else if isWord(i, .mid) { j = afterHyphen(i + 1) ?? i + 1; mod = "MID" }
        else if let k = phrase(i, [.the, .early]) ?? phrase(i, [.the, .late]) ?? phrase(i, [.the, .mid]) {
            j = afterHyphen(k) ?? k
            mod = isWord(i + 1, .early) ? "START" : isWord(i + 1, .late) ? "END" : "MID"
        }
        guard let mod else { return nil }
        // "earlier in the year", "later in the day".
        if (isWord(i, .earlier) || isWord(i, .later)), let k = phrase(j, [.`in`, .the]), let u = unit(at: k), !u.plural {
            return recognised(i, u.end, .fromMentioned(unit: u.unit, offset: 0, granularity: u.unit), mod: mod)
        }
        // "the end of the year", "the end of the month", "by end of year".
        if let k = phrase(j, [.the]) ?? (isWord(j - 1, .of) ? j : nil), let u = unit(at: k), !u.plural, u.unit >= .day {
            return recognised(i, u.end, .fromMentioned(unit: u.unit, offset: 0, granularity: u.unit), mod: mod)
        }
        guard var inner = core(at: j) else { return nil }
        switch inner.meaning {
        case .duration, .set, .reference: return nil
        case .weekday:
            // "Earlier Friday, ..." tags the day alone; "early Tuesday" is the start of the day.
            guard isWord(i, .early) else { return nil }
        default: break
        }
        inner.mod = mod
        // "early Tuesday" reads as the start of the day; keep the value, mark the position.
        inner.tokens = i..<inner.tokens.upperBound
        return inner
    }
}
