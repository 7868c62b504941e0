/// The compact index the matcher scans with: entries (display data only), name patterns as a token
/// trie keyed by spelling-tolerant token keys, person keys for surname-only mentions, and IMO numbers.
///
/// An index is a view of an image (`IndexImage`) used in place: loading one checks it and decodes
/// nothing else; an entry's display strings are decoded when a mention names it. An index built
/// from lists (`init(entries:sources:builtAt:)`) is encoded into an image in memory first, so
/// every index is read the one way.
public final class SanctionsIndex: @unchecked Sendable {
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

    /// What the matcher reads of a pattern: everything but its tokens.
    struct PatternInfo {
        var entry: Int32
        var origin: NamePattern.Origin
        var dropped: UInt8
        var flags: PatternFlags
    }

    /// The image the index is a view of (kept alive by the index).
    public let image: IndexImage
    /// Where the index comes from (list files, dates), one line each.
    public let sources: [String]
    /// How a source line starts when the list only completed the others' entries (`supplement`): its
    /// date says nothing about which designations the index knows.
    public static let supplementSourcePrefix = "supplement: "
    /// When the index was built (ISO date).
    public let builtAt: String

    // The image's arrays.
    private let strings: UnsafePointer<UInt8>
    private let entryStrings: [IndexImage.Section: ImageArray<UInt64>]
    private let entryJurisdictions: ImageArray<UInt8>
    private let entryTypes: ImageArray<UInt8>
    let entryCluster: ImageArray<Int32>
    private let patternEntries: ImageArray<Int32>
    private let patternIdentities: ImageArray<UInt32>
    private let patternOrigins: ImageArray<UInt8>
    private let patternFlagBytes: ImageArray<UInt8>
    private let patternDropped: ImageArray<UInt8>
    private let patternTokens: ImageArray<UInt64>
    let patternExactHash: ImageArray<UInt64>
    private let distinctiveBits: ImageArray<UInt64>
    private let personEntries: ImageArray<Int32>
    private let personGiven: ImageArray<UInt64>
    private let personSurname: ImageArray<UInt64>
    let terminalStarts: ImageArray<Int32>
    let terminalPatterns: ImageArray<Int32>
    let vocabulary: TokenTable
    let trie: TokenTable
    /// Variant hash of a token → the trie node one step from the root: the first step of a walk in one probe.
    let roots: TokenTable
    /// Folded hashes of listed people's first given names: a one-word company name that is also a
    /// given name ("Mirza") does not fire on its own.
    let givenNames: TokenTable
    /// Folded hash of a first given name → how many listed people (identity clusters) carry it.
    private let givenFrequency: TokenTable
    /// Folded hash of a surname token → how many listed people (identity clusters) carry it.
    private let surnameFrequency: TokenTable
    /// Folded hash of a one-token surname → its group in `surnameGroups`.
    private let surnames: TokenTable
    private let surnameGroups: (starts: ImageArray<Int32>, members: ImageArray<Int32>)
    /// A 7-digit IMO number's value + 2 → its group in `imoGroups`.
    private let imoNumbers: TokenTable
    private let imoGroups: (starts: ImageArray<Int32>, members: ImageArray<Int32>)

    /// An index over a checked image (`IndexImageReader.load`), whose sections are `sections`.
    init(checked image: IndexImage, sections: [IndexImage.Section: UnsafeRawBufferPointer]) {
        self.image = image
        func array<T>(_ section: IndexImage.Section, _ type: T.Type) -> ImageArray<T> {
            let buffer = sections[section]!
            let count = buffer.count / MemoryLayout<T>.stride
            return ImageArray(base: UnsafeRawPointer(buffer.baseAddress!).bindMemory(to: T.self, capacity: count), count: count)
        }
        func table(_ keys: IndexImage.Section, _ values: IndexImage.Section) -> TokenTable {
            let keyArray = array(keys, UInt64.self), valueArray = array(values, Int32.self)
            return TokenTable(keys: keyArray.base, values: valueArray.base, slots: keyArray.count)
        }
        func string(_ buffer: UnsafeRawBufferPointer) -> String {
            String(decoding: buffer.bindMemory(to: UInt8.self), as: UTF8.self)
        }
        builtAt = String(decoding: UnsafeRawBufferPointer(start: image.base + 12, count: Int(image.base.loadUnaligned(fromByteOffset: 8, as: UInt32.self))).bindMemory(to: UInt8.self), as: UTF8.self)
        sources = string(sections[.sources]!).split(separator: "\n").map(String.init)
        strings = array(.strings, UInt8.self).base
        var entryStrings: [IndexImage.Section: ImageArray<UInt64>] = [:]
        for section in [IndexImage.Section.entryID, .entryList, .entryName, .entryPrograms, .entryListed, .entryTitle, .entryIMO] {
            entryStrings[section] = array(section, UInt64.self)
        }
        self.entryStrings = entryStrings
        entryJurisdictions = array(.entryJurisdiction, UInt8.self)
        entryTypes = array(.entryType, UInt8.self)
        entryCluster = array(.entryCluster, Int32.self)
        patternEntries = array(.patternEntry, Int32.self)
        patternIdentities = array(.patternIdentity, UInt32.self)
        patternOrigins = array(.patternOrigin, UInt8.self)
        patternFlagBytes = array(.patternFlags, UInt8.self)
        patternDropped = array(.patternDropped, UInt8.self)
        patternTokens = array(.patternTokens, UInt64.self)
        patternExactHash = array(.patternExactHash, UInt64.self)
        distinctiveBits = array(.distinctivePatterns, UInt64.self)
        personEntries = array(.personEntry, Int32.self)
        personGiven = array(.personGiven, UInt64.self)
        personSurname = array(.personSurname, UInt64.self)
        terminalStarts = array(.terminalStarts, Int32.self)
        terminalPatterns = array(.terminalPatterns, Int32.self)
        vocabulary = table(.vocabularyKeys, .vocabularyValues)
        trie = table(.trieKeys, .trieValues)
        roots = table(.rootKeys, .rootValues)
        givenNames = table(.givenNameKeys, .givenNameValues)
        givenFrequency = table(.givenFrequencyKeys, .givenFrequencyValues)
        surnameFrequency = table(.surnameFrequencyKeys, .surnameFrequencyValues)
        surnames = table(.surnameKeys, .surnameValues)
        surnameGroups = (array(.surnameGroupStarts, Int32.self), array(.surnameGroupMembers, Int32.self))
        imoNumbers = table(.imoKeys, .imoValues)
        imoGroups = (array(.imoGroupStarts, Int32.self), array(.imoGroupMembers, Int32.self))
    }

    /// Builds an index from list entries.
    public convenience init(entries listEntries: [SanctionsEntry], sources: [String], builtAt: String) {
        let contents = IndexContents(entries: listEntries, sources: sources, builtAt: builtAt)
        let image = IndexImage(copying: IndexImageWriter.encode(contents))
        do {
            self.init(checked: image, sections: try IndexImageReader.check(image, path: "built index", checks: .structure))
        } catch {
            preconditionFailure("an index image just written does not read back: \(error)")
        }
    }

    // MARK: - Display data, decoded on request

    private func string(_ ref: UInt64) -> String {
        String(decoding: UnsafeBufferPointer(start: strings + StringRef.offset(ref), count: StringRef.count(ref)), as: UTF8.self)
    }

    private func strings(_ ref: UInt64, separatedBy separator: UInt8) -> [String] {
        UnsafeBufferPointer(start: strings + StringRef.offset(ref), count: StringRef.count(ref))
            .split(separator: separator).map { String(decoding: $0, as: UTF8.self) }
    }

    /// How many entries the index holds.
    public var entryCount: Int { entryTypes.count }

    /// An entry's display data.
    public func entry(_ i: Int) -> Entry {
        func field(_ section: IndexImage.Section) -> UInt64 { entryStrings[section]![i] }
        let listed = string(field(.entryListed)), title = string(field(.entryTitle))
        return Entry(id: string(field(.entryID)), list: string(field(.entryList)),
                     jurisdiction: IndexImage.jurisdictions[Int(entryJurisdictions[i])],
                     type: entryType(i), name: string(field(.entryName)),
                     programs: strings(field(.entryPrograms), separatedBy: 0x1F),
                     listed: listed.isEmpty ? nil : listed, title: title.isEmpty ? nil : title,
                     imoNumbers: strings(field(.entryIMO), separatedBy: 0x2C))
    }

    /// An entry's type, without its strings.
    func entryType(_ i: Int) -> EntityType { IndexImage.entityTypes[Int(entryTypes[i])] }

    /// An entry's title, if it has one.
    func entryTitle(_ i: Int) -> String? {
        let title = string(entryStrings[.entryTitle]![i])
        return title.isEmpty ? nil : title
    }

    /// The jurisdictions of the index's entries.
    public var jurisdictions: Set<Jurisdiction> {
        var seen = [Bool](repeating: false, count: IndexImage.jurisdictions.count)
        for code in entryJurisdictions { seen[Int(code)] = true }
        return Set(seen.indices.filter { seen[$0] }.map { IndexImage.jurisdictions[$0] })
    }

    /// Every entry's display data, decoded one at a time.
    public var entries: Entries { Entries(index: self) }

    /// The name patterns, decoded one at a time.
    public var patterns: Patterns { Patterns(index: self) }

    /// The person keys, decoded one at a time.
    public var persons: Persons { Persons(index: self) }

    /// A pattern's entry, origin, left-out name parts and flags.
    @inline(__always)
    func patternInfo(_ p: Int32) -> PatternInfo {
        let i = Int(p)
        return PatternInfo(entry: patternEntries[i], origin: NamePattern.Origin(rawValue: patternOrigins[i])!,
                           dropped: patternDropped[i], flags: PatternFlags(rawValue: patternFlagBytes[i]))
    }

    /// A pattern's flags.
    public func flags(ofPattern p: Int) -> PatternFlags { PatternFlags(rawValue: patternFlagBytes[p]) }

    func pattern(_ i: Int) -> NamePattern {
        NamePattern(entry: patternEntries[i], origin: NamePattern.Origin(rawValue: patternOrigins[i])!,
                    tokens: strings(patternTokens[i], separatedBy: 0x20), dropped: patternDropped[i],
                    identity: patternIdentities[i])
    }

    /// The tokens of every name pattern of an entry (patterns are stored in entry order).
    func patternTokens(ofEntry entry: Int32) -> [[String]] {
        var low = 0, high = patternEntries.count
        while low < high {
            let mid = (low + high) / 2
            if patternEntries[mid] < entry { low = mid + 1 } else { high = mid }
        }
        var result: [[String]] = []
        while low < patternEntries.count && patternEntries[low] == entry {
            result.append(strings(patternTokens[low], separatedBy: 0x20))
            low += 1
        }
        return result
    }

    func person(_ i: Int) -> PersonKey {
        PersonKey(entry: personEntries[i], given: string(personGiven[i]), surname: string(personSurname[i]))
    }

    // MARK: - Lookups

    /// Whether a one-token organisation pattern's word is the company's own: its entry also carries a
    /// longer name with that token and another substantive word (ROSNEFT beside ROSNEFT OIL COMPANY), or
    /// a longer name whose initials spell it (PDVSA beside PETROLEOS DE VENEZUELA S.A.).
    func isDistinctiveSingleWord(_ p: Int32) -> Bool {
        distinctiveBits[Int(p) >> 6] & (1 << UInt64(p & 63)) != 0
    }

    /// How many listed people (identity clusters) carry this first given name (a folded token's hash).
    func givenNameHolders(_ hash: UInt64) -> Int { Int(givenFrequency[hash] ?? 0) }

    /// How many listed people (identity clusters) carry this surname token (a folded token's hash).
    func surnameHolders(_ hash: UInt64) -> Int { Int(surnameFrequency[hash] ?? 0) }

    /// Indices into `persons` of the one-token surname with this folded hash, in order.
    func persons(withSurname hash: UInt64) -> ArraySlice<Int32>? {
        guard let group = surnames[hash] else { return nil }
        return members(of: Int(group), in: surnameGroups)
    }

    /// The entries carrying an IMO number (seven ASCII digits), in order.
    func entries(withIMO digits: String) -> [Int32]? {
        guard let key = IndexImage.imoKey(digits), let group = imoNumbers[key] else { return nil }
        return Array(members(of: Int(group), in: imoGroups))
    }

    private func members(of group: Int, in groups: (starts: ImageArray<Int32>, members: ImageArray<Int32>)) -> ArraySlice<Int32> {
        let lower = Int(groups.starts[group]), upper = Int(groups.starts[group + 1])
        return ArraySlice(UnsafeBufferPointer(start: groups.members.base + lower, count: upper - lower))
    }

    /// What the index derives from its patterns and persons with string work, stored in the image.
    struct Derived: Equatable {
        var distinctiveSingleWords: Set<Int32>
        var givenNameFrequency: [UInt64: Int]
        var surnameFrequency: [UInt64: Int]
    }

    /// The derived tables, as sets and dictionaries.
    var derived: Derived {
        func dictionary(_ table: TokenTable) -> [UInt64: Int] {
            Dictionary(uniqueKeysWithValues: table.pairs.map { ($0.key, Int($0.value)) })
        }
        return Derived(distinctiveSingleWords: Set((0..<Int32(patternEntries.count)).filter(isDistinctiveSingleWord)),
                       givenNameFrequency: dictionary(givenFrequency), surnameFrequency: dictionary(surnameFrequency))
    }
}

extension SanctionsIndex {
    /// The entries of an index, decoded on access.
    public struct Entries: RandomAccessCollection, Equatable, Sendable {
        let index: SanctionsIndex
        public var startIndex: Int { 0 }
        public var endIndex: Int { index.entryCount }
        public subscript(position: Int) -> Entry { index.entry(position) }
        public static func == (a: Entries, b: Entries) -> Bool { a.elementsEqual(b) }
    }

    /// The name patterns of an index, decoded on access.
    public struct Patterns: RandomAccessCollection, Equatable, Sendable {
        let index: SanctionsIndex
        public var startIndex: Int { 0 }
        public var endIndex: Int { index.patternEntries.count }
        public subscript(position: Int) -> NamePattern { index.pattern(position) }
        public static func == (a: Patterns, b: Patterns) -> Bool { a.elementsEqual(b) }
    }

    /// The person keys of an index, decoded on access.
    public struct Persons: RandomAccessCollection, Equatable, Sendable {
        let index: SanctionsIndex
        public var startIndex: Int { 0 }
        public var endIndex: Int { index.personEntries.count }
        public subscript(position: Int) -> PersonKey { index.person(position) }
        public static func == (a: Persons, b: Persons) -> Bool { a.elementsEqual(b) }
    }
}
