import CopydeskText

/// A quotation found in the prose: from its opening mark to its closing mark inclusive.
struct QuoteSpan: Equatable {
    /// Scalar range, marks included.
    var range: Range<Int>
    /// Index of the paragraph the quotation opens in, and of the one it closes in.
    var firstParagraph: Int
    var lastParagraph: Int
    /// Whether the marks are single quotation marks (‘…’ or '…').
    var isSingle: Bool
    /// Length in scalars of the opening and closing marks.
    var openLength: Int
    var closeLength: Int

    /// The scalar range of the quoted words, marks excluded.
    var contentRange: Range<Int> { (range.lowerBound + openLength)..<(range.upperBound - closeLength) }
}

/// A quotation mark that does not pair up.
struct MarkIssue: Equatable {
    enum Kind { case unclosed, stray }
    var kind: Kind
    var range: Range<Int>
}

/// Finds quotation marks and pairs them into quotations.
///
/// It tells apostrophes (players’, ’90s, don’t) from single quotation marks, reads `''` as a double
/// mark (archive copy), folds single quotes nested in double ones into the outer quotation, reads
/// mis-typed curly marks by their context, and follows the newswire convention for quotations that
/// run over several paragraphs (no closing mark at the end of a paragraph the quotation continues,
/// a new opening mark at the start of the next).
struct QuoteScanner {
    enum Style { case double, single }
    enum Role { case open, close, either }

    struct Mark {
        var position: Int
        var length: Int
        var style: Style
        var role: Role
        var range: Range<Int> { position..<(position + length) }
    }

    let text: ScalarText
    /// Scalar ranges of the paragraphs, in order.
    let paragraphs: [Range<Int>]
    /// Scalar ranges whose marks are not prose (markup tags left in plain text).
    let ignored: [Range<Int>]

    /// The quotations and the marks that do not pair, in text order.
    func scan() -> (quotes: [QuoteSpan], issues: [MarkIssue]) {
        var quotes: [QuoteSpan] = []
        var issues: [MarkIssue] = []
        let marksByParagraph = paragraphs.map { marks(in: $0) }

        // Open double marks, outermost first; a mark opened inside another nests (and is folded in).
        var open: [(mark: Mark, paragraph: Int)] = []
        var skipContinuationMark = false
        /// Opening marks of quotation pieces that continue a piece left open in the same line.
        var continuedPieces: Set<Int> = []
        for (p, marks) in marksByParagraph.enumerated() {
            let doubles = marks.filter { $0.style == .double }
            for (k, mark) in doubles.enumerated() {
                if skipContinuationMark && k == 0 {
                    skipContinuationMark = false
                    continue
                }
                if let current = open.last {
                    if open.count == 1, mark.role == .open, text[mark.position] == text[current.mark.position],
                       let sentenceEnd = sentenceEnd(before: mark, in: paragraphs[p]), sentenceEnd > current.mark.position + current.mark.length {
                        // Copy whose paragraph breaks were lost: the newswire continuation mark of the
                        // next paragraph (“…that. “So we…”) stands inside the line. The quotation is
                        // left open (and reported), and its words up to the sentence end are one quotation.
                        // One report for a run of such pieces: its first opening mark.
                        if !continuedPieces.contains(current.mark.position) {
                            issues.append(MarkIssue(kind: .unclosed, range: current.mark.range))
                        }
                        continuedPieces.insert(mark.position)
                        quotes.append(QuoteSpan(range: current.mark.position..<sentenceEnd, firstParagraph: current.paragraph,
                                                lastParagraph: p, isSingle: false, openLength: current.mark.length, closeLength: 0))
                        open = [(mark, p)]
                    } else if mark.role == .open {
                        open.append((mark, p))
                    } else {
                        open.removeLast()
                        if open.isEmpty {
                            quotes.append(QuoteSpan(range: current.mark.position..<(mark.position + mark.length),
                                                    firstParagraph: current.paragraph, lastParagraph: p, isSingle: false,
                                                    openLength: current.mark.length, closeLength: mark.length))
                        }
                    }
                } else if mark.role == .close {
                    // A straight mark after a digit with no quotation open is an inch mark (6'3").
                    if !isInchMark(mark) { issues.append(MarkIssue(kind: .stray, range: mark.range)) }
                } else {
                    open.append((mark, p))
                }
            }
            skipContinuationMark = false
            guard let outermost = open.first else { continue }
            if p + 1 < marksByParagraph.count, let first = marksByParagraph[p + 1].first(where: { $0.style == .double }),
               first.role != .close, startsParagraph(first, paragraphs[p + 1]) {
                skipContinuationMark = true
                open = [outermost]
            } else {
                // The outer quotation never closes: report it, and keep the quotations nested in it.
                if !continuedPieces.contains(outermost.mark.position) {
                    issues.append(MarkIssue(kind: .unclosed, range: outermost.mark.range))
                }
                open = []
                quotes.append(contentsOf: nestedQuotes(in: marks, after: outermost.mark, paragraph: p))
            }
        }

        // Whether a single mark stands inside a double quotation, by binary search (a scan of the
        // quotations for each mark is quadratic in a text of thousands of each).
        let doubleSpans = RangeCover(quotes.map(\.range))
        for (p, marks) in marksByParagraph.enumerated() {
            var openSingle: Mark?
            for mark in marks where mark.style == .single {
                if doubleSpans.contains(position: mark.position) { continue }
                if let current = openSingle, mark.role != .open {
                    let range = current.position..<(mark.position + mark.length)
                    if containsLetter(range) {
                        quotes.append(QuoteSpan(range: range, firstParagraph: p, lastParagraph: p, isSingle: true,
                                                openLength: current.length, closeLength: mark.length))
                    }
                    openSingle = nil
                } else if mark.role != .close {
                    openSingle = mark
                }
            }
        }
        quotes.sort { $0.range.lowerBound < $1.range.lowerBound }
        issues.sort { $0.range.lowerBound < $1.range.lowerBound }
        return (quotes, issues)
    }

    /// Quotations inside an opening mark that never closes, paired among themselves.
    private func nestedQuotes(in marks: [Mark], after outer: Mark, paragraph p: Int) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var open: Mark?
        for mark in marks where mark.style == .double && mark.position > outer.position {
            if let current = open, mark.role != .open {
                result.append(QuoteSpan(range: current.position..<(mark.position + mark.length), firstParagraph: p,
                                        lastParagraph: p, isSingle: false, openLength: current.length, closeLength: mark.length))
                open = nil
            } else if mark.role != .close {
                open = mark
            }
        }
        return result
    }

    /// The end of the sentence a mark follows, when only spaces stand between them ("…that. “So").
    private func sentenceEnd(before mark: Mark, in paragraph: Range<Int>) -> Int? {
        var i = mark.position
        guard i > paragraph.lowerBound, CharacterClass.isSpace(text[i - 1]) else { return nil }
        while i > paragraph.lowerBound, CharacterClass.isSpace(text[i - 1]) { i -= 1 }
        guard i > paragraph.lowerBound else { return nil }
        let v = text[i - 1].value
        return v == 0x2E || v == 0x3F || v == 0x21 ? i : nil
    }

    private func isInchMark(_ mark: Mark) -> Bool {
        mark.length == 1 && text[mark.position].value == 0x22 && mark.position > 0 && CharacterClass.isDigit(text[mark.position - 1])
    }

    private func containsLetter(_ range: Range<Int>) -> Bool {
        range.contains { CharacterClass.isLetter(text[$0]) }
    }

    private func startsParagraph(_ mark: Mark, _ paragraph: Range<Int>) -> Bool {
        var i = paragraph.lowerBound
        while i < mark.position, CharacterClass.isSpace(text[i]) { i += 1 }
        return i == mark.position
    }

    /// Whether a position is inside markup; `ignored` is ascending and disjoint, so a binary search.
    private func isIgnored(_ position: Int) -> Bool {
        var low = 0, high = ignored.count
        while low < high {
            let mid = (low + high) / 2
            if ignored[mid].upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low < ignored.count && ignored[low].contains(position)
    }

    /// The quotation marks of one paragraph with their roles; apostrophes are left out.
    func marks(in paragraph: Range<Int>) -> [Mark] {
        var result: [Mark] = []
        var i = paragraph.lowerBound
        let end = paragraph.upperBound
        while i < end {
            let s = text[i]
            var length = 1
            var style: Style?
            switch s.value {
            case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB:
                style = .double
            case 0x27:
                var run = 1
                while i + run < end, text[i + run].value == 0x27 { run += 1 }
                if run >= 2 {
                    let marks = apostropheRun(at: i, run: run, paragraph: paragraph)
                    if !isIgnored(i) { result.append(contentsOf: marks) }
                    i += run
                    continue
                }
                style = .single
            case 0x2018, 0x2019:
                if i + 1 < end, text[i + 1] == s {
                    style = .double
                    length = 2
                } else {
                    style = .single
                }
            case 0x60:
                if i + 1 < end, text[i + 1].value == 0x60 {
                    style = .double
                    length = 2
                }
            default:
                break
            }
            if let style, !isIgnored(i), let role = role(of: s, at: i, length: length, style: style, paragraph: paragraph) {
                result.append(Mark(position: i, length: length, style: style, role: role))
            }
            i += length
        }
        return result
    }

    /// Runs of two or more ASCII apostrophes: `''` is a double mark; `'''` a double and a single.
    private func apostropheRun(at i: Int, run: Int, paragraph: Range<Int>) -> [Mark] {
        let context = self.context(at: i, length: run, paragraph: paragraph)
        if run == 2 {
            let role = doubleRole(context)
            return [Mark(position: i, length: 2, style: .double, role: role)]
        }
        if context.before && !context.after {
            return [Mark(position: i, length: 2, style: .double, role: .open),
                    Mark(position: i + 2, length: run - 2, style: .single, role: .open)]
        }
        return [Mark(position: i, length: run - 2, style: .single, role: .close),
                Mark(position: i + run - 2, length: 2, style: .double, role: .close)]
    }

    /// Whether the mark stands where an opening mark stands (`before`: start, space or an opening
    /// bracket before it) and where a closing mark stands (`after`: end, space or punctuation after it).
    private func context(at i: Int, length: Int, paragraph: Range<Int>) -> (before: Bool, after: Bool) {
        let before: Bool
        if i == paragraph.lowerBound {
            before = true
        } else {
            let p = text[i - 1]
            before = CharacterClass.isSpace(p) || CharacterClass.opensGroup(p) || isOpeningQuoteCharacter(p)
        }
        let after: Bool
        let j = i + length
        if j >= paragraph.upperBound {
            after = true
        } else {
            let n = text[j]
            after = CharacterClass.isSpace(n) || CharacterClass.closesGroup(n) || isClosingQuoteCharacter(n)
        }
        return (before, after)
    }

    private func isOpeningQuoteCharacter(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x201C || s.value == 0x2018 || s.value == 0x22 || s.value == 0x27 || s.value == 0xAB
    }

    private func isClosingQuoteCharacter(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x201D || s.value == 0x2019 || s.value == 0x22 || s.value == 0x27 || s.value == 0xBB
    }

    private func doubleRole(_ context: (before: Bool, after: Bool)) -> Role {
        if context.before && !context.after { return .open }
        if !context.before && context.after { return .close }
        return .either
    }

    private func role(of s: Unicode.Scalar, at i: Int, length: Int, style: Style, paragraph: Range<Int>) -> Role? {
        let context = self.context(at: i, length: length, paragraph: paragraph)
        switch style {
        case .double:
            switch s.value {
            case 0x201C, 0x2018:
                return !context.before && context.after ? .close : .open
            case 0x201D, 0x2019:
                if i == paragraph.lowerBound && length == 1 && s.value == 0x201D { return .open }
                return context.before && !context.after ? .open : .close
            case 0x201E, 0x201F, 0xAB, 0x60:
                return .open
            case 0xBB:
                return .close
            default:
                return doubleRole(context)
            }
        case .single:
            let previous = i > paragraph.lowerBound ? text[i - 1] : nil
            let next = i + 1 < paragraph.upperBound ? text[i + 1] : nil
            let wordBefore = previous.map(CharacterClass.isWordCharacter) ?? false
            let wordAfter = next.map(CharacterClass.isWordCharacter) ?? false
            if wordBefore && wordAfter { return nil }
            if let next, CharacterClass.isDigit(next), !wordBefore { return nil }
            if s.value == 0x2018 {
                if context.before && wordAfter { return .open }
                if !context.before && context.after { return .close }
                return nil
            }
            if context.before, let next, CharacterClass.isLetter(next) || isOpeningQuoteCharacter(next) { return .open }
            if !context.before && context.after { return .close }
            return nil
        }
    }
}
