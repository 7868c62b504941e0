import Foundation

/// Index files: an index image (`IndexImage`) written as it is, so that reading one is a check,
/// not a parse. Files of the previous format (`CDSANX05`: length-prefixed strings, the trie rebuilt
/// on load) are still read, converted into an image in memory.
public enum IndexFile {
    /// The format's version mark, first in every index file (the cache names files by it).
    public static let magic = IndexImage.magic
    /// The previous version, still read.
    static let previousMagic = Array("CDSANX05".utf8)

    /// The bytes of an index file holding the index.
    public static func encode(_ index: SanctionsIndex) -> [UInt8] { Array(index.image.bytes) }

    /// An index used in place from an image's bytes (a mapped file), checksum and structure checked;
    /// `path` names it in errors.
    public static func read(image: IndexImage, path: String) throws -> SanctionsIndex {
        if image.bytes.starts(with: previousMagic) { return try readPrevious(image.bytes, path: path) }
        return try IndexImageReader.load(image, path: path, checks: .full)
    }

    /// An index from the bytes of an index file (copied); `path` names it in errors.
    public static func read(data: Data, path: String) throws -> SanctionsIndex {
        if data.starts(with: previousMagic) {
            return try data.withUnsafeBytes { try readPrevious($0, path: path) }
        }
        return try read(image: IndexImage(copying: data), path: path)
    }

    /// A file of the previous format, its contents encoded into an image.
    private static func readPrevious(_ bytes: UnsafeRawBufferPointer, path: String) throws -> SanctionsIndex {
        var reader = Reader(bytes: bytes, offset: previousMagic.count)
        do {
            let builtAt = try reader.string()
            let sources = try reader.strings(separatedBy: 0x0A)
            var entries: [SanctionsIndex.Entry] = []
            let entryCount = try reader.u32()
            for _ in 0..<entryCount {
                let id = try reader.string(), list = try reader.string()
                let jurisdiction = Jurisdiction(rawValue: try reader.string()) ?? .other
                let type = EntityType(rawValue: try reader.string()) ?? .organisation
                let name = try reader.string()
                let programs = try reader.strings(separatedBy: 0x1F)
                let listed = try reader.string(), title = try reader.string()
                let imo = try reader.strings(separatedBy: 0x2C)
                entries.append(.init(id: id, list: list, jurisdiction: jurisdiction, type: type, name: name, programs: programs,
                                     listed: listed.isEmpty ? nil : listed, title: title.isEmpty ? nil : title, imoNumbers: imo))
            }
            var patterns: [NamePattern] = []
            var flags: [SanctionsIndex.PatternFlags] = []
            for _ in 0..<(try reader.u32()) {
                let entry = Int32(truncatingIfNeeded: try reader.u32())
                let origin = NamePattern.Origin(rawValue: try reader.byte()) ?? .alias
                flags.append(SanctionsIndex.PatternFlags(rawValue: try reader.byte()))
                let dropped = try reader.byte()
                let identity = UInt32(truncatingIfNeeded: try reader.u32())
                let tokens = try reader.strings(separatedBy: 0x20)
                guard entry >= 0 && entry < entries.count else { throw SanctionsListError.malformed(path, "pattern points past the entries") }
                patterns.append(NamePattern(entry: entry, origin: origin, tokens: tokens, dropped: dropped, identity: identity))
            }
            var persons: [PersonKey] = []
            for _ in 0..<(try reader.u32()) {
                let entry = Int32(truncatingIfNeeded: try reader.u32())
                guard entry >= 0 && entry < entries.count else { throw SanctionsListError.malformed(path, "person points past the entries") }
                persons.append(PersonKey(entry: entry, given: try reader.string(), surname: try reader.string()))
            }
            var distinctive = Set<Int32>()
            for _ in 0..<(try reader.u32()) {
                let pattern = try reader.u32()
                guard pattern < patterns.count else { throw SanctionsListError.malformed(path, "a derived table points past the patterns") }
                distinctive.insert(Int32(pattern))
            }
            var frequencies: [[UInt64: Int]] = []
            for _ in 0..<2 {
                var table: [UInt64: Int] = [:]
                for _ in 0..<(try reader.u32()) { table[try reader.u64()] = try reader.u32() }
                frequencies.append(table)
            }
            let contents = IndexContents(
                sources: sources, builtAt: builtAt, entries: entries, patterns: patterns, patternFlags: flags, persons: persons,
                derived: .init(distinctiveSingleWords: distinctive, givenNameFrequency: frequencies[0], surnameFrequency: frequencies[1]))
            return try IndexImageReader.load(IndexImage(copying: IndexImageWriter.encode(contents)), path: path, checks: .structure)
        } catch is Reader.Truncated {
            throw SanctionsListError.malformed(path, "truncated index")
        }
    }

    /// Reads the previous format's length-prefixed strings and little-endian integers.
    private struct Reader {
        struct Truncated: Error {}
        let bytes: UnsafeRawBufferPointer
        var offset: Int
        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw Truncated() }
            defer { offset += 1 }
            return bytes[offset]
        }
        mutating func u32() throws -> Int {
            guard offset + 4 <= bytes.count else { throw Truncated() }
            defer { offset += 4 }
            return Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
        mutating func u64() throws -> UInt64 {
            guard offset + 8 <= bytes.count else { throw Truncated() }
            defer { offset += 8 }
            return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        }
        /// A string field split at a separator byte, empty pieces left out (as `split` does).
        mutating func strings(separatedBy separator: UInt8) throws -> [String] {
            let count = try u32()
            guard offset + count <= bytes.count else { throw Truncated() }
            defer { offset += count }
            return bytes[offset..<offset + count].split(separator: separator).map { String(decoding: $0, as: UTF8.self) }
        }
        mutating func string() throws -> String {
            let count = try u32()
            guard offset + count <= bytes.count else { throw Truncated() }
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }
    }
}
