import CopydeskCore

/// Checks that each title or heading follows a capitalization style. Words covered by an exception
/// (names, brands) are left alone; all-capital words count as acronyms in sentence and title style.
struct CapitalizationCheck: RuleCheck {
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "vs.", "v", "from", "into", "with", "over", "onto",
    ]

    let style: CapitalizationStyle
    let exceptions: Pattern?

    var requiredLiterals: Set<String>? { nil }
    var placeholders: Set<String> { ["style", "words"] }

    private struct Word {
        var range: Range<Int>
        var text: String
        var followsBreak: Bool
    }

    func hits(_ input: CheckInput) throws -> [Hit] {
        var hits: [Hit] = []
        for range in input.ranges {
            var exempt: [Range<Int>] = []
            if let exceptions { try input.forEachMatch(of: exceptions, in: range) { exempt.append($0.range); return true } }
            let words = self.words(input, range)
            var fixed: [(Range<Int>, String)] = []
            for (index, word) in words.enumerated() where !exempt.contains(where: { $0.overlaps(word.range) }) {
                if let replacement = correction(word, index: index, count: words.count) {
                    fixed.append((word.range, replacement))
                }
            }
            guard !fixed.isEmpty else { continue }
            var corrected = ""
            var cursor = range.lowerBound
            for (wordRange, replacement) in fixed {
                corrected += input.text(cursor..<wordRange.lowerBound) + replacement
                cursor = wordRange.upperBound
            }
            corrected += input.text(cursor..<range.upperBound)
            let offending = fixed.map { input.text($0.0) }.joined(separator: ", ")
            hits.append(Hit(range: range, values: ["style": style.rawValue, "words": offending],
                            fixes: [.replace(range, with: corrected, description: "Use \(style.rawValue) case")]))
        }
        return hits
    }

    private func words(_ input: CheckInput, _ range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var followsBreak = true
        func close(_ end: Int) {
            guard let s = start else { return }
            let text = input.text(s..<end)
            if text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                words.append(Word(range: s..<end, text: text, followsBreak: followsBreak))
                followsBreak = false
            }
            if let last = text.unicodeScalars.last, ":?!.—–".unicodeScalars.contains(last) { followsBreak = true }
            start = nil
        }
        for offset in range {
            let byte = input.bytes[offset]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                close(offset)
            } else if start == nil {
                start = offset
            }
        }
        close(range.upperBound)
        return words
    }

    /// The word rewritten in the style, or nil when it already follows it.
    private func correction(_ word: Word, index: Int, count: Int) -> String? {
        let text = word.text
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let firstLetter = letters.first else { return nil }
        let isAcronym = letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
        switch style {
        case .lower:
            return text.lowercased() == text ? nil : text.lowercased()
        case .upper:
            return text.uppercased() == text ? nil : text.uppercased()
        case .sentence:
            if word.followsBreak {
                return firstLetter.properties.isLowercase ? capitalized(text) : nil
            }
            if isAcronym || !firstLetter.properties.isUppercase { return nil }
            return lowercasedInitial(text)
        case .title:
            if isAcronym { return nil }
            let bare = String(String.UnicodeScalarView(text.unicodeScalars.filter {
                $0.properties.isAlphabetic || $0 == "."
            })).lowercased()
            let edge = index == 0 || index == count - 1 || word.followsBreak
            if CapitalizationCheck.minorWords.contains(bare) && !edge {
                return firstLetter.properties.isUppercase ? lowercasedInitial(text) : nil
            }
            return firstLetter.properties.isLowercase ? capitalized(text) : nil
        }
    }

    private func capitalized(_ text: String) -> String {
        guard let index = text.firstIndex(where: { $0.isLetter }) else { return text }
        return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
    }

    private func lowercasedInitial(_ text: String) -> String {
        guard let index = text.firstIndex(where: { $0.isLetter }) else { return text }
        return text[..<index] + text[index].lowercased() + text[text.index(after: index)...]
    }
}

extension CapitalizationCheck: PolicyKindDefinition {
    static let kind = PolicyKind.capitalization
    static let keys = ["style"]

    static func read(_ r: PolicyParameterReader) -> PolicyParameters? {
        guard let styleNode = r.values["style"] else {
            r.log.error(r.node.location, "`capitalization` rule `\(r.ruleID)` needs `style`")
            return nil
        }
        guard let style = styleNode.choice(r.log, what: "style", among: CapitalizationStyle.allCases.map(\.rawValue))
        else { return nil }
        return .capitalization(style: CapitalizationStyle(rawValue: style)!)
    }

    static func compile(_ parameters: PolicyParameters, _ c: KindCompilation) -> (any RuleCheck)? {
        guard case .capitalization(let style) = parameters else { return nil }
        return CapitalizationCheck(style: style, exceptions: c.exceptions)
    }

    static func patternTexts(of parameters: PolicyParameters) -> [String] {
        []
    }
}
