/// Splits prose into sentences, aware of the abbreviations news copy is full of
/// ("Mr.", "Gov.", "Sen.", "U.S.", "Jan.", "p.m.", initials such as "J.").
public enum SentenceSplitter {
    /// Abbreviations that never end a sentence (titles, and words that always precede something).
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "cpl", "pvt", "rev", "fr", "sr", "st", "mt", "ft", "hon", "pres", "supt", "insp", "det",
        "no", "nos", "vs", "v", "etc.,", "e.g", "i.e", "cf", "approx", "dept", "est", "fig", "vol", "ch", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
        "va", "vt", "wash", "wis", "wyo",
    ]
    /// Abbreviations that may end a sentence; they do when the next word starts one.
    static let maybeFinal: Set<String> = [
        "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "bros", "a.m", "p.m", "etc",
        "d.c", "n.y", "l.a",
    ]
    /// Words that commonly open a sentence after an abbreviation that may end one.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
        "that", "these", "those", "his", "her", "their", "its", "our", "there", "as", "if", "when", "while",
        "after", "before", "so", "yet", "however", "meanwhile", "for", "with", "by", "from", "some", "many",
        "most", "no", "one", "two", "officials", "mr", "mrs", "ms", "dr",
    ]

    /// Sentence ranges (UTF-8 offsets) inside `range` of `text`, trimmed of surrounding white space.
    public static func sentences(in text: String, range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var text = text
        text.withUTF8 { bytes in
            result = sentences(inUTF8: bytes, range: range)
        }
        return result
    }

    /// Sentence ranges in UTF-8 bytes.
    public static func sentences(inUTF8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Range<Int>] {
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
            if b == 0x2E && !endsSentence(bytes, period: i, nextWord: k, end: end, from: start) { i = j; continue }
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
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, nextWord: Int, end: Int, from: Int) -> Bool {
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
        if maybeFinal.contains(lower) || (lower.contains(".") && lower.count <= 5) {
            return sentenceOpeners.contains(nextBare) || next.first == "\"" || next.first == "“"
        }
        // A number after a period ("No. 5" is handled above; "1.5" has no space) starts a sentence only rarely.
        return true
    }
}
