import CopydeskText

/// A quotation as the attribution analysis reads it: `CopydeskText`'s `Quotation` in scalar indices
/// of the analysis' `ScalarText`, from its opening mark to its closing mark inclusive.
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

    init(_ quotation: Quotation, in text: ScalarText) {
        let start = text.scalarIndex(ofUTF8: quotation.range.lowerBound)
        let end = text.scalarIndex(ofUTF8: quotation.range.upperBound)
        range = start..<end
        firstParagraph = quotation.firstParagraph
        lastParagraph = quotation.lastParagraph
        isSingle = quotation.isSingle
        openLength = text.scalarIndex(ofUTF8: quotation.contentRange.lowerBound) - start
        closeLength = end - text.scalarIndex(ofUTF8: quotation.contentRange.upperBound)
    }
}
