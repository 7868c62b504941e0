import CopydeskCore
import CopydeskText

/// Where a document quotes someone: text between double quotation marks (curly, straight or
/// guillemets) within one block, and block quotations. In copy, abusive words inside a direct
/// quotation are the editor's call, not the writer's.
struct QuotationSpans {
    private var index = RangeCover([])

    init(_ document: Document) {
        var spans: [Range<Int>] = []
        let blocks = document.blocks.isEmpty ? Document.paragraphs(in: document.text) : document.blocks
        for block in blocks {
            if block.isInBlockquote || block.scope == .blockquote { spans.append(block.range); continue }
            // Double marks only: a stretch wrongly read as quoted (an apostrophe taken for a single
            // mark) would turn the words in it into notes.
            spans += QuotationScanner.quotedStretches(in: document.text, block: block.range, convention: .doubleMarks)
        }
        index = RangeCover(spans)
    }

    /// Whether a range lies inside a quotation.
    func contains(_ range: Range<Int>) -> Bool { index.contains(range) }
}
