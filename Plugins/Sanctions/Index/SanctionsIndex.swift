import Foundation

/// The compact index the matcher scans with: entries (display data only), name patterns as a token
/// trie keyed by spelling-tolerant token keys, person keys for surname-only mentions, and IMO numbers.
public final class SanctionsIndex: Sendable {
    /// Pattern flags computed when the index is built.
    public struct PatternFlags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Every token is an ordinary English word or a particle.
        public static let commonWordsOnly = PatternFlags(rawValue: 1)
        /// Fewer than three tokens are neither particles nor legal forms.
        public static let short = PatternFlags(rawValue: 2)
        /// The name as printed includes a legal form ("Liberty Shipping Co Ltd").
        public static let withLegalForm = PatternFlags(rawValue: 4)
    }

    /// Display data of an entry.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var list: String
        public var jurisdiction: Jurisdiction
        public var type: EntityType
        public var name: String
        public var programs: [String]
        public var listed: String?
        public var title: String?
        public var imoNumbers: [String]
    }

    /// Where the index comes from (list files, dates), one line each.
    public let sources: [String]
    /// When the index was built (ISO date).
    public let builtAt: String
    public let entries: [Entry]
    public let patterns: [NamePattern]
    public let patternFlags: [PatternFlags]
    public let persons: [PersonKey]

    // Matching structures, derived at load.
    let vocabulary: TokenTable
    let trie: TokenTable
    /// Variant hash of a token → the trie node one step from the root: the first step of a walk in one probe.
    let roots: TokenTable
    let terminalStarts: [Int32]
    let terminalPatterns: [Int32]
    let patternExactHash: [UInt64]
    /// Folded hash of a surname token → indices into `persons`.
    let personsBySurname: [UInt64: [Int32]]
    let entriesByIMO: [String: [Int32]]
    /// Per entry, its identity cluster: entries whose names spell the same full name share one.
    let entryCluster: [Int32]
    /// Folded hashes of listed people's first given names: a one-word company name that is also a
    /// given name ("Mirza") does not fire on its own.
    let givenNames: TokenTable
    /// One-token organisation patterns whose entry also carries a longer name with that token and
    /// another substantive word (ROSNEFT beside ROSNEFT OIL COMPANY), or a longer name whose initials
    /// spell it (PDVSA beside PETROLEOS DE VENEZUELA S.A.): the word is the company's own.
    let distinctiveSingleWords: Set<Int32>
    /// Folded hash of a first given name → how many listed people (identity clusters) carry it.
    let givenNameFrequency: [UInt64: Int]
    /// Folded hash of a surname token → how many listed people (identity clusters) carry it.
    let surnameFrequency: [UInt64: Int]

    /// What the index derives from its patterns and persons with string work: stored in the index
    /// file, so that loading an index skips it.
    struct Derived: Equatable {
        var distinctiveSingleWords: Set<Int32>
        var givenNameFrequency: [UInt64: Int]
        var surnameFrequency: [UInt64: Int]
    }

    /// The stored derived tables, as the index file writes them.
    var derived: Derived {
        Derived(distinctiveSingleWords: distinctiveSingleWords, givenNameFrequency: givenNameFrequency,
                surnameFrequency: surnameFrequency)
    }

    init(sources: [String], builtAt: String, entries: [Entry], patterns: [NamePattern], patternFlags: [PatternFlags],
         persons: [PersonKey], derived stored: Derived? = nil) {
        self.sources = sources
        self.builtAt = builtAt
        self.entries = entries
        self.patterns = patterns
        self.patternFlags = patternFlags
        self.persons = persons

        // Token ids by variant key, and trie edges (node, token id) → child, built straight into the
        // open-addressing tables the matcher probes (sized for the worst case: every token new).
        let tokenCount = patterns.reduce(0) { $0 + $1.tokens.count }
        var vocabulary = TokenTable(capacity: tokenCount)
        var variants: [UInt64] = []
        var trie = TokenTable(capacity: tokenCount)
        var nodeCount: Int32 = 1
        var terminalNodes: [Int32] = []
        terminalNodes.reserveCapacity(patterns.count)
        var exact: [UInt64] = []
        exact.reserveCapacity(patterns.count)
        for pattern in patterns {
            var node: Int32 = 0
            var exactHash: UInt64?
            for token in pattern.tokens {
                var token = token
                let (variant, hash) = token.withUTF8 { (VariantKey.hash($0, lowercasing: false), TokenHash.hash($0)) }
                exactHash = TokenHash.combine(exactHash, hash)
                let tokenID: Int32
                if let known = vocabulary[variant] { tokenID = known } else {
                    tokenID = Int32(variants.count)
                    vocabulary[variant] = tokenID
                    variants.append(variant)
                }
                let edge = UInt64(UInt32(node)) << 32 | UInt64(UInt32(tokenID))
                if let child = trie[edge] { node = child } else {
                    trie[edge] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                }
            }
            exact.append(exactHash ?? 0)
            terminalNodes.append(node)
        }
        // Patterns by the node they end at, in pattern order.
        var starts = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        for node in terminalNodes { starts[Int(node) + 1] += 1 }
        for node in 0..<Int(nodeCount) { starts[node + 1] += starts[node] }
        var flat = [Int32](repeating: 0, count: patterns.count)
        var filled = starts
        for (patternIndex, node) in terminalNodes.enumerated() {
            flat[Int(filled[Int(node)])] = Int32(patternIndex)
            filled[Int(node)] += 1
        }
        var roots = TokenTable(capacity: variants.count)
        for (tokenID, variant) in variants.enumerated() {
            if let child = trie[UInt64(UInt32(tokenID))] { roots[variant] = child }
        }
        self.vocabulary = vocabulary
        self.trie = trie
        self.roots = roots
        self.terminalStarts = starts
        self.terminalPatterns = flat
        self.patternExactHash = exact

        var bySurname: [UInt64: [Int32]] = [:]
        for (i, person) in persons.enumerated() where !person.surname.utf8.contains(0x20) {
            bySurname[TokenHash.hash(person.surname), default: []].append(Int32(i))
        }
        personsBySurname = bySurname
        var byIMO: [String: [Int32]] = [:]
        for (i, entry) in entries.enumerated() {
            for imo in entry.imoNumbers { byIMO[imo, default: []].append(Int32(i)) }
        }
        entriesByIMO = byIMO

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
        entryCluster = (0..<Int32(entries.count)).map(root)
        givenNames = TokenTable(set: persons.map { TokenHash.hash($0.given) })

        let derived = stored ?? Self.derive(entries: entries, patterns: patterns, persons: persons, entryCluster: entryCluster)
        distinctiveSingleWords = derived.distinctiveSingleWords
        givenNameFrequency = derived.givenNameFrequency
        surnameFrequency = derived.surnameFrequency
    }

    /// The one-word names that an organisation's longer names also carry (as a word or spelled as
    /// initials), and how many listed people share each given name and surname.
    static func derive(entries: [Entry], patterns: [NamePattern], persons: [PersonKey], entryCluster: [Int32]) -> Derived {
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
        return Derived(distinctiveSingleWords: distinctive, givenNameFrequency: givenHolders.mapValues(\.count),
                       surnameFrequency: surnameHolders.mapValues(\.count))
    }

    /// Builds an index from list entries.
    public convenience init(entries listEntries: [SanctionsEntry], sources: [String], builtAt: String) {
        var entries: [Entry] = []
        var patterns: [NamePattern] = []
        var flags: [PatternFlags] = []
        var persons: [PersonKey] = []
        for (i, entry) in listEntries.enumerated() {
            entries.append(Entry(id: entry.id, list: entry.list, jurisdiction: entry.jurisdiction, type: entry.type,
                                 name: entry.name, programs: entry.programs, listed: entry.listed, title: entry.title,
                                 imoNumbers: entry.imoNumbers))
            let generated = PatternGenerator.patterns(of: entry, index: Int32(i))
            for pattern in generated.patterns {
                patterns.append(pattern)
                let common = pattern.tokens.allSatisfy { NameLexicon.particles.contains($0) || CommonWords.isOrdinaryWord($0) || NameLexicon.isLegalForm($0) }
                let substantive = pattern.tokens.filter { !NameLexicon.particles.contains($0) && !NameLexicon.isLegalForm($0) }.count
                var patternFlags: PatternFlags = common ? .commonWordsOnly : []
                if substantive < 3 { patternFlags.insert(.short) }
                if pattern.tokens.contains(where: { NameLexicon.isLegalForm($0) }) { patternFlags.insert(.withLegalForm) }
                flags.append(patternFlags)
            }
            persons.append(contentsOf: generated.persons)
        }
        self.init(sources: sources, builtAt: builtAt, entries: entries, patterns: patterns, patternFlags: flags, persons: persons)
    }
}
