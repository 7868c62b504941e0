import CopydeskText

/// A personal name as the text gives it in full ("Ines Halvorsen"), and where.
struct FullNameMention {
    var range: Range<Int>
    var name: String
}

/// Resolves each source to the person or body it names: a pronoun to the last named source before
/// it, a surname to the full name the text introduces.
struct SpeakerResolver {
    let text: ScalarText
    let paragraphs: [TokenizedParagraph]

    /// Full-name mentions by lowercased surname, in text order. A short quotation between two names
    /// is a nickname inside one name (John “Bud” Frazier); a longer one is speech between two names.
    var fullNames: [String: [FullNameMention]] {
        var result: [String: [FullNameMention]] = [:]
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            var i = 0
            while i < tokens.count {
                guard Self.isNameWord(tokens[i]) else { i += 1; continue }
                var j = i
                while j < tokens.count, Self.isNameWord(tokens[j]) || (j > i && Self.isNameParticle(tokens, j))
                        || (j > i && tokens[j].isQuote && tokens[j].range.count <= 24 && j + 1 < tokens.count
                            && Self.isNameWord(tokens[j + 1])) {
                    j += 1
                }
                var start = i
                while start < j, tokens[start].belongs(to: .honorifics) || tokens[start].belongs(to: .determiners) {
                    start += 1
                }
                if tokens[start..<j].lazy.filter(\.isWord).count >= 2 {
                    let surname = Self.surnameKey(of: tokens[j - 1])
                    let range = tokens[start].range.lowerBound..<tokens[j - 1].range.upperBound
                    result[surname, default: []].append(FullNameMention(range: range, name: text.string(range)))
                }
                i = j
            }
        }
        return result
    }

    /// Role mentions ("the governor", "The coach"), which a pronoun may refer back to.
    var roleMentions: [FullNameMention] {
        var result: [FullNameMention] = []
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for i in tokens.indices.dropFirst() where Self.isArticle(tokens[i - 1].lower) {
                let token = tokens[i]
                guard token.isWord, token.belongs(to: .roles), i + 1 >= tokens.count || !tokens[i + 1].isCapitalized else { continue }
                let range = tokens[i - 1].range.lowerBound..<token.range.upperBound
                result.append(FullNameMention(range: range, name: text.string(range)))
            }
        }
        return result
    }

    /// The resolved source of each attribution.
    func resolve(_ attributions: [Attribution?], fullNames names: [String: [FullNameMention]]) -> [String?] {
        // Gathered for the first pronoun: most texts have none to resolve.
        lazy var antecedents = (Array(names.values.joined()) + roleMentions).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var lastNamed: FullNameMention?
        var result = [String?](repeating: nil, count: attributions.count)
        for (i, attribution) in attributions.enumerated() {
            guard let attribution else { continue }
            let words = attribution.speaker.split(separator: " ").map(String.init)
            if words.count == 1, WordClasses.personalPronouns.contains(words[0].lowercased()) {
                // The nearest named source or person mentioned before the pronoun.
                let position = attribution.speakerRange.lowerBound
                let mention = Self.lastEnding(in: antecedents, atOrBefore: position)
                let nearest = [lastNamed, mention].compactMap { $0 }.filter { $0.range.upperBound <= position }
                    .max { $0.range.lowerBound < $1.range.lowerBound }
                result[i] = nearest.map { Self.resolveName($0.name, names: names, before: $0.range.lowerBound) } ?? attribution.speaker
                continue
            }
            let resolved = Self.resolveName(attribution.speaker, names: names, before: attribution.speakerRange.lowerBound)
            result[i] = resolved
            if words.contains(where: { $0.first?.isUppercase == true }) {
                lastNamed = FullNameMention(range: attribution.speakerRange, name: resolved)
            }
        }
        return result
    }

    /// The full name for a source written with a surname ("Halvorsen", "Mr. Obama"), or the source itself.
    static func resolveName(_ speaker: String, names: [String: [FullNameMention]], before position: Int) -> String {
        let words = speaker.split(separator: " ").map(String.init)
        let nameWords = words.filter { !WordClasses.honorifics.contains($0.lowercased()) }
        guard nameWords.count == 1, let surname = nameWords.first, surname.first?.isUppercase == true else { return speaker }
        let mentions = names[surnameKey(surname)] ?? []
        // Mentions are in text order: the last one starting before the source, by binary search.
        let before = startingBefore(position, in: mentions)
        if let earlier = before > 0 ? mentions[before - 1] : mentions.first {
            return earlier.name
        }
        return speaker
    }

    /// How many of `mentions` (in order of their starts) start before `position`.
    static func startingBefore(_ position: Int, in mentions: [FullNameMention]) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.lowerBound < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The last of `mentions` (in order of their starts) that ends at or before `position`: found
    /// from the last one starting before it, stepping back over the few that reach past it (a
    /// scan from the end for each pronoun is quadratic in a long text).
    static func lastEnding(in mentions: [FullNameMention], atOrBefore position: Int) -> FullNameMention? {
        var i = startingBefore(position, in: mentions)
        while i > 0 {
            i -= 1
            if mentions[i].range.upperBound <= position { return mentions[i] }
        }
        return nil
    }

    static func surnameKey(_ word: String, keepingCase: Bool = false) -> String {
        var key = keepingCase ? word : word.lowercased()
        if endsWithPossessiveS(key) { key.removeLast(2) }
        return key
    }

    /// The surname key of a word token: its lowercased form read off the token, not lowercased again.
    static func surnameKey(of token: Token) -> String {
        var key = token.lower
        if endsWithPossessiveS(key) { key.removeLast(2) }
        return key
    }

    /// Whether a word ends in "’s" or "'s". A word whose last byte is not "s" cannot (the test most
    /// words fail, answered before the Unicode-aware comparison).
    static func endsWithPossessiveS(_ word: String) -> Bool {
        word.utf8.last == 0x73 && (word.hasSuffix("’s") || word.hasSuffix("'s"))
    }

    private static func isArticle(_ word: String) -> Bool { word == "the" || word == "a" || word == "an" }

    static func isNameWord(_ token: Token) -> Bool {
        guard token.isCapitalized else { return false }
        // Acronyms (NATO, U.S.) are not personal names; initials (T., W.A.) are part of one. A word
        // token's scalars are those of its range.
        if token.range.count > 1 && token.text.unicodeScalars.allSatisfy({ !CharacterClass.isLowercase($0) }) {
            return isInitials(token.text)
        }
        return true
    }

    /// One or more capital initials, each with its period: "T.", "W.A.".
    static func isInitials(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.count % 2 == 0, scalars.count <= 6 else { return false }
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy { CharacterClass.isUppercase(scalars[$0]) && scalars[$0 + 1] == "." }
    }

    private static let nameParticles: Set<String> = [
        "de", "van", "von", "da", "del", "di", "la", "le", "bin", "al", "el", "ibn", "arap", "dos", "das", "du", "ter", "ten", "der",
    ]

    private static func isNameParticle(_ tokens: [Token], _ j: Int) -> Bool {
        j + 1 < tokens.count && tokens[j + 1].isCapitalized && nameParticles.contains(tokens[j].lower)
    }
}
