/// Stretches of a block inside quotation marks: speech, which the prose rule leaves alone.
///
/// Curly double quotes, guillemets, straight double quotes and wire-style ``…'' pair up in order; curly single
/// quotes count when the closing mark is not an apostrophe inside a word. A quotation still open
/// at the end of the block runs to its end, as news copy leaves a quote that continues into the
/// next paragraph open.
enum QuotedSpans {
    static func spans(in text: String, range: Range<Int>) -> [Range<Int>] {
        let bytes = Array(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)..<text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound)])
        var spans: [Range<Int>] = []
        var doubleOpen: Int?
        var singleOpen: Int?
        var i = 0
        func isLetter(at index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return false }
            let b = bytes[index]
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }
        func close(_ open: inout Int?, at end: Int) {
            if let start = open { spans.append(range.lowerBound + start..<range.lowerBound + end) }
            open = nil
        }
        while i < bytes.count {
            let b = bytes[i]
            if (b == 0x60 || b == 0x27) && i + 1 < bytes.count && bytes[i + 1] == b {  // `` and '' (wire style)
                if b == 0x60 { if doubleOpen == nil { doubleOpen = i } } else if doubleOpen != nil { close(&doubleOpen, at: i + 2) }
                i += 2
                continue
            }
            if b == 0x22 {  // "
                if doubleOpen == nil { doubleOpen = i } else { close(&doubleOpen, at: i + 1) }
                i += 1
                continue
            }
            if b == 0xC2 && i + 1 < bytes.count && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB) {  // « »
                if bytes[i + 1] == 0xAB { if doubleOpen == nil { doubleOpen = i } } else { close(&doubleOpen, at: i + 2) }
                i += 2
                continue
            }
            if b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x9C: if doubleOpen == nil { doubleOpen = i }  // “
                case 0x9D: close(&doubleOpen, at: i + 3)  // ”
                case 0x98: if singleOpen == nil && !isLetter(at: i - 1) { singleOpen = i }  // ‘
                case 0x99 where singleOpen != nil && !isLetter(at: i + 3): close(&singleOpen, at: i + 3)  // ’
                default: break
                }
                i += 3
                continue
            }
            i += 1
        }
        close(&doubleOpen, at: bytes.count)
        close(&singleOpen, at: bytes.count)
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }
}
