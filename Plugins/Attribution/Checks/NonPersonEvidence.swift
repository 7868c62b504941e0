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

    /// Lowercase words after which a capitalised word is a name someone is known by alone: a
    /// player, a performer, a pseudonym ("Barcelona star Ronaldinho", "calls himself Heretic").
    static let oneNameIntroducers: Set<String> = [
        "star", "striker", "midfielder", "defender", "winger", "forward", "goalkeeper", "keeper", "playmaker",
        "rapper", "singer", "drummer", "guitarist", "bassist", "frontman", "frontwoman", "dj", "moniker",
        "nickname", "alias", "pseudonym", "himself", "herself", "handle", "username",
    ]

    /// Nouns after a possessive that make its owner a business ("Heineken's net income", "Nike's
    /// shares"): people have no revenue or shareholders.
    static let businessNouns: Set<String> = [
        "shares", "stock", "shareholders", "stockholders", "profit", "profits", "revenue", "revenues", "sales",
        "earnings", "turnover", "subsidiary", "subsidiaries", "board", "stores", "products", "headquarters",
        "factory", "factories", "plants", "brand", "brands", "customers", "subscribers", "stake", "unit",
        "division", "workforce", "employees", "chief", "chairman", "spokesman", "spokeswoman", "spokesperson",
        "website", "headline", "editor", "network", "service", "services",
    ]

    /// Verbs that give a product, a plan or an operation its name ("dubbed Napster to Go").
    static let thingNamingVerbs: Set<String> = ["dubbed", "codenamed", "code-named", "branded", "trademarked", "badged"]

    /// Verbs whose plural form after a singular-looking name makes it a team, a band or a firm
    /// written as a group in British style ("Chelsea have sacked", "Muse were named").
    static let pluralVerbs: Set<String> = ["were", "have", "are"]

    /// Lowercased words the text gives no first name because it introduces them as one name.
    private(set) var oneNames: Set<String> = []

    init(paragraphs: [TokenizedParagraph]) {
        for paragraph in paragraphs {
            let tokens = paragraph.tokens
            for (i, token) in tokens.enumerated() where token.isCapitalized {
                let word = SpeakerResolver.surnameKey(of: token)
                let previous = i > 0 ? tokens[i - 1] : nil
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                if let previous, previous.isWord, previous.belongs(to: .courtesyTitles) {
                    persons.insert(word)
                    continue
                }
                if let previous, previous.isWord, previous.belongs(to: .honorifics) {
                    titled.insert(word)
                }
                if let previous, previous.isWord,
                   previous.belongs(to: .placePrepositions) || (previous.text == "the") {
                    nonPersons.insert(word)
                }
                if let previous, previous.isWord, !previous.isCapitalized {
                    // "communications firm Softbank", "rock band Muse": a description before the name.
                    // … and a name given to a thing: "a service dubbed Napster to Go".
                    if previous.belongs(to: .organisationDescriptors) || previous.belongs(to: .thingNamingVerbs) {
                        insertRun(tokens, from: i, into: &nonPersons)
                    }
                    if previous.belongs(to: .oneNameIntroducers) { oneNames.insert(word) }
                }
                // "Swissair <SWSZ.Z> said": a stock ticker follows a company's name.
                if let next, next.isPunctuation("<") { nonPersons.insert(word) }
                // "Muse were named", "Chelsea have sacked": a group's verb, unless two names are joined.
                if let next, next.isWord, next.belongs(to: .pluralVerbs), !word.hasSuffix("s"),
                   !(previous.map { $0.isPunctuation(",&") || ["and", "or"].contains($0.lower) } ?? false) {
                    nonPersons.insert(word)
                }
                // "Heineken's net income", "Nike's shares".
                if SpeakerResolver.endsWithPossessiveS(token.lower) {
                    var k = i + 1
                    while k < tokens.count, k <= i + 3, tokens[k].isWord, !tokens[k].isCapitalized {
                        if tokens[k].belongs(to: .businessNouns) { nonPersons.insert(word); break }
                        k += 1
                    }
                }
                // The next one or two words: "Mitel Corp", "Snyder Oil Partners", "Apple shares", "Kyodo news agency".
                var k = i + 1
                while k < tokens.count, k <= i + 2, tokens[k].isWord {
                    if tokens[k].belongs(to: .organisationWords) || tokens[k].belongs(to: .legalForms) {
                        nonPersons.insert(word)
                        break
                    }
                    if !tokens[k].isCapitalized { break }
                    k += 1
                }
                // "Sears, Roebuck and Co", "Schroeder, Muenchmeyer, Hengst and Co": names joined by
                // commas and "and" up to a legal form.
                if closesWithLegalForm(tokens, from: i + 1) { nonPersons.insert(word) }
                if i + 1 < tokens.count, tokens[i + 1].isPunctuation("-"), i + 2 < tokens.count, tokens[i + 2].lower == "based" {
                    nonPersons.insert(word)
                }
            }
        }
    }

    /// Inserts the capitalised words from `start` on ("Goldman Sachs").
    private func insertRun(_ tokens: [Token], from start: Int, into set: inout Set<String>) {
        var k = start
        while k < tokens.count, k < start + 4, tokens[k].isCapitalized {
            set.insert(SpeakerResolver.surnameKey(of: tokens[k]))
            k += 1
        }
    }

    /// Whether the tokens from `start` run through ", Name", "and Name" or "& Name" links to a legal form.
    private func closesWithLegalForm(_ tokens: [Token], from start: Int) -> Bool {
        var k = start
        var links = 0
        while k + 1 < tokens.count, links < 5 {
            let link = tokens[k]
            guard link.isPunctuation(",&") || link.lower == "and" else { return false }
            let name = tokens[k + 1]
            if name.isWord, name.belongs(to: .legalForms) { return true }
            guard name.isCapitalized else { return false }
            k += 2
            links += 1
            if k < tokens.count, tokens[k].isWord, tokens[k].belongs(to: .legalForms) { return true }
        }
        return false
    }

    /// Whether the text introduces the name as one a person is known by alone ("star Ronaldinho").
    func isOneName(_ lowercased: String) -> Bool { oneNames.contains(lowercased) && !persons.contains(lowercased) }

    /// Whether the text writes the name after a courtesy title somewhere ("Mr Howard").
    func isCourtesyTitled(_ lowercased: String) -> Bool { persons.contains(lowercased) }

    /// Whether the text writes the name after an office somewhere ("President Reagan").
    func isTitled(_ lowercased: String) -> Bool { titled.contains(lowercased) }

    /// Whether the text gives reason to read a one-word name as a place or an organisation.
    func isNonPerson(_ lowercased: String) -> Bool {
        if persons.contains(lowercased) { return false }
        return nonPersons.contains(lowercased) || PlaceNames.all.contains(lowercased) || NonPersonNames.all.contains(lowercased)
    }
}
