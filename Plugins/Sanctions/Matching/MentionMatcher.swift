import CopydeskText

/// A mention of listed entries found in a text.
public struct Mention: Sendable, Hashable {
    public enum Kind: String, Sendable { case exact, alias, variant, partial }

    /// UTF-8 range in the text.
    public var range: Range<Int>
    /// Indices into the index's entries.
    public var entries: [Int32]
    public var kind: Kind
    public var score: Double
    /// The first mention of the same entity, when this is a later one.
    public var firstMention: Range<Int>?
}

/// Finds mentions of listed names in one pass over the text's tokens: at each capitalised token
/// the token trie is walked as far as the text allows, and the longest acceptable name wins.
/// Surname-only mentions after a full one, honorific + surname, initials + surname and IMO numbers
/// are resolved afterwards.
public struct MentionMatcher: Sendable {
    public let index: SanctionsIndex

    public init(index: SanctionsIndex) {
        self.index = index
        _ = Self.commonWordHashes.contains(0)
        _ = Self.ordinaryWordHashes.contains(0)
    }

    static let particleHashes = TokenTable(set: NameLexicon.particles.map { TokenHash.hash($0) })
    static let nameParticleHashes = TokenTable(set: NameLexicon.nameParticles.map { TokenHash.hash($0) })
    static let honorificHashes = TokenTable(set: NameLexicon.honorifics.map { TokenHash.hash($0) })
    static let highOfficeHashes: [UInt64: String] = Dictionary(uniqueKeysWithValues: NameLexicon.highOffices.map { (TokenHash.hash($0), $0) })
    static let legalFormHashes: [[UInt64]] = NameLexicon.legalForms.map { $0.map { TokenHash.hash($0) } }
    static let imoHash = TokenHash.hash("imo")
    static let shipWordHashes = TokenTable(set: [
        "vessel", "vessels", "ship", "ships", "tanker", "tankers", "carrier", "freighter", "cargo", "port", "ports", "imo",
        "crew", "sailed", "sailing", "sails", "docked", "dock", "moored", "anchored", "flagged", "flag", "yacht",
        "superyacht", "boat", "barge", "tug", "trawler", "maritime", "shipping", "voyage", "bulker", "hull", "harbour",
        "harbor", "berth", "berthed", "coastguard", "strait", "seized", "shadow", "offshore", "sea", "waters",
        "steamed", "loaded", "loading", "unloaded", "terminal", "cargoes", "transshipment", "mmsi", "aboard", "captain", "navy",
    ].map { TokenHash.hash($0) })
    /// Ordinary English words and proper nouns: one-word names among them do not fire.
    static let commonWordHashes = CommonWords.sets.lowercased
    /// Ordinary English words only: surnames among them do not link or resolve on their own.
    static let ordinaryWordHashes = CommonWords.sets.ordinary

    /// All mentions in a text, in order.
    public func mentions(in text: String) -> [Mention] {
        let bytes = Array(text.utf8)
        let tokens = TextTokenizer.tokens(of: bytes)
        guard !tokens.isEmpty else { return [] }
        var shipContext = ShipContext()

        var mentions: [Mention] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isCapitalized, let found = longestMatch(at: i, tokens: tokens, bytes: bytes, shipContext: &shipContext) {
                mentions.append(found.mention)
                for k in found.tokens { covered[k] = true }
                i = found.tokens.upperBound
                continue
            }
            if token.flags.contains(.digits), token.length == 7, let mention = imoMention(at: i, tokens: tokens, bytes: bytes) {
                mentions.append(mention)
                covered[i] = true
            }
            i += 1
        }
        resolveLaterMentions(&mentions, tokens: tokens, covered: &covered)
        return mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Full names

    private func longestMatch(at start: Int, tokens: [TextToken], bytes: [UInt8], shipContext: inout ShipContext) -> (mention: Mention, tokens: Range<Int>)? {
        guard var node = index.roots[tokens[start].variant] else { return nil }
        return withUnsafeTemporaryAllocation(of: (end: Int, node: Int32).self, capacity: 32) { ends in
            var found = 0
            var j = start + 1
            if index.terminalStarts[Int(node)] < index.terminalStarts[Int(node) + 1] { ends[found] = (j, node); found += 1 }
            while j < tokens.count && found < ends.count && !tokens[j - 1].flags.contains(.possessive) {
                if tokens[j].flags.contains(.breakBefore) { break }
                guard let tokenID = index.vocabulary[TextTokenizer.variant(of: tokens[j], in: bytes)],
                      let child = index.trie[UInt64(UInt32(node)) << 32 | UInt64(UInt32(tokenID))] else { break }
                node = child
                j += 1
                if index.terminalStarts[Int(node)] < index.terminalStarts[Int(node) + 1] { ends[found] = (j, node); found += 1 }
            }
            var k = found - 1
            while k >= 0 {
                if let mention = accept(start: start, end: ends[k].end, node: ends[k].node, tokens: tokens, bytes: bytes, shipContext: &shipContext) {
                    return mention
                }
                k -= 1
            }
            return nil
        }
    }

    private func accept(start: Int, end: Int, node: Int32, tokens: [TextToken], bytes: [UInt8], shipContext: inout ShipContext) -> (mention: Mention, tokens: Range<Int>)? {
        let count = end - start
        // A one-word name that is also a word or a given name fires only as a vessel's name right after
        // a vessel cue ("the tanker Centurion"), or, when it is a proper noun the dictionary knows
        // ("Hezbollah"), as an armed group's name with group words around it.
        var onlyVessel = false, needsContext = false
        if count == 1 {
            let token = tokens[start]
            let ordinary = Self.ordinaryWordHashes.contains(token.exact)
            let givenName = index.givenNames.contains(token.exact)
            let properNoun = !ordinary && Self.commonWordHashes.contains(token.exact)
            if token.length < 4 || ordinary || givenName || properNoun {
                if token.length >= 3 && hasVesselCue(at: start, tokens: tokens, bytes: bytes) {
                    onlyVessel = true
                } else if properNoun && !givenName && token.length >= 4 {
                    needsContext = true
                } else {
                    return nil
                }
            }
        }
        // Shape: the last token is capitalised (or joined by a hyphen to a capitalised one: "Jong-chon");
        // lowercase tokens inside are particles.
        func capitalised(_ k: Int) -> Bool {
            tokens[k].isCapitalized || tokens[k].flags.contains(.digits)
                || (k > start && tokens[k].flags.contains(.hyphenBefore) && tokens[k - 1].isCapitalized)
        }
        guard capitalised(end - 1) else { return nil }
        for k in start..<end where !capitalised(k) {
            if !Self.particleHashes.contains(tokens[k].exact) { return nil }
        }
        var exactHash: UInt64?
        for k in start..<end { exactHash = TokenHash.combine(exactHash, tokens[k].exact) }
        // Is the name part of a longer one? A hyphen or a capitalised word right before or after it.
        let joined = tokens[start].flags.contains(.hyphenBefore) || (end < tokens.count && tokens[end].flags.contains(.hyphenBefore))
        var nameContinuesBefore = false
        if start > 0, !tokens[start].flags.contains(.breakBefore), !tokens[start].flags.contains(.punctuationBefore) {
            let previous = tokens[start - 1]
            let startsSentence = start == 1 || previous.flags.contains(.breakBefore)
            let shoutedPair = previous.flags.contains(.allCaps) && tokens[start].flags.contains(.allCaps)
            nameContinuesBefore = (previous.isCapitalized && !previous.flags.contains(.possessive)
                && !Self.honorificHashes.contains(previous.exact)
                && (shoutedPair || !(startsSentence && Self.ordinaryWordHashes.contains(previous.exact)))
                && legalFormLength(tokens, endingAt: start) == 0)
                || (Self.nameParticleHashes.contains(previous.exact) && start >= 2 && tokens[start - 2].isCapitalized
                    && !previous.flags.contains(.breakBefore))
        }
        var nameContinuesAfter = false
        if end < tokens.count, !tokens[end].flags.contains(.breakBefore), !tokens[end].flags.contains(.punctuationBefore) {
            let next = tokens[end]
            if next.isCapitalized {
                nameContinuesAfter = legalFormLength(tokens, startingAt: end) == 0
            } else if Self.nameParticleHashes.contains(next.exact) || next.exact == Self.ofHash, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
                      !tokens[end + 1].flags.contains(.breakBefore) {
                nameContinuesAfter = true
            }
        } else if end < tokens.count, !tokens[end].flags.contains(.breakBefore), tokens[end].isCapitalized,
                  bytes[tokens[end].start - 1] == UInt8(ascii: "-"), tokens[end].start - tokens[end - 1].end <= 2 {
            // A hyphen typed with a space before it still joins ("Alfa -Laval").
            nameContinuesAfter = true
        }
        var legalForms: (before: Int, after: Int)?
        func legal() -> (before: Int, after: Int) {
            if let legalForms { return legalForms }
            let found = (legalFormsLength(tokens, endingAt: start), legalFormsLength(tokens, startingAt: end))
            legalForms = found
            return found
        }
        if count == 1 && (joined || nameContinuesBefore || nameContinuesAfter || isShouted(start, tokens: tokens, legalFormsAfter: legal().after)
                          || isDateline(start, tokens: tokens) || tokens[start].flags.contains(.tickerBefore)) {
            return nil
        }

        var accepted: [(pattern: Int32, exact: Bool)] = []
        let lower = Int(index.terminalStarts[Int(node)]), upper = Int(index.terminalStarts[Int(node) + 1])
        for slot in lower..<upper {
            let p = index.terminalPatterns[slot]
            let pattern = index.patternInfo(p)
            let entryType = index.entryType(Int(pattern.entry))
            let flags = pattern.flags
            let isExact = index.patternExactHash[Int(p)] == exactHash
            if onlyVessel && entryType != .vessel { continue }
            switch entryType {
            case .person:
                guard count >= 2, !flags.contains(.commonWordsOnly), !nameContinuesBefore else { continue }
                if tokens[start].flags.contains(.singleLetter) || tokens[end - 1].flags.contains(.singleLetter) { continue }
                if joined || nameContinuesAfter { continue }
                // "Abdul-Aziz", "Abu-Bakr": one compound given name, not a given name and a surname.
                if count == 2 && tokens[start + 1].flags.contains(.hyphenBefore) && Self.compoundNamePrefixHashes.contains(tokens[start].exact) { continue }
                // A short form ("Howard Baker" for Howard Jon Baker) whose surname is an ordinary word
                // says too little about who is meant.
                if pattern.dropped > 0 && Self.ordinaryWordHashes.contains(tokens[end - 1].exact) { continue }
                // Two words spelled differently from a list name that leaves out two or more of its names
                // ("Ahmed Shaheed" for AHMED, Shahid Mehmood Manzoor) are too little evidence.
                if !isExact && pattern.dropped >= 2 && count == 2 { continue }
                if !isExact && (start..<end).contains(where: { tokens[$0].length < 4 && !Self.particleHashes.contains(tokens[$0].exact) }) {
                    continue
                }
                if isAmbiguousPersonName(start: start, end: end, tokens: tokens)
                    && !titleMatches(entry: Int(pattern.entry), before: start, tokens: tokens) {
                    continue
                }
                // A profession the copy gives the person ("Bates' lawyer Mark Taylor", "Reza Moghadam, an
                // IMF economist") that the list's title for the entry does not carry names a namesake.
                if let role = profession(of: start..<end, tokens: tokens),
                   !(index.entryTitle(Int(pattern.entry)).map { NameTokens.tokens(of: $0).contains(role) } ?? false) {
                    continue
                }
            case .organisation, .aircraft:
                guard isExact, !nameContinuesBefore, !nameContinuesAfter, !joined else { continue }
                if count == 1 {
                    guard isExact, !flags.contains(.commonWordsOnly), tokens[start].length >= 4 else { continue }
                    // A legal form the text writes that the company's own forms exclude ("Alfa Corp" for
                    // ALFA LIMITED LIABILITY COMPANY, "Univisa Inc" for UNIVISA S.A.) names another company
                    // of that word.
                    if legal() != (0, 0) && legalFormsContradict(entry: pattern.entry, tokens: tokens, name: start..<end) { continue }
                    // A place name stands for the place unless a legal form makes it a company's.
                    if Self.placeNameHashes.contains(tokens[start].exact) && legal() == (0, 0) { continue }
                    // A proper noun the dictionary knows names the listed group only as printed on the list and
                    // with an armed group's words around it; as a company name it says too little.
                    // A weak alias (a brand in the list's remarks) fires only as a company's name in running
                    // text: with company words around it, and not as an acronym in capitals.
                    if pattern.origin == .weak && (tokens[start].flags.contains(.allCaps) || !hasCompanyContext(around: start, tokens: tokens)) {
                        continue
                    }
                    if needsContext && (!(pattern.origin == .primary || pattern.origin == .alias) || tokens[start].flags.contains(.allCaps)
                                        || !hasGroupContext(around: start, tokens: tokens)) { continue }
                    // A word the text also writes as part of another, unlisted name ("Renta Inmobiliaria SA …
                    // Renta's finance director", "Burren Energy … Burren") stands for that name.
                    if legal() == (0, 0) && usedInLongerName(tokens[start].exact, at: start, tokens: tokens, bytes: bytes) { continue }
                    // A word the lists know only on its own (HANLEY LIMITED, RENTA A.S.) may be anybody's
                    // name: it needs company or armed-group words around it.
                    let distinctive = index.isDistinctiveSingleWord(p)
                    if !distinctive && legal() == (0, 0) && !hasCompanyContext(around: start, tokens: tokens)
                        && !hasGroupContext(around: start, tokens: tokens) { continue }
                    // An acronym the text spells out just before it, in other words than the entry's
                    // ("Application Specific Integrated Circuits (ASIC)"), is the text's own.
                    if let expansion = spelledOut(acronymAt: start, tokens: tokens, bytes: bytes),
                       !namesEntry(pattern.entry, tokens: tokens, range: expansion, bytes: bytes) { continue }
                } else if flags.contains(.commonWordsOnly) && flags.contains(.short) && !flags.contains(.withLegalForm) {
                    // Ordinary words make a name only with a legal form: the one printed on the list,
                    // or, for a list name printed without one, any legal form in the text.
                    if pattern.origin == .derived || legal() == (0, 0) { continue }
                }
                if count > 1 && legal() != (0, 0) && legalFormsContradict(entry: pattern.entry, tokens: tokens, name: start..<end) { continue }
                // A name of ordinary words describes a body every country may have ("State Planning
                // Commission"): a country the copy puts before it that the entry's programmes are not about
                // names another country's.
                if flags.contains(.commonWordsOnly), let country = CountryQualifier.country(before: start - legal().before, tokens: tokens) {
                    let entry = index.entry(Int(pattern.entry))
                    let listed = CountryQualifier.countries(ofPrograms: entry.programs, id: entry.id)
                    if !listed.isEmpty && !listed.contains(country) { continue }
                }
                if entryType == .aircraft && count == 1 { continue }
            case .vessel:
                guard isExact, !needsContext, shipContext.contains(sentenceOf: start, tokens: tokens) else { continue }
            }
            // A weak alias is a nickname for a person: never a name alone. For a company it is often the
            // brand it trades under ("ORSIS"), held to the one-word checks above.
            if pattern.origin == .weak && (flags.contains(.commonWordsOnly) || (count < 2 && entryType != .organisation)) { continue }
            accepted.append((p, isExact))
        }
        guard !accepted.isEmpty else { return nil }
        let anyExact = accepted.contains { $0.exact }
        var chosen = accepted.filter { $0.exact == anyExact }
        // Prefer the identities the text spells most completely: "Nicolás Maduro" is MADURO MOROS,
        // Nicolas (one part left out) rather than MADURO GUERRA, Nicolas Ernesto (two). Entries of one
        // identity on several lists stay together.
        var fewestDropped: [Int32: UInt8] = [:]
        for (p, _) in chosen {
            let pattern = index.patternInfo(p)
            let cluster = index.entryCluster[Int(pattern.entry)]
            fewestDropped[cluster] = min(fewestDropped[cluster] ?? .max, pattern.dropped)
        }
        if let best = fewestDropped.values.min() {
            chosen = chosen.filter { fewestDropped[index.entryCluster[Int(index.patternInfo($0.pattern).entry)]] == best }
        }
        var entries: [Int32] = []
        var kind = Mention.Kind.variant
        var score = 0.8
        for (p, isExact) in chosen {
            let pattern = index.patternInfo(p)
            if !entries.contains(pattern.entry) { entries.append(pattern.entry) }
            guard isExact else { continue }
            switch pattern.origin {
            case .primary: kind = .exact; score = 1.0
            case .alias where kind != .exact: kind = .alias; score = 0.95
            case .weak where kind == .variant: kind = .alias; score = 0.85
            case .derived where kind == .variant: score = 0.9
            default: break
            }
        }
        var lowerToken = start, upperToken = end
        let isCompany = entries.contains { index.entryType(Int($0)) == .organisation }
        if isCompany {
            lowerToken -= legal().before
            upperToken += legal().after
        }
        let range = tokens[lowerToken].start..<tokens[upperToken - 1].end
        return (Mention(range: range, entries: entries, kind: kind, score: score, firstMention: nil), lowerToken..<upperToken)
    }

    /// Given names and surnames this many listed people share are common: a two-word name made of
    /// two of them ("Jorge Gonzalez") names many people besides the listed one.
    static let commonNameHolders = 10
    /// Whether a two-word personal name needs more evidence than its spelling: both words are names
    /// many listed people carry.
    private func isAmbiguousPersonName(start: Int, end: Int, tokens: [TextToken]) -> Bool {
        let words = (start..<end).filter { !Self.particleHashes.contains(tokens[$0].exact) }
        guard words.count == 2 else { return false }
        let givenHolders = index.givenNameHolders(tokens[words[0]].exact)
        let surnameHolders = index.surnameHolders(tokens[words[1]].exact)
        return givenHolders >= Self.commonNameHolders && surnameHolders >= Self.commonNameHolders
    }

    /// Whether a title or honorific right before the name is a word of the entry's listed title
    /// ("Governor" for a listed governor).
    private func titleMatches(entry: Int, before start: Int, tokens: [TextToken]) -> Bool {
        guard start > 0, let title = index.entryTitle(entry), !tokens[start].flags.contains(.breakBefore) else { return false }
        let previous = tokens[start - 1]
        guard Self.honorificHashes.contains(previous.exact) || Self.highOfficeHashes[previous.exact] != nil else { return false }
        let titleWords = Set(NameTokens.tokens(of: title).map { TokenHash.hash($0) })
        return titleWords.contains(previous.exact)
    }

    /// Professions that say who a person is and that a sanctions listing is not about: a listed person
    /// described so is a namesake unless the list's title says the same.
    static let professionByHash: [UInt64: String] = Dictionary(uniqueKeysWithValues: [
        "economist", "lawyer", "attorney", "solicitor", "barrister", "analyst", "professor", "academic", "lecturer",
        "footballer", "striker", "midfielder", "defender", "goalkeeper", "coach", "cricketer", "batsman", "bowler",
        "actor", "actress", "singer", "musician", "novelist", "author", "journalist", "reporter", "correspondent",
        "columnist", "scientist", "researcher", "surgeon", "architect", "diplomat", "affaires", "daffaires",
    ].map { (TokenHash.hash($0), $0) })
    static let professionModifierHashes = TokenTable(set: [
        "a", "an", "the", "assistant", "senior", "chief", "deputy", "former", "leading", "top", "his", "her", "their",
        "d", "charge", "chargé", "de", "of", "its",
    ].map { TokenHash.hash($0) })

    /// The profession the copy gives a name right before it ("lawyer Mark Taylor", "Charge d'Affaires
    /// Mohammad Baqeri") or in an apposition right after it ("Reza Moghadam, an IMF economist").
    private func profession(of name: Range<Int>, tokens: [TextToken]) -> String? {
        if name.lowerBound > 0, !tokens[name.lowerBound].flags.contains(.breakBefore),
           let role = Self.professionByHash[tokens[name.lowerBound - 1].exact] {
            return role
        }
        var k = name.upperBound
        guard k < tokens.count, tokens[k].flags.contains(.punctuationBefore), !tokens[k].flags.contains(.breakBefore),
              tokens[k].sentence == tokens[name.lowerBound].sentence else { return nil }
        var words = 0
        while k < tokens.count && words < 4 && tokens[k].sentence == tokens[name.lowerBound].sentence {
            if let role = Self.professionByHash[tokens[k].exact] { return role }
            if k > name.upperBound && tokens[k].flags.contains(.punctuationBefore) { break }
            if !Self.professionModifierHashes.contains(tokens[k].exact) && !tokens[k].isCapitalized { break }
            words += 1
            k += 1
        }
        return nil
    }

    static let placeNameHashes = TokenTable(set: PlaceNames.all.map { TokenHash.hash($0) })
    /// Nouns that say a nearby name is a business's, and words of sanctions (a sentence about frozen
    /// assets speaks of the listed holder).
    static let companyNounHashes = TokenTable(set: [
        "company", "companies", "firm", "firms", "group", "bank", "banks", "lender", "shipping", "shipper", "corporation",
        "subsidiary", "subsidiaries", "conglomerate", "holding", "holdings", "insurer", "operator", "supplier",
        "manufacturer", "maker", "trader", "trading", "exporter", "importer", "refiner", "producer", "enterprise",
        "business", "businesses", "venture", "airline", "exchange", "fund", "investor", "shares", "shareholders",
        "stake", "owner", "owned", "brokerage", "contractor", "distributor", "chain", "retailer", "carrier", "plant",
        "factory", "refinery", "mine", "miner", "oilfield", "unit", "affiliate", "front", "shell", "entity",
        "assets", "sanctions", "sanctioned", "designated", "blacklist", "blacklisted", "institute", "concern", "bureau",
        "shipyard", "lender", "agency",
    ].map { TokenHash.hash($0) })

    /// Words that say a nearby name is an armed group's ("fighters loyal to Hezbollah").
    static let groupWordHashes = TokenTable(set: [
        "fighters", "militants", "militant", "militia", "militias", "insurgents", "rebels", "faction", "loyal",
        "backed", "allied", "affiliated", "commander", "commanders", "gunmen", "guerrillas", "jihadists", "armed",
    ].map { TokenHash.hash($0) })

    /// Whether an armed group's word sits within three words of the token, in its sentence.
    private func hasGroupContext(around position: Int, tokens: [TextToken]) -> Bool {
        hasWord(of: Self.groupWordHashes, near: position, tokens: tokens)
    }

    /// First parts of compound Arabic given names ("Abdul-Aziz").
    static let compoundNamePrefixHashes = TokenTable(set: ["abdul", "abd", "abdel", "abdal", "abu", "abou"].map { TokenHash.hash($0) })

    /// Nouns for a ship that, right before a name, make it a vessel's ("the tanker Centurion").
    static let vesselNounHashes = TokenTable(set: [
        "vessel", "ship", "tanker", "freighter", "carrier", "yacht", "superyacht", "trawler", "bulker", "barge", "tug",
        "ferry", "containership", "boat", "steamer", "icebreaker",
    ].map { TokenHash.hash($0) })
    static let flaggedHash = TokenHash.hash("flagged")

    /// Whether a name sits right after a vessel noun ("the tanker X") or a flag ("the Liberian-flagged
    /// X"), or right before its IMO number ("X (IMO 9309588)").
    private func hasVesselCue(at start: Int, tokens: [TextToken], bytes: [UInt8]) -> Bool {
        if start > 0, !tokens[start].flags.contains(.breakBefore), !tokens[start].flags.contains(.punctuationBefore) {
            let previous = tokens[start - 1]
            if !previous.isCapitalized && Self.vesselNounHashes.contains(previous.exact) { return true }
            if previous.exact == Self.flaggedHash && previous.flags.contains(.hyphenBefore) { return true }
        }
        if start + 2 < tokens.count, tokens[start + 1].exact == Self.imoHash, tokens[start + 1].start - tokens[start].end <= 2 {
            let number = tokens[start + 2]
            return number.flags.contains(.digits) && number.length == 7
                && Self.isValidIMO(String(decoding: bytes[number.start..<number.end], as: UTF8.self))
        }
        return false
    }

    /// Whether a business or sanctions word sits within three words of the token, in its sentence.
    private func hasCompanyContext(around position: Int, tokens: [TextToken]) -> Bool {
        hasWord(of: Self.companyNounHashes, near: position, tokens: tokens)
    }

    /// Whether a word of `table` sits within three words of the token, in its sentence.
    private func hasWord(of table: TokenTable, near position: Int, tokens: [TextToken]) -> Bool {
        let sentence = tokens[position].sentence
        for k in max(0, position - 3)...min(tokens.count - 1, position + 3) where k != position && tokens[k].sentence == sentence {
            if table.contains(tokens[k].exact) { return true }
        }
        return false
    }

    /// Whether the text also writes the word as the head of a longer capitalised name that is not
    /// listed ("Burren Energy"), which is then what the word stands for. Titles after it ("Rosneft
    /// Chairman"), listed continuations ("Rosneft Oil") and headlines in capitals do not count.
    private func usedInLongerName(_ word: UInt64, at position: Int, tokens: [TextToken], bytes: [UInt8]) -> Bool {
        for k in tokens.indices where k != position && tokens[k].exact == word && k + 1 < tokens.count {
            let next = tokens[k + 1]
            guard next.isCapitalized, !next.flags.contains(.breakBefore), !next.flags.contains(.punctuationBefore),
                  !isShouted(k, tokens: tokens),
                  !tokens[k].flags.contains(.possessive), legalFormLength(tokens, startingAt: k + 1) == 0,
                  !Self.honorificHashes.contains(next.exact), !Self.roleWordHashes.contains(next.exact) else { continue }
            if let root = index.roots[tokens[k].variant], let tokenID = index.vocabulary[TextTokenizer.variant(of: next, in: bytes)],
               index.trie[UInt64(UInt32(root)) << 32 | UInt64(UInt32(tokenID))] != nil {
                continue
            }
            return true
        }
        // Or as the last word of a longer name: a person's surname ("Speaker Kenzaburo Hara … Hara also agreed").
        for k in tokens.indices where k != position && k > 0 && tokens[k].exact == word {
            let previous = tokens[k - 1]
            guard previous.isCapitalized, !tokens[k].flags.contains(.breakBefore), !tokens[k].flags.contains(.punctuationBefore),
                  !tokens[k].flags.contains(.hyphenBefore), !isShouted(k, tokens: tokens),
                  !(k - 1 == 0 || previous.flags.contains(.breakBefore)) || !Self.ordinaryWordHashes.contains(previous.exact),
                  !Self.honorificHashes.contains(previous.exact), !Self.highOfficeHashes.keys.contains(previous.exact),
                  legalFormLength(tokens, endingAt: k) == 0, !previous.flags.contains(.possessive) else { continue }
            if let root = index.roots[previous.variant], let tokenID = index.vocabulary[TextTokenizer.variant(of: tokens[k], in: bytes)],
               index.trie[UInt64(UInt32(root)) << 32 | UInt64(UInt32(tokenID))] != nil {
                continue
            }
            return true
        }
        return false
    }

    /// The tokens before an opening parenthesis whose initials spell the token in capitals right after it.
    private func spelledOut(acronymAt position: Int, tokens: [TextToken], bytes: [UInt8]) -> Range<Int>? {
        let token = tokens[position]
        guard token.flags.contains(.allCaps), token.start > 0, bytes[token.start - 1] == UInt8(ascii: "(") else { return nil }
        let letters = Array(bytes[token.start..<token.end]).map { $0 | 0x20 }
        var first = position, used = 0
        while first > 0 && used < letters.count {
            let previous = tokens[first - 1]
            if Self.particleHashes.contains(previous.exact) && !previous.isCapitalized { first -= 1; continue }
            guard (bytes[previous.start] | 0x20) == letters[letters.count - 1 - used] else { return nil }
            first -= 1
            used += 1
            if previous.flags.contains(.breakBefore) || (previous.flags.contains(.punctuationBefore) && used < letters.count) { break }
        }
        return used == letters.count ? first..<position : nil
    }

    /// Whether the tokens spell a listed name of the entry.
    private func namesEntry(_ entry: Int32, tokens: [TextToken], range: Range<Int>, bytes: [UInt8]) -> Bool {
        guard var node = index.roots[TextTokenizer.variant(of: tokens[range.lowerBound], in: bytes)] else { return false }
        for k in range.dropFirst() {
            guard let tokenID = index.vocabulary[TextTokenizer.variant(of: tokens[k], in: bytes)],
                  let child = index.trie[UInt64(UInt32(node)) << 32 | UInt64(UInt32(tokenID))] else { return false }
            node = child
        }
        let lower = Int(index.terminalStarts[Int(node)]), upper = Int(index.terminalStarts[Int(node) + 1])
        return (lower..<upper).contains { index.patternInfo(index.terminalPatterns[$0]).entry == entry }
    }

    /// Words for people's roles or a company's stock that may follow a company's name in a headline.
    static let roleWordHashes = TokenTable(set: ["chief", "boss", "head", "executive", "executives", "shares", "stock", "chairman", "ceo", "says", "said"].map { TokenHash.hash($0) })

    /// Whether an American legal form written around a name ("Corp", "Inc") excludes every legal form
    /// the entry's own names print (`LegalFormFamily`): a US corporation is not a Russian OOO or a
    /// Colombian S.A. The forms translators use for any company (LLC, JSC, PJSC, Ltd) contradict
    /// nothing ("HS Investments PJSC" for LIMITED LIABILITY COMPANY HS INVESTMENTS), nor does
    /// an entry printed without a legal form.
    private func legalFormsContradict(entry: Int32, tokens: [TextToken], name: Range<Int>) -> Bool {
        var written: [LegalFormFamily] = []
        var k = name.lowerBound
        while k > 0, let form = legalForm(tokens, endingAt: k) {
            if let family = LegalFormFamily.of(NameLexicon.legalForms[form]) { written.append(family) }
            k -= NameLexicon.legalForms[form].count
        }
        k = name.upperBound
        while k < tokens.count, let form = legalForm(tokens, startingAt: k) {
            if let family = LegalFormFamily.of(NameLexicon.legalForms[form]) { written.append(family) }
            k += NameLexicon.legalForms[form].count
        }
        written.removeAll { $0.tradition != .american }
        guard !written.isEmpty else { return false }
        var printed: [LegalFormFamily] = []
        for pattern in index.patternTokens(ofEntry: entry) {
            let leading = NameLexicon.legalFormLength(pattern, at: 0), trailing = NameLexicon.legalFormLength(pattern, endingAt: pattern.count)
            for form in [Array(pattern.prefix(leading)), Array(pattern.suffix(trailing))] where !form.isEmpty && form.count < pattern.count {
                if let family = LegalFormFamily.of(form) { printed.append(family) }
            }
        }
        guard !printed.isEmpty else { return false }
        return !written.contains { text in printed.contains { text.admits($0) } }
    }

    /// The index in `NameLexicon.legalForms` of the capitalised legal form ending just before `end`.
    private func legalForm(_ tokens: [TextToken], endingAt end: Int) -> Int? {
        let length = legalFormLength(tokens, endingAt: end)
        guard length > 0 else { return nil }
        return Self.legalFormHashes.firstIndex { $0.count == length && zip(end - length..<end, $0).allSatisfy { tokens[$0].exact == $1 } }
    }

    /// The index in `NameLexicon.legalForms` of the capitalised legal form starting at `start`.
    private func legalForm(_ tokens: [TextToken], startingAt start: Int) -> Int? {
        let length = legalFormLength(tokens, startingAt: start)
        guard length > 0 else { return nil }
        return Self.legalFormHashes.firstIndex { $0.count == length && zip(start..<start + length, $0).allSatisfy { tokens[$0].exact == $1 } }
    }

    /// Length in tokens of the legal forms ending just before `end`, one after another ("Corporation JSC").
    private func legalFormsLength(_ tokens: [TextToken], endingAt end: Int) -> Int {
        var total = 0
        while total < 3, case let length = legalFormLength(tokens, endingAt: end - total), length > 0 { total += length }
        return total
    }

    /// Length in tokens of the legal forms starting at `start`, one after another.
    private func legalFormsLength(_ tokens: [TextToken], startingAt start: Int) -> Int {
        var total = 0
        while total < 3, case let length = legalFormLength(tokens, startingAt: start + total), length > 0 { total += length }
        return total
    }

    /// Length in tokens of a capitalised legal form ending just before `end`.
    private func legalFormLength(_ tokens: [TextToken], endingAt end: Int) -> Int {
        for form in Self.legalFormHashes where end - form.count >= 0 {
            let first = end - form.count
            if (first..<end).allSatisfy({ tokens[$0].isCapitalized }) && zip(first..<end, form).allSatisfy({ tokens[$0].exact == $1 })
                && (first + 1..<end + (end < tokens.count ? 1 : 0)).allSatisfy({ !tokens[$0].flags.contains(.breakBefore) })
                && !(end < tokens.count && tokens[end].flags.contains(.punctuationBefore)) {
                return form.count
            }
        }
        return 0
    }

    /// Length in tokens of a capitalised legal form starting at `start`.
    private func legalFormLength(_ tokens: [TextToken], startingAt start: Int) -> Int {
        for form in Self.legalFormHashes where start + form.count <= tokens.count {
            let range = start..<start + form.count
            if range.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].flags.contains(.breakBefore) })
                && zip(range, form).allSatisfy({ tokens[$0].exact == $1 }) && !tokens[start].flags.contains(.punctuationBefore) {
                return form.count
            }
        }
        return 0
    }

    /// Whether a one-word name sits in a line of capitals (a wire headline: "BANGOR HYDRO <BANG> SEEKS"),
    /// where capitals say nothing about names.
    /// A legal form after the name ("ALROSA PJSC reported") is looked past.
    private func isShouted(_ position: Int, tokens: [TextToken], legalFormsAfter: Int = 0) -> Bool {
        guard tokens[position].flags.contains(.allCaps) else { return false }
        let before = position > 0 ? tokens[position - 1] : nil
        let next = position + 1 + legalFormsAfter
        // Past the legal form, unless the line ends with it: then the legal form itself ("ALFA CORP" as a headline).
        let after = next < tokens.count && !(legalFormsAfter > 0 && tokens[next].flags.contains(.breakBefore)) ? tokens[next]
            : legalFormsAfter > 0 ? tokens[position + 1] : nil
        guard before != nil || after != nil else { return false }
        return (before?.flags.contains(.allCaps) ?? true) && (after?.flags.contains(.allCaps) ?? true)
    }

    /// Whether a one-word name in capitals ends a run of capitals that opens a paragraph and is
    /// followed by a comma and a capitalised word: a dateline place ("ABHA, Saudi Arabia, March 15 -").
    private func isDateline(_ position: Int, tokens: [TextToken]) -> Bool {
        var first = position
        while first > 0 && !tokens[first].flags.contains(.breakBefore) && !tokens[first].flags.contains(.punctuationBefore)
            && tokens[first - 1].flags.contains(.allCaps) { first -= 1 }
        guard tokens[position].flags.contains(.allCaps), first == 0 || tokens[first].flags.contains(.breakBefore),
              position + 1 < tokens.count else { return false }
        let next = tokens[position + 1]
        return next.flags.contains(.punctuationBefore) && !next.flags.contains(.breakBefore) && next.isCapitalized
    }

    /// The index of the token that starts at a UTF-8 offset (binary search).
    static func tokenIndex(startingAt offset: Int, in tokens: [TextToken]) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].start == offset ? low : nil
    }

    /// Whether a token's sentence speaks of ships (vessel, tanker, port, IMO …), worked out on demand.
    struct ShipContext {
        private var known: [Int32: Bool] = [:]

        mutating func contains(sentenceOf position: Int, tokens: [TextToken]) -> Bool {
            let sentence = tokens[position].sentence
            if let answer = known[sentence] { return answer }
            var k = position
            while k > 0 && tokens[k - 1].sentence == sentence { k -= 1 }
            var answer = false
            while k < tokens.count && tokens[k].sentence == sentence {
                if MentionMatcher.shipWordHashes.contains(tokens[k].exact) { answer = true; break }
                k += 1
            }
            known[sentence] = answer
            return answer
        }
    }

    // MARK: - IMO numbers

    /// A valid 7-digit IMO number shortly after the word "IMO", resolved to the vessels carrying it.
    private func imoMention(at position: Int, tokens: [TextToken], bytes: [UInt8]) -> Mention? {
        let token = tokens[position]
        guard (max(0, position - 3)..<position).contains(where: { tokens[$0].exact == Self.imoHash }) else { return nil }
        let digits = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
        guard Self.isValidIMO(digits), let entries = index.entries(withIMO: digits) else { return nil }
        return Mention(range: token.start..<token.end, entries: entries, kind: .exact, score: 1.0, firstMention: nil)
    }

    /// IMO check digit: the first six digits weighted 7…2, summed, modulo 10, equal the seventh.
    static func isValidIMO(_ digits: String) -> Bool {
        let values = digits.compactMap { $0.wholeNumberValue }
        guard values.count == 7 else { return false }
        let sum = (0..<6).reduce(0) { $0 + values[$1] * (7 - $1) }
        return sum % 10 == values[6]
    }

    // MARK: - Later, honorific and initial mentions

    /// Surname-only mentions: after a full mention they link to it; after a title ("President") or an
    /// initial ("D.") they resolve when the surname (with that initial or office) names one person.
    private func resolveLaterMentions(_ mentions: inout [Mention], tokens: [TextToken], covered: inout [Bool]) {
        // Later mentions of the same entries become notes pointing at the first.
        var firstByEntries: [[Int32]: Range<Int>] = [:]
        for k in mentions.indices.sorted(by: { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }) {
            let key = mentions[k].entries.sorted()
            if let first = firstByEntries[key] { mentions[k].firstMention = first } else { firstByEntries[key] = mentions[k].range }
        }
        // Surnames (last token of a person mention) and distinctive first words of company mentions.
        var linkable: [UInt64: (entries: [Int32], first: Range<Int>, afterToken: Int)] = [:]
        for mention in mentions where mention.firstMention == nil {
            guard let firstToken = Self.tokenIndex(startingAt: mention.range.lowerBound, in: tokens) else { continue }
            var lastToken = firstToken
            while lastToken + 1 < tokens.count && tokens[lastToken + 1].start < mention.range.upperBound { lastToken += 1 }
            let types = Set(mention.entries.map { index.entryType(Int($0)) })
            if types.contains(.person), lastToken > firstToken {
                let surname = tokens[lastToken]
                if surname.length >= 3, linkable[surname.variant] == nil, !Self.ordinaryWordHashes.contains(surname.exact) {
                    linkable[surname.variant] = (mention.entries, mention.range, lastToken)
                }
            } else if types.contains(.organisation), lastToken > firstToken {
                let head = tokens[firstToken]
                if head.length >= 4, !Self.commonWordHashes.contains(head.exact), !Self.legalFormHashes.contains([head.exact]),
                   linkable[head.variant] == nil {
                    linkable[head.variant] = (mention.entries, mention.range, lastToken)
                }
            }
        }
        for k in tokens.indices where !covered[k] && tokens[k].isCapitalized && tokens[k].length >= 3 {
            let token = tokens[k]
            if token.flags.contains(.tickerBefore) { continue }
            var previousIsName = false
            if k > 0, !token.flags.contains(.breakBefore), !token.flags.contains(.punctuationBefore) {
                let previous = tokens[k - 1]
                let startsSentence = k == 1 || previous.flags.contains(.breakBefore)
                previousIsName = previous.isCapitalized && !Self.honorificHashes.contains(previous.exact)
                    && !(startsSentence && Self.ordinaryWordHashes.contains(previous.exact))
            }
            let nextIsName = k + 1 < tokens.count && !tokens[k + 1].flags.contains(.breakBefore) && tokens[k + 1].isCapitalized
                && !Self.legalFormHashes.contains([tokens[k + 1].exact])
            if let link = linkable[token.variant], k > link.afterToken {
                guard !previousIsName || (k > 0 && covered[k - 1]) else { continue }
                guard !nextIsName else { continue }
                var end = k + 1
                end += legalFormLength(tokens, startingAt: end)
                mentions.append(Mention(range: token.start..<tokens[end - 1].end, entries: link.entries, kind: .partial,
                                        score: 0.7, firstMention: link.first))
                for c in k..<end { covered[c] = true }
                continue
            }
            guard !nextIsName, k > 0, !token.flags.contains(.breakBefore) || tokens[k - 1].flags.contains(.singleLetter),
                  !(k + 1 < tokens.count && tokens[k + 1].flags.contains(.hyphenBefore)) else { continue }
            let previous = tokens[k - 1]
            if let office = office(before: k, tokens: tokens), previous.isCapitalized, !covered[k - 1],
               !Self.ordinaryWordHashes.contains(token.exact), !token.flags.contains(.hyphenBefore),
               let entries = uniquePerson(surname: token.exact, office: office, initial: nil) {
                mentions.append(Mention(range: token.start..<token.end, entries: entries, kind: .partial, score: 0.75, firstMention: nil))
                covered[k] = true
                linkable[token.variant] = (entries, token.start..<token.end, k)
            } else if previous.flags.contains(.singleLetter), previous.flags.contains(.followedByDot), previous.isCapitalized,
                      !(k >= 2 && tokens[k - 2].isCapitalized && !previous.flags.contains(.breakBefore)
                        && !Self.honorificHashes.contains(tokens[k - 2].exact)),
                      !covered[k - 1], !Self.ordinaryWordHashes.contains(token.exact), let initial = initialLetter(previous, tokens: tokens),
                      let entries = uniquePerson(surname: token.exact, office: nil, initial: initial) {
                mentions.append(Mention(range: previous.start..<token.end, entries: entries, kind: .partial, score: 0.75, firstMention: nil))
                covered[k] = true
                covered[k - 1] = true
                linkable[token.variant] = (entries, previous.start..<token.end, k)
            }
        }
    }

    /// The head-of-state or head-of-government title just before token `k`, if any.
    private func office(before k: Int, tokens: [TextToken]) -> String? {
        let previous = tokens[k - 1]
        if let office = Self.highOfficeHashes[previous.exact] { return office }
        if previous.exact == Self.ministerHash, k >= 2, tokens[k - 2].exact == Self.primeHash, tokens[k - 2].isCapitalized {
            return "prime minister"
        }
        return nil
    }

    static let ministerHash = TokenHash.hash("minister")
    static let ofHash = TokenHash.hash("of")
    static let primeHash = TokenHash.hash("prime")

    /// The entries of the person a surname names, narrowed by an office ("President": a listed title
    /// or position that is the office of a state, `ListedOffice`) or an initial. People are grouped across lists and spellings: keys that share an
    /// entry or a given name are one person. Nil when nobody or several people fit.
    private func uniquePerson(surname: UInt64, office: String?, initial: UInt8?) -> [Int32]? {
        guard let candidates = index.persons(withSurname: surname) else { return nil }
        var groups: [(givens: Set<UInt64>, entries: [Int32])] = []
        for c in candidates {
            let person = index.person(Int(c))
            if let initial, person.given.utf8.first != initial { continue }
            let given = TokenHash.hash(VariantKey.make(Array(person.given.utf8)))
            let matching = groups.indices.filter { groups[$0].givens.contains(given) || groups[$0].entries.contains(person.entry) }
            var merged: (givens: Set<UInt64>, entries: [Int32]) = ([given], [person.entry])
            for g in matching.reversed() {
                merged.givens.formUnion(groups[g].givens)
                merged.entries += groups[g].entries.filter { !merged.entries.contains($0) }
                groups.remove(at: g)
            }
            groups.append(merged)
        }
        if let office {
            func holds(_ entry: Int32) -> Bool { index.entryTitle(Int(entry)).map { ListedOffice.holds(office, title: $0) } ?? false }
            let holders = groups.filter { $0.entries.contains(where: holds) }
            guard holders.count == 1 else { return nil }
            // The office holder's entries: those with the title, those spelling the same name, and the
            // person's entries on other lists, but not a namesake on the holder's list (a son of the same
            // names: MADURO GUERRA, Nicolas Ernesto beside MADURO MOROS, Nicolas).
            let titled = holders[0].entries.filter(holds)
            let clusters = Set(titled.map { index.entryCluster[Int($0)] })
            let lists = Set(titled.map { index.entry(Int($0)).list })
            return holders[0].entries.filter {
                titled.contains($0) || clusters.contains(index.entryCluster[Int($0)]) || !lists.contains(index.entry(Int($0)).list)
            }
        }
        if groups.count == 1 { return groups[0].entries }
        return nil
    }

    private func initialLetter(_ token: TextToken, tokens: [TextToken]) -> UInt8? {
        guard let letter = initialLetters[token.exact] else { return nil }
        return letter
    }

    private var initialLetters: [UInt64: UInt8] { Self.initialLetterTable }
    static let initialLetterTable: [UInt64: UInt8] = Dictionary(uniqueKeysWithValues: (UInt8(0x61)...UInt8(0x7A)).map { (TokenHash.hash([$0]), $0) })
}
