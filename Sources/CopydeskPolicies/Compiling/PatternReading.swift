/// A reader walking a PCRE2 pattern's Unicode scalars, shared by the analyses that read pattern
/// syntax (`LiteralExtractor`, `LineBoundAnalysis`).
protocol PatternReading {
    var scalars: [Unicode.Scalar] { get }
    var index: Int { get set }
}

extension PatternReading {
    /// The scalar at the reading position, or nil at the end.
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// The scalar at the reading position, moving past it.
    mutating func next() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        defer { index += 1 }
        return scalars[index]
    }

    /// Moves past `text` when the pattern continues with it.
    mutating func consume(_ text: String) -> Bool {
        let wanted = Array(text.unicodeScalars)
        guard index + wanted.count <= scalars.count, Array(scalars[index..<index + wanted.count]) == wanted else {
            return false
        }
        index += wanted.count
        return true
    }

    /// After `\x`: the code point of `\x{…}` or of up to two hex digits (none is `\x00`, as in
    /// PCRE2); nil when the braces hold no number.
    mutating func hexEscape() -> UInt32? {
        var digits = ""
        if consume("{") {
            while let s = next(), s != "}" { digits.unicodeScalars.append(s) }
        } else {
            while digits.count < 2, let s = current, s.properties.isASCIIHexDigit {
                digits.unicodeScalars.append(s)
                index += 1
            }
            if digits.isEmpty { return 0 }
        }
        return UInt32(digits, radix: 16)
    }

    /// After `\g` or `\k`: moves past the group's name (`{…}`, `<…>`, `'…'`) or its (relative) number.
    mutating func skipGroupReference() {
        if let open = current, "{<'".unicodeScalars.contains(open) {
            let close: Unicode.Scalar = open == "{" ? "}" : open == "<" ? ">" : "'"
            index += 1
            while let s = next(), s != close {}
        } else {
            while let s = current, ("0"..."9").contains(s) || s == "-" || s == "+" { index += 1 }
        }
    }
}
