/// Checks an index image before it is used in place: the header, the section table, every
/// reference into the string pool and between arrays, and every table's shape. A damaged or
/// truncated image is refused with a `SanctionsListError` naming what is wrong; one that passes is
/// never read out of bounds, and no probe of its tables can loop.
enum IndexImageReader {
    /// How much of an image is checked.
    enum Checks {
        /// The checksum, the structure and every value: an image from a file.
        case full
        /// The header, the section table and the arrays' lengths: the executable's own copy, whose
        /// values the tests check in full (`full` reads every page of it, and costs milliseconds).
        case structure
    }

    /// An index over `image`; `path` names it in errors.
    static func load(_ image: IndexImage, path: String, checks: Checks) throws -> SanctionsIndex {
        return SanctionsIndex(checked: image, sections: try check(image, path: path, checks: checks))
    }

    /// The sections of a checked image.
    static func check(_ image: IndexImage, path: String, checks: Checks) throws -> [IndexImage.Section: UnsafeRawBufferPointer] {
        func damaged(_ why: String) -> SanctionsListError { .malformed(path, "damaged index: \(why)") }
        let bytes = image.bytes
        let mark = Array(bytes.prefix(8))
        guard mark == IndexImage.magic else {
            if mark.count == 8, mark.starts(with: Array("CDSANX".utf8)) {
                throw SanctionsListError.malformed(path, "a sanctions index of another Copydesk version (\(String(decoding: mark, as: UTF8.self)), this one reads \(String(decoding: IndexImage.magic, as: UTF8.self))): build it again with `copydesk sanctions build-index` or `copydesk sanctions update`")
            }
            throw SanctionsListError.malformed(path, "not a Copydesk sanctions index")
        }
        guard bytes.count >= IndexImage.headerSize else { throw SanctionsListError.malformed(path, "truncated index (\(bytes.count) bytes)") }
        guard Int(bitPattern: image.base) % 8 == 0 else { throw damaged("the image is not 8-byte aligned in memory") }
        func u32(_ offset: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        func u64(_ offset: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        guard u32(8) <= IndexImage.builtAtCapacity else { throw damaged("the build date field is too long") }
        let length = u64(48)
        guard length == UInt64(bytes.count) else {
            throw SanctionsListError.malformed(path, length > UInt64(bytes.count)
                ? "truncated index (\(bytes.count) bytes of \(length))" : "damaged index: \(bytes.count) bytes where the header says \(length)")
        }
        let thorough = checks == .full
        if thorough {
            guard IndexImage.checksum(UnsafeRawBufferPointer(rebasing: bytes[IndexImage.checksumStart...])) == u64(56) else {
                throw damaged("checksum mismatch (the file was changed or cut after it was written)")
            }
        }
        let sectionCount = u32(64)
        let tableEnd = IndexImage.headerSize + 24 * sectionCount
        guard sectionCount <= 1024, tableEnd <= bytes.count else { throw damaged("the section table runs past the end") }

        var sections: [IndexImage.Section: UnsafeRawBufferPointer] = [:]
        for k in 0..<sectionCount {
            let entry = IndexImage.headerSize + 24 * k
            guard let section = IndexImage.Section(rawValue: UInt32(u32(entry))) else { throw damaged("unknown section \(u32(entry))") }
            let offset = u64(entry + 8), count = u64(entry + 16)
            guard u32(entry + 4) == section.elementSize else { throw damaged("section \(section) has \(u32(entry + 4))-byte elements") }
            let (size, overflow) = count.multipliedReportingOverflow(by: UInt64(section.elementSize))
            guard !overflow, offset % 8 == 0, offset >= UInt64(tableEnd), offset <= UInt64(bytes.count),
                  size <= UInt64(bytes.count) - offset else { throw damaged("section \(section) lies outside the image") }
            guard sections[section] == nil else { throw damaged("section \(section) appears twice") }
            sections[section] = UnsafeRawBufferPointer(rebasing: bytes[Int(offset)..<Int(offset + size)])
        }
        for section in IndexImage.Section.allCases where sections[section] == nil { throw damaged("section \(section) is missing") }

        func values<T: FixedWidthInteger>(_ section: IndexImage.Section, _ type: T.Type) -> UnsafeBufferPointer<T> {
            let buffer = sections[section]!
            return UnsafeBufferPointer(start: buffer.baseAddress!.bindMemory(to: T.self, capacity: buffer.count / MemoryLayout<T>.size),
                                       count: buffer.count / MemoryLayout<T>.size)
        }
        func require(_ section: IndexImage.Section, count: Int) throws {
            guard sections[section]!.count == count * section.elementSize else { throw damaged("section \(section) has the wrong length") }
        }
        func requireAll<T: FixedWidthInteger>(_ section: IndexImage.Section, _ type: T.Type, in range: Range<Int>) throws {
            guard thorough else { return }
            for value in values(section, type) where !range.contains(Int(value)) { throw damaged("section \(section) holds \(value), outside \(range)") }
        }

        let strings = sections[.strings]!.count
        let refs: [IndexImage.Section] = [.entryID, .entryList, .entryName, .entryPrograms, .entryListed, .entryTitle, .entryIMO,
                                          .patternTokens, .personGiven, .personSurname]
        for section in refs where thorough {
            for ref in values(section, UInt64.self) where StringRef.offset(ref) + StringRef.count(ref) > strings {
                throw damaged("section \(section) points past the strings")
            }
        }

        let entries = sections[.entryType]!.count
        for section: IndexImage.Section in [.entryID, .entryList, .entryName, .entryPrograms, .entryListed, .entryTitle, .entryIMO,
                                            .entryJurisdiction, .entryCluster] { try require(section, count: entries) }
        try requireAll(.entryJurisdiction, UInt8.self, in: 0..<IndexImage.jurisdictions.count)
        try requireAll(.entryType, UInt8.self, in: 0..<IndexImage.entityTypes.count)
        try requireAll(.entryCluster, Int32.self, in: 0..<entries)

        let patterns = sections[.patternEntry]!.count / 4
        for section: IndexImage.Section in [.patternIdentity, .patternOrigin, .patternFlags, .patternDropped, .patternTokens,
                                            .patternExactHash, .terminalPatterns] { try require(section, count: patterns) }
        try require(.distinctivePatterns, count: (patterns + 63) / 64)
        try requireAll(.patternEntry, Int32.self, in: 0..<entries)
        try requireAll(.patternOrigin, UInt8.self, in: 0..<4)
        try requireAll(.terminalPatterns, Int32.self, in: 0..<patterns)

        let persons = sections[.personEntry]!.count / 4
        try require(.personGiven, count: persons)
        try require(.personSurname, count: persons)
        try requireAll(.personEntry, Int32.self, in: 0..<entries)

        let nodes = try checkOffsets(values(.terminalStarts, Int32.self), total: patterns, thorough: thorough, damaged: damaged) - 1
        guard nodes >= 1 else { throw damaged("the trie has no root") }

        let surnameGroups = try checkOffsets(values(.surnameGroupStarts, Int32.self), total: values(.surnameGroupMembers, Int32.self).count,
                                             thorough: thorough, damaged: damaged) - 1
        let imoGroups = try checkOffsets(values(.imoGroupStarts, Int32.self), total: values(.imoGroupMembers, Int32.self).count,
                                         thorough: thorough, damaged: damaged) - 1
        try requireAll(.surnameGroupMembers, Int32.self, in: 0..<persons)
        try requireAll(.imoGroupMembers, Int32.self, in: 0..<entries)
        let tables: [(IndexImage.Section, IndexImage.Section, Range<Int>?)] = [
            (.vocabularyKeys, .vocabularyValues, nil), (.trieKeys, .trieValues, 1..<nodes), (.rootKeys, .rootValues, 1..<nodes),
            (.givenNameKeys, .givenNameValues, nil), (.givenFrequencyKeys, .givenFrequencyValues, nil),
            (.surnameFrequencyKeys, .surnameFrequencyValues, nil),
            (.surnameKeys, .surnameValues, 0..<surnameGroups), (.imoKeys, .imoValues, 0..<imoGroups),
        ]
        for (keysSection, valuesSection, range) in tables {
            let keys = values(keysSection, UInt64.self), slotValues = values(valuesSection, Int32.self)
            guard keys.count >= 16, keys.count & (keys.count - 1) == 0, slotValues.count == keys.count else {
                throw damaged("table \(keysSection) is not a power of two of slots")
            }
            guard thorough else { continue }
            guard keys.contains(0) else { throw damaged("table \(keysSection) has no empty slot") }
            // Every value is an index or a count: never negative, even where no bound is known.
            let allowed = range ?? 0..<Int(Int32.max) + 1
            for slot in 0..<keys.count where keys[slot] != 0 && !allowed.contains(Int(slotValues[slot])) {
                throw damaged("table \(keysSection) holds \(slotValues[slot]), outside \(allowed)")
            }
        }
        return sections
    }

    /// Checks offsets into a member array (first 0, never decreasing, last `total`); returns their count.
    private static func checkOffsets(_ offsets: UnsafeBufferPointer<Int32>, total: Int, thorough: Bool,
                                     damaged: (String) -> SanctionsListError) throws -> Int {
        guard let first = offsets.first, first == 0, Int(offsets.last!) == total else { throw damaged("offsets do not span their members") }
        guard thorough else { return offsets.count }
        var previous: Int32 = 0
        for offset in offsets {
            guard offset >= previous else { throw damaged("offsets decrease") }
            previous = offset
        }
        return offsets.count
    }
}
