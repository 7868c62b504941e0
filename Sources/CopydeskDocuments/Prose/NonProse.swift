import CopydeskCore
import CopydeskText

/// Finds the templating of static-site generators in a source: Hugo shortcodes (`{{< … >}}`,
/// `{{% … %}}`), Liquid and Jinja tags (`{% … %}`, `{{ … }}`) and comments (`{# … #}`). None of it is
/// prose. A paired shortcode's inner content stays prose (only its tags are templating), except
/// where the pair holds code or a comment: `{% comment %}`, `{% highlight %}`, `{% raw %}` and
/// Hugo's `highlight` and `code` shortcodes are templating from the opening tag to the closing one.
///
/// A tag closes before the next blank line and within `maxTagBytes`; an unclosed `{{` is text. The
/// closing marks are found from sorted occurrence lists, so a file full of unclosed braces costs
/// O(n log n), not a scan per brace.
public enum TemplateTags {
    static let maxTagBytes = 8_192
    /// Tags whose pair encloses code or a comment rather than prose.
    static let opaqueLiquidPairs: Set<String> = ["comment", "highlight", "raw"]
    static let opaqueShortcodePairs: Set<String> = ["highlight", "code"]

    /// Source ranges of templating from `start` on, sorted and disjoint.
    public static func ranges(in bytes: [UInt8], from start: Int = 0) -> [Range<Int>] {
        guard let first = bytes[start...].firstIndex(of: UInt8(ascii: "{")) else { return [] }
        let doubleClose = occurrences(of: [0x7D, 0x7D], in: bytes, from: first)      // "}}"
        let percentClose = occurrences(of: [0x25, 0x7D], in: bytes, from: first)     // "%}"
        let hashClose = occurrences(of: [0x23, 0x7D], in: bytes, from: first)        // "#}"
        let blankLines = blankLineStarts(bytes, from: first)
        var ranges: [Range<Int>] = []
        // Pairs whose closing tag was not found: it is not found later either (linear time).
        var unclosedPairs = Set<String>()
        // Per closing mirror (`>` or `%`): where a failed search for `>}}` or `%}}` got to. No mark
        // before it closes a later shortcode either, so the next search starts there.
        var searchedWithout: [UInt8: Int] = [:]
        var i = first
        let n = bytes.count
        while i + 1 < n {
            guard bytes[i] == UInt8(ascii: "{") else { i += 1; continue }
            let next = bytes[i + 1]
            let limit = min(n, i + maxTagBytes, firstAtOrAfter(blankLines, i) ?? n)
            var end: Int?
            var kind: Kind = .liquid
            if next == UInt8(ascii: "{") {
                let third = i + 2 < n ? bytes[i + 2] : 0
                if third == UInt8(ascii: "<") || third == UInt8(ascii: "%") {
                    kind = .shortcode
                    // The first `}}` preceded by the opening's `<` or `%` mirror.
                    let mirror = third == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "%")
                    let from = max(i + 3, searchedWithout[mirror] ?? 0)
                    end = closing(doubleClose, after: from, limit: limit) { $0 - 1 >= i + 3 && bytes[$0 - 1] == mirror }
                    if end == nil { searchedWithout[mirror] = max(from, limit - 2) }
                } else {
                    kind = .output
                    end = closing(doubleClose, after: i + 2, limit: limit) { _ in true }
                }
            } else if next == UInt8(ascii: "%") {
                end = closing(percentClose, after: i + 2, limit: limit) { _ in true }
            } else if next == UInt8(ascii: "#") {
                kind = .comment
                end = closing(hashClose, after: i + 2, limit: limit) { _ in true }
            }
            guard var tagEnd = end else { i += 1; continue }
            if kind == .liquid || kind == .shortcode, let name = tagName(bytes, i + (kind == .shortcode ? 3 : 2)..<tagEnd),
               (kind == .liquid ? opaqueLiquidPairs : opaqueShortcodePairs).contains(name) {
                let closingName = kind == .liquid ? "end" + name : "/" + name
                if !unclosedPairs.contains(closingName) {
                    if let pairEnd = pairClosing(bytes, name: Array(closingName.utf8), after: tagEnd, kind: kind) {
                        tagEnd = pairEnd
                    } else {
                        unclosedPairs.insert(closingName)
                    }
                }
            }
            ranges.append(i..<tagEnd)
            i = tagEnd
        }
        return ranges
    }

    private enum Kind { case liquid, shortcode, output, comment }

    /// Every start of `needle` in `bytes` from `start`, in order (overlaps included).
    static func occurrences(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> [Int] {
        var found: [Int] = []
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] && bytes[i + 1] == needle[1] { found.append(i) }
            i += 1
        }
        return found
    }

    /// Where each blank line (only blanks between two line ends) starts, as the offset of the line
    /// end before it. Lines end as CommonMark ends them: at a line feed, a carriage return, or both.
    private static func blankLineStarts(_ bytes: [UInt8], from start: Int) -> [Int] {
        var found: [Int] = []
        var i = start
        while i < bytes.count {
            guard SourceMask.isLineEnd(bytes[i]) else { i += 1; continue }
            var k = SourceMask.lineEndEnd(bytes, at: i)
            while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
            if k < bytes.count && SourceMask.isLineEnd(bytes[k]) { found.append(i) }
            i = k
        }
        return found
    }

    /// The first element of a sorted list at or after `value`.
    static func firstAtOrAfter(_ sorted: [Int], _ value: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count ? sorted[low] : nil
    }

    /// The end (past the two-byte mark) of the first closing mark at or after `after` that ends by
    /// `limit` and passes `accept`.
    private static func closing(_ marks: [Int], after: Int, limit: Int, accept: (Int) -> Bool) -> Int? {
        var low = 0, high = marks.count
        while low < high {
            let mid = (low + high) / 2
            if marks[mid] < after { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k < marks.count && marks[k] + 2 <= limit {
            if accept(marks[k]) { return marks[k] + 2 }
            k += 1
        }
        return nil
    }

    /// The first word of a tag (`highlight` in `{%- highlight go -%}`), lowercased.
    private static func tagName(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var i = range.lowerBound
        while i < range.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == UInt8(ascii: "-")) { i += 1 }
        let start = i
        while i < range.upperBound && CommonMarkEntities.isAlphanumeric(bytes[i]) { i += 1 }
        return i > start ? String(decoding: bytes[start..<i], as: UTF8.self).lowercased() : nil
    }

    /// The end of the tag that closes an opaque pair (`{% endcomment %}`, `{{< /highlight >}}`).
    private static func pairClosing(_ bytes: [UInt8], name: [UInt8], after start: Int, kind: Kind) -> Int? {
        var i = start
        let open: [UInt8] = kind == .liquid ? [0x7B, 0x25] : [0x7B, 0x7B]
        while i + 1 < bytes.count {
            guard bytes[i] == open[0] && bytes[i + 1] == open[1] else { i += 1; continue }
            var k = i + 2
            if kind == .shortcode && k < bytes.count { k += 1 }
            while k < bytes.count && (bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == UInt8(ascii: "-")) { k += 1 }
            if k + name.count <= bytes.count && Array(bytes[k..<k + name.count]).map({ $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }) == name {
                let close: [UInt8] = kind == .liquid ? [0x25, 0x7D] : [0x7D, 0x7D]
                var j = k + name.count
                while j + 1 < bytes.count {
                    if bytes[j] == close[0] && bytes[j + 1] == close[1] { return j + 2 }
                    j += 1
                }
                return nil
            }
            i += 2
        }
        return nil
    }
}

/// Hides source ranges from a reader by rewriting them, byte for byte, into something the reader
/// treats as markup, so that every other byte keeps its offset and the prose maps exactly.
public enum SourceMask {
    /// Sorted, with overlapping and touching ranges joined; empty ranges dropped.
    public static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// For Markdown. A range alone on its lines becomes an HTML comment `<!--xx…-->` (an HTML block
    /// that ends on the range's last line); a range inside a line becomes an inline open tag
    /// `<x a a…>`, whose blanks may hold the range's line ends. cmark-gfm leaves both out of the
    /// prose. Too short for either, a range becomes blanks. A range inside a line right after an
    /// escaping backslash (`\{% tag %}`) takes the backslash in, or the tag would read as an escaped
    /// `<` and its mask as prose.
    public static func markdown(_ bytes: [UInt8], ranges: [Range<Int>]) -> [UInt8] {
        var out = bytes
        for (range, kind) in markdownMasks(bytes, ranges: ranges) {
            switch kind {
            case .comment:
                out[range.lowerBound..<range.lowerBound + 4] = [0x3C, 0x21, 0x2D, 0x2D][...]
                for k in range.lowerBound + 4..<range.upperBound - 3 { out[k] = isLineEnd(bytes[k]) ? bytes[k] : UInt8(ascii: "x") }
                out[range.upperBound - 3..<range.upperBound] = [0x2D, 0x2D, 0x3E][...]
            case .inlineTag:
                out[range.lowerBound] = UInt8(ascii: "<")
                out[range.lowerBound + 1] = UInt8(ascii: "x")
                var previous = UInt8(ascii: "x")
                for k in range.lowerBound + 2..<range.upperBound - 1 {
                    if isLineEnd(bytes[k]) {
                        out[k] = bytes[k]
                    } else {
                        // Blank before each attribute name; a line end counts as the blank.
                        out[k] = previous == 0x20 || isLineEnd(previous) ? UInt8(ascii: "a") : 0x20
                    }
                    previous = out[k]
                }
                out[range.upperBound - 1] = UInt8(ascii: ">")
            case .blanks:
                for k in range where !isLineEnd(bytes[k]) { out[k] = 0x20 }
            }
        }
        return out
    }

    /// What `markdown` rewrites a range into.
    public enum MarkdownMask: Sendable {
        /// An HTML comment, an HTML block of the range's lines.
        case comment
        /// An inline open tag.
        case inlineTag
        /// Blanks, where neither fits (a range too short, or inside a line and over a blank line).
        case blanks
    }

    /// The ranges `markdown` rewrites, merged, an escaping backslash taken in, each with its mask.
    public static func markdownMasks(_ bytes: [UInt8], ranges: [Range<Int>]) -> [(range: Range<Int>, mask: MarkdownMask)] {
        merged(ranges).map { range in
            if isAloneOnItsLines(bytes, range) { return (range, range.count >= 7 ? .comment : .blanks) }
            let widened = isEscaped(bytes, at: range.lowerBound) ? range.lowerBound - 1..<range.upperBound : range
            return (widened, widened.count >= 3 && !containsBlankLine(bytes, widened) ? .inlineTag : .blanks)
        }
    }

    /// The masks that a segment of a prose map copies from: markup the reader took for text, because the Markdown's blocks cut the mask in
    /// two (a tag over lines whose last line is a table row, or out of a block quote's HTML block).
    public static func masksRead(_ masks: [Range<Int>], by segments: [OffsetMap.Segment]) -> [Range<Int>] {
        let copied = RangeCover(segments.filter { $0.sourceLength > 0 }.map { $0.sourceStart..<($0.sourceStart + $0.sourceLength) })
        return masks.filter { copied.overlaps($0) }
    }

    /// Blanks in place of each range, line ends kept (HTML, where blanks are not prose, and plain
    /// text, whose prose is its source).
    public static func blank(_ bytes: [UInt8], ranges: [Range<Int>]) -> [UInt8] {
        var out = bytes
        for range in ranges {
            for k in range where !isLineEnd(bytes[k]) { out[k] = 0x20 }
        }
        return out
    }

    static func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// Past the line end at `index`: a carriage return and a line feed after it are one line end.
    static func lineEndEnd(_ bytes: [UInt8], at index: Int) -> Int {
        bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
    }

    /// Whether a blank line (only blanks between two line ends, which may be carriage returns, as
    /// CommonMark reads them) lies inside `range`.
    static func containsBlankLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            guard isLineEnd(bytes[i]) else { i += 1; continue }
            var k = lineEndEnd(bytes, at: i)
            while k < range.upperBound && (bytes[k] == 0x20 || bytes[k] == 0x09) { k += 1 }
            if k < range.upperBound && isLineEnd(bytes[k]) { return true }
            i = k
        }
        return false
    }

    /// Whether an odd number of backslashes runs up to `index`: the byte there is escaped.
    static func isEscaped(_ bytes: [UInt8], at index: Int) -> Bool {
        var start = index
        while start > 0 && bytes[start - 1] == UInt8(ascii: "\\") { start -= 1 }
        return (index - start) % 2 == 1
    }

    /// Whether only blanks and block-quote markers precede the range on its first line and only
    /// blanks follow it on its last (lines end at a line feed or a carriage return).
    static func isAloneOnItsLines(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i > 0 && !isLineEnd(bytes[i - 1]) {
            guard bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 || bytes[i - 1] == UInt8(ascii: ">") else { return false }
            i -= 1
        }
        var k = range.upperBound
        while k < bytes.count && !isLineEnd(bytes[k]) {
            guard bytes[k] == 0x20 || bytes[k] == 0x09 else { return false }
            k += 1
        }
        return true
    }
}
