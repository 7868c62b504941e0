/// Finds where the front matter's `title` value sits in the YAML, TOML or JSON, so the title can be
/// a prose block whose positions are exact.
enum FrontMatterTitle {
    /// A stretch of the title: source bytes copied verbatim, or an escape standing for its decoded text.
    struct Piece {
        var source: Range<Int>
        var text: String
        var isVerbatim: Bool
    }

    /// The pieces of a top-level `title:` whose value is a one-line plain, single- or double-quoted
    /// scalar equal to `title`; nil for anything else (block scalars, multi-line values, flow values).
    /// In TOML (`title = "…"` or `'…'`) and JSON (`"title": "…"`) only quoted values exist.
    static func locate(title: String, in bytes: [UInt8], frontMatter: Range<Int>, syntax: FrontMatter.Syntax = .yaml) -> [Piece]? {
        var lineStart = frontMatter.lowerBound
        while lineStart < frontMatter.upperBound {
            var lineEnd = lineStart
            while lineEnd < frontMatter.upperBound && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if let valueStart = titleValueStart(bytes, lineStart..<lineEnd, syntax: syntax) {
                return pieces(of: title, in: bytes, valueStart..<lineEnd, syntax: syntax)
            }
            lineStart = next
        }
        return nil
    }

    /// The start of the value on a line `title: value` (the key optionally quoted), or nil. TOML
    /// separates with `=`; a JSON line may start with blanks and `{` or `,`.
    private static func titleValueStart(_ bytes: [UInt8], _ line: Range<Int>, syntax: FrontMatter.Syntax) -> Int? {
        var i = line.lowerBound
        if syntax == .json {
            while i < line.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: ",")) {
                i += 1
            }
        }
        var quote: UInt8?
        if i < line.upperBound && (bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")) { quote = bytes[i]; i += 1 }
        for byte in "title".utf8 {
            guard i < line.upperBound && bytes[i] == byte else { return nil }
            i += 1
        }
        if let quote {
            guard i < line.upperBound && bytes[i] == quote else { return nil }
            i += 1
        }
        while i < line.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        guard i < line.upperBound && bytes[i] == UInt8(ascii: syntax == .toml ? "=" : ":") else { return nil }
        i += 1
        while i < line.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i
    }

    private static func pieces(of title: String, in bytes: [UInt8], _ value: Range<Int>, syntax: FrontMatter.Syntax) -> [Piece]? {
        guard !value.isEmpty else { return nil }
        let first = bytes[value.lowerBound]
        let wanted = Array(title.utf8)
        if first == UInt8(ascii: "\"") || (first == UInt8(ascii: "'") && syntax != .json) {
            return quotedPieces(wanted, bytes, value, quote: first, doubledQuoteEscapes: syntax == .yaml)
        }
        if syntax != .yaml { return nil }
        if "|>[{&*!%@`".utf8.contains(first) { return nil }
        var end = value.upperBound
        // A comment starts at ` #`.
        var i = value.lowerBound
        while i < value.upperBound {
            if bytes[i] == UInt8(ascii: "#") && i > value.lowerBound && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09) { end = i; break }
            i += 1
        }
        while end > value.lowerBound && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        guard Array(bytes[value.lowerBound..<end]) == wanted else { return nil }
        return [Piece(source: value.lowerBound..<end, text: title, isVerbatim: true)]
    }

    /// Aligns the decoded title with a quoted scalar's content: `''` in single quotes, backslash
    /// escapes in double quotes.
    private static func quotedPieces(_ wanted: [UInt8], _ bytes: [UInt8], _ value: Range<Int>, quote: UInt8,
                                     doubledQuoteEscapes: Bool) -> [Piece]? {
        var pieces: [Piece] = []
        var i = value.lowerBound + 1
        var k = 0
        var runStart = i
        func flush() {
            if runStart < i { pieces.append(Piece(source: runStart..<i, text: "", isVerbatim: true)) }
        }
        while i < value.upperBound {
            let byte = bytes[i]
            if byte == quote {
                if doubledQuoteEscapes && quote == UInt8(ascii: "'") && i + 1 < value.upperBound && bytes[i + 1] == quote {
                    guard k < wanted.count && wanted[k] == quote else { return nil }
                    flush()
                    pieces.append(Piece(source: i..<i + 2, text: "'", isVerbatim: false))
                    i += 2; k += 1; runStart = i
                    continue
                }
                flush()
                return k == wanted.count ? pieces : nil
            }
            if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                guard let (decoded, length) = doubleQuotedEscape(bytes, at: i, end: value.upperBound) else { return nil }
                let utf8 = Array(decoded.utf8)
                guard k + utf8.count <= wanted.count, Array(wanted[k..<k + utf8.count]) == utf8 else { return nil }
                flush()
                pieces.append(Piece(source: i..<i + length, text: decoded, isVerbatim: false))
                i += length; k += utf8.count; runStart = i
                continue
            }
            guard k < wanted.count && wanted[k] == byte else { return nil }
            i += 1; k += 1
        }
        return nil
    }

    private static func doubleQuotedEscape(_ bytes: [UInt8], at start: Int, end: Int) -> (String, Int)? {
        guard start + 1 < end else { return nil }
        let simple: [UInt8: String] = [
            UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: " "): " ",
            UInt8(ascii: "t"): "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "0"): "\0",
            UInt8(ascii: "_"): "\u{A0}", UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "L"): "\u{2028}", UInt8(ascii: "P"): "\u{2029}",
        ]
        let letter = bytes[start + 1]
        if let text = simple[letter] { return (text, 2) }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: return nil
        }
        guard start + 2 + digits <= end else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start + 2..<start + 2 + digits] {
            guard let digit = CommonMarkEntities.digitValue(byte, hex: true) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (String(Character(scalar)), 2 + digits)
    }
}
