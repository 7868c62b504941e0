import CopydeskCore

/// Where a document quotes someone: text between double quotation marks (curly, straight or
/// guillemets) within one block, and block quotations. In copy, abusive words inside a direct
/// quotation are the editor's call, not the writer's.
struct QuotationSpans {
    private var index = SpanIndex([])

    init(_ document: Document) {
        var spans: [Range<Int>] = []
        let bytes = Array(document.text.utf8)
        let blocks = document.blocks.isEmpty ? Document.paragraphs(in: document.text) : document.blocks
        for block in blocks {
            if block.isInBlockquote || block.scope == .blockquote { spans.append(block.range); continue }
            spans += QuotationSpans.quoted(bytes, in: block.range)
        }
        index = SpanIndex(spans)
    }

    /// Whether a range lies inside a quotation.
    func contains(_ range: Range<Int>) -> Bool { index.contains(range) }

    /// Pairs of “ ”, « » and straight double quotes in a block; an opening mark without its close
    /// runs to the end of the block (a quoted paragraph that continues in the next one).
    static func quoted(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var straightOpen: Int?
        var index = range.lowerBound
        let upper = min(range.upperBound, bytes.count)
        while index < upper {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if let start = straightOpen { spans.append(start..<index + 1); straightOpen = nil } else { straightOpen = index }
            } else if byte == 0xE2, index + 2 < upper, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C {
                open = open ?? index
            } else if byte == 0xE2, index + 2 < upper, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9D {
                if let start = open { spans.append(start..<index + 3); open = nil }
            } else if byte == 0xC2, index + 1 < upper, bytes[index + 1] == 0xAB {
                open = open ?? index
            } else if byte == 0xC2, index + 1 < upper, bytes[index + 1] == 0xBB {
                if let start = open { spans.append(start..<index + 2); open = nil }
            }
            index += 1
        }
        if let start = open ?? straightOpen { spans.append(start..<upper) }
        return spans
    }
}
