import Foundation

/// Spam that no word list finds: link floods, the same text over and over, and shouting in capitals.
struct SpamSignals {
    struct Signal {
        var range: Range<Int>
        var message: String
        var severity: Double
    }

    /// Three or more links.
    static let linkFlood = 3
    /// The same word five or more times in a row.
    static let repeatedWord = 5
    /// The same line (of ten or more characters) three or more times.
    static let repeatedLine = 3
    /// Shouting: a line of at least eight words and forty letters, nine tenths of them capitals.
    static let shoutingWords = 8
    static let shoutingLetters = 40

    static func signals(text: String, normalized: TextNormalizer.Result) -> [Signal] {
        var signals: [Signal] = []
        let urls = normalized.urls
        if urls.count >= linkFlood {
            signals.append(Signal(range: urls[0].lowerBound..<urls[urls.count - 1].upperBound,
                                  message: "\(urls.count) links in one comment: a link flood", severity: 0.6))
        }
        let tokens = normalized.tokens
        var index = 0
        while index < tokens.count {
            var end = index + 1
            while end < tokens.count, tokens[end].letters == tokens[index].letters { end += 1 }
            if end - index >= repeatedWord, tokens[index].letters.count >= 2 {
                signals.append(Signal(range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound,
                                      message: "the same word \(end - index) times in a row", severity: 0.5))
            }
            index = end
        }
        var seen: [ArraySlice<UInt8>: Int] = [:]
        var reportedRepeat = false
        let bytes = Array(text.utf8)
        // Slices of the byte array keep its offsets: a line's bounds are offsets into the text.
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
            guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { continue }
            let trimmed = line[first...last]
            let range = first..<last + 1
            if trimmed.count >= 10 {
                let count = seen[trimmed, default: 0] + 1
                seen[trimmed] = count
                if count == repeatedLine, !reportedRepeat {
                    reportedRepeat = true
                    signals.append(Signal(range: range, message: "the same line \(count) times", severity: 0.5))
                }
            }
            var letters = 0, capitals = 0
            for scalar in String(decoding: trimmed, as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { capitals += 1 }
            }
            let words = trimmed.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).count
            if letters >= shoutingLetters, words >= shoutingWords, capitals * 10 >= letters * 9 {
                signals.append(Signal(range: range, message: "a whole line in capitals: shouting", severity: 0.3))
            }
        }
        return signals
    }
}
