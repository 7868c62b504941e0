/// What an index is made of before it is encoded into an image: entries' display data, the folded
/// name patterns with their flags, the person keys and (when already known) the tables derived
/// from them. Made from list entries, or read from an index file of the previous format.
struct IndexContents {
    var sources: [String]
    var builtAt: String
    var entries: [SanctionsIndex.Entry]
    var patterns: [NamePattern]
    var patternFlags: [SanctionsIndex.PatternFlags]
    var persons: [PersonKey]
    /// Nil: derived when the image is written.
    var derived: SanctionsIndex.Derived?

    init(sources: [String], builtAt: String, entries: [SanctionsIndex.Entry], patterns: [NamePattern],
         patternFlags: [SanctionsIndex.PatternFlags], persons: [PersonKey], derived: SanctionsIndex.Derived?) {
        self.sources = sources
        self.builtAt = builtAt
        self.entries = entries
        self.patterns = patterns
        self.patternFlags = patternFlags
        self.persons = persons
        self.derived = derived
    }

    /// The contents of an index of list entries: each entry's name patterns and person keys.
    init(entries listEntries: [SanctionsEntry], sources: [String], builtAt: String) {
        var entries: [SanctionsIndex.Entry] = []
        var patterns: [NamePattern] = []
        var flags: [SanctionsIndex.PatternFlags] = []
        var persons: [PersonKey] = []
        for (i, entry) in listEntries.enumerated() {
            entries.append(SanctionsIndex.Entry(id: entry.id, list: entry.list, jurisdiction: entry.jurisdiction, type: entry.type,
                                                name: entry.name, programs: entry.programs, listed: entry.listed, title: entry.title,
                                                imoNumbers: entry.imoNumbers))
            let generated = PatternGenerator.patterns(of: entry, index: Int32(i))
            for pattern in generated.patterns {
                patterns.append(pattern)
                let common = pattern.tokens.allSatisfy { NameLexicon.particles.contains($0) || CommonWords.isOrdinaryWord($0) || NameLexicon.isLegalForm($0) }
                let substantive = pattern.tokens.filter { !NameLexicon.particles.contains($0) && !NameLexicon.isLegalForm($0) }.count
                var patternFlags: SanctionsIndex.PatternFlags = common ? .commonWordsOnly : []
                if substantive < 3 { patternFlags.insert(.short) }
                if pattern.tokens.contains(where: { NameLexicon.isLegalForm($0) }) { patternFlags.insert(.withLegalForm) }
                flags.append(patternFlags)
            }
            persons.append(contentsOf: generated.persons)
        }
        self.init(sources: sources, builtAt: builtAt, entries: entries, patterns: patterns, patternFlags: flags,
                  persons: persons, derived: nil)
    }

    /// Per entry, its identity cluster: entries whose names spell the same full name share one
    /// ("PEEVSKI, Delyan Slavchev" on one list and "Delyan Slavchev PEEVSKI" on another).
    func entryClusters() -> [Int32] {
        var parent = Array(Int32(0)..<Int32(entries.count))
        func root(_ x: Int32) -> Int32 {
            var x = x
            while parent[Int(x)] != x { parent[Int(x)] = parent[Int(parent[Int(x)])]; x = parent[Int(x)] }
            return x
        }
        var firstByIdentity: [UInt32: Int32] = [:]
        for pattern in patterns where pattern.identity != 0 && pattern.origin != .weak {
            if let other = firstByIdentity[pattern.identity] {
                let a = root(other), b = root(pattern.entry)
                if a != b { parent[Int(b)] = a }
            } else {
                firstByIdentity[pattern.identity] = pattern.entry
            }
        }
        return (0..<Int32(entries.count)).map(root)
    }

    /// The one-word names that an organisation's longer names also carry (as a word or spelled as
    /// initials), and how many listed people share each given name and surname.
    func derive(entryCluster: [Int32]) -> SanctionsIndex.Derived {
        func substantive(_ tokens: [String]) -> [String] {
            tokens.filter { !NameLexicon.particles.contains($0) && !NameLexicon.isLegalForm($0) }
        }
        func initials(_ tokens: [String]) -> String { String(tokens.compactMap(\.first)) }
        var longerNameWords: [Int32: Set<String>] = [:]
        for pattern in patterns where entries[Int(pattern.entry)].type == .organisation {
            let words = substantive(pattern.tokens)
            guard words.count >= 2 else { continue }
            longerNameWords[pattern.entry, default: []].formUnion(words)
            let spelled = [initials(pattern.tokens), initials(pattern.tokens.filter { !NameLexicon.particles.contains($0) }),
                           initials(pattern.tokens.dropLast()) + (pattern.tokens.last ?? "")]
            longerNameWords[pattern.entry, default: []].formUnion(spelled.filter { $0.count >= 3 })
        }
        var distinctive: Set<Int32> = []
        for (p, pattern) in patterns.enumerated() where pattern.tokens.count == 1 {
            if longerNameWords[pattern.entry]?.contains(pattern.tokens[0]) ?? false { distinctive.insert(Int32(p)) }
        }
        var givenHolders: [UInt64: Set<Int32>] = [:], surnameHolders: [UInt64: Set<Int32>] = [:]
        for person in persons {
            let cluster = entryCluster[Int(person.entry)]
            if let first = person.given.split(separator: " ").first {
                givenHolders[TokenHash.hash(String(first)), default: []].insert(cluster)
            }
            if let last = person.surname.split(separator: " ").last {
                surnameHolders[TokenHash.hash(String(last)), default: []].insert(cluster)
            }
        }
        return SanctionsIndex.Derived(distinctiveSingleWords: distinctive, givenNameFrequency: givenHolders.mapValues(\.count),
                                      surnameFrequency: surnameHolders.mapValues(\.count))
    }
}
