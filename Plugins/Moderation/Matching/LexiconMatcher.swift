import CopydeskText

/// Finds the listed words and phrases in a normalised text: single words (with their inflections,
/// elongations such as `fuuuuck`, masks such as `f*ck`, and the words some terms hide in), words
/// written in parts (`f.u.c.k`, `f u c k`, `#WhiteTrash`), and phrases over word classes; then
/// drops what overlaps an exception (`cocktail`, `Moby Dick`, `I will find you a seat`) and what a
/// longer match covers.
struct LexiconMatcher {
    let lexicon: CompiledLexicon
    /// Copy: words in capitals are names, tickers or acronyms (a Reuters headline, `MFS`), not
    /// shouting, when the term is short (four letters or fewer) or may be a name.
    var capitalsAreNames = false

    func matches(in normalized: TextNormalizer.Result) -> [LexiconMatch] {
        // Most texts hold no @mention: their tokens are used as they are, not copied.
        let hasMentions = normalized.tokens.contains { $0.kind == .mention }
        let mentions = hasMentions ? normalized.tokens.filter { $0.kind == .mention } : []
        let tokens = hasMentions ? normalized.tokens.filter { $0.kind != .mention } : normalized.tokens
        let spellings = tokens.map { TokenSpellings($0.letters) }
        // Every token's keys (spellings and stems), made once a phrase is tried.
        var keys: [[[UInt8]]] = []
        var found: [LexiconMatch] = []

        // @mentions are names, unless the whole handle is a listed word (`@ss`).
        for mention in mentions where !mention.hasMask {
            if let entry = lexicon.forms[[UInt8(ascii: "a")] + mention.letters], mention.range.lowerBound > 0 {
                found.append(LexiconMatch(category: entry.category, range: mention.range.lowerBound - 1..<mention.range.upperBound,
                                          severity: entry.severity, entry: entry.text, tokens: 0..<0))
            }
        }

        // Words written in parts: joined by punctuation or case changes, or spelled out letter by letter.
        var consumed = [Bool](repeating: false, count: tokens.count)
        var index = 0
        while index < tokens.count {
            var end = index + 1
            if tokens[index].joinsNext {
                while end < tokens.count, tokens[end - 1].joinsNext { end += 1 }
            } else if tokens[index].letters.count == 1 {
                while end < tokens.count, tokens[end - 1].closeToNext, tokens[end].letters.count == 1 { end += 1 }
                if end - index < 3 { end = index + 1 }
            }
            if end - index > 1 {
                let whole = tokens[index..<end].flatMap(\.letters)
                var combined = tokens[index]
                combined.letters = whole
                combined.range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
                if let entry = word(combined, spellings: TokenSpellings(whole), next: end < tokens.count ? tokens[end] : nil,
                                    joined: false) {
                    found.append(LexiconMatch(category: entry.category, range: combined.range, severity: entry.severity,
                                              entry: entry.text, tokens: index..<end))
                    for covered in index..<end { consumed[covered] = true }
                }
            }
            index = end
        }

        // Single words.
        for (index, token) in tokens.enumerated() where !consumed[index] {
            let joined = token.joinsNext || (index > 0 && tokens[index - 1].joinsNext)
            if let entry = word(token, spellings: spellings[index], next: index + 1 < tokens.count ? tokens[index + 1] : nil, joined: joined) {
                found.append(LexiconMatch(category: entry.category, range: token.range, severity: entry.severity,
                                          entry: entry.text, tokens: index..<index + 1))
            }
        }

        // Phrases, each tried once at a token, and only in a text holding a word that each of its
        // elements can start with.
        var starts: [(token: Int, phrases: [Int])] = []
        var present = [Bool](repeating: false, count: lexicon.phraseWords.count)
        for index in tokens.indices where !tokens[index].hasMask {
            spellings[index].forEachKey { key in
                guard lexicon.phraseWordStarts.mayContain(key), let word = lexicon.phraseWords[Array(key)] else { return }
                present[word.id] = true
                if !word.starts.isEmpty { starts.append((index, word.starts)) }
            }
        }
        if !starts.isEmpty {
            // 0: not yet known, 1: yes, 2: no.
            var groupHasWord = [UInt8](repeating: 0, count: lexicon.groupMembers.count)
            var possible = [UInt8](repeating: 0, count: lexicon.phrases.count)
            var tried: [Int] = []
            var triedAt = -1
            for (index, phrases) in starts {
                if index != triedAt { tried.removeAll(keepingCapacity: true); triedAt = index }
                for phraseIndex in phrases {
                    if possible[phraseIndex] == 0 {
                        possible[phraseIndex] = 1
                        for group in lexicon.phrases[phraseIndex].requirements {
                            if groupHasWord[group] == 0 {
                                groupHasWord[group] = lexicon.groupMembers[group].contains { present[$0] } ? 1 : 2
                            }
                            if groupHasWord[group] == 2 { possible[phraseIndex] = 2; break }
                        }
                    }
                    let phrase = lexicon.phrases[phraseIndex]
                    guard possible[phraseIndex] == 1, !tried.contains(phrase.identity) else { continue }
                    tried.append(phrase.identity)
                    let entry = phrase.entry
                    if keys.isEmpty { keys = spellings.map(LexiconMatcher.keys(of:)) }
                    guard let end = match(entry.elements, 0, index, start: index, tokens: tokens, keys: keys), end > index else { continue }
                    found.append(LexiconMatch(category: entry.category,
                                              range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound,
                                              severity: entry.severity, entry: entry.text, tokens: index..<end))
                }
            }
        }
        guard !found.isEmpty else { return [] }
        let exceptions = exceptionSpans(tokens: tokens)
        let words = RangeCover(exceptions.filter { !$0.isPhrase }.map(\.range))
        let phrases = RangeCover(exceptions.filter(\.isPhrase).map(\.range))
        found.removeAll { words.contains($0.range) || phrases.overlaps($0.range) }
        var languageCounts: [String: (own: Int, english: Int)] = [:]
        found.removeAll { isOrdinaryForeignWord($0, tokens: tokens, counts: &languageCounts) }
        return LexiconMatcher.outermost(found)
    }

    /// Whether a one-word match is an ordinary word of the language the text is written in ("negro"
    /// in Spanish, "hoe" in Dutch): the text holds at least two of that language's function words and
    /// more of them than of English's, or one stands next to the word and English's are no more.
    private func isOrdinaryForeignWord(_ match: LexiconMatch, tokens: [NormalizedToken],
                                       counts: inout [String: (own: Int, english: Int)]) -> Bool {
        guard match.tokens.count == 1 else { return false }
        let index = match.tokens.lowerBound
        let word = tokens[index].letters
        for language in lexicon.otherLanguages where language.innocentWords.contains(word) {
            // Counted once per text, so that a text full of such words stays linear.
            let count = counts[language.code] ?? tokens.reduce(into: (own: 0, english: 0)) { count, token in
                if language.functionWords.contains(token.letters) { count.own += 1 }
                if lexicon.englishFunctionWords.contains(token.letters) { count.english += 1 }
            }
            counts[language.code] = count
            let own = count.own - (language.functionWords.contains(word) ? 1 : 0)
            if own >= 2 && own > count.english { return true }
            let nextToFunctionWord = [index - 1, index + 1].contains { neighbour in
                tokens.indices.contains(neighbour) && language.functionWords.contains(tokens[neighbour].letters)
            }
            if nextToFunctionWord && own >= count.english { return true }
        }
        return false
    }

    /// Keeps the matches no other match covers (of equal spans, the first category's), each with the
    /// highest severity of what it covers.
    static func outermost(_ matches: [LexiconMatch]) -> [LexiconMatch] {
        let sorted = matches.sorted {
            ($0.range.lowerBound, -$0.range.upperBound, $0.category.rank, -$0.severity, $0.entry)
                < ($1.range.lowerBound, -$1.range.upperBound, $1.category.rank, -$1.severity, $1.entry)
        }
        var kept: [LexiconMatch] = []
        var maxUpper = Int.min
        for match in sorted {
            if match.range.upperBound > maxUpper {
                kept.append(match)
                maxUpper = match.range.upperBound
            } else if let container = kept.lastIndex(where: { $0.range.upperBound >= match.range.upperBound }) {
                kept[container].severity = max(kept[container].severity, match.severity)
            }
        }
        return kept
    }

    /// The single-word entry a token is, if any.
    private func word(_ token: NormalizedToken, spellings: TokenSpellings, next: NormalizedToken?, joined: Bool) -> LexiconEntry? {
        if token.letters.contains(UInt8(ascii: "#")) { return nil }
        var entry: LexiconEntry?
        if token.hasMask {
            entry = masked(token.letters)
        } else {
            spellings.forEachSpelling { variant in
                guard lexicon.formStarts.mayContain(variant[...]), let hit = lexicon.forms[variant] else { return false }
                entry = hit
                return true
            }
            if entry == nil, !lexicon.exceptionWordStarts.mayContain(token.letters[...]) || !lexicon.exceptionWords.contains(token.letters) {
                let variant = spellings.written
                // A capitalised word that merely begins with or contains a term is a name (Slutsky).
                if token.isCapitalized, !token.startsSentence, token.kind != .hashtag { return nil }
                if lexicon.prefixInitials.contains(variant[0]) {
                    entry = lexicon.prefixEntries.first { variant.count > $0.word.count && variant.starts(with: $0.word) }?.entry
                }
                if entry == nil {
                    entry = lexicon.infixEntries.first { variant.count > $0.word.count && LexiconMatcher.contains(variant, $0.word) }?.entry
                }
            }
        }
        guard let entry else { return nil }
        if entry.flags.contains(.lower), token.isCapitalized { return nil }
        if entry.flags.contains(.alone), joined { return nil }
        if capitalsAreNames, token.isAllCapitals,
           token.letters.count <= 4 || !entry.flags.isDisjoint(with: [.name, .lower]) { return nil }
        if entry.flags.contains(.name), token.isCapitalized, !token.startsSentence || next?.isCapitalized == true { return nil }
        return entry
    }

    /// A masked word (`f*ck`, `f***ing`, `n****r`): the first listed form its letters fit, a mask
    /// standing for one letter (or, failing that, for none to two). At least two letters must be
    /// written besides the first.
    private func masked(_ letters: [UInt8]) -> LexiconEntry? {
        let mask = UInt8(ascii: "*")
        let masks = letters.filter { $0 == mask }.count
        // Beyond four masks a word is a pattern of stars, not a masked word (and fitting is exponential in masks).
        guard letters[0] != mask, letters.count - masks >= 2, masks <= 4, letters.count <= 24,
              let candidates = lexicon.formsByInitial[letters[0]] else { return nil }
        for candidate in candidates where candidate.count == letters.count {
            if zip(candidate, letters).allSatisfy({ $1 == mask || $0 == $1 }) { return lexicon.forms[candidate] }
        }
        for candidate in candidates where LexiconMatcher.fits(letters[...], candidate[...]) {
            return lexicon.forms[candidate]
        }
        return nil
    }

    /// Whether a masked pattern fits a word, each mask standing for zero to two letters.
    static func fits(_ pattern: ArraySlice<UInt8>, _ word: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return word.isEmpty }
        if first == UInt8(ascii: "*") {
            for take in 0...2 where take <= word.count {
                if fits(pattern.dropFirst(), word.dropFirst(take)) { return true }
            }
            return false
        }
        guard word.first == first else { return false }
        return fits(pattern.dropFirst(), word.dropFirst())
    }

    /// Matches phrase elements from `element` at token `index`; the end token index on success.
    private func match(_ elements: [PhraseElement], _ element: Int, _ index: Int, start: Int,
                       tokens: [NormalizedToken], keys: [[[UInt8]]]) -> Int? {
        if element == elements.count { return index }
        func usable(_ position: Int) -> Bool {
            position < tokens.count && (position == start || !tokens[position].startsSentence) && !tokens[position].hasMask
        }
        switch elements[element] {
        case .word(let spellings):
            guard usable(index), keys[index].contains(where: { spellings.contains($0) }) else { return nil }
            return match(elements, element + 1, index + 1, start: start, tokens: tokens, keys: keys)
        case .wordClass(let name):
            for member in lexicon.classes[name] ?? [] {
                var position = index
                var fitted = true
                for word in member {
                    guard usable(position), keys[position].contains(word) else { fitted = false; break }
                    position += 1
                }
                if fitted, let end = match(elements, element + 1, position, start: start, tokens: tokens, keys: keys) {
                    return end
                }
            }
            return nil
        case .gap:
            for skip in 0...3 {
                if skip > 0, !usable(index + skip - 1) { break }
                if let end = match(elements, element + 1, index + skip, start: start, tokens: tokens, keys: keys) { return end }
            }
            return nil
        }
    }

    /// Where the exceptions lie in the text. A word (`cockroaches`) excuses what lies inside it; a
    /// phrase (`I will find you a`) whatever it overlaps. Both are matched as written (`great tit`
    /// is a bird, `great tits` is not).
    private func exceptionSpans(tokens: [NormalizedToken]) -> [(range: Range<Int>, isPhrase: Bool)] {
        var spans: [(range: Range<Int>, isPhrase: Bool)] = []
        for (index, token) in tokens.enumerated() {
            if lexicon.exceptionWords.contains(token.letters) { spans.append((token.range, false)) }
            for phrase in lexicon.exceptionPhrases[token.letters] ?? [] where index + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[index + $0].letters == phrase[$0] }) {
                    spans.append((token.range.lowerBound..<tokens[index + phrase.count - 1].range.upperBound, true))
                }
            }
        }
        return spans
    }

    /// A word's keys to look up: its spellings (`TokenSpellings`), then each spelling without an
    /// inflection (for phrases).
    static func keys(of spellings: TokenSpellings) -> [[UInt8]] {
        var keys = spellings.all
        spellings.forEachStem { keys.append(Array($0)) }
        return keys
    }

    /// Whether a letter is repeated three or more times in a row.
    static func hasLongRun(_ letters: [UInt8]) -> Bool {
        var run = 1
        for index in letters.indices.dropFirst() {
            run = letters[index] == letters[index - 1] ? run + 1 : 1
            if run >= 3 { return true }
        }
        return false
    }

    static func squeezed(_ letters: [UInt8], keep: Int) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < letters.count {
            var end = index
            while end < letters.count, letters[end] == letters[index] { end += 1 }
            let count = end - index
            result.append(contentsOf: repeatElement(letters[index], count: count >= 3 ? keep : count))
            index = end
        }
        return result
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

/// A word's spellings: as written, then, when a letter is repeated three or more times, with such
/// runs cut to two and to one (`fuuuuck`). Most words have only the first, kept without a copy.
struct TokenSpellings {
    let written: [UInt8]
    private let squeezed: (two: [UInt8], one: [UInt8])?

    init(_ letters: [UInt8]) {
        written = letters
        squeezed = LexiconMatcher.hasLongRun(letters)
            ? (LexiconMatcher.squeezed(letters, keep: 2), LexiconMatcher.squeezed(letters, keep: 1)) : nil
    }

    /// The spellings, in order.
    var all: [[UInt8]] { squeezed.map { [written, $0.two, $0.one] } ?? [written] }

    /// Hands each spelling to `body`, in order, until it returns true.
    func forEachSpelling(_ body: ([UInt8]) -> Bool) {
        if body(written) { return }
        guard let squeezed, !body(squeezed.two) else { return }
        _ = body(squeezed.one)
    }

    /// Each spelling without an inflection, spelling by spelling and inflection by inflection.
    func forEachStem(_ body: (ArraySlice<UInt8>) -> Void) {
        func stems(of key: [UInt8]) {
            guard let last = key.last, key.count >= 4 else { return }
            for suffix in CompiledLexicon.inflections where suffix[suffix.count - 1] == last && key.count >= suffix.count + 3 {
                var matches = true
                for k in 0..<suffix.count - 1 where key[key.count - suffix.count + k] != suffix[k] { matches = false; break }
                if matches { body(key[..<(key.count - suffix.count)]) }
            }
        }
        stems(of: written)
        if let squeezed {
            stems(of: squeezed.two)
            stems(of: squeezed.one)
        }
    }

    /// The spellings, then the stems.
    func forEachKey(_ body: (ArraySlice<UInt8>) -> Void) {
        body(written[...])
        if let squeezed {
            body(squeezed.two[...])
            body(squeezed.one[...])
        }
        forEachStem(body)
    }
}
