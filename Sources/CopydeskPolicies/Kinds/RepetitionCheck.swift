import CopydeskCore

/// Reports a word repeated with only white space between ("the the"), with a fix that drops the repeat.
///
/// One pattern finds the candidates (a word, a single space or line break, the same word again, by
/// back-reference), so the text is scanned once; the case rules are applied to the few candidates.
struct RepetitionCheck: RuleCheck {
    /// A word: letters (and digits after the first letter), so repeated figures in tables do not count.
    static let defaultWord = #"\p{L}[\p{L}\p{N}]*+(?:['’]\p{L}++)*+"#
    static let groupName = "copydeskRepeatedWord"

    /// `word` (one or more alternatives) followed by itself.
    static func pairPattern(words: [String]) -> String {
        let word = words.map { "(?:\($0))" }.joined(separator: "|")
        return #"(?<![\p{L}\p{N}_])(?<"# + groupName + ">" + word + #")(?:[ \t]|[ \t]?\r?\n[ \t]*)\k<"#
            + groupName + #">(?![\p{L}\p{N}_])"#
    }

    let pairs: Pattern?
    let caseless: Bool
    /// Whether the words are the default word, whose pairs `candidateWindows` finds without the pattern.
    let usesDefaultWord: Bool

    var requiredLiterals: Set<String>? { nil }
    var placeholders: Set<String> { ["word"] }

    func hits(_ input: CheckInput) throws -> [Hit] {
        guard let pairs else { return [] }
        var hits: [Hit] = []
        for range in input.ranges {
            let windows = usesDefaultWord ? RepetitionCheck.candidateWindows(input.bytes, range) : [range]
            try input.forEachMatch(of: pairs, windows: windows, textEnd: range.upperBound) { match in
                guard let first = match[RepetitionCheck.groupName] else { return true }
                let second = (match.range.upperBound - first.count)..<match.range.upperBound
                let firstText = input.text(first), secondText = input.text(second)
                guard isRepeat(firstText, secondText) else { return true }
                hits.append(Hit(
                    range: match.range, values: ["word": secondText],
                    fixes: [.replace(first.upperBound..<match.range.upperBound, with: "",
                                     description: "Delete the repeated ‘\(secondText)’")]))
                return true
            }
        }
        return hits
    }

    /// Where a pair of the default word can be, so that the pattern runs on a few spans of a text
    /// rather than at each of its bytes: two runs of word bytes (ASCII letters, digits, `_`, `'` and
    /// every non-ASCII byte) with a separator the pattern allows between them, where a word ending
    /// the first equals a word beginning the second in ASCII letters of either case (or either run
    /// is non-ASCII or long, where the pattern decides). A pair is an ending of one run and a beginning
    /// of the next, so every match lies in a window; overlapping windows are merged, so the pattern
    /// reads them in one pass, as it read the whole range.
    static func candidateWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        let isWordByte = RepetitionCheck.wordBytes
        var windows: [Range<Int>] = []
        var i = range.lowerBound
        let end = range.upperBound
        var previous: Range<Int>? = nil
        var previousIsASCII = true
        while i < end {
            guard isWordByte[Int(bytes[i])] else { i += 1; continue }
            let start = i
            var ascii = true
            while i < end && isWordByte[Int(bytes[i])] {
                if bytes[i] >= 0x80 { ascii = false }
                i += 1
            }
            let run = start..<i
            if let first = previous, separates(bytes, first.upperBound..<run.lowerBound),
               !(previousIsASCII && ascii) || sharesEnding(bytes, first, run) {
                let window = first.lowerBound..<run.upperBound
                if let last = windows.last, last.upperBound > window.lowerBound {
                    windows[windows.count - 1] = last.lowerBound..<window.upperBound
                } else {
                    windows.append(window)
                }
            }
            previous = run
            previousIsASCII = ascii
        }
        return windows
    }

    /// The bytes of a word run: ASCII letters, digits, `_`, `'` and every non-ASCII byte.
    private static let wordBytes: [Bool] = (0..<256).map { value in
        let b = UInt8(value)
        return b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x27
    }

    /// Whether `gap` is a separator of `pairPattern`: a space or tab, or an optional space or tab,
    /// an optional carriage return, a line feed and any spaces or tabs.
    private static func separates(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        var k = gap.lowerBound
        if gap.count == 1, bytes[k] == 0x20 || bytes[k] == 0x09 { return true }
        if k < gap.upperBound, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        if k < gap.upperBound, bytes[k] == 0x0D { k += 1 }
        guard k < gap.upperBound, bytes[k] == 0x0A else { return false }
        k += 1
        while k < gap.upperBound, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        return k == gap.upperBound
    }

    /// Whether an ending of ASCII run `first` that can be a whole word (the run's start, or after an
    /// apostrophe) equals, ignoring case, a beginning of `second` that can be one (the whole run, or
    /// up to an apostrophe); true for runs longer than 64 bytes (the pattern decides).
    private static func sharesEnding(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        let longest = min(first.count, second.count)
        if longest > 64 { return true }
        let head = bytes[second.lowerBound] | 0x20
        let apostrophe = UInt8(ascii: "'")
        for length in 1...max(longest, 1) where length <= longest {
            let start = first.upperBound - length
            guard start == first.lowerBound || bytes[start - 1] == apostrophe,
                  length == second.count || bytes[second.lowerBound + length] == apostrophe else { continue }
            guard bytes[start] | 0x20 == head else { continue }
            var k = 1
            while k < length, bytes[start + k] | 0x20 == bytes[second.lowerBound + k] | 0x20 { k += 1 }
            if k == length { return true }
        }
        return false
    }

    /// The same word; with `ignorecase`, also a capitalised word followed by its lower-case form
    /// ("The the"), but not the reverse ("its new New York"). A capitalised word written twice is a
    /// name ("Phi Phi", "Bora Bora").
    private func isRepeat(_ first: String, _ second: String) -> Bool {
        if first == second { return !(first.unicodeScalars.first?.properties.isUppercase ?? false) }
        guard caseless, first.lowercased() == second.lowercased() else { return false }
        return second == second.lowercased()
    }
}

extension RepetitionCheck: PolicyKindDefinition {
    static let kind = PolicyKind.repetition
    static let keys = ["patterns"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        return .repetition(patterns: r.texts("patterns", false))
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .repetition(let patterns) = parameters else { return nil }
        let words = patterns.isEmpty ? [PolicyText(RepetitionCheck.defaultWord, at: c.rule.location)] : patterns
        let valid = words.allSatisfy { c.compiler.compile($0) != nil }
        let pairs = valid ? c.compiler.compile(PolicyText(RepetitionCheck.pairPattern(words: words.map(\.text)),
                                                        at: words[0].location)) : nil
        return RepetitionCheck(pairs: pairs, caseless: c.caseless, usesDefaultWord: patterns.isEmpty)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        guard case .repetition(let patterns) = parameters else { return [] }
        return patterns.map(\.text)
    }
}
