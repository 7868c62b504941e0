import CopydeskCore

/// Quarters, halves and seasons.
extension TemporalGrammar {
    /// "the third quarter", "third-quarter", "fiscal second-quarter", "the third quarter of 1990",
    /// "the 1988 third quarter", "first half", "the second half of 1989", "Q3", "the summer of 1998".
    func periodOfYear(at i: Int) -> Recognised? {
        var j = i
        var explicitYear: Int?
        if isWord(j, .its) || isWord(j, .a) || isWord(j, .their) { return nil }
        if isWord(j, .the) { j += 1 }
        if isWord(j, .fiscal) || isWord(j, .fiscalHyphen) { j += 1 }
        if let (y, end) = year(at: j), tokens[j].number != nil { explicitYear = y; j = end }
        if let y = explicitYear, j > i + 1, isAny(j, [.quarter, .period]) {
            // "the 1988 quarter": the quarter under discussion, in that year.
            return recognised(i, j + 1, .reportingPeriod(unit: .quarter, year: .explicit(y)))
        }
        var yearShift: Int?
        if j == i, let k = phrase(i, [.this, .year, .possessiveS]) ?? phrase(i, [.last, .year, .possessiveS]) ?? phrase(i, [.next, .year, .possessiveS]) {
            yearShift = isWord(i, .this) ? 0 : isWord(i, .last) ? -1 : 1
            j = k
            if isWord(j, .quarter) { return recognised(i, j + 1, .reportingPeriod(unit: .quarter, year: .fromReference(yearShift!))) }
        }
        if isWord(j, .fiscal) { j += 1 }
        if let (y, end) = year(at: j), explicitYear == nil, tokens[j].number != nil { explicitYear = y; j = end }
        // Seasons: "the summer", "summer 1998", "the winter of nineteen ninety-four".
        if let season = entry(j)?.season, let index = CalendarPoint.seasonCodes.firstIndex(of: season) {
            var end = j + 1
            var k = end
            if isWord(k, .of) || isWord(k, .comma) { k += 1 }
            if let (y, afterYear) = year(at: k) { explicitYear = y; end = afterYear }
            if let y = explicitYear { return recognised(i, end, .point(CalendarPoint(unit: .season, year: y, index: index))) }
            guard j > i || tokens[j].isCapitalized || isAny(i - 1, [.this, .`in`, .during, .through, .since, .until, .by, .early, .late, .mid, .hyphen]) else { return nil }
            if j == i && !isAny(i - 1, [.`in`, .during, .through, .since, .until, .by, .early, .late, .mid, .hyphen]) { return nil }
            return recognised(i, end, .season(index, shift: nil))
        }
        guard let (ordinal, afterOrdinal) = ordinalNumber(at: j) else { return nil }
        var k = afterOrdinal
        if let h = afterHyphen(k) {
            k = h
            // "the third-quarter results": the adjective is tagged without the determiner.
            if isWord(i, .the) { return periodOfYear(at: i + 1) }
        }
        let unitWord = lower(k)
        let unit: CalendarUnit
        switch unitWord {
        case "quarter": unit = .quarter; guard ordinal <= 4 else { return nil }
        case "half": unit = .half; guard ordinal <= 2 else { return nil }
        case "quarters", "halves":
            return nil
        default: return nil
        }
        var end = k + 1
        var y = end
        if isWord(y, .of) || isWord(y, .comma) { y += 1 }
        if let (value, afterYear) = year(at: y) { explicitYear = value; end = afterYear }
        else if isWord(y - 1, .of), let k2 = phrase(y, [.this, .year]) ?? phrase(y, [.last, .year]) ?? phrase(y, [.next, .year]) ?? phrase(y, [.the, .year]) {
            // "the second half of the year" is this year's.
            let shift = isWord(y, .this) || isWord(y, .the) ? 0 : isWord(y, .last) ? -1 : 1
            end = k2
            return recognised(i, end, .periodOfYear(unit: unit, index: ordinal, year: .fromReference(shift)))
        }
        // "first half" without "the" needs the year or a hyphenated adjective ("first-half profit").
        if j == i && explicitYear == nil && unit == .half && afterHyphen(afterOrdinal) == nil { return nil }
        if unit == .half && ordinal == 1 && explicitYear == nil && isWord(end, .of) { return nil }
        if let shift = yearShift { return recognised(i, end, .periodOfYear(unit: unit, index: ordinal, year: .fromReference(shift))) }
        return recognised(i, end, .periodOfYear(unit: unit, index: ordinal, year: explicitYear.map { .explicit($0) } ?? .unspecified))
    }

    func ordinalNumber(at i: Int) -> (Int, Int)? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        // "the last half of 1989" is the second half.
        if id == .last, isWord(i + 1, .half) { return (2, i + 1) }
        if let n = entry(i)?.ordinal { return (n, i + 1) }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let n = Int(word.dropLast(2)) { return (n, i + 1) }
        }
        return nil
    }
}
