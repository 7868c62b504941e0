import CopydeskTestSupport
import Foundation
import XCTest
@testable import SanctionsLists
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

    /// A local HTTP server on `folder`, stopped when the test ends; its port.
    func startServer() throws -> String {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        do { try server.run() } catch { throw Requirement.missing("python3 is not available: \(error)") }
        addTeardownBlock { server.terminate(); server.waitUntilExit() }
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let port = line.components(separatedBy: "port ").dropFirst().first?.prefix(while: { $0.isNumber }), !port.isEmpty else {
            throw Requirement.missing("python3 -m http.server did not start: \(line)")
        }
        return String(port)
    }

    func testUpdateDownloadsFromAURL() throws {
        let port = try startServer()

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
    func copydesk(_ arguments: [String], in folder: String) throws -> (status: Int32, out: String, err: String) {
        try ProcessRunner.run(try Requirement.copydesk(), arguments, in: folder)
    }

    /// `copydesk sanctions update` refuses a download that is not the list (an error page) or that
    /// shrank implausibly, keeps the previous files and index, and says so with status 1.
    func testUpdateKeepsThePreviousListWhenTheDownloadIsBad() throws {
        let port = try startServer()
        let served = folder + "/lists/sdn.csv"
        func serve(_ count: Int) throws {
            let rows = (1...count).map { #"\#(100 + $0),"PERSON\#($0), Test","individual","TEST-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "# }
            try (rows.joined(separator: "\r\n") + "\r\n").write(toFile: served, atomically: true, encoding: .isoLatin1)
        }
        let work = try listWorkspace(list: #"{format: ofac-sdn, url: "http://127.0.0.1:\#(port)/lists"}"#,
                                     story: "Person7 Test met the board.\n")

        try serve(40)
        let first = try copydesk(["sanctions", "update"], in: work)
        XCTAssertEqual(first.status, 0, first.out + first.err)
        XCTAssertTrue(first.out.contains("compiled 40 entries"), first.out)
        let source = ListSource(format: .ofacSDN, url: "http://127.0.0.1:\(port)/lists")
        let cached = source.localPath(cacheDirectory: folder + "/cache") + "/sdn.csv"
        let kept = try Data(contentsOf: URL(fileURLWithPath: cached))

        try MalformedListTests.errorPage.write(toFile: served, atomically: true, encoding: .utf8)
        let page = try copydesk(["sanctions", "update"], in: work)
        XCTAssertEqual(page.status, 1, page.out + page.err)
        XCTAssertTrue(page.err.contains("sdn.csv: line 1 starts an HTML page"), page.err)
        XCTAssertTrue(page.err.contains("the previous lists and index are kept"), page.err)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cached)), kept, "the cached list was replaced")

        try serve(3)
        let shrunk = try copydesk(["sanctions", "update"], in: work)
        XCTAssertEqual(shrunk.status, 1, shrunk.out + shrunk.err)
        XCTAssertTrue(shrunk.err.contains("now has 3 entries against 40"), shrunk.err)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cached)), kept, "the cached list was replaced")
        let status = try copydesk(["sanctions", "status"], in: work)
        XCTAssertEqual(status.status, 0, status.out + status.err)
        XCTAssertTrue(status.out.contains("Compiled index: 40 entries"), status.out)
        let lint = try copydesk(["lint", "story.txt", "--format", "json"], in: work)
        XCTAssertEqual(lint.status, 1, lint.out + lint.err)
        XCTAssertTrue(lint.out.contains("ofac-sdn:107"), "the previous index is used: \(lint.out)")

        let accepted = try copydesk(["sanctions", "update", "--accept-shrink"], in: work)
        XCTAssertEqual(accepted.status, 0, accepted.out + accepted.err)
        XCTAssertTrue(accepted.out.contains("compiled 3 entries"), accepted.out)
    }

    /// A configured list file that is not its format stops `lint` (status 2) and `sanctions status` (1).
    func testLintAndStatusRefuseAListThatIsNotItsFormat() throws {
        try MalformedListTests.errorPage.write(toFile: folder + "/lists/sdn.csv", atomically: true, encoding: .utf8)
        let work = try listWorkspace(list: "{format: ofac-sdn, path: \(folder!)/lists}", story: "A quiet day.\n")
        let lint = try copydesk(["lint", "story.txt"], in: work)
        XCTAssertEqual(lint.status, 2, lint.out + lint.err)
        XCTAssertTrue(lint.err.contains("sdn.csv: line 1 starts an HTML page"), lint.err)
        let status = try copydesk(["sanctions", "status"], in: work)
        XCTAssertEqual(status.status, 1, status.out + status.err)
        XCTAssertTrue(status.err.contains("sdn.csv: line 1 starts an HTML page"), status.err)
    }

    /// A folder `work` whose configuration lints with one configured list (cached under the test's
    /// folder), holding `story.txt`.
    private func listWorkspace(list: String, story: String) throws -> String {
        let work = folder + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        try """
            root: true
            plugins:
              sanctions:
                cacheDirectory: \(folder!)/cache
                lists:
                  - \(list)
            """.write(toFile: work + "/.copydesk.yml", atomically: true, encoding: .utf8)
        try story.write(toFile: work + "/story.txt", atomically: true, encoding: .utf8)
        return work
    }
}
