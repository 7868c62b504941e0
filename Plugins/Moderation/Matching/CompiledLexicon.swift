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
    /// Entries that also match at the start of, or anywhere inside, a longer word.
    let prefixEntries: [LexiconEntry]
    let infixEntries: [LexiconEntry]
    /// Phrases (entries of several elements) by the words they can start with.
    let phrasesByFirstWord: [[UInt8]: [LexiconEntry]]
    let classes: [String: [[[UInt8]]]]
    /// Single words in which a listed term is innocent (`cocktail`), and phrases by first word.
    let exceptionWords: Set<[UInt8]>
    let exceptionPhrases: [[UInt8]: [[[UInt8]]]]
    /// English's function words, and the other languages in which some listed terms are ordinary words.
    let englishFunctionWords: Set<[UInt8]>
    let otherLanguages: [LanguageProfile]

    static let inflections: [[UInt8]] = ["s", "es", "z", "ed", "d", "ing", "in", "er", "ers", "y", "a", "as", "az"].map { Array($0.utf8) }
    static let shortInflections: [[UInt8]] = ["s", "es", "z"].map { Array($0.utf8) }

    /// Reads the word lists from their texts (file name without `.txt` → contents).
    init(files: [String: String]) throws {
        guard let classText = files["classes"] else { throw LexiconError(file: "classes.txt", line: 0, message: "missing") }
        classes = try LexiconFile.classes(classText, file: "classes.txt")
        var forms: [[UInt8]: LexiconEntry] = [:]
        var prefix: [LexiconEntry] = []
        var infix: [LexiconEntry] = []
        var phrases: [[UInt8]: [LexiconEntry]] = [:]
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
                    if entry.flags.contains(.infix) { infix.append(entry) } else if entry.flags.contains(.prefix) { prefix.append(entry) }
                } else {
                    // A phrase of plain words is also one word run together, as in a hashtag (#whitetrash).
                    let words = entry.elements.compactMap { element -> [UInt8]? in
                        if case .word(let spellings) = element, spellings.count == 1 { return spellings[0] }
                        return nil
                    }
                    if words.count == entry.elements.count, forms[words.flatMap { $0 }] == nil {
                        forms[words.flatMap { $0 }] = entry
                    }
                    for first in CompiledLexicon.firstWords(of: entry.elements, classes: classes) {
                        phrases[first, default: []].append(entry)
                    }
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
        phrasesByFirstWord = phrases
        var words = Set<[UInt8]>()
        var exceptionPhrases: [[UInt8]: [[[UInt8]]]] = [:]
        for phrase in LexiconFile.exceptions(files["exceptions"] ?? "") {
            if phrase.count == 1 { words.insert(phrase[0]) } else { exceptionPhrases[phrase[0], default: []].append(phrase) }
        }
        exceptionWords = words
        self.exceptionPhrases = exceptionPhrases
        let languages = try LexiconFile.languages(files["languages"] ?? "", file: "languages.txt")
        englishFunctionWords = languages.first { $0.code == "en" }?.functionWords ?? []
        otherLanguages = languages.filter { $0.code != "en" }
    }

    private static func firstWords(of elements: [PhraseElement], classes: [String: [[[UInt8]]]]) -> [[UInt8]] {
        switch elements[0] {
        case .word(let spellings): return spellings
        case .wordClass(let name): return (classes[name] ?? []).map { $0[0] }
        case .gap: return []
        }
    }

    /// The shipped word lists.
    static let shipped: Result<CompiledLexicon, Error> = Result { try CompiledLexicon(files: EmbeddedLexicon.files) }
}
