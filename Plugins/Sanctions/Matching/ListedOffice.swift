import CopydeskText

/// Whether a list's title or position text ("President of Belarus", "(1) Prime Minister (2) …")
/// says the entry holds a head-of-state or head-of-government office, so that the office and a
/// surname in copy ("President Lukashenka") name that entry.
enum ListedOffice {
    /// Words a state's formal name is made of besides its place name ("the Arab Republic of Syria").
    static let stateWords: Set<String> = [
        "the", "of", "republic", "federation", "federal", "kingdom", "state", "states", "union", "islamic", "arab",
        "democratic", "people", "peoples", "s", "socialist", "bolivarian", "united", "plurinational",
        "cooperative", "transitional", "government",
    ]

    /// Words that make an office an institution's rather than a state's ("President of the National
    /// Olympic Committee", "President of Tanchon Commercial Bank").
    static let institutionWords: Set<String> = [
        "committee", "bank", "company", "council", "court", "chamber", "assembly", "commission", "party", "group",
        "holding", "holdings", "corporation", "academy", "tribunal", "board", "congress", "association", "organisation",
        "organization", "institute", "university", "club", "foundation", "fund", "agency", "authority", "concern",
    ]
    /// Words that name a state as one.
    static let statehoodWords: Set<String> = ["republic", "kingdom", "federation", "emirate", "sultanate", "principality"]

    /// Whether one of the title's parts is the office on its own or the office of a state:
    /// "President of the National Olympic Committee of the Republic of Belarus" is not the
    /// president's, "President of the Russian Federation" and "President of the Syrian Arab Republic" are.
    static func holds(_ office: String, title: String) -> Bool {
        let officeWords = office.split(separator: " ").map(String.init)
        for part in parts(of: title) {
            let words = NameTokens.tokens(of: String(part))
            guard words.starts(with: officeWords) else { continue }
            let rest = words.dropFirst(officeWords.count)
            if rest.isEmpty { return true }
            guard rest.first == "of" else { continue }
            if rest.contains(where: { institutionWords.contains($0) || NameLexicon.isLegalForm($0) }) { continue }
            let names = rest.filter { !stateWords.contains($0) }
            if !names.isEmpty && names.allSatisfy({ PlaceNames.all.contains($0) || CountryQualifier.countryByAdjective[TokenHash.hash($0)] != nil }) {
                return true
            }
            // A state the place list does not know, named as one ("the Republic of Ostravia").
            if rest.contains(where: { statehoodWords.contains($0) }) { return true }
        }
        return false
    }

    /// A title cut at numbered items ("(1) … (2) …"), semicolons, full stops and commas.
    static func parts(of title: String) -> [Substring] {
        var cut = ""
        var scalars = title.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "(", let close = scalars.firstIndex(of: ")"),
               case let inside = scalars[scalars.index(after: scalars.startIndex)..<close],
               !inside.isEmpty, inside.allSatisfy({ $0.properties.numericType != nil }) {
                cut += ";"
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            cut.unicodeScalars.append(scalar)
            scalars = scalars.dropFirst()
        }
        return cut.split(whereSeparator: { $0 == ";" || $0 == "." || $0 == "," })
    }
}
