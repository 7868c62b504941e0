/// Finds quotation marks and pairs them into quotations, as an editor reads them
/// (`QuotationScanner.quotations`).
///
/// It tells apostrophes (players’, ’90s, don’t) from single quotation marks, reads `''` as a double
/// mark (archive copy), folds single quotes nested in double ones into the outer quotation, reads
/// mis-typed curly marks by their context, and follows the newswire convention for quotations that
/// run over several paragraphs (no closing mark at the end of a paragraph the quotation continues,
/// a new opening mark at the start of the next). Positions and lengths are in UTF-8 bytes.
struct NewsQuotationReader {
    enum Style { case double, single }
    enum Role { case open, close, either }

    struct Mark {
        var position: Int
        var length: Int
        var style: Style
        var role: Role
        var range: Range<Int> { position..<(position + length) }
    }

    let text: UTF8Scalars
    /// UTF-8 ranges of the paragraphs, in order.
    let paragraphs: [Range<Int>]
    /// UTF-8 ranges whose marks are not prose (markup tags left in plain text).
    let ignored: [Range<Int>]

    /// The quotations and the marks that do not pair, in text order.
    func scan() -> (quotations: [Quotation], unpaired: [UnpairedQuotationMark]) {
        var quotes: [Quotation] = []
        var issues: [UnpairedQuotationMark] = []
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
                    if open.count == 1, mark.role == .open, text.scalar(at: mark.position) == text.scalar(at: current.mark.position),
                       let sentenceEnd = sentenceEnd(before: mark, in: paragraphs[p]), sentenceEnd > current.mark.position + current.mark.length {
                        // Copy whose paragraph breaks were lost: the newswire continuation mark of the
                        // next paragraph (“…that. “So we…”) stands inside the line. The quotation is
                        // left open (and reported), and its words up to the sentence end are one quotation.
                        // One report for a run of such pieces: its first opening mark.
                        if !continuedPieces.contains(current.mark.position) {
                            issues.append(UnpairedQuotationMark(kind: .unclosed, range: current.mark.range))
                        }
                        continuedPieces.insert(mark.position)
                        quotes.append(Quotation(range: current.mark.position..<sentenceEnd, firstParagraph: current.paragraph,
                                                lastParagraph: p, isSingle: false, openingMarkLength: current.mark.length,
                                                closingMarkLength: 0))
                        open = [(mark, p)]
                    } else if mark.role == .open {
                        open.append((mark, p))
                    } else {
                        open.removeLast()
                        if open.isEmpty {
                            quotes.append(Quotation(range: current.mark.position..<(mark.position + mark.length),
                                                    firstParagraph: current.paragraph, lastParagraph: p, isSingle: false,
                                                    openingMarkLength: current.mark.length, closingMarkLength: mark.length))
                        }
                    }
                } else if mark.role == .close {
                    // A straight mark after a digit with no quotation open is an inch mark (6'3").
                    if !isInchMark(mark) { issues.append(UnpairedQuotationMark(kind: .stray, range: mark.range)) }
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
                    issues.append(UnpairedQuotationMark(kind: .unclosed, range: outermost.mark.range))
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
                        quotes.append(Quotation(range: range, firstParagraph: p, lastParagraph: p, isSingle: true,
                                                openingMarkLength: current.length, closingMarkLength: mark.length))
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
    private func nestedQuotes(in marks: [Mark], after outer: Mark, paragraph p: Int) -> [Quotation] {
        var result: [Quotation] = []
        var open: Mark?
        for mark in marks where mark.style == .double && mark.position > outer.position {
            if let current = open, mark.role != .open {
                result.append(Quotation(range: current.position..<(mark.position + mark.length), firstParagraph: p,
                                        lastParagraph: p, isSingle: false, openingMarkLength: current.length,
                                        closingMarkLength: mark.length))
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
        guard i > paragraph.lowerBound, CharacterClass.isSpace(text.scalar(before: i)) else { return nil }
        while i > paragraph.lowerBound, CharacterClass.isSpace(text.scalar(before: i)) { i = text.start(before: i) }
        guard i > paragraph.lowerBound else { return nil }
        let v = text.scalar(before: i).value
        return v == 0x2E || v == 0x3F || v == 0x21 ? i : nil
    }

    private func isInchMark(_ mark: Mark) -> Bool {
        mark.length == 1 && text.bytes[mark.position] == 0x22 && mark.position > 0
            && CharacterClass.isDigit(text.scalar(before: mark.position))
    }

    private func containsLetter(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if CharacterClass.isLetter(text.scalar(at: i)) { return true }
            i += text.width(at: i)
        }
        return false
    }

    private func startsParagraph(_ mark: Mark, _ paragraph: Range<Int>) -> Bool {
        var i = paragraph.lowerBound
        while i < mark.position, CharacterClass.isSpace(text.scalar(at: i)) { i += text.width(at: i) }
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
            guard let (glyph, width) = QuotationMark.at(i, in: text.bytes, end: end) else {
                i += text.width(at: i)
                continue
            }
            var length = width
            var style: Style?
            var doubledSingle = false
            switch glyph {
            case .straightDouble, .leftDouble, .rightDouble, .lowDouble, .reversedDouble, .leftGuillemet, .rightGuillemet:
                style = .double
            case .straightSingle:
                var run = 1
                while i + run < end, text.bytes[i + run] == 0x27 { run += 1 }
                if run >= 2 {
                    let marks = apostropheRun(at: i, run: run, paragraph: paragraph)
                    if !isIgnored(i) { result.append(contentsOf: marks) }
                    i += run
                    continue
                }
                style = .single
            case .leftSingle, .rightSingle:
                // Two of the same curly single mark stand for a double one.
                if i + width < end, QuotationMark.at(i + width, in: text.bytes, end: end)?.mark == glyph {
                    style = .double
                    length = 2 * width
                    doubledSingle = true
                } else {
                    style = .single
                }
            case .backtick:
                if i + 1 < end, text.bytes[i + 1] == 0x60 {
                    style = .double
                    length = 2
                }
            }
            if let style, !isIgnored(i),
               let role = role(of: glyph, at: i, length: length, doubled: doubledSingle, style: style, paragraph: paragraph) {
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
            let p = text.scalar(before: i)
            before = CharacterClass.isSpace(p) || CharacterClass.opensGroup(p) || isOpeningQuoteCharacter(p)
        }
        let after: Bool
        let j = i + length
        if j >= paragraph.upperBound {
            after = true
        } else {
            let n = text.scalar(at: j)
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

    /// The role of a mark of `length` bytes at `i`; nil for an apostrophe. `doubled`: two curly single
    /// marks standing for a double one.
    private func role(of glyph: QuotationMark, at i: Int, length: Int, doubled: Bool, style: Style, paragraph: Range<Int>) -> Role? {
        let context = self.context(at: i, length: length, paragraph: paragraph)
        switch style {
        case .double:
            switch glyph {
            case .leftDouble, .leftSingle:
                return !context.before && context.after ? .close : .open
            case .rightDouble, .rightSingle:
                if i == paragraph.lowerBound && !doubled && glyph == .rightDouble { return .open }
                return context.before && !context.after ? .open : .close
            case .lowDouble, .reversedDouble, .leftGuillemet, .backtick:
                return .open
            case .rightGuillemet:
                return .close
            case .straightDouble, .straightSingle:
                return doubleRole(context)
            }
        case .single:
            let previous = i > paragraph.lowerBound ? text.scalar(before: i) : nil
            let next = i + length < paragraph.upperBound ? text.scalar(at: i + length) : nil
            let wordBefore = previous.map(CharacterClass.isWordCharacter) ?? false
            let wordAfter = next.map(CharacterClass.isWordCharacter) ?? false
            if wordBefore && wordAfter { return nil }
            if let next, CharacterClass.isDigit(next), !wordBefore { return nil }
            if glyph == .leftSingle {
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
