/// Encodes index contents into an image (`IndexImage`): the token trie, the lookup tables and the
/// derived tables are built here, once, so that loading an image does no work but checking it.
/// The same contents always give the same bytes.
enum IndexImageWriter {
    static func encode(_ contents: IndexContents) -> [UInt8] {
        var image = SectionWriter()
        var pool = StringPool()

        // Token ids by variant key, and trie edges (node, token id) → child.
        let patterns = contents.patterns
        let tokenCount = patterns.reduce(0) { $0 + $1.tokens.count }
        let vocabulary = TokenTable.Builder(capacity: tokenCount)
        var variants: [UInt64] = []
        let trie = TokenTable.Builder(capacity: tokenCount)
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
        let roots = TokenTable.Builder(capacity: variants.count)
        for (tokenID, variant) in variants.enumerated() {
            if let child = trie[UInt64(UInt32(tokenID))] { roots[variant] = child }
        }

        let entryCluster = contents.entryClusters()
        let derived = contents.derived ?? contents.derive(entryCluster: entryCluster)

        image.add(.sources, Array(contents.sources.joined(separator: "\n").utf8))
        let entries = contents.entries
        image.add(.entryID, entries.map { pool.add($0.id) })
        image.add(.entryList, entries.map { pool.add($0.list) })
        image.add(.entryName, entries.map { pool.add($0.name) })
        image.add(.entryPrograms, entries.map { pool.add($0.programs.joined(separator: "\u{1F}")) })
        image.add(.entryListed, entries.map { pool.add($0.listed ?? "") })
        image.add(.entryTitle, entries.map { pool.add($0.title ?? "") })
        image.add(.entryIMO, entries.map { pool.add($0.imoNumbers.joined(separator: ",")) })
        image.add(.entryJurisdiction, entries.map { UInt8(IndexImage.jurisdictions.firstIndex(of: $0.jurisdiction)!) })
        image.add(.entryType, entries.map { UInt8(IndexImage.entityTypes.firstIndex(of: $0.type)!) })
        image.add(.entryCluster, entryCluster)

        image.add(.patternEntry, patterns.map(\.entry))
        image.add(.patternIdentity, patterns.map(\.identity))
        image.add(.patternOrigin, patterns.map(\.origin.rawValue))
        image.add(.patternFlags, contents.patternFlags.map(\.rawValue))
        image.add(.patternDropped, patterns.map(\.dropped))
        image.add(.patternTokens, patterns.map { pool.add($0.tokens.joined(separator: " ")) })
        image.add(.patternExactHash, exact)
        var distinctive = [UInt64](repeating: 0, count: (patterns.count + 63) / 64)
        for p in derived.distinctiveSingleWords { distinctive[Int(p) >> 6] |= 1 << UInt64(p & 63) }
        image.add(.distinctivePatterns, distinctive)

        let persons = contents.persons
        image.add(.personEntry, persons.map(\.entry))
        image.add(.personGiven, persons.map { pool.add($0.given) })
        image.add(.personSurname, persons.map { pool.add($0.surname) })

        image.add(.terminalStarts, starts)
        image.add(.terminalPatterns, flat)
        image.add(.vocabularyKeys, .vocabularyValues, vocabulary.compacted())
        image.add(.trieKeys, .trieValues, trie.compacted())
        image.add(.rootKeys, .rootValues, roots.compacted())
        let givenNames = TokenTable.Builder(capacity: persons.count)
        for person in persons { givenNames[TokenHash.hash(person.given)] = 1 }
        image.add(.givenNameKeys, .givenNameValues, givenNames.compacted())
        image.add(.givenFrequencyKeys, .givenFrequencyValues, frequencyTable(derived.givenNameFrequency))
        image.add(.surnameFrequencyKeys, .surnameFrequencyValues, frequencyTable(derived.surnameFrequency))

        // Persons by one-token surname, and vessels by IMO number: groups in order of first appearance.
        var surnames = Groups()
        for (i, person) in persons.enumerated() where !person.surname.utf8.contains(0x20) {
            surnames.add(Int32(i), to: TokenHash.hash(person.surname))
        }
        image.add(.surnameKeys, .surnameValues, surnames.table)
        image.add(.surnameGroupStarts, surnames.starts)
        image.add(.surnameGroupMembers, surnames.members)
        var imoNumbers = Groups()
        for (i, entry) in entries.enumerated() {
            for imo in entry.imoNumbers {
                if let key = IndexImage.imoKey(imo) { imoNumbers.add(Int32(i), to: key) }
            }
        }
        image.add(.imoKeys, .imoValues, imoNumbers.table)
        image.add(.imoGroupStarts, imoNumbers.starts)
        image.add(.imoGroupMembers, imoNumbers.members)

        image.add(.strings, pool.bytes)
        return image.finish(builtAt: contents.builtAt)
    }

    private static func frequencyTable(_ counts: [UInt64: Int]) -> TokenTable.Builder {
        let table = TokenTable.Builder(capacity: counts.count)
        for (hash, count) in counts.sorted(by: { $0.key < $1.key }) { table[hash] = Int32(clamping: count) }
        return table
    }

    /// Lists of members per key, in order of first appearance; the table maps a key to its list.
    private struct Groups {
        private var order: [UInt64] = []
        private var lists: [UInt64: [Int32]] = [:]

        mutating func add(_ member: Int32, to key: UInt64) {
            if lists[key] == nil { order.append(key) }
            lists[key, default: []].append(member)
        }

        var table: TokenTable.Builder {
            let table = TokenTable.Builder(capacity: order.count)
            for (group, key) in order.enumerated() { table[key] = Int32(group) }
            return table
        }
        var starts: [Int32] {
            var starts: [Int32] = [0]
            for key in order { starts.append(starts.last! + Int32(lists[key]!.count)) }
            return starts
        }
        var members: [Int32] { order.flatMap { lists[$0]! } }
    }

    /// Display strings, each stored once (by its bytes).
    private struct StringPool {
        var bytes: [UInt8] = []
        private var known: [[UInt8]: UInt64] = [:]

        mutating func add(_ string: String) -> UInt64 {
            let utf8 = Array(string.utf8)
            if let ref = known[utf8] { return ref }
            let ref = StringRef.make(offset: bytes.count, count: utf8.count)
            bytes += utf8
            known[utf8] = ref
            return ref
        }
    }

    /// The sections, laid out after the header and the section table.
    private struct SectionWriter {
        private var sections: [(section: IndexImage.Section, bytes: [UInt8])] = []

        mutating func add<C: Collection>(_ section: IndexImage.Section, _ values: C) where C.Element: FixedWidthInteger {
            precondition(MemoryLayout<C.Element>.size == section.elementSize, "section \(section) holds \(section.elementSize)-byte values")
            sections.append((section, Array(values).withUnsafeBytes { Array($0) }))
        }

        mutating func add(_ keys: IndexImage.Section, _ values: IndexImage.Section, _ table: TokenTable.Builder) {
            add(keys, table.keys)
            add(values, table.values)
        }

        func finish(builtAt: String) -> [UInt8] {
            var out = IndexImage.magic
            let date = Array(builtAt.utf8.prefix(IndexImage.builtAtCapacity))
            append(UInt32(date.count), to: &out)
            out += date
            out += [UInt8](repeating: 0, count: 48 - out.count)
            let lengthOffset = out.count
            out += [UInt8](repeating: 0, count: 16)
            append(UInt32(sections.count), to: &out)
            append(UInt32(0), to: &out)
            var offset = IndexImage.headerSize + 24 * sections.count
            for (section, bytes) in sections {
                append(section.rawValue, to: &out)
                append(UInt32(section.elementSize), to: &out)
                append(UInt64(offset), to: &out)
                append(UInt64(bytes.count / section.elementSize), to: &out)
                offset += (bytes.count + 7) / 8 * 8
            }
            for (_, bytes) in sections {
                out += bytes
                out += [UInt8](repeating: 0, count: (8 - bytes.count % 8) % 8)
            }
            var length: [UInt8] = []
            append(UInt64(out.count), to: &length)
            out.replaceSubrange(lengthOffset..<lengthOffset + 8, with: length)
            let checksum = out.withUnsafeBytes { IndexImage.checksum(UnsafeRawBufferPointer(rebasing: $0[IndexImage.checksumStart...])) }
            var sum: [UInt8] = []
            append(checksum, to: &sum)
            out.replaceSubrange(lengthOffset + 8..<lengthOffset + 16, with: sum)
            return out
        }

        private func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
            for k in 0..<MemoryLayout<T>.size { out.append(UInt8(truncatingIfNeeded: value >> (k * 8))) }
        }
    }
}
