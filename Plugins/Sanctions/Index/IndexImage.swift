/// The bytes of a sanctions index image, used in place: the copy linked into the executable, a
/// mapped file, or an image built in memory. `release` runs when the last index over it is gone
/// (an unmap, a deallocation; nothing for the executable's copy).
///
/// The image format (`IndexImage.magic`, little-endian, every section 8-byte aligned):
///
/// | offset | what |
/// | --- | --- |
/// | 0 | magic `CDSANX06` |
/// | 8 | u32 length of the build date, then the date's UTF-8 bytes (at most 36), zero-padded to 48 |
/// | 48 | u64 image length |
/// | 56 | u64 checksum of the bytes from 64 to the end (`IndexImage.checksum`) |
/// | 64 | u32 section count, u32 zero |
/// | 72 | per section: u32 id, u32 element size, u64 offset, u64 element count |
///
/// Sections are flat arrays (`IndexImage.Section`): display strings in one pool, referred to by u64
/// (offset | length << 32); entries, patterns and persons one array per field; the token trie,
/// vocabulary and lookup tables as `TokenTable` slots; lists of entries or persons per key as
/// offsets into a member array. A reader checks the structure, every reference and every table
/// before use, so a damaged file is refused with a message and never read out of bounds.
public final class IndexImage: @unchecked Sendable {
    /// The first byte (8-byte aligned).
    public let base: UnsafeRawPointer
    public let count: Int
    private let release: (@Sendable () -> Void)?

    /// Bytes that stay valid until `release` runs (nil: for the life of the process).
    public init(base: UnsafeRawPointer, count: Int, release: (@Sendable () -> Void)? = nil) {
        self.base = base
        self.count = count
        self.release = release
    }

    /// A copy of `bytes` in aligned memory of its own.
    public convenience init<C: Collection>(copying bytes: C) where C.Element == UInt8 {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        let count = bytes.count
        UnsafeMutableRawBufferPointer(start: memory, count: count).copyBytes(from: bytes)
        nonisolated(unsafe) let owned = memory
        self.init(base: UnsafeRawPointer(memory), count: count, release: { owned.deallocate() })
    }

    deinit { release?() }

    /// The image's bytes.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The format's version mark, first in every image.
    public static let magic = Array("CDSANX06".utf8)
    /// Where the section table starts; the checksum covers everything from `checksumStart` on.
    static let headerSize = 72
    static let checksumStart = 64
    static let builtAtCapacity = 36

    /// The sections of an image, each one array of `elementSize`-byte elements.
    enum Section: UInt32, CaseIterable {
        case strings = 1, sources
        case entryID = 10, entryList, entryName, entryPrograms, entryListed, entryTitle, entryIMO,
             entryJurisdiction, entryType, entryCluster
        case patternEntry = 30, patternIdentity, patternOrigin, patternFlags, patternDropped, patternTokens,
             patternExactHash, distinctivePatterns
        case personEntry = 50, personGiven, personSurname
        case terminalStarts = 60, terminalPatterns
        case vocabularyKeys = 70, vocabularyValues, trieKeys, trieValues, rootKeys, rootValues,
             givenNameKeys, givenNameValues, givenFrequencyKeys, givenFrequencyValues,
             surnameFrequencyKeys, surnameFrequencyValues, surnameKeys, surnameValues
        case surnameGroupStarts = 84, surnameGroupMembers
        case imoKeys = 86, imoValues, imoGroupStarts, imoGroupMembers

        var elementSize: Int {
            switch self {
            case .strings, .sources, .entryJurisdiction, .entryType, .patternOrigin, .patternFlags, .patternDropped: return 1
            case .entryCluster, .patternEntry, .patternIdentity, .personEntry, .terminalStarts, .terminalPatterns,
                 .vocabularyValues, .trieValues, .rootValues, .givenNameValues, .givenFrequencyValues,
                 .surnameFrequencyValues, .surnameValues, .surnameGroupStarts, .surnameGroupMembers,
                 .imoValues, .imoGroupStarts, .imoGroupMembers: return 4
            case .entryID, .entryList, .entryName, .entryPrograms, .entryListed, .entryTitle, .entryIMO,
                 .patternTokens, .patternExactHash, .distinctivePatterns, .personGiven, .personSurname,
                 .vocabularyKeys, .trieKeys, .rootKeys, .givenNameKeys, .givenFrequencyKeys,
                 .surnameFrequencyKeys, .surnameKeys, .imoKeys: return 8
            }
        }
    }

    /// A 64-bit hash of 8-byte words in four lanes (a few GB/s): what a file's checksum field holds.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
        @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let x = (lane ^ word) &* prime
            return (x << 29 | x >> 35)
        }
        let words = bytes.count / 8
        var i = 0
        while i + 4 <= words {
            lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self))
            lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: i * 8 + 16, as: UInt64.self))
            lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: i * 8 + 24, as: UInt64.self))
            i += 4
        }
        var tail = mix(lanes.0, UInt64(bytes.count))
        while i < words {
            tail = mix(tail, bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            i += 1
        }
        for k in words * 8..<bytes.count { tail = mix(tail, UInt64(bytes[k])) }
        return mix(mix(mix(tail, lanes.1), lanes.2), lanes.3)
    }
}

/// A read-only array inside an index image (bounds checked like an Array's).
struct ImageArray<Element>: RandomAccessCollection, @unchecked Sendable {
    let base: UnsafePointer<Element>
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index image array index out of range")
        return base[position]
    }
}

/// A reference to a string of an image's pool: offset in the low 32 bits, byte count in the high.
struct StringRef {
    static func make(offset: Int, count: Int) -> UInt64 { UInt64(UInt32(offset)) | UInt64(UInt32(count)) << 32 }
    static func offset(_ ref: UInt64) -> Int { Int(ref & 0xFFFF_FFFF) }
    static func count(_ ref: UInt64) -> Int { Int(ref >> 32) }
}

#if _endian(big)
#error("index images are little-endian and used in place: a big-endian host would need a converting reader")
#endif

extension IndexImage {
    /// The codes of jurisdictions and entity types in an image: their positions here.
    static let jurisdictions: [Jurisdiction] = [.unitedStates, .unitedKingdom, .unitedNations, .europeanUnion, .other]
    static let entityTypes: [EntityType] = [.person, .organisation, .vessel, .aircraft]

    /// The table key of an IMO number written as seven ASCII digits (nil for anything else, which
    /// a text's IMO number never equals): its value + 2, so that keys never meet the table's empty mark.
    static func imoKey(_ digits: String) -> UInt64? {
        var value: UInt64 = 0
        var count = 0
        for byte in digits.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
            count += 1
        }
        return count == 7 ? value + 2 : nil
    }
}
