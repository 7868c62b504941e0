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

    public init(index: SanctionsIndex) { self.index = index }

    static let particleHashes: Set<UInt64> = Set(NameLexicon.particles.map { TokenHash.hash($0) })
    static let honorificHashes: Set<UInt64> = Set(NameLexicon.honorifics.map { TokenHash.hash($0) })
    static let highOfficeHashes: [UInt64: String] = Dictionary(uniqueKeysWithValues: NameLexicon.highOffices.map { (TokenHash.hash($0), $0) })
    static let legalFormHashes: [[UInt64]] = NameLexicon.legalForms.map { $0.map { TokenHash.hash($0) } }
    static let imoHash = TokenHash.hash("imo")
    static let shipWordHashes: Set<UInt64> = Set([
        "vessel", "vessels", "ship", "ships", "tanker", "tankers", "carrier", "freighter", "cargo", "port", "ports", "imo",
        "crew", "sailed", "sailing", "sails", "docked", "dock", "moored", "anchored", "flagged", "flag", "yacht",
        "superyacht", "boat", "barge", "tug", "trawler", "maritime", "shipping", "voyage", "bulker", "hull", "harbour",
        "harbor", "berth", "berthed", "coastguard", "strait", "seized", "shadow", "fleet", "offshore", "sea", "waters",
        "steamed", "loaded", "unloaded", "transshipment", "mmsi", "aboard", "captain", "navy",
    ].map { TokenHash.hash($0) })
    static let commonWordHashes: Set<UInt64> = Set(CommonWords.set.map { TokenHash.hash($0) })

    /// All mentions in a text, in order.
    public func mentions(in text: String) -> [Mention] {
        let tokens = TextTokenizer.tokens(of: text)
        let bytes = Array(text.utf8)
        guard !tokens.isEmpty else { return [] }
        var shipSentences: Set<Int32> = []
        for token in tokens where Self.shipWordHashes.contains(token.exact) { shipSentences.insert(token.sentence) }

        var mentions: [Mention] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isCapitalised, let found = longestMatch(at: i, tokens: tokens, shipSentences: shipSentences) {
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

    private func longestMatch(at start: Int, tokens: [TextToken], shipSentences: Set<Int32>) -> (mention: Mention, tokens: Range<Int>)? {
        var node: Int32 = 0
        var ends: [(end: Int, node: Int32)] = []
        var j = start
        while j < tokens.count {
            if j > start && tokens[j].flags.contains(.breakBefore) { break }
            guard let tokenID = index.vocabulary[tokens[j].variant],
                  let child = index.trie[UInt64(UInt32(node)) << 32 | UInt64(UInt32(tokenID))] else { break }
            node = child
            j += 1
            if index.terminalStarts[Int(node)] < index.terminalStarts[Int(node) + 1] { ends.append((j, node)) }
            if tokens[j - 1].flags.contains(.possessive) { break }
        }
        for candidate in ends.reversed() {
            if let mention = accept(start: start, end: candidate.end, node: candidate.node, tokens: tokens, shipSentences: shipSentences) {
                return mention
            }
        }
        return nil
    }

    private func accept(start: Int, end: Int, node: Int32, tokens: [TextToken], shipSentences: Set<Int32>) -> (mention: Mention, tokens: Range<Int>)? {
        let count = end - start
        // Shape: the last token is capitalised; lowercase tokens inside are particles.
        guard tokens[end - 1].isCapitalised || tokens[end - 1].flags.contains(.digits) else { return nil }
        for k in start..<end where !tokens[k].isCapitalised && !tokens[k].flags.contains(.digits) {
            if !Self.particleHashes.contains(tokens[k].exact) { return nil }
        }
        var exactHash: UInt64?
        for k in start..<end { exactHash = TokenHash.combine(exactHash, tokens[k].exact) }
        let legalBefore = legalFormLength(tokens, endingAt: start)
        let legalAfter = legalFormLength(tokens, startingAt: end)
        let inShipContext = shipSentences.contains(tokens[start].sentence)

        var accepted: [(pattern: Int32, exact: Bool)] = []
        let lower = Int(index.terminalStarts[Int(node)]), upper = Int(index.terminalStarts[Int(node) + 1])
        for slot in lower..<upper {
            let p = index.terminalPatterns[slot]
            let pattern = index.patterns[Int(p)]
            let entry = index.entries[Int(pattern.entry)]
            let flags = index.patternFlags[Int(p)]
            let isExact = index.patternExactHash[Int(p)] == exactHash
            switch entry.type {
            case .person:
                guard count >= 2 else { continue }
                if tokens[start].flags.contains(.singleLetter) || tokens[end - 1].flags.contains(.singleLetter) { continue }
            case .organisation, .aircraft:
                if count == 1 {
                    guard isExact, !flags.contains(.commonWordsOnly), tokens[start].length >= 4,
                          !Self.commonWordHashes.contains(tokens[start].exact) else { continue }
                } else if flags.contains(.commonWordsOnly) && count < 3 && legalBefore == 0 && legalAfter == 0 {
                    continue
                }
                if entry.type == .aircraft && count == 1 { continue }
            case .vessel:
                guard inShipContext else { continue }
                if count == 1 && !tokens[start].flags.contains(.allCaps) && Self.commonWordHashes.contains(tokens[start].exact) { continue }
            }
            if pattern.origin == .weak && (count < 2 || flags.contains(.commonWordsOnly)) { continue }
            accepted.append((p, isExact))
        }
        guard !accepted.isEmpty else { return nil }
        let anyExact = accepted.contains { $0.exact }
        let chosen = accepted.filter { $0.exact == anyExact }
        var entries: [Int32] = []
        var kind = Mention.Kind.variant
        var score = 0.8
        for (p, isExact) in chosen {
            let pattern = index.patterns[Int(p)]
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
        let isCompany = entries.contains { index.entries[Int($0)].type == .organisation }
        if isCompany {
            lowerToken -= legalBefore
            upperToken += legalAfter
        }
        let range = tokens[lowerToken].start..<tokens[upperToken - 1].end
        return (Mention(range: range, entries: entries, kind: kind, score: score, firstMention: nil), lowerToken..<upperToken)
    }

    /// Length in tokens of a capitalised legal form ending just before `end`.
    private func legalFormLength(_ tokens: [TextToken], endingAt end: Int) -> Int {
        for form in Self.legalFormHashes where end - form.count >= 0 {
            let first = end - form.count
            if (first..<end).allSatisfy({ tokens[$0].isCapitalised }) && zip(first..<end, form).allSatisfy({ tokens[$0].exact == $1 })
                && (first + 1..<end + (end < tokens.count ? 1 : 0)).allSatisfy({ !tokens[$0].flags.contains(.breakBefore) }) {
                return form.count
            }
        }
        return 0
    }

    /// Length in tokens of a capitalised legal form starting at `start`.
    private func legalFormLength(_ tokens: [TextToken], startingAt start: Int) -> Int {
        for form in Self.legalFormHashes where start + form.count <= tokens.count {
            let range = start..<start + form.count
            if range.allSatisfy({ tokens[$0].isCapitalised && !tokens[$0].flags.contains(.breakBefore) })
                && zip(range, form).allSatisfy({ tokens[$0].exact == $1 }) {
                return form.count
            }
        }
        return 0
    }

    // MARK: - IMO numbers

    /// A valid 7-digit IMO number shortly after the word "IMO", resolved to the vessels carrying it.
    private func imoMention(at position: Int, tokens: [TextToken], bytes: [UInt8]) -> Mention? {
        let token = tokens[position]
        guard (max(0, position - 3)..<position).contains(where: { tokens[$0].exact == Self.imoHash }) else { return nil }
        let digits = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
        guard Self.isValidIMO(digits), let entries = index.entriesByIMO[digits] else { return nil }
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
        var tokenIndexByStart: [Int: Int] = [:]
        for (k, token) in tokens.enumerated() { tokenIndexByStart[token.start] = k }
        for mention in mentions where mention.firstMention == nil {
            guard let firstToken = tokenIndexByStart[mention.range.lowerBound] else { continue }
            var lastToken = firstToken
            while lastToken + 1 < tokens.count && tokens[lastToken + 1].start < mention.range.upperBound { lastToken += 1 }
            let types = Set(mention.entries.map { index.entries[Int($0)].type })
            if types.contains(.person), lastToken > firstToken {
                let surname = tokens[lastToken]
                if surname.length >= 3, linkable[surname.variant] == nil {
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
        for k in tokens.indices where !covered[k] && tokens[k].isCapitalised && tokens[k].length >= 3 {
            let token = tokens[k]
            let previousIsName = k > 0 && !token.flags.contains(.breakBefore) && tokens[k - 1].isCapitalised
                && !Self.honorificHashes.contains(tokens[k - 1].exact)
            let nextIsName = k + 1 < tokens.count && !tokens[k + 1].flags.contains(.breakBefore) && tokens[k + 1].isCapitalised
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
            guard !nextIsName, k > 0, !token.flags.contains(.breakBefore) || tokens[k - 1].flags.contains(.singleLetter) else { continue }
            let previous = tokens[k - 1]
            if Self.honorificHashes.contains(previous.exact), previous.isCapitalised, !covered[k - 1],
               let entries = uniquePerson(surname: token.variant, office: Self.highOfficeHashes[previous.exact], initial: nil) {
                mentions.append(Mention(range: token.start..<token.end, entries: entries, kind: .partial, score: 0.75, firstMention: nil))
                covered[k] = true
                linkable[token.variant] = (entries, token.start..<token.end, k)
            } else if previous.flags.contains(.singleLetter), previous.flags.contains(.followedByDot), previous.isCapitalised,
                      !covered[k - 1], let initial = initialLetter(previous, tokens: tokens),
                      let entries = uniquePerson(surname: token.variant, office: nil, initial: initial) {
                mentions.append(Mention(range: previous.start..<token.end, entries: entries, kind: .partial, score: 0.75, firstMention: nil))
                covered[k] = true
                covered[k - 1] = true
                linkable[token.variant] = (entries, previous.start..<token.end, k)
            }
        }
    }

    /// The entries of the one person a surname names, narrowed by an office or an initial; nil when
    /// no person or several people fit.
    private func uniquePerson(surname: UInt64, office: String?, initial: UInt8?) -> [Int32]? {
        guard let candidates = index.personsBySurname[surname] else { return nil }
        var clusters: [UInt64: [Int32]] = [:]
        var officeHolders: Set<UInt64> = []
        for c in candidates {
            let person = index.persons[Int(c)]
            if let initial, person.given.utf8.first != initial { continue }
            let given = TokenHash.hash(VariantKey.make(Array(person.given.utf8)))
            if !(clusters[given]?.contains(person.entry) ?? false) { clusters[given, default: []].append(person.entry) }
            if let office, index.entries[Int(person.entry)].title?.lowercased().contains(office) ?? false { officeHolders.insert(given) }
        }
        if clusters.count == 1 { return clusters.values.first }
        if office != nil, officeHolders.count == 1, let only = officeHolders.first { return clusters[only] }
        return nil
    }

    private func initialLetter(_ token: TextToken, tokens: [TextToken]) -> UInt8? {
        guard let letter = initialLetters[token.exact] else { return nil }
        return letter
    }

    private var initialLetters: [UInt64: UInt8] { Self.initialLetterTable }
    static let initialLetterTable: [UInt64: UInt8] = Dictionary(uniqueKeysWithValues: (UInt8(0x61)...UInt8(0x7A)).map { (TokenHash.hash([$0]), $0) })
}
