import Foundation

/// The compact on-disk form of a `SanctionsIndex`: length-prefixed UTF-8 strings and little-endian
/// integers. It holds entries' display data, the folded name patterns and (from version 5) the tables
/// derived from them by string work; the trie is rebuilt on load.
public enum IndexFile {
    /// The format's version mark, first in every index file (the cache names files by it).
    public static let magic = Array("CDSANX05".utf8)
    /// The previous version, still read: its derived tables are computed on load.
    static let previousMagic = Array("CDSANX04".utf8)

    /// The index in the file format.
    public static func encode(_ index: SanctionsIndex) -> [UInt8] {
        var out = Writer()
        out.bytes.append(contentsOf: magic)
        out.string(index.builtAt)
        out.string(index.sources.joined(separator: "\n"))
        out.u32(index.entries.count)
        for entry in index.entries {
            out.string(entry.id)
            out.string(entry.list)
            out.string(entry.jurisdiction.rawValue)
            out.string(entry.type.rawValue)
            out.string(entry.name)
            out.string(entry.programs.joined(separator: "\u{1F}"))
            out.string(entry.listed ?? "")
            out.string(entry.title ?? "")
            out.string(entry.imoNumbers.joined(separator: ","))
        }
        out.u32(index.patterns.count)
        for (i, pattern) in index.patterns.enumerated() {
            out.u32(Int(pattern.entry))
            out.bytes.append(pattern.origin.rawValue)
            out.bytes.append(index.patternFlags[i].rawValue)
            out.bytes.append(pattern.dropped)
            out.u32(Int(pattern.identity))
            out.string(pattern.tokens.joined(separator: " "))
        }
        out.u32(index.persons.count)
        for person in index.persons {
            out.u32(Int(person.entry))
            out.string(person.given)
            out.string(person.surname)
        }
        let derived = index.derived
        let distinctive = derived.distinctiveSingleWords.sorted()
        out.u32(distinctive.count)
        for pattern in distinctive { out.u32(Int(pattern)) }
        for frequencies in [derived.givenNameFrequency, derived.surnameFrequency] {
            out.u32(frequencies.count)
            for (hash, count) in frequencies.sorted(by: { $0.key < $1.key }) {
                out.u64(hash)
                out.u32(count)
            }
        }
        return out.bytes
    }

    /// An index from the bytes of an index file; `path` names it in errors.
    public static func read(data: Data, path: String) throws -> SanctionsIndex {
        let bytes = [UInt8](data)
        var reader = Reader(bytes: bytes)
        let version = bytes.count > magic.count ? Array(bytes[0..<magic.count]) : []
        guard version == magic || version == previousMagic else {
            throw SanctionsListError.malformed(path, "not a Copydesk sanctions index (or an older version)")
        }
        reader.offset = magic.count
        do {
            let builtAt = try reader.string()
            let sources = try reader.strings(separatedBy: 0x0A)
            var entries: [SanctionsIndex.Entry] = []
            let entryCount = try reader.u32()
            entries.reserveCapacity(entryCount)
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
            let patternCount = try reader.u32()
            var patterns: [NamePattern] = []
            var flags: [SanctionsIndex.PatternFlags] = []
            patterns.reserveCapacity(patternCount)
            for _ in 0..<patternCount {
                let entry = Int32(try reader.u32())
                let origin = NamePattern.Origin(rawValue: try reader.byte()) ?? .alias
                flags.append(SanctionsIndex.PatternFlags(rawValue: try reader.byte()))
                let dropped = try reader.byte()
                let identity = UInt32(try reader.u32())
                let tokens = try reader.strings(separatedBy: 0x20)
                guard entry < entries.count else { throw SanctionsListError.malformed(path, "pattern points past the entries") }
                patterns.append(NamePattern(entry: entry, origin: origin, tokens: tokens, dropped: dropped, identity: identity))
            }
            let personCount = try reader.u32()
            var persons: [PersonKey] = []
            for _ in 0..<personCount {
                let entry = Int32(try reader.u32())
                persons.append(PersonKey(entry: entry, given: try reader.string(), surname: try reader.string()))
            }
            var derived: SanctionsIndex.Derived?
            if version == magic {
                var distinctive = Set<Int32>()
                for _ in 0..<(try reader.u32()) {
                    let pattern = try reader.u32()
                    guard pattern < patterns.count else { throw SanctionsListError.malformed(path, "a derived table points past the patterns") }
                    distinctive.insert(Int32(pattern))
                }
                var frequencies: [[UInt64: Int]] = []
                for _ in 0..<2 {
                    var table: [UInt64: Int] = [:]
                    let count = try reader.u32()
                    table.reserveCapacity(count)
                    for _ in 0..<count { table[try reader.u64()] = try reader.u32() }
                    frequencies.append(table)
                }
                derived = .init(distinctiveSingleWords: distinctive, givenNameFrequency: frequencies[0], surnameFrequency: frequencies[1])
            }
            return SanctionsIndex(sources: sources, builtAt: builtAt, entries: entries, patterns: patterns,
                                  patternFlags: flags, persons: persons, derived: derived)
        } catch is Reader.Truncated {
            throw SanctionsListError.malformed(path, "truncated index")
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []
        mutating func u32(_ value: Int) {
            let v = UInt32(value)
            bytes.append(contentsOf: [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)])
        }
        mutating func u64(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(value >> UInt64(shift) & 0xFF)) }
        }
        mutating func string(_ s: String) {
            let utf8 = Array(s.utf8)
            u32(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    private struct Reader {
        struct Truncated: Error {}
        let bytes: [UInt8]
        var offset = 0
        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw Truncated() }
            defer { offset += 1 }
            return bytes[offset]
        }
        mutating func u32() throws -> Int {
            guard offset + 4 <= bytes.count else { throw Truncated() }
            defer { offset += 4 }
            return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        mutating func u64() throws -> UInt64 {
            guard offset + 8 <= bytes.count else { throw Truncated() }
            defer { offset += 8 }
            var value: UInt64 = 0
            for k in 0..<8 { value |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
            return value
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
