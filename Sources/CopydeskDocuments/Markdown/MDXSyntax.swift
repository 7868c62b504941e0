/// What MDX (`.mdx`) adds to Markdown that is not prose: `import`/`export` blocks (ESM, from a line
/// that starts with `import ` or `export ` to the next blank line), JSX tags (`<Chart data={…} />`,
/// `<Callout type="note">`, `</Callout>`, `<>`), and `{…}` expressions, comments `{/* … */}`
/// included. A JSX element's children stay prose. Fenced code blocks and code spans are stepped
/// over: braces in code are code. Expressions and tags are bounded, so an unclosed `{` or `<` is
/// text; and the look-ahead of all of them together is bounded by a budget proportional to the
/// file, past which the rest is left to Markdown, so the scan stays linear whatever the input.
enum MDXSyntax {
    static let maxExpressionBytes = 65_536
    static let maxTagBytes = 16_384

    static func ranges(in bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = start
        var lineStart = true
        let n = bytes.count
        var budget = 16 * (n - start) + 1_048_576
        while i < n {
            if lineStart {
                lineStart = false
                if let fenceEnd = fencedCodeEnd(bytes, at: i) { i = fenceEnd; lineStart = true; continue }
                if startsWith(bytes, i, "import ") || startsWith(bytes, i, "export ") {
                    let end = blockEnd(bytes, from: i)
                    ranges.append(i..<end)
                    i = end
                    lineStart = true
                    continue
                }
            }
            let byte = bytes[i]
            switch byte {
            case 0x0A:
                lineStart = true
                i += 1
            case UInt8(ascii: "\\"):
                i += 2
            case UInt8(ascii: "`"):
                i = codeSpanEnd(bytes, at: i, budget: &budget)
            case UInt8(ascii: "{"):
                if let end = balancedEnd(bytes, at: i, limit: min(n, i + maxExpressionBytes), budget: &budget) {
                    ranges.append(i..<end)
                    i = end
                } else {
                    i += 1
                }
            case UInt8(ascii: "<"):
                let next = i + 1 < n ? bytes[i + 1] : 0
                if isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: ">"), let end = tagEnd(bytes, at: i, budget: &budget) {
                    ranges.append(i..<end)
                    i = end
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        return ranges
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    static func startsWith(_ bytes: [UInt8], _ at: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for k in 0..<count where bytes[at + k] != text.utf8Start[k] { return false }
        return true
    }

    /// The end of the line holding `at` (past its line feed).
    static func lineEnd(_ bytes: [UInt8], from at: Int) -> Int {
        var i = at
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return min(bytes.count, i + 1)
    }

    static func isBlankLine(_ bytes: [UInt8], _ start: Int) -> Bool {
        var i = start
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D) { i += 1 }
        return i >= bytes.count || bytes[i] == 0x0A
    }

    /// An ESM block: up to the line feed before the next blank line (or the end).
    static func blockEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var line = start
        while true {
            let next = lineEnd(bytes, from: line)
            if next >= bytes.count || isBlankLine(bytes, next) {
                // Leave the block's last line feed to Markdown.
                return next > line && bytes[next - 1] == 0x0A ? next - 1 : next
            }
            line = next
        }
    }

    /// When a fenced code block opens at `at` (``` or ~~~, indented up to three blanks): the end of
    /// its closing fence line (or of the file).
    static func fencedCodeEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        var i = start
        while i < bytes.count && i - start < 3 && bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") else { return nil }
        let mark = bytes[i]
        var count = 0
        while i < bytes.count && bytes[i] == mark { count += 1; i += 1 }
        guard count >= 3 else { return nil }
        var line = lineEnd(bytes, from: i)
        while line < bytes.count {
            var k = line
            while k < bytes.count && k - line < 3 && bytes[k] == 0x20 { k += 1 }
            var run = 0
            while k < bytes.count && bytes[k] == mark { run += 1; k += 1 }
            if run >= count && isBlankLine(bytes, k) { return lineEnd(bytes, from: k) }
            line = lineEnd(bytes, from: line)
        }
        return bytes.count
    }

    /// Past a code span that opens at `at` (a run of backticks closed by a run as long, before a
    /// blank line), or past the run when it is not closed.
    static func codeSpanEnd(_ bytes: [UInt8], at start: Int, budget: inout Int) -> Int {
        var i = start
        while i < bytes.count && bytes[i] == UInt8(ascii: "`") { i += 1 }
        let count = i - start
        var k = i
        while k < bytes.count {
            budget -= 1
            if budget < 0 { return i }
            if bytes[k] == 0x0A && isBlankLine(bytes, k + 1) { return i }
            if bytes[k] == UInt8(ascii: "`") {
                var run = 0
                while k < bytes.count && bytes[k] == UInt8(ascii: "`") { run += 1; k += 1 }
                if run == count { return k }
                continue
            }
            k += 1
        }
        return i
    }

    /// Past a string literal opening at `at` ('…', "…" or `…`), or nil when it is not closed by `limit`.
    static func stringEnd(_ bytes: [UInt8], at start: Int, limit: Int, budget: inout Int) -> Int? {
        let quote = bytes[start]
        var i = start + 1
        while i < limit {
            budget -= 1
            if budget < 0 { return nil }
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == quote { return i + 1 }
            if bytes[i] == 0x0A && quote != UInt8(ascii: "`") { return nil }
            i += 1
        }
        return nil
    }

    /// Past the `}` that balances the `{` at `at`, strings and comments stepped over.
    static func balancedEnd(_ bytes: [UInt8], at start: Int, limit: Int, budget: inout Int) -> Int? {
        var depth = 0
        var i = start
        while i < limit {
            budget -= 1
            if budget < 0 { return nil }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i + 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                guard let end = stringEnd(bytes, at: i, limit: limit, budget: &budget) else { return nil }
                i = end
                continue
            case UInt8(ascii: "/") where i + 1 < limit && bytes[i + 1] == UInt8(ascii: "*"):
                var k = i + 2
                while k + 1 < limit && !(bytes[k] == UInt8(ascii: "*") && bytes[k + 1] == UInt8(ascii: "/")) { k += 1; budget -= 1 }
                guard k + 1 < limit else { return nil }
                i = k + 2
                continue
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Past the `>` that ends a JSX tag opening at `at`, attribute strings and `{…}` stepped over;
    /// nil when the tag does not end before a blank line or `maxTagBytes`.
    static func tagEnd(_ bytes: [UInt8], at start: Int, budget: inout Int) -> Int? {
        let limit = min(bytes.count, start + maxTagBytes)
        var i = start + 1
        while i < limit {
            budget -= 1
            if budget < 0 { return nil }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: ">"): return i + 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let end = stringEnd(bytes, at: i, limit: limit, budget: &budget) else { return nil }
                i = end
                continue
            case UInt8(ascii: "{"):
                guard let end = balancedEnd(bytes, at: i, limit: limit, budget: &budget) else { return nil }
                i = end
                continue
            case UInt8(ascii: "<"):
                return nil
            case 0x0A:
                if isBlankLine(bytes, i + 1) { return nil }
            default: break
            }
            i += 1
        }
        return nil
    }
}
