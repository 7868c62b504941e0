/// One word of the text, folded and hashed, with what the matcher needs to know about its shape.
struct TextToken {
    struct Flags: OptionSet {
        let rawValue: UInt16
        /// First letter uppercase.
        static let capitalized = Flags(rawValue: 1)
        /// Every letter uppercase (and at least two letters).
        static let allCaps = Flags(rawValue: 2)
        /// Only digits.
        static let digits = Flags(rawValue: 4)
        /// Sentence punctuation or a parenthesis stands between this token and the one before.
        static let breakBefore = Flags(rawValue: 8)
        /// Directly followed by a full stop.
        static let followedByDot = Flags(rawValue: 16)
        /// One letter.
        static let singleLetter = Flags(rawValue: 32)
        /// A possessive `'s` followed the token and was left out.
        static let possessive = Flags(rawValue: 64)
        /// Something other than spaces (a comma, a quotation mark, a dash) stands before the token.
        static let punctuationBefore = Flags(rawValue: 256)
        /// A single hyphen joins the token to the one before ("Ka-shing", "Al-Assad").
        static let hyphenBefore = Flags(rawValue: 512)
        /// Directly after `<`: a ticker symbol ("<GENI.O>").
        static let tickerBefore = Flags(rawValue: 1024)
        /// The variant hash was not computed (a lowercase ASCII word): see `TextTokenizer.variant(of:in:)`.
        static let lazyVariant = Flags(rawValue: 128)
    }

    var variant: UInt64
    var exact: UInt64
    // Byte offsets as `UInt32`: a text has a token every few bytes, and this keeps one in 40 bytes.
    private var start32: UInt32
    private var end32: UInt32
    var sentence: Int32
    /// Length of the folded token in bytes.
    var length: Int32
    var flags: Flags

    init(start: Int, end: Int, variant: UInt64, exact: UInt64, flags: Flags, sentence: Int32, length: Int32) {
        self.variant = variant
        self.exact = exact
        self.start32 = UInt32(start)
        self.end32 = UInt32(end)
        self.sentence = sentence
        self.length = length
        self.flags = flags
    }

    var start: Int { Int(start32) }
    var end: Int { Int(end32) }

    var isCapitalized: Bool { flags.contains(.capitalized) }
}

/// Splits prose into folded tokens in one pass over its UTF-8 bytes. ASCII words take a fast path
/// with no allocation; other letters are folded by `ScriptFolding`.
enum TextTokenizer {
    static func tokens(of input: [UInt8]) -> [TextToken] {
        input.withUnsafeBufferPointer { tokens(of: $0) }
    }

    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 6)
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        var i = 0
        let count = bytes.count
        var pendingBreak = false
        var sentence: Int32 = 0
        var newlines = 0
        var pendingPunctuation = false
        var pendingHyphen = false
        var previousScalar: Unicode.Scalar?

        @inline(__always) func isASCIIAlnum(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }
        func decode(_ at: Int) -> (Unicode.Scalar, Int) {
            let b0 = bytes[at]
            var value: UInt32
            var length: Int
            if b0 < 0xE0 { value = UInt32(b0 & 0x1F); length = 2 } else if b0 < 0xF0 { value = UInt32(b0 & 0x0F); length = 3 } else { value = UInt32(b0 & 0x07); length = 4 }
            if at + length > count { return (Unicode.Scalar(0xFFFD)!, 1) }
            for k in 1..<length { value = value << 6 | UInt32(bytes[at + k] & 0x3F) }
            return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
        }

        while i < count {
            let b = bytes[i]
            var startsWord = isASCIIAlnum(b)
            var scalar: Unicode.Scalar = " "
            var scalarLength = 1
            if !startsWord && b >= 0x80 {
                (scalar, scalarLength) = decode(i)
                startsWord = ScriptFolding.fold(scalar) != nil
            }
            if !startsWord {
                switch b {
                case 0x2E, 0x21, 0x3F:
                    let previous = tokens.last
                    if !(b == 0x2E && (previous?.flags.contains(.singleLetter) ?? false) && previous?.end == i) {
                        pendingBreak = true
                        sentence += 1
                    }
                case 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x7C, 0x3C, 0x3E, 0x7B, 0x7D: pendingBreak = true
                case 0x0A:
                    newlines += 1
                    if newlines >= 2 { pendingBreak = true; sentence += 1 }
                default: break
                }
                if b != 0x0A && b != 0x0D && b != 0x20 && b != 0x09 { newlines = 0; pendingPunctuation = true }
                pendingHyphen = b == 0x2D && tokens.last?.end == i && i + 1 < count && bytes[i + 1] != 0x20
                i += b >= 0x80 ? scalarLength : 1
                continue
            }
            newlines = 0
            previousScalar = nil
            // A word. Fast path: ASCII letters and digits ending at ASCII punctuation or space.
            let start = i
            if b < 0x80 {
                var j = i
                var upperFirst = false, allUpper = true, letters = 0, digitsOnly = true
                var exact = TokenHash.seed
                while j < count {
                    var c = bytes[j]
                    if c >= 0x61 && c <= 0x7A {
                        allUpper = false; digitsOnly = false; letters += 1
                    } else if c >= 0x41 && c <= 0x5A {
                        if j == i { upperFirst = true }
                        digitsOnly = false; letters += 1; c += 0x20
                    } else if !(c >= 0x30 && c <= 0x39) {
                        break
                    }
                    exact = (exact ^ UInt64(c)) &* TokenHash.prime
                    j += 1
                }
                if j >= count || (bytes[j] < 0x80 && bytes[j] != 0x27) {
                    var flags: TextToken.Flags = []
                    if upperFirst { flags.insert(.capitalized) }
                    if allUpper && letters >= 2 { flags.insert(.allCaps) }
                    if digitsOnly { flags.insert(.digits) }
                    if pendingBreak { flags.insert(.breakBefore) }
                    if pendingPunctuation { flags.insert(.punctuationBefore) }
                    if pendingHyphen { flags.insert(.hyphenBefore) }
                    if i > 0 && bytes[i - 1] == 0x3C { flags.insert(.tickerBefore) }
                    pendingPunctuation = false
                    pendingHyphen = false
                    if letters == 1 && j - i == 1 { flags.insert(.singleLetter) }
                    if j < count && bytes[j] == 0x2E { flags.insert(.followedByDot) }
                    pendingBreak = false
                    var variant: UInt64 = 0
                    if upperFirst || digitsOnly {
                        variant = VariantKey.hash(UnsafeBufferPointer(rebasing: bytes[i..<j]), lowercasing: true)
                    } else {
                        flags.insert(.lazyVariant)
                    }
                    tokens.append(TextToken(start: i, end: j, variant: variant, exact: exact, flags: flags,
                                            sentence: sentence, length: Int32(j - i)))
                    i = j
                    continue
                }
            }
            folded.removeAll(keepingCapacity: true)
            var upperFirst = false
            var allUpper = true
            var letters = 0
            var digitsOnly = true
            var possessive = false
            var first = true
            while i < count {
                let c = bytes[i]
                if c < 0x80 {
                    if c >= 0x61 && c <= 0x7A {
                        folded.append(c); allUpper = false; digitsOnly = false; letters += 1
                    } else if c >= 0x41 && c <= 0x5A {
                        folded.append(c + 0x20); digitsOnly = false; letters += 1
                        if first { upperFirst = true }
                    } else if c >= 0x30 && c <= 0x39 {
                        folded.append(c)
                    } else if c == 0x27 {
                        // Apostrophe: possessive 's ends the word; inside a word it is dropped.
                        if i + 1 < count, bytes[i + 1] == 0x73 || bytes[i + 1] == 0x53,
                           i + 2 >= count || !isASCIIAlnum(bytes[i + 2]) && bytes[i + 2] < 0x80 {
                            possessive = true; i += 2; break
                        }
                        if i + 1 < count, isASCIIAlnum(bytes[i + 1]) { i += 1; first = false; continue }
                        break
                    } else {
                        break
                    }
                    i += 1
                } else {
                    let (s, length) = decode(i)
                    if s == "\u{2019}" {
                        if i + length < count, bytes[i + length] == 0x73 || bytes[i + length] == 0x53,
                           i + length + 1 >= count || !isASCIIAlnum(bytes[i + length + 1]) && bytes[i + length + 1] < 0x80 {
                            possessive = true; i += length + 1; break
                        }
                        if i + length < count, isASCIIAlnum(bytes[i + length]) { i += length; first = false; continue }
                        break
                    }
                    if s.properties.generalCategory == .nonspacingMark { i += length; continue }
                    guard let f = ScriptFolding.fold(s, after: previousScalar) else { break }
                    previousScalar = s
                    folded.append(contentsOf: f.utf8)
                    digitsOnly = false
                    letters += 1
                    if s.properties.isUppercase { if first { upperFirst = true } } else if s.properties.isLowercase { allUpper = false }
                    i += length
                }
                first = false
            }
            let end = possessive ? i - 2 - (bytes[i - 2] == 0x27 ? 0 : 2) : i
            var flags: TextToken.Flags = []
            if upperFirst { flags.insert(.capitalized) }
            if allUpper && letters >= 2 { flags.insert(.allCaps) }
            if digitsOnly { flags.insert(.digits) }
            if pendingBreak { flags.insert(.breakBefore) }
            if pendingPunctuation { flags.insert(.punctuationBefore) }
            if pendingHyphen { flags.insert(.hyphenBefore) }
            pendingPunctuation = false
            pendingHyphen = false
            if letters == 1 && folded.count == 1 { flags.insert(.singleLetter) }
            if possessive { flags.insert(.possessive) }
            if i < count && bytes[i] == 0x2E { flags.insert(.followedByDot) }
            pendingBreak = false
            var variant: UInt64 = 0
            variant = folded.withUnsafeBufferPointer { VariantKey.hash($0, lowercasing: false) }
            tokens.append(TextToken(start: start, end: end, variant: variant, exact: TokenHash.hash(folded),
                                    flags: flags, sentence: sentence, length: Int32(folded.count)))
        }
        return tokens
    }

    /// The variant hash of a token, computing it for lowercase ASCII words whose hash was left out.
    @inline(__always)
    static func variant(of token: TextToken, in bytes: [UInt8]) -> UInt64 {
        guard token.flags.contains(.lazyVariant) else { return token.variant }
        return bytes.withUnsafeBufferPointer { VariantKey.hash(UnsafeBufferPointer(rebasing: $0[token.start..<token.end]), lowercasing: true) }
    }
}
