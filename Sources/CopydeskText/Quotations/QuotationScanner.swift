/// A quotation found in the prose: from its opening mark to its closing mark inclusive.
public struct Quotation: Sendable, Hashable {
    /// UTF-8 range, marks included.
    public var range: Range<Int>
    /// Index of the paragraph the quotation opens in, and of the one it closes in.
    public var firstParagraph: Int
    public var lastParagraph: Int
    /// Whether the marks are single quotation marks (‘…’ or '…').
    public var isSingle: Bool
    /// Length in bytes of the opening and closing marks (0 for a closing mark the copy left out).
    public var openingMarkLength: Int
    public var closingMarkLength: Int

    /// The UTF-8 range of the quoted words, marks excluded.
    public var contentRange: Range<Int> { (range.lowerBound + openingMarkLength)..<(range.upperBound - closingMarkLength) }
}

/// A quotation mark that does not pair up.
public struct UnpairedQuotationMark: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// An opening mark whose quotation never closes.
        case unclosed
        /// A closing mark with no quotation open.
        case stray
    }
    public var kind: Kind
    /// UTF-8 range of the mark.
    public var range: Range<Int>
}

/// The one quotation scanner, over UTF-8 bytes (offsets are UTF-8 offsets in the text). Two readings,
/// for the two questions rules ask of quotations:
///
/// - `quotations(in:paragraphs:ignoring:)` reads a whole text as an editor does: every mark (straight,
///   curly, low, guillemets, wire-style ``…'' and ''…''), apostrophes told from single quotation marks by
///   their context, single quotations nested in double ones folded into them, quotations running over
///   paragraphs by the newswire convention, and the marks that do not pair. Attribution needs all of it:
///   it attributes each quotation and reports the marks.
/// - `quotedStretches(in:block:convention:)` only says which bytes of one block stand inside quotation
///   marks, pairing marks in order with no look at their context, so that a rule can leave quoted
///   speech alone; a mark left open runs to the end of the block. What counts as a mark is the
///   caller's `QuotedStretchConvention`.
public enum QuotationScanner {
    /// The quotations of a text whose paragraphs are the given UTF-8 ranges (in order, not overlapping),
    /// and the marks that do not pair, each in text order. Marks inside `ignored` (ascending, disjoint
    /// UTF-8 ranges: markup tags left in plain text) are not read.
    public static func quotations(in text: String, paragraphs: [Range<Int>], ignoring ignored: [Range<Int>] = [])
        -> (quotations: [Quotation], unpaired: [UnpairedQuotationMark]) {
        var text = text
        return text.withUTF8 { bytes in
            NewsQuotationReader(text: UTF8Scalars(bytes: bytes), paragraphs: paragraphs, ignored: ignored).scan()
        }
    }

    /// The UTF-8 ranges of `block` that stand inside quotation marks, in order, marks included.
    public static func quotedStretches(in text: String, block: Range<Int>, convention: QuotedStretchConvention) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            QuotedStretches(bytes: bytes, block: block, convention: convention).find()
        }
    }
}
