/// A word, number or punctuation mark of the prose, with its UTF-8 range.
///
/// A text has a token every few bytes, so a token is kept in 48 bytes (72 with `Int` offsets and
/// counts): the range as `UInt32` offsets, the digit count as `UInt32`, the flags in bytes.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    /// Lowercased text.
    var lower: String
    private var numberValue: Int
    private var start: UInt32
    private var end: UInt32
    private var digits: UInt32
    var kind: Kind
    /// Whether the token starts with an upper-case letter.
    var isCapitalized: Bool
    /// Whether white space (or the start of the text) precedes the token.
    var spaceBefore: Bool
    /// Whether a line break precedes the token.
    var lineBreakBefore: Bool
    /// Whether a blank line (a paragraph break) precedes the token.
    var paragraphBreakBefore: Bool = false
    private var hasNumber: Bool

    init(kind: Kind, range: Range<Int>, lower: String, isCapitalized: Bool, spaceBefore: Bool, lineBreakBefore: Bool,
         number: Int?, digitCount: Int) {
        self.lower = lower
        self.numberValue = number ?? 0
        self.hasNumber = number != nil
        self.start = UInt32(range.lowerBound)
        self.end = UInt32(range.upperBound)
        self.digits = UInt32(digitCount)
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.lineBreakBefore = lineBreakBefore
    }

    /// UTF-8 range in the document text.
    var range: Range<Int> { Int(start)..<Int(end) }
    /// The value of an all-digit token.
    var number: Int? { hasNumber ? numberValue : nil }
    /// The number of digits of an all-digit token.
    var digitCount: Int { Int(digits) }
}

/// Splits UTF-8 prose into tokens: runs of letters and digits (with inner apostrophes), and single
/// punctuation marks. Hand-written for speed: one pass over the bytes.
enum Tokenizer {
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var lineBreaks = 0
        func appendToken(_ token: Token) {
            var token = token
            token.paragraphBreakBefore = lineBreaks >= 2
            tokens.append(token)
            lineBreaks = 0
        }
        var i = 0
        var spaceBefore = true
        var lineBreak = false
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { spaceBefore = true; i += 1; continue }
            if b == 0x0A { spaceBefore = true; lineBreak = true; lineBreaks += 1; i += 1; continue }
            if b >= 0x80 {
                // Non-ASCII: letters join words; no-break space and other spaces count as white space.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(count, i + length)
                if length == 2 && b == 0xC2 && end > i + 1 && bytes[i + 1] == 0xA0 { spaceBefore = true; i = end; continue }
                if b == 0xE2 && end == i + 3 && bytes[i + 1] == 0x80 {
                    // General punctuation (dashes, quotes): a punctuation token; ’ inside a word is handled below.
                    let third = bytes[i + 2]
                    let text = third == 0x99 ? "'" : (third == 0x93 || third == 0x94) ? "-" : "\u{2022}"
                    appendToken(Token(kind: .punctuation, range: i..<end, lower: text, isCapitalized: false,
                                        spaceBefore: spaceBefore, lineBreakBefore: lineBreak, number: nil, digitCount: 0))
                    spaceBefore = false; lineBreak = false
                    i = end
                    continue
                }
            }
            if b == 0x27, i + 1 < count, bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53, i > 0, isLetter(bytes[i - 1]),
               i + 2 >= count || !isWordByte(bytes[i + 2]) {
                appendToken(Token(kind: .word, range: i..<(i + 2), lower: "'s", isCapitalized: false, spaceBefore: false,
                                    lineBreakBefore: false, number: nil, digitCount: 0))
                i += 2
                spaceBefore = false
                lineBreak = false
                continue
            }
            if isWordByte(b) {
                let start = i
                var allDigits = true
                while i < count {
                    let c = bytes[i]
                    if isWordByte(c) {
                        if !(c >= 0x30 && c <= 0x39) { allDigits = false }
                        i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                        continue
                    }
                    // An apostrophe between letters stays in the word ("o'clock"), except the possessive "'s".
                    if c == 0x27, i + 1 < count, isLetter(bytes[i + 1]), i > start, isLetter(bytes[i - 1]) {
                        let possessive = (bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53) && (i + 2 >= count || !isWordByte(bytes[i + 2]))
                        if possessive { break }
                        allDigits = false
                        i += 1
                        continue
                    }
                    break
                }
                i = min(i, count)
                let lower = lowercased(bytes, start..<i)
                var number: Int?
                if allDigits && i - start <= 9 { number = Int(lower) }
                let first = bytes[start]
                appendToken(Token(kind: allDigits ? .number : .word, range: start..<i, lower: lower,
                                    isCapitalized: first >= 0x41 && first <= 0x5A, spaceBefore: spaceBefore,
                                    lineBreakBefore: lineBreak, number: number, digitCount: allDigits ? i - start : 0))
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(count, i + length)
                appendToken(Token(kind: .punctuation, range: i..<end, lower: String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self),
                                    isCapitalized: false, spaceBefore: spaceBefore, lineBreakBefore: lineBreak, number: nil, digitCount: 0))
                i = end
            }
            spaceBefore = false
            lineBreak = false
        }
        return tokens
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || isLetter(b) || (b >= 0xC3 && b <= 0xDF)
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var ascii = true
        for k in range where bytes[k] >= 0x80 { ascii = false; break }
        if !ascii { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var n = 0
            for k in range {
                let c = bytes[k]
                buffer[n] = (c >= 0x41 && c <= 0x5A) ? c + 32 : c
                n += 1
            }
            return n
        }
    }
}
