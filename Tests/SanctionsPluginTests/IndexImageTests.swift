import CopydeskTestSupport
import CShippedData
import Foundation
import XCTest
@testable import SanctionsLists
@testable import SanctionsPlugin

/// Index images: written and read back the same, the previous file format still read, damaged and
/// truncated files refused with a message (never a crash), and the executable's own copies whole.
final class IndexImageTests: XCTestCase {
    static let entries = [
        Fixture.organisation("1", ["Rosneft", "Rosneft Oil Company"]),
        Fixture.organisation("2", ["PDVSA", "Petroleos de Venezuela S.A."]),
        Fixture.person("3", "Ivan Petrov", title: "Governor of Testland"), Fixture.person("4", "Ivan Sidorov"),
        Fixture.person("5", "ZELTRAMONT, Ilya Borisovich", aliases: ["ZELTRAMONT, Ilia"]),
        Fixture.vessel("6", "CENTURION STAR", imo: "9309588"),
    ]
    static let text = """
        Rosneft and PDVSA signed a deal. Governor Petrov said Ilya Zeltramont agreed; Zeltramont later left.
        The tanker Centurion Star (IMO 9309588) sailed.
        """

    func temporaryPath() -> String {
        let path = NSTemporaryDirectory() + "copydesk-index-\(UUID().uuidString).cdsx"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func mentions(_ index: SanctionsIndex) -> [String] {
        MentionMatcher(index: index).mentions(in: Self.text).map { "\($0.range) \($0.entries) \($0.kind) \($0.firstMention.map { "\($0)" } ?? "")" }
    }

    func testAnIndexFileIsItsImageAndReadsBackTheSame() throws {
        let index = SanctionsIndex(entries: Self.entries, sources: ["test list 2026-01-01", "other"], builtAt: "2026-01-02")
        XCTAssertFalse(index.derived.distinctiveSingleWords.isEmpty)
        XCTAssertEqual(index.derived.givenNameFrequency.values.max(), 2, "two listed people are called Ivan")
        XCTAssertEqual(mentions(index).count, 6, mentions(index).joined(separator: "\n"))
        let path = temporaryPath()
        try IndexFile.write(index, to: path)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), Array(index.image.bytes))
        let read = try IndexFile.read(path: path)
        XCTAssertEqual(read.sources, ["test list 2026-01-01", "other"])
        XCTAssertEqual(read.builtAt, "2026-01-02")
        XCTAssertEqual(read.entries, index.entries)
        XCTAssertEqual(read.patterns, index.patterns)
        XCTAssertEqual(read.persons, index.persons)
        XCTAssertEqual(read.derived, index.derived)
        XCTAssertEqual(read.jurisdictions, [.unitedStates, .unitedKingdom])
        XCTAssertEqual(mentions(read), mentions(index))
        let again = SanctionsIndex(entries: Self.entries, sources: ["test list 2026-01-01", "other"], builtAt: "2026-01-02")
        XCTAssertEqual(Array(again.image.bytes), Array(index.image.bytes), "the same lists give the same bytes")
    }

    /// A file of the previous format (`CDSANX05`, as `IndexFile` wrote it before images) loads with the
    /// same entries, patterns, derived tables and mentions.
    func testThePreviousFormatIsStillRead() throws {
        let index = SanctionsIndex(entries: Self.entries, sources: ["test list 2026-01-01"], builtAt: "2026-01-02")
        let older = try IndexFile.read(data: Data(Self.previousFormat(index)), path: "older.cdsx")
        XCTAssertEqual(older.entries, index.entries)
        XCTAssertEqual(older.patterns, index.patterns)
        XCTAssertEqual(older.derived, index.derived)
        XCTAssertEqual(mentions(older), mentions(index))
        XCTAssertEqual(IndexFile.encode(older), IndexFile.encode(index), "written again, it is the current format")

        var truncated = Self.previousFormat(index)
        truncated.removeLast(10)
        XCTAssertThrowsError(try IndexFile.read(data: Data(truncated), path: "cut.cdsx")) { error in
            XCTAssertTrue("\(error)".contains("cut.cdsx: truncated index"), "\(error)")
        }
        var oldest = Self.previousFormat(index)
        oldest.replaceSubrange(0..<8, with: Array("CDSANX04".utf8))
        XCTAssertThrowsError(try IndexFile.read(data: Data(oldest), path: "oldest.cdsx")) { error in
            XCTAssertTrue("\(error)".contains("another Copydesk version (CDSANX04"), "\(error)")
        }
    }

    func testTruncatedAndDamagedFilesAreRefusedWithAMessage() throws {
        let index = SanctionsIndex(entries: Self.entries, sources: ["test"], builtAt: "2026-01-02")
        let bytes = IndexFile.encode(index)
        func refusal(_ data: [UInt8]) -> String? {
            do {
                _ = try IndexFile.read(data: Data(data), path: "x.cdsx")
                return nil
            } catch {
                return "\(error)"
            }
        }
        for length in [0, 5, 8, 40, 71, 72, bytes.count / 2, bytes.count - 8, bytes.count - 1] {
            let message = try XCTUnwrap(refusal(Array(bytes.prefix(length))), "\(length) bytes")
            XCTAssertTrue(message.contains("x.cdsx") && (message.contains("truncated") || message.contains("not a Copydesk sanctions index")),
                          "\(length) bytes: \(message)")
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        XCTAssertEqual(refusal(flipped), "sanctions list file x.cdsx: damaged index: checksum mismatch (the file was changed or cut after it was written)")
        var longer = bytes
        longer += [0, 0, 0, 0, 0, 0, 0, 0]
        XCTAssertTrue(refusal(longer)?.contains("where the header says") ?? false)

        // With the checksum made to match, the structure checks still refuse what would be read out of bounds.
        let terminal = try section(.terminalPatterns, of: bytes)
        var outOfRange = bytes
        outOfRange.replaceSubrange(terminal.lowerBound..<terminal.lowerBound + 4, with: [0xFF, 0xFF, 0, 0])
        XCTAssertTrue(refusal(resealed(outOfRange))?.contains("section terminalPatterns holds 65535") ?? false, refusal(resealed(outOfRange)) ?? "")
        let strings = try section(.entryName, of: bytes)
        var pastStrings = bytes
        pastStrings.replaceSubrange(strings.lowerBound + 4..<strings.lowerBound + 8, with: [0, 0, 0, 0x10])
        XCTAssertTrue(refusal(resealed(pastStrings))?.contains("points past the strings") ?? false)
        // A table without a known bound (the vocabulary's token ids) still holds no negative value,
        // which the matcher would trap on when it builds a trie key.
        let vocabularyKeys = try section(.vocabularyKeys, of: bytes), vocabularyValues = try section(.vocabularyValues, of: bytes)
        let used = try XCTUnwrap(stride(from: 0, to: vocabularyKeys.count / 8, by: 1).first { slot in
            bytes[(vocabularyKeys.lowerBound + slot * 8)..<(vocabularyKeys.lowerBound + slot * 8 + 8)].contains { $0 != 0 }
        })
        var negative = bytes
        negative.replaceSubrange(vocabularyValues.lowerBound + used * 4..<vocabularyValues.lowerBound + used * 4 + 4, with: [0, 0, 0, 0x80])
        XCTAssertTrue(refusal(resealed(negative))?.contains("table vocabularyKeys holds -") ?? false, refusal(resealed(negative)) ?? "")
        let keys = try section(.vocabularyKeys, of: bytes)
        var full = bytes
        for offset in stride(from: keys.lowerBound, to: keys.upperBound, by: 8) where full[offset..<offset + 8].allSatisfy({ $0 == 0 }) {
            full[offset] = 7
        }
        XCTAssertTrue(refusal(resealed(full))?.contains("has no empty slot") ?? false, refusal(resealed(full)) ?? "")
    }

    /// Bytes changed anywhere, the checksum made to match: the index is refused or, if it loads, scans a
    /// text without a crash (a trap here fails the whole test run).
    func testChangedBytesNeverCrashTheMatcher() throws {
        let index = SanctionsIndex(entries: Self.entries, sources: ["test"], builtAt: "2026-01-02")
        let bytes = IndexFile.encode(index)
        var generator = SystemRandomNumberGenerator()
        var refused = 0
        for _ in 0..<3000 {
            var changed = bytes
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                changed[Int.random(in: 0..<changed.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            guard let read = try? IndexFile.read(data: Data(resealed(changed)), path: "x") else {
                refused += 1
                continue
            }
            let matcher = MentionMatcher(index: read)
            for mention in matcher.mentions(in: Self.text) {
                for entry in mention.entries { _ = read.entries[Int(entry)] }
            }
        }
        XCTAssertGreaterThan(refused, 0)
    }

    /// The executable's copy of the default index passes every check, checksum included (a start checks
    /// only its structure), and the word sets linked beside it hold exactly the list's words.
    func testTheLinkedDefaultIndexAndWordSetsAreWhole() throws {
        let blob = copydesk_shipped_sanctions_index()
        let image = IndexImage(base: UnsafeRawPointer(try XCTUnwrap(blob.bytes)), count: blob.count)
        let index = try IndexImageReader.load(image, path: "embedded", checks: .full)
        XCTAssertGreaterThan(index.entryCount, 20_000)

        var lowercased: Set<UInt64> = [], ordinary: Set<UInt64> = []
        CommonWords.forEachWord { word in
            let string = String(decoding: word, as: UTF8.self)
            lowercased.insert(TokenHash.hash(string.lowercased()))
            if string.first?.isLowercase ?? false { ordinary.insert(TokenHash.hash(string)) }
        }
        XCTAssertGreaterThan(ordinary.count, 50_000)
        XCTAssertTrue(lowercased.allSatisfy(CommonWords.sets.lowercased.contains))
        XCTAssertTrue(ordinary.allSatisfy(CommonWords.sets.ordinary.contains))
        let sets = copydesk_shipped_english_word_sets()
        let raw = UnsafeRawBufferPointer(start: sets.bytes, count: sets.count)
        let slots = (Int(raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)), Int(raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
        func filled(from start: Int, count: Int) -> Int {
            (0..<count).filter { raw.loadUnaligned(fromByteOffset: 16 + 8 * (start + $0), as: UInt64.self) != 0 }.count
        }
        XCTAssertEqual(filled(from: 0, count: slots.0), lowercased.count, "no word the list lacks")
        XCTAssertEqual(filled(from: slots.0, count: slots.1), ordinary.count, "no word the list lacks")
        XCTAssertFalse(CommonWords.sets.ordinary.contains(TokenHash.hash("memphis")), "proper nouns are not ordinary words")
        XCTAssertTrue(CommonWords.sets.lowercased.contains(TokenHash.hash("memphis")))
    }

    // MARK: - Helpers

    /// The byte range of a section in an image.
    func section(_ section: IndexImage.Section, of bytes: [UInt8]) throws -> Range<Int> {
        func u64(_ offset: Int) -> Int { Int(bytes[offset..<offset + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }) }
        let count = Int(bytes[64]) | Int(bytes[65]) << 8
        for k in 0..<count {
            let entry = 72 + 24 * k
            if Int(bytes[entry]) | Int(bytes[entry + 1]) << 8 == Int(section.rawValue) {
                return u64(entry + 8)..<u64(entry + 8) + u64(entry + 16) * section.elementSize
            }
        }
        throw XCTSkip("no section \(section)")
    }

    /// The image with its checksum recomputed, as if it had been written so.
    func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 72 else { return bytes }
        var out = bytes
        let sum = bytes.withUnsafeBytes { IndexImage.checksum(UnsafeRawBufferPointer(rebasing: $0[IndexImage.checksumStart...])) }
        out.replaceSubrange(56..<64, with: (0..<8).map { UInt8(truncatingIfNeeded: sum >> ($0 * 8)) })
        return out
    }

    /// The index in the previous file format: length-prefixed UTF-8 strings and little-endian integers.
    static func previousFormat(_ index: SanctionsIndex) -> [UInt8] {
        var out = Array("CDSANX05".utf8)
        func u32(_ value: Int) { out += (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
        func string(_ value: String) {
            u32(value.utf8.count)
            out += Array(value.utf8)
        }
        string(index.builtAt)
        string(index.sources.joined(separator: "\n"))
        u32(index.entries.count)
        for entry in index.entries {
            for field in [entry.id, entry.list, entry.jurisdiction.rawValue, entry.type.rawValue, entry.name,
                          entry.programs.joined(separator: "\u{1F}"), entry.listed ?? "", entry.title ?? "",
                          entry.imoNumbers.joined(separator: ",")] { string(field) }
        }
        u32(index.patterns.count)
        for (p, pattern) in index.patterns.enumerated() {
            u32(Int(pattern.entry))
            out += [pattern.origin.rawValue, index.flags(ofPattern: p).rawValue, pattern.dropped]
            u32(Int(pattern.identity))
            string(pattern.tokens.joined(separator: " "))
        }
        u32(index.persons.count)
        for person in index.persons {
            u32(Int(person.entry))
            string(person.given)
            string(person.surname)
        }
        let derived = index.derived
        u32(derived.distinctiveSingleWords.count)
        for pattern in derived.distinctiveSingleWords.sorted() { u32(Int(pattern)) }
        for frequencies in [derived.givenNameFrequency, derived.surnameFrequency] {
            u32(frequencies.count)
            for (hash, count) in frequencies.sorted(by: { $0.key < $1.key }) {
                out += (0..<8).map { UInt8(truncatingIfNeeded: hash >> ($0 * 8)) }
                u32(count)
            }
        }
        return out
    }
}
