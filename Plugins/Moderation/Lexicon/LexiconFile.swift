import Foundation

/// The categories the plugin reports, each a rule `moderation/<category>`, in the order a span
/// found by two of them is given to the first.
public enum ModerationCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case threat, hate, slur, sexual, harassment, profanity, spam

    var rank: Int { ModerationCategory.allCases.firstIndex(of: self)! }
    public static func < (lhs: ModerationCategory, rhs: ModerationCategory) -> Bool { lhs.rank < rhs.rank }

    /// The word list that holds the category's terms.
    var fileName: String {
        switch self {
        case .slur: return "slurs"
        default: return rawValue
        }
    }
}

/// One element of a listed phrase.
enum PhraseElement: Sendable, Hashable {
    /// One word, in one of several spellings (`a|an`).
    case word([[UInt8]])
    /// A word class of classes.txt (`{group}`), whose members may be several words long.
    case wordClass(String)
    /// Up to three words of anything (`...`).
    case gap
}

/// How a single listed word may match.
struct EntryFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// Also at the start of a longer word (`fuck` in `fuckface`).
    static let prefix = EntryFlags(rawValue: 1)
    /// Anywhere inside a word (`fuck` in `motherfucker`).
    static let infix = EntryFlags(rawValue: 2)
    /// Only as written: no inflected forms.
    static let exact = EntryFlags(rawValue: 4)
    /// Not when capitalised like a name.
    static let name = EntryFlags(rawValue: 8)
    /// Not when capitalised at all (other than in all capitals).
    static let lower = EntryFlags(rawValue: 16)
    /// Not when joined to the words around it by punctuation (`bedroom-cum-office`).
    static let alone = EntryFlags(rawValue: 32)
}

/// One line of a word list: a word or phrase, its category and severity.
struct LexiconEntry: Sendable, Hashable {
    var category: ModerationCategory
    var text: String
    var elements: [PhraseElement]
    var severity: Double
    var flags: EntryFlags
    /// The line it was read from, for messages about the list itself.
    var line: Int

    /// The single word of a one-word entry without classes.
    var singleWord: [UInt8]? {
        guard elements.count == 1, case .word(let spellings) = elements[0], spellings.count == 1 else { return nil }
        return spellings[0]
    }
}

/// An error in a shipped or configured word list.
struct LexiconError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "moderation word list \(file), line \(line): \(message)" }
}

/// A language a comment may be written in: its commonest function words, and the listed terms that
/// are ordinary words in it ("negro" in Spanish).
struct LanguageProfile: Sendable {
    var code: String
    var functionWords: Set<[UInt8]>
    var innocentWords: Set<[UInt8]>
}

extension Substring {
    /// Without the tabs and space separators (Unicode Zs) at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without bridging through NSString (which
    /// cost several milliseconds of every start).
    var trimmedOfSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

/// Reads the word-list format of `Lexicon/Data` (described at the top of profanity.txt).
enum LexiconFile {
    /// Lower-case ASCII letters of a written term, dropping apostrophes, as the normaliser reads text.
    static func normalise(_ word: Substring) -> [UInt8] {
        word.unicodeScalars.compactMap { scalar -> UInt8? in
            guard scalar.isASCII else { return nil }
            let byte = UInt8(scalar.value)
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
            default: return nil
            }
        }
    }

    /// The meaningful lines of a file, with their line numbers: comments and blank lines left out.
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, raw in
            let line = raw.trimmedOfSpaces
            return line.isEmpty || line.hasPrefix("#") ? nil : (index + 1, line[...])
        }
    }

    /// Parses a category's list.
    static func entries(_ text: String, category: ModerationCategory, file: String) throws -> [LexiconEntry] {
        var severity = 0.5
        var entries: [LexiconEntry] = []
        for (number, line) in lines(text) {
            if line.hasPrefix("@severity") {
                guard let value = Double(line.dropFirst("@severity".count).trimmedOfSpaces),
                      (0...1).contains(value) else { throw LexiconError(file: file, line: number, message: "expected `@severity` and a number from 0 to 1") }
                severity = value
                continue
            }
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmedOfSpaces }
            var entrySeverity = severity
            if fields.count > 1, !fields[1].isEmpty {
                guard let value = Double(fields[1]), (0...1).contains(value) else {
                    throw LexiconError(file: file, line: number, message: "severity `\(fields[1])` is not a number from 0 to 1")
                }
                entrySeverity = value
            }
            var flags: EntryFlags = []
            if fields.count > 2 {
                for flag in fields[2].split(separator: " ") {
                    switch flag {
                    case "prefix": flags.insert(.prefix)
                    case "infix": flags.insert(.infix)
                    case "exact": flags.insert(.exact)
                    case "name": flags.insert(.name)
                    case "lower": flags.insert(.lower)
                    case "alone": flags.insert(.alone)
                    default: throw LexiconError(file: file, line: number, message: "unknown flag `\(flag)`")
                    }
                }
            }
            let elements = try phrase(fields[0], file: file, line: number)
            entries.append(LexiconEntry(category: category, text: fields[0], elements: elements, severity: entrySeverity,
                                        flags: flags, line: number))
        }
        return entries
    }

    /// The elements of a written phrase: words, `a|b` alternatives, `{class}` and `...`.
    static func phrase(_ text: String, file: String, line: Int) throws -> [PhraseElement] {
        let elements: [PhraseElement] = try text.split(separator: " ").map { word in
            if word == "..." { return .gap }
            if word.hasPrefix("{"), word.hasSuffix("}") { return .wordClass(String(word.dropFirst().dropLast())) }
            let spellings = word.split(separator: "|").map(normalise)
            guard spellings.allSatisfy({ !$0.isEmpty }) else {
                throw LexiconError(file: file, line: line, message: "`\(word)` has no letters")
            }
            return .word(spellings)
        }
        guard let first = elements.first, first != .gap, elements.last != .gap else {
            throw LexiconError(file: file, line: line, message: "a phrase cannot start or end with `...`")
        }
        return elements
    }

    /// Parses classes.txt: `{name} = member, member …`.
    static func classes(_ text: String, file: String) throws -> [String: [[[UInt8]]]] {
        var classes: [String: [[[UInt8]]]] = [:]
        for (number, line) in lines(text) {
            let parts = line.split(separator: "=", maxSplits: 1)
            let name = parts.first?.trimmedOfSpaces ?? ""
            guard parts.count == 2, name.hasPrefix("{"), name.hasSuffix("}") else {
                throw LexiconError(file: file, line: number, message: "expected `{name} = member, member …`")
            }
            classes[String(name.dropFirst().dropLast())] = parts[1].split(separator: ",").map { member in
                member.split(separator: " ").map(normalise).filter { !$0.isEmpty }
            }.filter { !$0.isEmpty }
        }
        return classes
    }

    /// Parses languages.txt: `@language code` blocks of `function = …` and `innocent = …` lines.
    static func languages(_ text: String, file: String) throws -> [LanguageProfile] {
        var languages: [LanguageProfile] = []
        for (number, line) in lines(text) {
            if line.hasPrefix("@language") {
                let code = line.dropFirst("@language".count).trimmedOfSpaces
                guard !code.isEmpty else { throw LexiconError(file: file, line: number, message: "expected `@language` and a code") }
                languages.append(LanguageProfile(code: code, functionWords: [], innocentWords: []))
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1)
            let key = parts.first?.trimmedOfSpaces ?? ""
            guard parts.count == 2, !languages.isEmpty, key == "function" || key == "innocent" else {
                throw LexiconError(file: file, line: number, message: "expected `@language code`, `function = word, …` or `innocent = word, …`")
            }
            let words = Set(parts[1].split(separator: ",").map { normalise($0) }.filter { !$0.isEmpty })
            if key == "function" { languages[languages.count - 1].functionWords.formUnion(words) }
            else { languages[languages.count - 1].innocentWords.formUnion(words) }
        }
        return languages
    }

    /// Parses exceptions.txt: one word or phrase a line, each as its normalised words.
    static func exceptions(_ text: String) -> [[[UInt8]]] {
        lines(text).map { $0.text.split(separator: " ").map(normalise).filter { !$0.isEmpty } }.filter { !$0.isEmpty }
    }
}
