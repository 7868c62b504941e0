/// Where character data can be in an HTML source: outside tags, comments, doctypes, processing
/// instructions and the raw content of `<script>` and `<style>`. The lexer follows libxml2's HTML
/// parser closely enough that each text node the parser builds lies inside these runs.
struct HTMLTextMask {
    /// Byte ranges of character data, in source order.
    let runs: [Range<Int>]
    /// Byte ranges of the closed comments (`<!-- … -->`), in source order.
    let comments: [Range<Int>]

    init(_ bytes: [UInt8]) {
        var runs: [Range<Int>] = []
        var comments: [Range<Int>] = []
        let count = bytes.count
        var runStart = 0
        var i = 0
        func closeRun(at end: Int) {
            if runStart < end { runs.append(runStart..<end) }
        }
        while i < count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < count else { i += 1; continue }
            let next = bytes[i + 1]
            var markupEnd: Int
            if next == UInt8(ascii: "!") {
                if HTMLTextMask.hasPrefix(bytes, "<!--", at: i) {
                    let close = HTMLTextMask.find(bytes, "-->", from: i + 4)
                    markupEnd = close.map { $0 + 3 } ?? count
                    if close != nil { comments.append(i..<markupEnd) }
                } else if i + 9 <= count && HTMLTextMask.equalsIgnoringCase(bytes, i + 2..<i + 9, "doctype") {
                    markupEnd = HTMLTextMask.find(bytes, ">", from: i + 2).map { $0 + 1 } ?? count
                } else {
                    // libxml2 reads other `<!` (such as `<![CDATA[`) as text.
                    i += 1
                    continue
                }
            } else if next == UInt8(ascii: "?") {
                markupEnd = HTMLTextMask.find(bytes, ">", from: i + 2).map { $0 + 1 } ?? count
            } else if next == UInt8(ascii: "/") {
                // An end tag; libxml2 drops a `</` that no name follows.
                let named = i + 2 < count && HTMLTextMask.isLetter(bytes[i + 2])
                markupEnd = named ? HTMLTextMask.find(bytes, ">", from: i + 2).map { $0 + 1 } ?? count : i + 2
            } else if HTMLTextMask.isLetter(next) {
                var nameEnd = i + 1
                while nameEnd < count && HTMLTextMask.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                markupEnd = HTMLTextMask.endOfStartTag(bytes, from: nameEnd)
                if HTMLTextMask.isRawTextElement(bytes, i + 1..<nameEnd) {
                    markupEnd = HTMLTextMask.findEndTag(bytes, name: i + 1..<nameEnd, from: markupEnd) ?? count
                }
            } else {
                i += 1
                continue
            }
            closeRun(at: i)
            i = markupEnd
            runStart = i
        }
        closeRun(at: count)
        self.runs = runs
        self.comments = comments
    }

    /// The end of a start tag: the first `>` outside a quoted attribute value.
    private static func endOfStartTag(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        var afterEquals = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ">") { return i + 1 }
            if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && afterEquals {
                i = (find(bytes, byte, from: i + 1) ?? bytes.count - 1) + 1
                afterEquals = false
                continue
            }
            if byte == UInt8(ascii: "=") { afterEquals = true }
            else if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { afterEquals = false }
            i += 1
        }
        return bytes.count
    }

    /// libxml2 reads the content of these elements raw, up to their end tag.
    private static func isRawTextElement(_ bytes: [UInt8], _ name: Range<Int>) -> Bool {
        equalsIgnoringCase(bytes, name, "script") || equalsIgnoringCase(bytes, name, "style")
    }

    /// The start of `</name` (any case) at or after `from`.
    private static func findEndTag(_ bytes: [UInt8], name: Range<Int>, from: Int) -> Int? {
        var i = from
        while let open = find(bytes, UInt8(ascii: "<"), from: i) {
            if open + 1 < bytes.count && bytes[open + 1] == UInt8(ascii: "/") {
                let candidate = open + 2
                if candidate + name.count <= bytes.count {
                    var same = true
                    for k in 0..<name.count where lowercase(bytes[candidate + k]) != lowercase(bytes[name.lowerBound + k]) {
                        same = false
                        break
                    }
                    if same { return open }
                }
            }
            i = open + 1
        }
        return nil
    }

    static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func equalsIgnoringCase(_ bytes: [UInt8], _ range: Range<Int>, _ name: String) -> Bool {
        range.count == name.utf8.count && zip(bytes[range], name.utf8).allSatisfy { lowercase($0) == $1 }
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: String, at start: Int) -> Bool {
        start + prefix.utf8.count <= bytes.count && zip(bytes[start...], prefix.utf8).allSatisfy { $0 == $1 }
    }

    private static func find(_ bytes: [UInt8], _ byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var i = start
        while let first = find(bytes, pattern[0], from: i) {
            if hasPrefix(bytes, needle, at: first) { return first }
            i = first + 1
        }
        return nil
    }
}
