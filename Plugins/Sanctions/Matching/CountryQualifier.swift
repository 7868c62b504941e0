import CopydeskText

/// The country copy puts before a name ("China's State Planning Commission", "the Chinese State
/// Planning Commission") and the countries a listed entry's sanctions programmes are about, so that
/// a name made of ordinary words (every country has a State Planning Commission) is not taken for
/// another country's listed body.
enum CountryQualifier {
    /// Countries by folded one-word name.
    static let placeByWord: [UInt64: String] = Dictionary(PlaceNames.all.map { (TokenHash.hash($0), $0) }, uniquingKeysWith: { a, _ in a })
    /// Countries by adjective ("Chinese").
    static let countryByAdjective: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
        "chinese": "china", "russian": "russia", "iranian": "iran", "syrian": "syria", "cuban": "cuba",
        "belarusian": "belarus", "venezuelan": "venezuela", "iraqi": "iraq", "libyan": "libya", "somali": "somalia",
        "sudanese": "sudan", "yemeni": "yemen", "malian": "mali", "nicaraguan": "nicaragua", "burmese": "burma",
        "myanmar": "burma", "lebanese": "lebanon", "afghan": "afghanistan", "haitian": "haiti", "zimbabwean": "zimbabwe",
        "american": "united states", "british": "united kingdom", "japanese": "japan", "german": "germany",
        "french": "france", "italian": "italy", "spanish": "spain", "indian": "india", "pakistani": "pakistan",
        "turkish": "turkey", "egyptian": "egypt", "saudi": "saudi arabia", "israeli": "israel", "brazilian": "brazil",
        "mexican": "mexico", "canadian": "canada", "polish": "poland", "ukrainian": "ukraine", "vietnamese": "vietnam",
        "colombian": "colombia", "argentine": "argentina", "soviet": "russia", "taiwanese": "taiwan",
        "indonesian": "indonesia", "malaysian": "malaysia",
    ].map { (TokenHash.hash($0.key), $0.value) })
    static let northHash = TokenHash.hash("north"), southHash = TokenHash.hash("south")
    static let koreaHashes: Set<UInt64> = [TokenHash.hash("korea"), TokenHash.hash("korean")]
    static let sudanHashes: Set<UInt64> = [TokenHash.hash("sudan"), TokenHash.hash("sudanese")]

    /// The country named right before token `start`: "China's", "Chinese", "North Korea's", "North Korean".
    static func country(before start: Int, tokens: [TextToken]) -> String? {
        guard start > 0, !tokens[start].flags.contains(.breakBefore), !tokens[start].flags.contains(.punctuationBefore) else { return nil }
        let previous = tokens[start - 1]
        guard previous.isCapitalized else { return nil }
        let twoWord = start >= 2 && !previous.flags.contains(.breakBefore) && !previous.flags.contains(.punctuationBefore)
        if koreaHashes.contains(previous.exact) {
            guard twoWord else { return nil }
            if tokens[start - 2].exact == northHash { return "north korea" }
            if tokens[start - 2].exact == southHash { return "south korea" }
            return nil
        }
        if sudanHashes.contains(previous.exact), twoWord, tokens[start - 2].exact == southHash { return "south sudan" }
        if let country = countryByAdjective[previous.exact] { return country }
        // A place as a name's first word ("Iran Air") is not a qualifier; its possessive is.
        if previous.flags.contains(.possessive), let place = placeByWord[previous.exact] { return place == "myanmar" ? "burma" : place }
        return nil
    }

    /// The countries an entry's programmes (OFAC programme codes, UK regimes, UN list prefixes) are
    /// about; empty when none says (counter-terrorism, narcotics, global regimes).
    static func countries(ofPrograms programs: [String], id: String) -> Set<String> {
        var found: Set<String> = []
        if id.hasPrefix("un:") {
            let prefix = id.dropFirst(3).prefix(2)
            if let country = unPrefixes[String(prefix)] { found.insert(country) }
        }
        for program in programs {
            let upper = program.uppercased()
            for (keyword, country) in programKeywords where upper.contains(keyword) {
                if keyword == "SUDAN" && upper.contains("SOUTH SUDAN") { continue }
                found.insert(country)
            }
        }
        return found
    }

    static let unPrefixes = [
        "KP": "north korea", "IR": "iran", "IQ": "iraq", "LY": "libya", "SO": "somalia", "SD": "sudan", "SS": "south sudan",
        "YE": "yemen", "CD": "congo", "CF": "central african republic", "HT": "haiti", "GB": "guinea-bissau", "TA": "afghanistan",
    ]
    static let programKeywords: [(String, String)] = [
        ("DPRK", "north korea"), ("KOREA", "north korea"), ("NKSPEA", "north korea"), ("CUBA", "cuba"), ("IRAN", "iran"),
        ("IFSR", "iran"), ("IRGC", "iran"), ("HRIT-IR", "iran"), ("SYRIA", "syria"), ("HRIT-SY", "syria"), ("BELARUS", "belarus"),
        ("VENEZUELA", "venezuela"), ("RUSSIA", "russia"), ("IRAQ", "iraq"), ("LIBYA", "libya"), ("SOMALIA", "somalia"),
        ("SOUTH SUDAN", "south sudan"), ("SUDAN", "sudan"), ("DARFUR", "sudan"), ("YEMEN", "yemen"), ("MALI", "mali"),
        ("CENTRAL AFRICAN", "central african republic"), ("DRCONGO", "congo"), ("CONGO", "congo"), ("NICARAGUA", "nicaragua"),
        ("BURMA", "burma"), ("MYANMAR", "burma"), ("LEBANON", "lebanon"), ("HK-", "china"), ("HONG KONG", "china"),
        ("ZIMBABWE", "zimbabwe"), ("AFGHANISTAN", "afghanistan"), ("HAITI", "haiti"),
    ]
}
