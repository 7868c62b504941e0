import Foundation
import XCTest
@testable import SanctionsPlugin

/// The compact index is built once, reused, and rebuilt when a list file changes; lists given by
/// URL are downloaded into the cache (tested against a local HTTP server on 127.0.0.1).
final class CacheAndDownloadTests: XCTestCase {
    var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "sanctions-cache-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/lists", withIntermediateDirectories: true)
        try writeList(rows: [#"101,"ZELTRAMONT, Ilya Borisovich","individual","TEST-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "#])
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func writeList(rows: [String]) throws {
        try (rows.joined(separator: "\r\n") + "\r\n").write(toFile: folder + "/lists/sdn.csv", atomically: true, encoding: .isoLatin1)
        try #"101,1,"aka","ZELTRAMONT, Ilia",-0- "#.appending("\r\n").write(toFile: folder + "/lists/alt.csv", atomically: true, encoding: .isoLatin1)
    }

    func testIndexIsCachedAndRebuiltWhenAListChanges() throws {
        let source = ListSource(format: .ofacSDN, path: folder + "/lists")
        let cache = folder + "/cache"
        let firstPath = IndexStore.cachePath(for: [source], cacheDirectory: cache)
        let first = try IndexStore.index(for: [source], cacheDirectory: cache)
        XCTAssertTrue(FileManager.default.fileExists(atPath: firstPath))
        XCTAssertEqual(first.entries.map(\.id), ["ofac-sdn:101"])
        XCTAssertEqual(IndexStore.cachePath(for: [source], cacheDirectory: cache), firstPath, "unchanged files reuse the cache")
        let reread = try IndexFile.read(path: firstPath)
        XCTAssertEqual(reread.entries, first.entries)

        try writeList(rows: [
            #"101,"ZELTRAMONT, Ilya Borisovich","individual","TEST-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "#,
            #"102,"KOLVENSKAYA, Darya","individual","TEST-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "#,
        ])
        let secondPath = IndexStore.cachePath(for: [source], cacheDirectory: cache)
        XCTAssertNotEqual(secondPath, firstPath, "a changed list file invalidates the index")
        let second = try IndexStore.index(for: [source], cacheDirectory: cache)
        XCTAssertEqual(second.entries.map(\.id), ["ofac-sdn:101", "ofac-sdn:102"])
        XCTAssertEqual(Fixture.spans(MentionMatcher(index: second), "Darya Kolvenskaya and Ilia Zeltramont met."),
                       ["Darya Kolvenskaya", "Ilia Zeltramont"])
    }

    func testUpdateDownloadsFromAURL() throws {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        do { try server.run() } catch { throw XCTSkip("python3 is not available: \(error)") }
        defer { server.terminate(); server.waitUntilExit() }
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let port = try XCTUnwrap(line.components(separatedBy: "port ").dropFirst().first?.prefix { $0.isNumber }, "server said: \(line)")

        let cache = folder + "/cache"
        let source = ListSource(format: .ofacSDN, url: "http://127.0.0.1:\(port)/lists")
        XCTAssertTrue(source.files(cacheDirectory: cache).isEmpty)
        let written = try ListDownloader.download(source, cacheDirectory: cache)
        XCTAssertEqual(written.map { ($0 as NSString).lastPathComponent }, ["sdn.csv", "alt.csv"], "add.csv is optional and absent")
        let index = try IndexStore.index(for: [source], cacheDirectory: cache)
        XCTAssertEqual(index.entries.first?.name, "ZELTRAMONT, Ilya Borisovich")

        let missing = ListSource(format: .unXML, url: "http://127.0.0.1:\(port)/nothing-here.xml")
        XCTAssertThrowsError(try ListDownloader.download(missing, cacheDirectory: cache))
    }
}

extension CacheAndDownloadTests {
    /// An index file keeps the tables derived from its names (version 5), and a version-4 file, which
    /// lacks them, still loads with the same tables computed.
    func testIndexFileKeepsItsDerivedTablesAndReadsTheOlderVersion() throws {
        let index = SanctionsIndex(entries: [
            Fixture.organisation("1", ["Rosneft", "Rosneft Oil Company"]),
            Fixture.organisation("2", ["PDVSA", "Petroleos de Venezuela S.A."]),
            Fixture.person("3", "Ivan Petrov"), Fixture.person("4", "Ivan Sidorov"),
        ], sources: ["test"], builtAt: "2026-01-01")
        XCTAssertFalse(index.derived.distinctiveSingleWords.isEmpty)
        XCTAssertEqual(index.derived.givenNameFrequency.values.max(), 2, "two listed people are called Ivan")
        let path = NSTemporaryDirectory() + "copydesk-index-\(UUID().uuidString).cdsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try IndexFile.write(index, to: path)
        let read = try IndexFile.read(path: path)
        XCTAssertEqual(read.derived, index.derived)
        XCTAssertEqual(read.patterns.map(\.tokens), index.patterns.map(\.tokens))

        // The same file as version 4 wrote it: the older magic, no derived tables at the end.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let derivedLength = 4 + 4 * index.derived.distinctiveSingleWords.count
            + 2 * 4 + 12 * (index.derived.givenNameFrequency.count + index.derived.surnameFrequency.count)
        bytes.removeLast(derivedLength)
        bytes.replaceSubrange(0..<8, with: Array("CDSANX04".utf8))
        let older = try IndexFile.read(data: Data(bytes), path: "older.cdsx")
        XCTAssertEqual(older.derived, index.derived)
        bytes.replaceSubrange(0..<8, with: Array("CDSANX03".utf8))
        XCTAssertThrowsError(try IndexFile.read(data: Data(bytes), path: "oldest.cdsx"))
    }
}
