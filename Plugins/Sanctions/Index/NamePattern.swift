/// One way a name may be written in copy, as folded tokens, pointing at the entry it names.
public struct NamePattern: Sendable, Hashable {
    /// How the pattern derives from the list.
    public enum Origin: UInt8, Sendable {
        /// The primary name as printed.
        case primary = 0
        /// An alias as printed.
        case alias = 1
        /// A form derived from a name: reordered, shortened, legal form removed.
        case derived = 2
        /// A weak or low-quality alias.
        case weak = 3
    }

    public var entry: Int32
    public var origin: Origin
    public var tokens: [String]
    /// How many name parts (middle names, patronymics, second surnames) the form leaves out.
    public var dropped: UInt8 = 0
    /// Which identity the source name spells: a hash of its full name's token keys, in any order.
    /// Entries on different lists for one person share it ("PEEVSKI, Delyan Slavchev" and
    /// "Delyan Slavchev PEEVSKI").
    public var identity: UInt32 = 0
}

/// A person's given name and surname, folded, for surname-only, honorific and initial mentions.
public struct PersonKey: Sendable, Hashable {
    public var entry: Int32
    public var given: String
    public var surname: String
}

/// Generates the patterns of an entry's names.
enum PatternGenerator {
    static func patterns(of entry: SanctionsEntry, index: Int32) -> (patterns: [NamePattern], persons: [PersonKey]) {
        var patterns: [NamePattern] = []
        var persons: [PersonKey] = []
        var seen: Set<[String]> = []
        var identity: UInt32 = 0
        func add(_ tokens: [String], _ origin: NamePattern.Origin, dropped: Int = 0) {
            guard !tokens.isEmpty, tokens.count <= 24, !seen.contains(tokens) else { return }
            seen.insert(tokens)
            patterns.append(NamePattern(entry: index, origin: origin, tokens: tokens, dropped: UInt8(min(dropped, 255)), identity: identity))
        }
        for name in entry.names {
            var printed = NameTokens.tokens(of: name.full)
            if entry.type == .person {
                // Titles are not names ("Sheikh Ali"); a nickname with an article is not a name ("The Lord").
                if printed.first == "the" { continue }
                printed.removeAll { NameLexicon.honorifics.contains($0) }
                if printed.count < 2 { continue }
            }
            identity = identityKey(printed)
            let origin: NamePattern.Origin = name.isWeak ? .weak : (name.isPrimary ? .primary : .alias)
            add(printed, origin)
            let derivedOrigin: NamePattern.Origin = name.isWeak ? .weak : .derived
            if entry.type == .person {
                guard let (rawGiven, surname) = split(name) else { continue }
                let given = Array(rawGiven.drop { NameLexicon.honorifics.contains(NameTokens.tokens(of: $0).joined()) })
                let givenTokens = given.flatMap { NameTokens.tokens(of: $0) }
                let surnameTokens = NameTokens.tokens(of: surname)
                guard !surnameTokens.isEmpty, !givenTokens.isEmpty else { continue }
                add(givenTokens + surnameTokens, derivedOrigin)
                add(surnameTokens + givenTokens, derivedOrigin)
                let first = NameTokens.tokens(of: given[0])
                if given.count > 1 {
                    add(first + surnameTokens, derivedOrigin, dropped: given.count - 1)
                    add(surnameTokens + first, derivedOrigin, dropped: given.count - 1)
                }
                var surnameKeys = [surnameTokens.joined(separator: " ")]
                // Two-part surnames (Spanish usage: "MADURO MOROS, Nicolas") are often cut to the first part.
                if surnameTokens.count == 2, !NameLexicon.particles.contains(surnameTokens[0]) {
                    add(first + [surnameTokens[0]], derivedOrigin, dropped: given.count - 1 + surnameTokens.count - 1)
                    if given.count > 1 { add(givenTokens + [surnameTokens[0]], derivedOrigin, dropped: surnameTokens.count - 1) }
                    surnameKeys.append(surnameTokens[0])
                }
                if surnameTokens.count >= 2, let last = surnameTokens.last, NameLexicon.particles.contains(surnameTokens[0]) {
                    surnameKeys.append(last)
                }
                if !name.isWeak {
                    for key in surnameKeys where !persons.contains(where: { $0.surname == key && $0.given == first.joined(separator: " ") }) {
                        persons.append(PersonKey(entry: index, given: first.joined(separator: " "), surname: key))
                    }
                }
            } else {
                let stripped = NameLexicon.strippingLegalForms(printed)
                if stripped != printed { add(stripped, derivedOrigin) }
            }
        }
        return (patterns, persons)
    }

    /// The order-free key of a name's tokens.
    static func identityKey(_ tokens: [String]) -> UInt32 {
        let keys = tokens.map { VariantKey.make($0) }.sorted()
        let hash = TokenHash.hash(keys.joined(separator: " "))
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// Given names and surname: from the list's structure, from capitals ("Delyan Slavchev PEEVSKI"),
    /// from "SURNAME, Given", or else the last word as surname.
    static func split(_ name: EntryName) -> (given: [String], surname: String)? {
        if let surname = name.surname, !name.given.isEmpty { return (name.given, surname) }
        if let comma = name.full.firstIndex(of: ",") {
            let surname = name.full[..<comma].trimmingCharacters(in: .whitespaces)
            let given = name.full[name.full.index(after: comma)...].split(separator: " ").map(String.init)
            return given.isEmpty || surname.isEmpty ? nil : (given, surname)
        }
        let words = name.full.split(separator: " ").map(String.init).filter { !$0.isEmpty }
        guard words.count >= 2 else { return nil }
        func isUpper(_ word: String) -> Bool {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        }
        let upper = words.map(isUpper)
        if upper.contains(true), upper.contains(false), let firstUpper = upper.firstIndex(of: true), firstUpper > 0,
           upper[firstUpper...].allSatisfy({ $0 }) {
            return (Array(words[..<firstUpper]), words[firstUpper...].joined(separator: " "))
        }
        return (Array(words.dropLast()), words.last!)
    }
}
