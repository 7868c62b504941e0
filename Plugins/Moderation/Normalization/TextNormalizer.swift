/// One word of the text as the matcher reads it: obfuscation undone, with the exact UTF-8 range
/// of what was written.
struct NormalizedToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case word, hashtag, mention }

    /// Lower-case ASCII letters; `*` for a masked letter (`f*ck`, an emoji between letters); `#`
    /// for a digit that stands for no letter.
    var letters: [UInt8]
    /// UTF-8 offsets into the document text, from the first letter to the last as written.
    var range: Range<Int>
    var kind: Kind
    /// Written with a capital first letter and not all in capitals (a name, or a sentence's first word).
    var isCapitalized: Bool
    /// The first word of a sentence (or of the text).
    var startsSentence: Bool
    /// Two or more letters, all capitals (an acronym, a ticker, a headline in capitals, or shouting).
    var isAllCapitals = false
    /// Joined to the next token by punctuation without space (`sh.it`, `white-trash`) or, in a
    /// hashtag, by a change of case (`#WhiteTrash`): the two may be one word.
    var joinsNext = false
    /// Separated from the next token by exactly one space or one punctuation character on the same
    /// line, for letters spelled out one by one (`f u c k`).
    var closeToNext = false

    var hasMask: Bool { letters.contains(UInt8(ascii: "*")) }
}

/// Reads text into `NormalizedToken`s, undoing the usual obfuscations of abusive words: look-alike
/// letters from other scripts (Cyrillic `а`, Greek `ο`), accents, full-width and mathematical
/// letters, leetspeak digits and symbols (`sh1t`, `a$$`, `b!tch`), masks (`f*ck`, an emoji inside a
/// word), zero-width and soft-hyphen characters, apostrophes inside words, punctuation inside words
/// (kept as separate tokens joined to each other), hashtags (split at case changes) and @mentions.
/// URLs are not words; they are counted for the spam rule.
struct TextNormalizer {
    /// What reading a text gives.
    struct Result {
        var tokens: [NormalizedToken]
        /// The UTF-8 ranges of URLs.
        var urls: [Range<Int>]
    }

    private enum ScalarClass {
        case letter(UInt8, upper: Bool)
        case leet(UInt8)
        case digit
        case mask
        case ignorable
        case joiner
        case hash, at
        case space(newline: Bool)
        case other
    }

    static func normalize(_ text: String) -> Result {
        var reading = Reading(bytes: Array(text.utf8))
        let bytes = reading.bytes
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            reading.length = UTF8.width(scalar)
            let offset = reading.offset
            // URLs are not words.
            if reading.part.isEmpty, isURLStart(bytes, at: offset) {
                var end = offset
                while end < bytes.count, !isSpaceByte(bytes[end]) { end += 1 }
                reading.urls.append(offset..<end)
                reading.pendingJoin = false
                while index < scalars.count, reading.offset < end { reading.offset += UTF8.width(scalars[index]); index += 1 }
                continue
            }
            let scalarClass = classify(scalar, next: index + 1 < scalars.count ? scalars[index + 1] : nil, inWord: !reading.part.isEmpty)
            switch scalarClass {
            case .letter(let byte, let upper):
                // In a hashtag or mention, a capital after a lower-case letter starts a new part.
                if reading.kind != .word, upper, let last = reading.part.last, !last.upper, last.isLetter {
                    let saved = reading.kind
                    reading.finishPart(joinsNext: true)
                    reading.kind = saved
                }
                reading.appendLetter(byte, upper: upper, letter: true)
            case .leet(let byte):
                reading.appendLetter(byte, upper: false, letter: false)
            case .digit:
                reading.appendLetter(UInt8(ascii: "#"), upper: false, letter: false)
            case .mask:
                if reading.part.isEmpty {
                    reading.endWord(scalarIsSentenceEnd: false, newline: false)
                } else {
                    reading.appendLetter(UInt8(ascii: "*"), upper: false, letter: false)
                }
            case .ignorable:
                break
            case .joiner:
                if reading.part.isEmpty {
                    reading.endWord(scalarIsSentenceEnd: isSentenceEnd(scalar), newline: false)
                } else {
                    let nextIsWord = nextStartsWord(scalars, from: index + 1)
                    if nextIsWord {
                        let saved = reading.kind
                        reading.finishPart(joinsNext: true)
                        reading.kind = saved
                    } else {
                        reading.endWord(scalarIsSentenceEnd: isSentenceEnd(scalar), newline: false)
                    }
                }
            case .hash, .at:
                if reading.part.isEmpty, gapBeforeAllowsMarker(scalars, index), nextStartsWord(scalars, from: index + 1) {
                    reading.endWord(scalarIsSentenceEnd: false, newline: false)
                    if case .hash = scalarClass { reading.kind = .hashtag } else { reading.kind = .mention }
                    reading.chainKind = reading.kind
                } else if case .at = scalarClass, !reading.part.isEmpty {
                    reading.appendLetter(UInt8(ascii: "a"), upper: false, letter: false)
                } else {
                    reading.endWord(scalarIsSentenceEnd: false, newline: false)
                }
            case .space(let newline):
                reading.endWord(scalarIsSentenceEnd: newline, newline: newline)
            case .other:
                reading.endWord(scalarIsSentenceEnd: isSentenceEnd(scalar), newline: false)
            }
            reading.offset += reading.length
            index += 1
        }
        if !reading.part.isEmpty { reading.finishPart(joinsNext: false) }
        return Result(tokens: reading.tokens, urls: reading.urls)
    }

    /// The state of one reading: the tokens so far and the part being read. (A struct with mutating
    /// methods rather than local functions over captured variables, whose accesses were checked at
    /// run time: a tenth of the plugin's time.)
    private struct Reading {
        let bytes: [UInt8]
        var tokens: [NormalizedToken] = []
        var urls: [Range<Int>] = []
        /// The UTF-8 offset and length of the scalar being read.
        var offset = 0
        var length = 0

        /// The part being read: one entry per character read as a letter (one array, appended to
        /// once per character, rather than five).
        var part: [PartCharacter] = []
        var kind = NormalizedToken.Kind.word
        var chainKind = NormalizedToken.Kind.word
        var sentenceStart = true
        var pendingJoin = false
        var gapScalars = 0
        var gapHasNewline = false
        var previousWasSentenceEnd = true

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func finishPart(joinsNext: Bool) {
            defer { part.removeAll(keepingCapacity: true) }
            // Symbols that stand for letters only between letters: trim them at the edges.
            var low = 0, high = part.count
            while low < high, !part[low].isLetter, part[low].byte != UInt8(ascii: "s") || !startsWithDollar(low) { low += 1 }
            while high > low, !part[high - 1].isLetter, !trailingAllowed(high - 1) { high -= 1 }
            guard low < high else { return }
            // The real letters (not digits or symbols read as letters), and how many are capitals.
            var realLetters = 0, capitals = 0
            var firstIsCapital = false
            for index in low..<high where part[index].isLetter {
                if realLetters == 0 { firstIsCapital = part[index].upper }
                realLetters += 1
                if part[index].upper { capitals += 1 }
            }
            guard realLetters > 0 else { return }
            // Digits and symbols read as letters only beside at least two real ones: `sh1t`, but not `A$5`.
            if realLetters < high - low, realLetters < 2 { return }
            let word = part[low..<high].map(\.byte)
            let capitalized = firstIsCapital && capitals < realLetters
            if let last = tokens.indices.last, pendingJoin { tokens[last].joinsNext = true }
            if let last = tokens.indices.last, !pendingJoin, gapScalars == 1, !gapHasNewline { tokens[last].closeToNext = true }
            tokens.append(NormalizedToken(letters: word, range: part[low].start..<part[high - 1].end, kind: kind,
                                          isCapitalized: capitalized, startsSentence: sentenceStart,
                                          isAllCapitals: realLetters >= 2 && capitals == realLetters))
            sentenceStart = false
            pendingJoin = joinsNext
            gapScalars = 0
            gapHasNewline = false
        }

        func startsWithDollar(_ index: Int) -> Bool { bytes[part[index].start] == UInt8(ascii: "$") }

        func trailingAllowed(_ index: Int) -> Bool {
            // `a$$`: a dollar sign after letters reads as s; a digit at the end (`ho3`) as its letter.
            let byte = bytes[part[index].start]
            return byte == UInt8(ascii: "$") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }

        mutating func appendLetter(_ byte: UInt8, upper: Bool, letter: Bool) {
            if part.isEmpty {
                if chainKind == .word { kind = .word }
                if previousWasSentenceEnd { sentenceStart = true }
                previousWasSentenceEnd = false
            }
            part.append(PartCharacter(start: offset, length: length, byte: byte, isLetter: letter, upper: upper))
        }

        mutating func endWord(scalarIsSentenceEnd: Bool, newline: Bool) {
            if !part.isEmpty { finishPart(joinsNext: false) }
            pendingJoin = false
            chainKind = .word
            kind = .word
            gapScalars += 1
            if newline { gapHasNewline = true }
            if scalarIsSentenceEnd { previousWasSentenceEnd = true }
        }
    }

    /// A character of the part being read: where it is, and the letter it reads as.
    private struct PartCharacter {
        private var start32: UInt32
        private var length8: UInt8
        /// The letter (or `*`, `#`) it reads as.
        var byte: UInt8
        /// A real letter, not a digit or symbol read as one.
        var isLetter: Bool
        var upper: Bool

        init(start: Int, length: Int, byte: UInt8, isLetter: Bool, upper: Bool) {
            start32 = UInt32(start)
            length8 = UInt8(length)
            self.byte = byte
            self.isLetter = isLetter
            self.upper = upper
        }

        var start: Int { Int(start32) }
        var end: Int { Int(start32) + Int(length8) }
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static let urlStarts: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    private static func isURLStart(_ bytes: [UInt8], at offset: Int) -> Bool {
        // Every URL start begins with h or w.
        guard offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "h") || bytes[offset] | 0x20 == UInt8(ascii: "w") else { return false }
        func has(_ p: [UInt8]) -> Bool {
            guard offset + p.count <= bytes.count else { return false }
            for (i, byte) in p.enumerated() where bytes[offset + i] | 0x20 != byte { return false }
            return true
        }
        guard offset == 0 || isSpaceByte(bytes[offset - 1]) || bytes[offset - 1] == UInt8(ascii: "(")
                || bytes[offset - 1] == UInt8(ascii: "\"") || bytes[offset - 1] < 0x80 && !isWordByte(bytes[offset - 1]) else { return false }
        return urlStarts.contains(where: has)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    /// Whether a `#` or `@` here opens a hashtag or mention: at the start or after a space or bracket.
    private static func gapBeforeAllowsMarker(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = scalars[index - 1]
        return previous.properties.isWhitespace || "([\"'“‘:.,!?".unicodeScalars.contains(previous)
    }

    /// Whether a word continues at `index` (after skipping ignorable characters).
    private static func nextStartsWord(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        var index = index
        while index < scalars.count {
            switch classify(scalars[index], next: nil, inWord: true) {
            case .letter, .leet, .mask: return true
            case .ignorable, .joiner: index += 1
            default: return false
            }
        }
        return false
    }

    private static let zeroWidth: Set<UInt32> = [0x00AD, 0x034F, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062,
                                                 0x2063, 0x2064, 0xFEFF]

    /// Cyrillic and Greek letters that look like Latin ones, by what they look like.
    private static let lookAlikes: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        let pairs: [(String, Character)] = [
            ("аАӓ", "a"), ("вВ", "b"), ("сСϲϹ", "c"), ("ԁ", "d"), ("еЕёЁєЄ", "e"), ("һҺ", "h"), ("іІїЇ", "i"), ("јЈ", "j"),
            ("кК", "k"), ("ӏ", "l"), ("мМ", "m"), ("нН", "h"), ("оОӧ", "o"), ("рР", "p"), ("ѕЅ", "s"), ("тТ", "t"),
            ("уУўЎ", "y"), ("хХ", "x"), ("ԛ", "q"), ("ԝ", "w"), ("пП", "n"), ("гГ", "r"), ("ьЬ", "b"), ("зЗ", "e"),
            ("αΑ", "a"), ("βΒ", "b"), ("εΕ", "e"), ("ηΗ", "n"), ("ιΙ", "i"), ("κΚ", "k"), ("μΜ", "m"), ("νΝ", "v"),
            ("οΟ", "o"), ("ρΡ", "p"), ("τΤ", "t"), ("υΥ", "u"), ("χΧ", "x"), ("ζΖ", "z"), ("ϲ", "c"), ("ςσ", "o"),
        ]
        for (scalars, letter) in pairs {
            for scalar in scalars.unicodeScalars { map[scalar.value] = UInt8(ascii: letter.unicodeScalars.first!) }
        }
        return map
    }()

    /// The class of each ASCII character but `!`, `|` and `'`, whose class depends on their neighbours.
    private static let asciiClasses: [ScalarClass] = (0..<128).map { value -> ScalarClass in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return .letter(byte, upper: false)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter(byte + 32, upper: true)
        case UInt8(ascii: "0"): return .leet(UInt8(ascii: "o"))
        case UInt8(ascii: "1"): return .leet(UInt8(ascii: "i"))
        case UInt8(ascii: "3"): return .leet(UInt8(ascii: "e"))
        case UInt8(ascii: "4"): return .leet(UInt8(ascii: "a"))
        case UInt8(ascii: "5"): return .leet(UInt8(ascii: "s"))
        case UInt8(ascii: "7"): return .leet(UInt8(ascii: "t"))
        case UInt8(ascii: "8"): return .leet(UInt8(ascii: "b"))
        case UInt8(ascii: "9"): return .leet(UInt8(ascii: "g"))
        case UInt8(ascii: "6"): return .leet(UInt8(ascii: "g"))
        case UInt8(ascii: "2"): return .digit
        case UInt8(ascii: "$"): return .leet(UInt8(ascii: "s"))
        case UInt8(ascii: "*"): return .mask
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "^"): return .joiner
        case UInt8(ascii: "#"): return .hash
        case UInt8(ascii: "@"): return .at
        case 0x0A: return .space(newline: true)
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return .space(newline: false)
        default: return .other
        }
    }

    private static func classify(_ scalar: Unicode.Scalar, next: Unicode.Scalar?, inWord: Bool) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "!"), UInt8(ascii: "|"):
                return inWord && next.map(isWordScalar) == true ? .leet(UInt8(ascii: "i")) : .other
            case UInt8(ascii: "'"): return inWord && next.map(isWordScalar) == true ? .ignorable : .other
            default: return asciiClasses[Int(byte)]
            }
        }
        if zeroWidth.contains(value) || (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value)
            || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return .ignorable
        }
        if value == 0x2019 || value == 0x02BC { return inWord && next.map(isWordScalar) == true ? .ignorable : .other }
        if value == 0x00B7 || value == 0x2022 || value == 0x2010 || value == 0x2011 { return .joiner }
        if let latin = lookAlikes[value] { return .letter(latin, upper: scalar.properties.isUppercase) }
        if scalar.properties.isWhitespace { return .space(newline: value == 0x2028 || value == 0x2029 || value == 0x85) }
        if scalar.properties.isAlphabetic {
            // Accents, full-width and mathematical letters: their compatibility decomposition's first letter.
            let folded = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars.first!
            if folded.isASCII, let letter = asciiLetter(folded) {
                return .letter(letter, upper: scalar.properties.isUppercase || folded.properties.isUppercase)
            }
            if folded.isASCII, folded.properties.numericType != nil { return .digit }
            return .other
        }
        if scalar.properties.isEmojiPresentation || scalar.properties.isEmoji && value > 0x2100 {
            return inWord ? .mask : .other
        }
        return .other
    }

    private static func asciiLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if (0x61...0x7A).contains(value) { return UInt8(value) }
        if (0x41...0x5A).contains(value) { return UInt8(value + 32) }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isWordByte(byte) || byte == UInt8(ascii: "$") || byte == UInt8(ascii: "*")
        }
        return scalar.properties.isAlphabetic || lookAlikes[scalar.value] != nil
    }
}
