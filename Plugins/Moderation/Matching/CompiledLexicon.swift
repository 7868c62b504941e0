import Foundation

/// The word lists of every category compiled for matching: single words with their inflected
/// forms, words that also match inside longer words, phrases indexed by their first word, and the
/// exceptions.
final class CompiledLexicon: Sendable {
    /// A single-word entry's forms (the word and its inflections) to the entry.
    let forms: [[UInt8]: LexiconEntry]
    /// The forms by first letter, for masked words (`f*ck`): profanity first, then the other
    /// categories, each in list order, so that the commonest reading of `f***ing` wins.
    let formsByInitial: [UInt8: [[UInt8]]]
    /// Entries that also match at the start of, or anywhere inside, a longer word, with that word.
    let prefixEntries: [(word: [UInt8], entry: LexiconEntry)]
    let infixEntries: [(word: [UInt8], entry: LexiconEntry)]
    /// The first letters of the prefix entries' words: a word starting otherwise begins with none.
    let prefixInitials: Set<UInt8>
    /// Phrases: entries of several elements, in list order.
    let phrases: [CompiledPhrase]
    /// Every word a phrase element can start with (a spelling, or a class member's first word).
    let phraseWords: [[UInt8]: PhraseWord]
    /// The groups `CompiledPhrase.requirements` refers to: `groupMembers[g]` lists the
    /// `PhraseWord.id`s of group g.
    let groupMembers: [[Int]]
    let classes: [String: [[[UInt8]]]]
    /// Single words in which a listed term is innocent (`cocktail`), and phrases by first word.
    let exceptionWords: Set<[UInt8]>
    let exceptionPhrases: [[UInt8]: [[[UInt8]]]]
    /// English's function words, and the other languages in which some listed terms are ordinary words.
    let englishFunctionWords: Set<[UInt8]>
    let otherLanguages: [LanguageProfile]
    /// Filters of the forms, the exception words and the phrase words: most words of a text are in
    /// none of them, and the filter says so without a hashed look-up.
    let formStarts: WordStarts
    let exceptionWordStarts: WordStarts
    let phraseWordStarts: WordStarts

    static let inflections: [[UInt8]] = ["s", "es", "z", "ed", "d", "ing", "in", "er", "ers", "y", "a", "as", "az"].map { Array($0.utf8) }
    static let shortInflections: [[UInt8]] = ["s", "es", "z"].map { Array($0.utf8) }

    /// Reads the word lists from their texts (file name without `.txt` → contents).
    init(files: [String: String]) throws {
        guard let classText = files["classes"] else { throw LexiconError(file: "classes.txt", line: 0, message: "missing") }
        classes = try LexiconFile.classes(classText, file: "classes.txt")
        var forms: [[UInt8]: LexiconEntry] = [:]
        var prefix: [(word: [UInt8], entry: LexiconEntry)] = []
        var infix: [(word: [UInt8], entry: LexiconEntry)] = []
        var phraseEntries: [LexiconEntry] = []
        var maskOrder: [(rank: Int, form: [UInt8])] = []
        for category in ModerationCategory.allCases {
            let name = category.fileName
            guard let text = files[name] else { throw LexiconError(file: name + ".txt", line: 0, message: "missing") }
            for entry in try LexiconFile.entries(text, category: category, file: name + ".txt") {
                for element in entry.elements {
                    if case .wordClass(let name) = element, classes[name] == nil {
                        throw LexiconError(file: category.fileName + ".txt", line: entry.line, message: "unknown class {\(name)}")
                    }
                }
                if let word = entry.singleWord {
                    var spellings = [word]
                    if !entry.flags.contains(.exact) {
                        let suffixes = word.count >= 4 ? CompiledLexicon.inflections : CompiledLexicon.shortInflections
                        spellings += suffixes.map { word + $0 }
                        if word.count >= 4, word.last == UInt8(ascii: "e") { spellings += [word.dropLast() + Array("ing".utf8), word.dropLast() + Array("in".utf8)] }
                        if word.last == UInt8(ascii: "y") { spellings.append(word.dropLast() + Array("ies".utf8)) }
                    }
                    for spelling in spellings where forms[spelling] == nil || spelling == word {
                        forms[spelling] = entry
                        maskOrder.append((category == .profanity ? 0 : category == .sexual ? 1 : 2, spelling))
                    }
                    if entry.flags.contains(.infix) { infix.append((word, entry)) } else if entry.flags.contains(.prefix) { prefix.append((word, entry)) }
                } else {
                    // A phrase of plain words is also one word run together, as in a hashtag (#whitetrash).
                    let words = entry.elements.compactMap { element -> [UInt8]? in
                        if case .word(let spellings) = element, spellings.count == 1 { return spellings[0] }
                        return nil
                    }
                    if words.count == entry.elements.count, forms[words.flatMap { $0 }] == nil {
                        forms[words.flatMap { $0 }] = entry
                    }
                    phraseEntries.append(entry)
                }
            }
        }
        self.forms = forms
        var byInitial: [UInt8: [[UInt8]]] = [:]
        for rank in 0...2 {
            for item in maskOrder where item.rank == rank { byInitial[item.form[0], default: []].append(item.form) }
        }
        formsByInitial = byInitial
        prefixEntries = prefix
        infixEntries = infix
        prefixInitials = Set(prefix.map { $0.word[0] })
        let index = CompiledLexicon.index(phrases: phraseEntries, classes: classes)
        phrases = index.0
        phraseWords = index.1
        groupMembers = index.2
        var words = Set<[UInt8]>()
        var exceptionPhrases: [[UInt8]: [[[UInt8]]]] = [:]
        for phrase in LexiconFile.exceptions(files["exceptions"] ?? "") {
            if phrase.count == 1 { words.insert(phrase[0]) } else { exceptionPhrases[phrase[0], default: []].append(phrase) }
        }
        exceptionWords = words
        self.exceptionPhrases = exceptionPhrases
        let languages = try LexiconFile.languages(files["languages"] ?? "", file: "languages.txt")
        englishFunctionWords = languages.first { $0.code == "en" }?.functionWords ?? []
        formStarts = WordStarts(forms.keys)
        exceptionWordStarts = WordStarts(words)
        phraseWordStarts = WordStarts(phraseWords.keys)
        otherLanguages = languages.filter { $0.code != "en" }
    }

    /// Numbers the words phrase elements start with, groups each element's possible first words
    /// (one group per class, one per word element's spellings) and lists each phrase under the
    /// words it can start with.
    private static func index(phrases entries: [LexiconEntry], classes: [String: [[[UInt8]]]])
        -> ([CompiledPhrase], [[UInt8]: PhraseWord], [[Int]]) {
        var words: [[UInt8]: PhraseWord] = [:]
        func id(_ word: [UInt8]) -> Int {
            if let known = words[word] { return known.id }
            words[word] = PhraseWord(id: words.count, starts: [])
            return words.count - 1
        }
        var groups: [[Int]] = []
        var groupOfClass: [String: Int] = [:]
        var groupOfSpellings: [[[UInt8]]: Int] = [:]
        func group(_ element: PhraseElement) -> Int? {
            switch element {
            case .gap: return nil
            case .wordClass(let name):
                if let known = groupOfClass[name] { return known }
                groups.append((classes[name] ?? []).map { id($0[0]) })
                groupOfClass[name] = groups.count - 1
                return groups.count - 1
            case .word(let spellings):
                if let known = groupOfSpellings[spellings] { return known }
                groups.append(spellings.map(id))
                groupOfSpellings[spellings] = groups.count - 1
                return groups.count - 1
            }
        }
        var identities: [String: Int] = [:]
        var phrases: [CompiledPhrase] = []
        for (index, entry) in entries.enumerated() {
            let identity = identities[entry.text + "\u{1F}" + entry.category.rawValue, default: identities.count]
            identities[entry.text + "\u{1F}" + entry.category.rawValue] = identity
            phrases.append(CompiledPhrase(entry: entry, identity: identity, requirements: entry.elements.compactMap(group)))
            let firstWords: [[UInt8]]
            switch entry.elements[0] {
            case .word(let spellings): firstWords = spellings
            case .wordClass(let name): firstWords = (classes[name] ?? []).map { $0[0] }
            case .gap: firstWords = []
            }
            for word in firstWords {
                _ = id(word)
                words[word]?.starts.append(index)
            }
        }
        return (phrases, words, groups)
    }

    /// The shipped word lists.
    static let shipped: Result<CompiledLexicon, Error> = Result { try CompiledLexicon(files: EmbeddedLexicon.files) }
}

/// A listed phrase as the matcher tries it.
struct CompiledPhrase: Sendable {
    let entry: LexiconEntry
    /// The same number for entries of the same text and category: one of them is tried at a token.
    let identity: Int
    /// For each element but gaps, the group of words one of which it must start with: a text in
    /// which some group has no word cannot hold the phrase.
    let requirements: [Int]
}

/// A word that phrase elements start with.
struct PhraseWord: Sendable {
    /// The word's number in `CompiledLexicon.groupMembers`.
    let id: Int
    /// The phrases (`CompiledLexicon.phrases` indices) that can start with it, in list order, a
    /// phrase once for each class member that starts with the word.
    var starts: [Int]
}

/// A one-hash Bloom filter over a set of words, keyed by each word's first two letters, last letter
/// and length: a word whose key is not set is not in the set (the sets are a few thousand words, so
/// about one key in fifty is set).
struct WordStarts: Sendable {
    private var seen = [Bool](repeating: false, count: 1 << 16)

    init<Words: Sequence>(_ words: Words) where Words.Element == [UInt8] {
        for word in words { seen[WordStarts.slot(word[...])] = true }
    }

    /// False when `word` is certainly not one of the words.
    func mayContain(_ word: ArraySlice<UInt8>) -> Bool { seen[WordStarts.slot(word)] }

    private static func slot(_ word: ArraySlice<UInt8>) -> Int {
        guard let first = word.first, let last = word.last else { return 0 }
        let second = word.count > 1 ? Int(word[word.startIndex + 1]) : 0
        let key = UInt32(truncatingIfNeeded: Int(first) << 24 | second << 16 | Int(last) << 8 | min(word.count, 255))
        return Int((key &* 0x9E37_79B1) >> 16)
    }
}
