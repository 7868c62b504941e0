import CopydeskText

/// What a text's own usage says about its capitalised words: which of them it writes as a place or
/// a body ("in Ashford", "Mitel Corp", "the Kremlin", "Kyodo news agency") and which as a person
/// ("Mr Novak", "Ms Haddad"). A speaker quoted under a one-word name is a person to be named in
/// full only when nothing in the text makes the name a place or an organisation.
struct NonPersonEvidence {
    /// Lowercased words the text uses as a place or an organisation.
    private(set) var nonPersons: Set<String> = []
    /// Lowercased words the text writes after a courtesy title.
    private(set) var persons: Set<String> = []
    /// Lowercased words the text writes after an office ("President Reagan", "Judge Gordon"): an
    /// office with the surname is an accepted first reference.
    private(set) var titled: Set<String> = []

    /// Courtesy titles: the word after one is a person's surname.
    static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mx", "mx."]

    /// Words that make the capitalised word before them an organisation's name ("Snyder Oil Partners",
    /// "Harris and Co", "Mitel Corp").
    static let organisationWords: Set<String> = [
        "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited", "plc", "llc", "llp", "ag",
        "sa", "nv", "bv", "gmbh", "spa", "group", "holdings", "partners", "bank", "airlines", "airways", "motors",
        "industries", "international", "systems", "technologies", "pharmaceuticals", "energy", "oil", "petroleum",
        "mining", "capital", "securities", "investments", "foods", "brewing", "communications", "electric",
        "telecom", "party", "council", "committee", "agency", "ministry", "university", "college", "institute",
        "foundation", "association", "federation", "union", "commission", "authority", "board", "fc", "united",
        "rovers", "athletic", "news", "times", "post", "herald", "journal", "television", "radio", "tv", "newspaper",
        "shares", "stock", "stocks", "shareholders", "chief", "spokesman", "spokeswoman", "spokesperson", "boss",
        "chairman", "manager", "coach", "executive", "economic", "research",
    ]

    /// Prepositions after which a capitalised word is a place or an organisation ("in Kent", "at Apple").
    static let placePrepositions: Set<String> = ["in", "at", "across", "throughout", "near", "outside", "inside", "via"]

    init(paragraphs: [TokenizedParagraph]) {
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for (i, token) in tokens.enumerated() where token.isCapitalized {
                let word = SpeakerResolver.surnameKey(token.text)
                let previous = i > 0 ? tokens[i - 1] : nil
                if let previous, previous.isWord, Self.courtesyTitles.contains(previous.lower) {
                    persons.insert(word)
                    continue
                }
                if let previous, previous.isWord, WordClasses.honorifics.contains(previous.lower) {
                    titled.insert(word)
                }
                if let previous, previous.isWord,
                   Self.placePrepositions.contains(previous.lower) || (previous.text == "the") {
                    nonPersons.insert(word)
                }
                // The next one or two words: "Mitel Corp", "Snyder Oil Partners", "Apple shares", "Kyodo news agency".
                var k = i + 1
                while k < tokens.count, k <= i + 2, tokens[k].isWord {
                    if Self.organisationWords.contains(tokens[k].lower) {
                        nonPersons.insert(word)
                        break
                    }
                    if !tokens[k].isCapitalized { break }
                    k += 1
                }
                if i + 1 < tokens.count, tokens[i + 1].isPunctuation("-"), i + 2 < tokens.count, tokens[i + 2].lower == "based" {
                    nonPersons.insert(word)
                }
            }
        }
    }

    /// Whether the text writes the name after an office somewhere ("President Reagan").
    func isTitled(_ lowercased: String) -> Bool { titled.contains(lowercased) }

    /// Whether the text gives reason to read a one-word name as a place or an organisation.
    func isNonPerson(_ lowercased: String) -> Bool {
        if persons.contains(lowercased) { return false }
        return nonPersons.contains(lowercased) || PlaceNames.all.contains(lowercased) || NonPersonNames.all.contains(lowercased)
    }
}
