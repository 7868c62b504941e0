import CopydeskCore

/// Words that name a day or a time by pointing from now: "today", "recently", "last year", "next Tuesday".
extension TemporalGrammar {
    /// "today", "yesterday", "tomorrow", "tonight", with a part of the day ("yesterday afternoon",
    /// "afternoon yesterday").
    func dayWord(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        // "the day after tomorrow", "the day before yesterday".
        let k = id == .the ? i + 1 : i
        if let after = phrase(k, [.day, .after, .tomorrow]) {
            return recognised(i, after, .fromReference(unit: .day, offset: 2, granularity: .day))
        }
        if let after = phrase(k, [.day, .before, .yesterday]) {
            return recognised(i, after, .fromReference(unit: .day, offset: -2, granularity: .day))
        }
        // "faster than computers manage today": the present, not the day.
        if id == .today, isComparison(before: i) { return recognised(i, i + 1, .reference("PRESENT_REF")) }
        if let part = entry(i)?.partOfDay, isAny(i + 1, [.yesterday, .today, .tomorrow]), var day = dayWord(at: i + 1), day.clock == nil {
            day.tokens = i..<day.tokens.upperBound
            day.clock = ClockTime(partOfDay: part)
            day.type = .time
            return day
        }
        let offset: Int
        switch id {
        case .today?, .tonight?: offset = 0
        case .yesterday?: offset = -1
        case .tomorrow?, .tmrw?, .tmr?, .tmw?: offset = 1
        default: return nil
        }
        // Generic uses name no day: "the people of tomorrow", "today's youth"; nor does a title
        // in running text ("This is VOA Today").
        if isWord(i - 1, .of) { return nil }
        if isWord(i + 1, .possessiveS), TemporalGrammar.genericNouns.contains(self.word(i + 2)) { return nil }
        if tokens[i].isCapitalized, i > 0, !TenseReader.boundaries.contains(tokens[i - 1].word), !tokens[i].lineBreakBefore,
           tokens[i - 1].isCapitalized { return nil }
        var r = recognised(i, i + 1, .fromReference(unit: .day, offset: offset, granularity: .day))
        if id == .tonight { r.clock = ClockTime(partOfDay: "NI"); r.type = .time }
        if let part = entry(i + 1)?.partOfDay, id != .tonight {
            r.tokens = i..<(i + 2)
            r.clock = ClockTime(partOfDay: part)
            r.type = .time
        }
        return r
    }

    /// Whether "than" comes earlier in the clause ("more than any car does today").
    func isComparison(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 8, !TenseReader.boundaries.contains(tokens[k].word) {
            if tokens[k].lower == "than" { return true }
            k -= 1
        }
        return false
    }

    /// PRESENT_REF, PAST_REF and FUTURE_REF words.
    func referenceWord(at i: Int) -> Recognised? {
        guard let word = lower(i) else { return nil }
        let id = tokens[i].word
        switch id {
        case .now?, .currently?, .nowadays?: return recognised(i, i + 1, .reference("PRESENT_REF"))
        case .then?:
            // "the then current chairman".
            return isWord(i + 1, .current) ? recognised(i, i + 2, .reference("PAST_REF")) : nil
        case .current?:
            // "the current quarter" and "current account" are not this.
            if let next = lower(i + 1), entry(i + 1)?.unit != nil || ["account", "accounts", "events", "affairs", "flows", "flow", "prices", "dollars", "price", "crisis"].contains(next) { return nil }
            return recognised(i, i + 1, .reference("PRESENT_REF"))
        case .these?:
            return isWord(i + 1, .days) ? recognised(i, i + 2, .reference("PRESENT_REF")) : nil
        case .recently?, .lately?: return recognised(i, i + 1, .reference("PAST_REF"))
        case .recent?:
            // "in recent weeks": a stretch of unspecified length up to now; "in recent years" is the
            // vague past.
            if let u = unit(at: i + 1), u.plural {
                if u.unit >= .year { return recognised(i, u.end, .reference("PAST_REF")) }
                return recognised(i, u.end, .duration(u.unit.durationValue("X")))
            }
            return nil
        case .the?:
            if let k = phrase(i + 1, [.future]) ?? phrase(i + 1, [.near, .future]) ?? phrase(i + 1, [.near, .term]) ?? phrase(i + 1, [.foreseeable, .future]) {
                return recognised(i, k, .reference("FUTURE_REF"))
            }
            if let k = phrase(i + 1, [.past]), !(entry(k).map { $0.unit != nil || $0.cardinal != nil } ?? false), !isAny(k, [.few, .several, .couple]), tokens[safe: k]?.number == nil {
                return recognised(i, k, .reference("PAST_REF"))
            }
            if let k = phrase(i + 1, [.present]) { return recognised(i, k, .reference("PRESENT_REF")) }
            return nil
        default: return nil
        }
    }

    // MARK: this / last / next

    static let demonstratives: [(words: [Word], offset: Int, fromMentioned: Bool)] = [
        ([.this], 0, false), ([.the, .current], 0, false), ([.current], 0, false), ([.last], -1, false),
        ([.the, .last], -1, false), ([.past], -1, false), ([.the, .past], -1, false), ([.next], 1, false),
        ([.the, .next], 1, false), ([.the, .coming], 1, false), ([.coming], 1, false), ([.this, .coming], 1, false),
        ([.this, .past], -1, false), ([.the, .previous], -1, true), ([.the, .prior], -1, true), ([.previous], -1, true),
        ([.the, .following], 1, true), ([.following], 1, true), ([.that], 0, true), ([.the, .same], 0, true),
        ([.the, .upcoming], 1, false), ([.upcoming], 1, false), ([.the, .latest], 0, true),
    ]

    /// "last year", "this week", "next month", "last November", "next Tuesday", "this summer",
    /// "the previous day", "that year", "this weekend".
    func demonstrative(at i: Int) -> Recognised? {
        var best: Recognised?
        for (words, offset, mentioned) in TemporalGrammar.demonstratives {
            guard let j = phrase(i, words) else { continue }
            var r: Recognised?
            if let u = unit(at: j), !u.plural {
                let unit = u.unit
                // "the past decade", "over the next decade": ten years up to now or from now.
                if unit == .decade || unit == .century, words.first == .the, offset != 0, !mentioned {
                    r = recognised(i, u.end, .duration(unit.durationValue("1")))
                    if let candidate = r, best == nil || candidate.tokens.upperBound > best!.tokens.upperBound { best = candidate }
                    continue
                }
                // A title in running text ("ABC's This Week") is not a time.
                if tokens[i].isCapitalized, tokens[j].isCapitalized, i > 0, !TenseReader.boundaries.contains(tokens[i - 1].word), !tokens[i].lineBreakBefore { continue }
                if unit == .quarter || unit == .half, words == [.the, .latest] || words == [.the, .current] || words == [.this] {
                    r = recognised(i, u.end, .reportingPeriod(unit: unit, year: .unspecified))
                    if words != [.the, .latest] { r = recognised(i, u.end, .fromReference(unit: unit, offset: 0, granularity: unit)) }
                } else if words == [.the, .latest] {
                    continue
                } else if mentioned {
                    r = recognised(i, u.end, .fromMentioned(unit: unit, offset: offset, granularity: unit))
                } else if unit <= .hour {
                    continue
                } else {
                    r = recognised(i, u.end, .fromReference(unit: unit == .fortnight ? .week : unit, offset: offset, granularity: unit))
                }
                // "this morning", "last night".
            } else if let part = entry(j)?.partOfDay, words == [.this] || words == [.last] || words == [.that] {
                var day = recognised(i, j + 1, words == [.that] ? .fromMentioned(unit: .day, offset: 0, granularity: .day)
                                        : .fromReference(unit: .day, offset: words == [.last] && part == "NI" ? -1 : 0, granularity: .day))
                day.clock = ClockTime(partOfDay: part)
                day.type = .time
                r = day
            } else if let (month, end) = monthName(at: j), !mentioned || words == [.that], dayOfMonth(at: end) == nil {
                r = recognised(i, end, .month(month, shift: offset))
            } else if let (weekday, end) = weekdayName(at: j) {
                r = recognised(i, end, .weekday(weekday, shift: mentioned ? nil : offset))
                if entry(end)?.partOfDay != nil { r?.tokens = i..<(end + 1) }
            } else if let season = entry(j)?.season, let index = CalendarPoint.seasonCodes.firstIndex(of: season) {
                // "this past spring" is the most recent one; "last spring" is last year's.
                r = recognised(i, j + 1, .season(index, shift: words == [.this, .past] ? nil : offset))
            }
            if let candidate = r, best == nil || candidate.tokens.upperBound > best!.tokens.upperBound { best = candidate }
        }
        // "the year ended Sept. 30" is a fiscal year, a stretch of time; "for the year", "the full
        // year", "the fiscal year" is the reporting year.
        if best == nil, let k = phrase(i, [.the, .year]) ?? phrase(i, [.the, .fiscal, .year]) ?? phrase(i, [.the, .full, .year]) ?? phrase(i, [.the, .full, .fiscal, .year]) {
            if afterHyphen(k) != nil || isWord(k, .possessiveS) { return nil }
            if isAny(k, [.ended, .ending, .ends, .through, .to]) { return recognised(i, k, .duration("P1Y")) }
            if isAny(k, [.two, .nineteen, .twenty]) { return nil }
            best = recognised(i, k, .fromReference(unit: .year, offset: 0, granularity: .year))
        }
        if best == nil, let k = phrase(i, [.the, .latest, .period]) {
            best = recognised(i, k, .reportingPeriod(unit: .quarter, year: .unspecified))
        }
        // "the week", "the weekend", "the day", "the month" alone: anaphoric.
        if best == nil, isWord(i, .the), let u = unit(at: i + 1), !u.plural, u.unit == .weekend {
            best = recognised(i, u.end, .fromReference(unit: .weekend, offset: 0, granularity: .weekend))
        }
        if best == nil, isWord(i, .the), let u = unit(at: i + 1), !u.plural, u.unit == .quarter {
            if let quarter = quarterEnded(at: u.end) {
                best = recognised(i, u.end, quarter)
            } else if let k = phrase(u.end, [.a, .year, .ago]) ?? phrase(u.end, [.a, .year, .earlier]) {
                best = recognised(i, k, .reportingPeriod(unit: .quarter, year: .fromMentioned(-1)))
            } else {
                best = recognised(i, u.end, .reportingPeriod(unit: .quarter, year: .unspecified))
            }
        }
        return best
    }
}
