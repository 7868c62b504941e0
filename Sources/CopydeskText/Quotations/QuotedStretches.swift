/// Which marks `QuotationScanner.quotedStretches` pairs, for a rule that only asks whether words stand
/// inside a quotation. Double marks pair in order (an opening mark while one is open is read as
/// nothing; a closing mark with none open too); low marks („ ‟) are never read.
public struct QuotedStretchConvention: Sendable, Hashable {
    /// Whether curly single marks quote (‘…’): a ‘ right after a letter, digit or non-ASCII character
    /// does not open, and a ’ right before one does not close (it is an apostrophe: "don’t", "’90s").
    public var curlySingles: Bool
    /// Whether the wire-style pair ``…'' quotes (two backticks open, two apostrophes close).
    public var wireStyleDoubles: Bool
    /// Whether a straight `"` pairs with curly marks and guillemets (`“…"` is a quotation), or only
    /// with another straight `"`; either way, a straight mark closes when one is open and opens otherwise.
    public var straightPairsWithCurly: Bool

    public init(curlySingles: Bool, wireStyleDoubles: Bool, straightPairsWithCurly: Bool) {
        self.curlySingles = curlySingles
        self.wireStyleDoubles = wireStyleDoubles
        self.straightPairsWithCurly = straightPairsWithCurly
    }

    /// Speech in any mark newspaper copy and wire archives use: double marks of every kind on one
    /// track (copy edited by several hands mixes them, “…"), wire-style pairs, and curly single marks
    /// (a quoted phrase, ‘soon’). Stale-timestamps' prose rule reads it: a relative time inside
    /// quoted speech is the speaker's words, not the reporter's, so any mark that may quote counts.
    public static let speech = QuotedStretchConvention(curlySingles: true, wireStyleDoubles: true, straightPairsWithCurly: true)

    /// Double quotation marks only, curly marks and guillemets on one track and straight ones on
    /// their own. Moderation reads it: a word inside a quotation is only a note, so a stretch read as
    /// quoted by mistake would hide abuse. Single marks are too often apostrophes, and a straight
    /// mark inside curly ones (an inch mark, a typo: “He is 6'2" tall,”) does not end the quotation.
    public static let doubleMarks = QuotedStretchConvention(curlySingles: false, wireStyleDoubles: false, straightPairsWithCurly: false)
}

/// The stretches of one block inside quotation marks, by a `QuotedStretchConvention`. A quotation still
/// open at the end of the block runs to its end, as news copy leaves a quotation that continues into
/// the next paragraph open: the double one (the curly one when a curly and a straight one are both
/// open), and the single one.
struct QuotedStretches {
    let bytes: UnsafeBufferPointer<UInt8>
    let block: Range<Int>
    let convention: QuotedStretchConvention

    func find() -> [Range<Int>] {
        let lower = block.lowerBound
        let end = min(block.upperBound, bytes.count)
        var spans: [Range<Int>] = []
        /// The open double quotation (curly marks and guillemets, and straight ones on one track).
        var doubleOpen: Int?
        /// The open straight double quotation, when straight marks pair on their own.
        var straightOpen: Int?
        var singleOpen: Int?
        func close(_ open: inout Int?, at end: Int) {
            if let start = open { spans.append(start..<end) }
            open = nil
        }
        /// A letter, digit or part of a non-ASCII character, inside the block.
        func isWordByte(_ index: Int) -> Bool {
            guard index >= lower, index < end else { return false }
            let b = bytes[index]
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }
        var i = lower
        while i < end {
            guard let (mark, length) = QuotationMark.at(i, in: bytes, end: end) else {
                i += 1
                continue
            }
            switch mark {
            case .backtick, .straightSingle:
                if convention.wireStyleDoubles, i + 1 < end, bytes[i + 1] == bytes[i] {
                    if mark == .backtick {
                        if doubleOpen == nil { doubleOpen = i }
                    } else if doubleOpen != nil {
                        close(&doubleOpen, at: i + 2)
                    }
                    i += 2
                    continue
                }
            case .straightDouble:
                if convention.straightPairsWithCurly {
                    if doubleOpen == nil { doubleOpen = i } else { close(&doubleOpen, at: i + 1) }
                } else {
                    if straightOpen == nil { straightOpen = i } else { close(&straightOpen, at: i + 1) }
                }
            case .leftDouble, .leftGuillemet:
                if doubleOpen == nil { doubleOpen = i }
            case .rightDouble, .rightGuillemet:
                close(&doubleOpen, at: i + length)
            case .leftSingle:
                if convention.curlySingles, singleOpen == nil, !isWordByte(i - 1) { singleOpen = i }
            case .rightSingle:
                if convention.curlySingles, singleOpen != nil, !isWordByte(i + length) { close(&singleOpen, at: i + length) }
            case .lowDouble, .reversedDouble:
                break
            }
            i += length
        }
        if doubleOpen != nil { close(&doubleOpen, at: end) } else { close(&straightOpen, at: end) }
        close(&singleOpen, at: end)
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }
}
