/// Splits prose into sentences, aware of the abbreviations news copy is full of
/// ("Mr.", "Gov.", "Sen.", "U.S.", "Jan.", "p.m.", initials such as "J."): the one segmenter over
/// UTF-8 bytes, behind `Document.sentences` and `Document.sentence(containing:)`.
///
/// Two other cuts remain, each keeping its caller's behaviour (candidates for a later behaviour
/// change): attribution's tokenizer cuts sentences over its own tokens, where a quotation is one
/// token and a sentence also ends after a quotation that ends with terminal punctuation, and reads
/// `NewsAbbreviations.pluralTitlesAndOffices` too; sanctions' name tokenizer counts a sentence at every
/// full stop, question or exclamation mark not right after a one-letter word, and at a blank line,
/// so it ends one after "Mr.".
public enum SentenceSegmenter {
    /// The abbreviations that never end a sentence, as `Document.sentences` reads them.
    public static let standardNeverFinal = NewsAbbreviations.neverFinal

    /// Sentence ranges (UTF-8 offsets) inside `range` of `text`, trimmed of surrounding white space.
    /// `neverFinal` lists the abbreviations after which a full stop never ends a sentence.
    public static func sentences(in text: String, range: Range<Int>,
                                 neverFinal: Set<String> = standardNeverFinal) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var text = text
        text.withUTF8 { bytes in
            result = sentences(inUTF8: bytes, range: range, neverFinal: neverFinal)
        }
        return result
    }

    /// Sentence ranges in UTF-8 bytes.
    public static func sentences(inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                                 neverFinal: Set<String> = standardNeverFinal) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let end = min(range.upperBound, bytes.count)
        var start = range.lowerBound
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        func push(_ s: Int, _ e: Int) {
            var a = s, b = e
            while a < b && isSpace(bytes[a]) { a += 1 }
            while b > a && isSpace(bytes[b - 1]) { b -= 1 }
            if a < b { result.append(a..<b) }
        }
        var i = start
        while i < end {
            let b = bytes[i]
            guard b == 0x2E || b == 0x21 || b == 0x3F else { i += 1; continue }  // . ! ?
            // Take the run of terminal punctuation and closing quotes/brackets after it.
            var j = i + 1
            while j < end {
                let c = bytes[j]
                if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { j += 1; continue }
                // ’ ” (E2 80 99 / E2 80 9D)
                if c == 0xE2 && j + 2 < end && bytes[j + 1] == 0x80 && (bytes[j + 2] == 0x99 || bytes[j + 2] == 0x9D) { j += 3; continue }
                break
            }
            guard j < end, isSpace(bytes[j]) else { i = j; continue }
            var k = j
            while k < end && isSpace(bytes[k]) { k += 1 }
            guard k < end else { break }
            if b == 0x2E && !endsSentence(bytes, period: i, nextWord: k, end: end, from: start, neverFinal: neverFinal) { i = j; continue }
            // The next sentence must start with something a sentence can start with.
            let n = bytes[k]
            let startsLower = n >= 0x61 && n <= 0x7A
            if startsLower { i = j; continue }
            push(start, j)
            start = k
            i = k
        }
        push(start, end)
        return result
    }

    /// Whether the period at `period` ends a sentence, judging the word before it and the word after.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, nextWord: Int, end: Int, from: Int,
                             neverFinal: Set<String>) -> Bool {
        // The token before the period: letters and inner periods.
        var s = period
        while s > from {
            let c = bytes[s - 1]
            let isLetter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c >= 0x80
            if !isLetter { break }
            s -= 1
        }
        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<period]), as: UTF8.self)
        if token.isEmpty { return true }
        let lower = token.lowercased()
        if neverFinal.contains(lower) { return false }
        // A single capital letter is an initial ("J. Smith").
        if token.count == 1, let c = token.unicodeScalars.first, c.properties.isUppercase { return false }
        // The next word.
        var e = nextWord
        while e < end, bytes[e] != 0x20, bytes[e] != 0x0A, bytes[e] != 0x0D, bytes[e] != 0x09 { e += 1 }
        let next = String(decoding: UnsafeBufferPointer(rebasing: bytes[nextWord..<e]), as: UTF8.self)
        let nextBare = next.lowercased().filter { $0.isLetter }
        if NewsAbbreviations.maybeFinal.contains(lower) || (lower.contains(".") && lower.count <= 5) {
            return NewsAbbreviations.sentenceOpeners.contains(nextBare) || next.first == "\"" || next.first == "“"
        }
        // A number after a period ("No. 5" is handled above; "1.5" has no space) starts a sentence only rarely.
        return true
    }
}
