import CopydeskCore
import CopydeskBuiltIns
import CopydeskEngine
import CopydeskServices
import CopydeskTestSupport
import Foundation
import XCTest

/// `lint --input jsonl`: one output line per record, in input order, a bad record reported on its
/// own line without ending the stream, and the same results as linting the files.
final class JSONLinesBatchTests: XCTestCase {
    /// Runs records through `JSONLinesBatch` in process and returns the output lines as JSON.
    func run(_ input: String, jobs: Int = 4, maxRecordBytes: Int = 1 << 20) throws -> [JSONValue] {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = try folder.write("records.jsonl", input)
        let linter = try DocumentLinter(DocumentLinter.Setup(registry: .builtIn, root: folder.path))
        let batch = JSONLinesBatch(linter: linter, jobs: jobs, maxRecordBytes: maxRecordBytes,
                                   defaultReferenceDate: DocumentDate(parsing: "2025-12-05"))
        final class Collected: @unchecked Sendable { var bytes: [UInt8] = []; let lock = NSLock() }
        let collected = Collected()
        let descriptor = open(file, O_RDONLY)
        defer { close(descriptor) }
        _ = try batch.run(input: descriptor) { bytes in
            collected.lock.lock(); collected.bytes += bytes; collected.lock.unlock()
        }
        let text = String(decoding: collected.bytes, as: UTF8.self)
        XCTAssertTrue(text.isEmpty || text.hasSuffix("\n"))
        return try text.split(separator: "\n").map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }

    func record(_ id: Int, _ text: String, format: String? = nil) -> String {
        var members: [String: JSONValue] = ["id": .int(id), "text": .string(text)]
        if let format { members["format"] = .string(format) }
        return JSONValue.object(members).canonicalJSON
    }

    func testEveryRecordGetsOneLineInInputOrder() throws {
        let records = (0..<60).map { index in
            record(index, index % 3 == 0 ? "The vote is on Monday, 2 December 2025." : "Nothing to see in record \(index).",
                   format: index % 2 == 0 ? "markdown" : nil)
        }
        let lines = try run(records.joined(separator: "\n") + "\n")
        XCTAssertEqual(lines.map { $0["id"]?.intValue }, (0..<60).map { $0 })
        for line in lines {
            let id = line["id"]!.intValue!
            let rules = line["results"]?.arrayValue?.compactMap { $0["rule"]?.stringValue } ?? []
            XCTAssertEqual(rules.contains("dates/weekday-mismatch"), id % 3 == 0, "record \(id): \(rules)")
            XCTAssertEqual(line["problems"]?.arrayValue?.count, 0, "record \(id)")
        }
    }

    func testBadRecordsGetAProblemAndTheStreamGoesOn() throws {
        let input = [
            record(1, "Fine on Tuesday, 2 December 2025."),
            "{\"id\": 2, \"text\": \"unterminated",
            "[1, 2, 3]",
            "{\"id\": 4}",
            "{\"id\": 5, \"text\": \"x\", \"format\": \"docx\"}",
            "{\"id\": 6, \"text\": \"x\", \"referenceDate\": \"yesterday\"}",
            "{\"text\": \"no id\"}",
            "{\"id\": 8, \"text\": \"x\", \"colour\": \"red\"}",
            "{\"id\": 9, \"text\": \"" + String(repeating: "a", count: 3000) + "\"}",
            record(10, "The vote is on Monday, 2 December 2025."),
        ].joined(separator: "\n")
        let lines = try run(input, maxRecordBytes: 2000)
        XCTAssertEqual(lines.count, 10)
        func problem(_ index: Int) -> String { lines[index]["problems"]?.arrayValue?.first?["message"]?.stringValue ?? "" }
        XCTAssertEqual(lines[0]["problems"]?.arrayValue?.count, 0)
        XCTAssertTrue(problem(1).contains("line 2: not valid JSON: Unexpected end of file"), problem(1))
        XCTAssertTrue(problem(2).contains("must be a JSON object"), problem(2))
        XCTAssertTrue(problem(3).contains("`text`: missing"), problem(3))
        XCTAssertEqual(lines[3]["id"]?.intValue, 4)
        XCTAssertTrue(problem(4).contains("`format`: `docx` is not one of text, markdown, html"), problem(4))
        XCTAssertTrue(problem(5).contains("`referenceDate`"), problem(5))
        XCTAssertTrue(problem(6).contains("`id`: missing"), problem(6))
        XCTAssertTrue(problem(7).contains("`colour`: unknown field"), problem(7))
        XCTAssertTrue(problem(8).contains("over the limit of 2000"), problem(8))
        XCTAssertEqual(lines[9]["id"]?.intValue, 10)
        XCTAssertTrue(lines[9]["results"]?.arrayValue?.contains { $0["rule"]?.stringValue == "dates/weekday-mismatch" } ?? false)
        for index in 1...8 { XCTAssertEqual(lines[index]["results"]?.arrayValue?.count, 0) }
    }

    func testEmptyInputGivesNoLines() throws {
        XCTAssertEqual(try run("").count, 0)
        XCTAssertEqual(try run("\n\n").count, 0)
    }

    /// The command line: the same results as `copydesk lint` of the same files (paths, positions,
    /// fingerprints and all), and a broken line in the middle does not end the stream.
    func testCommandLineMatchesPlainLint() throws {
        let copydesk = try Requirement.copydesk()
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("stories/ferry.md", try Fixtures.text("ferry-vote.md"))
        try folder.write("stories/brief.txt", "Updated 8 sec ago\n\nThe vote is on Monday, 2 December 2025, officials said.\n")
        try folder.write("stories/page.html", "<html><body><article><p>\"We are ready,\" she said on Friday, 5 December 2025.</p></article></body></html>\n")
        let paths = ["stories/brief.txt", "stories/ferry.md", "stories/page.html"]
        var records: [String] = []
        for (index, path) in paths.enumerated() {
            let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
            records.append(JSONValue.object(["id": .string("r\(index)"), "path": .string(path), "text": .string(text)]).canonicalJSON)
            if index == 1 { records.append("not json at all") }
        }
        try folder.write("records.jsonl", records.joined(separator: "\n") + "\n")
        let common = ["--reference-date", "2025-12-05", "--now", "2025-12-05T12:00:00Z", "--format", "json"]
        let batch = try ProcessRunner.run(copydesk, ["lint", "--input", "jsonl", "records.jsonl"] + common, in: folder.path)
        XCTAssertEqual(batch.status, 1, batch.err)
        let lines = try batch.out.split(separator: "\n").map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
        XCTAssertEqual(lines.map { $0["id"]?.stringValue }, ["r0", "r1", nil, "r2"])
        XCTAssertTrue(lines[2]["problems"]?.arrayValue?.first?["message"]?.stringValue?.contains("line 3: not valid JSON") ?? false)

        let plain = try ProcessRunner.run(copydesk, ["lint"] + paths + common, in: folder.path)
        XCTAssertEqual(plain.status, 1, plain.err)
        let report = try JSONDecoder().decode(JSONValue.self, from: Data(plain.out.utf8))
        let plainResults = report["results"]?.arrayValue ?? []
        let batchResults = lines.flatMap { $0["results"]?.arrayValue ?? [] }
        XCTAssertFalse(plainResults.isEmpty)
        XCTAssertEqual(batchResults, plainResults)

        // Standard input works the same way, and --format other than json is refused.
        let piped = try ProcessRunner.run("/bin/sh", ["-c", "\"$0\" lint --input jsonl - --format json --reference-date 2025-12-05 < records.jsonl", copydesk],
                                          in: folder.path)
        XCTAssertEqual(piped.out.split(separator: "\n").count, 4, piped.err)
        let wrongFormat = try ProcessRunner.run(copydesk, ["lint", "--input", "jsonl", "records.jsonl"], in: folder.path)
        XCTAssertEqual(wrongFormat.status, 2)
        XCTAssertTrue(wrongFormat.err.contains("--format json"), wrongFormat.err)
    }

    /// Streaming: each record's line comes out while the input is still open, so a producer that
    /// never ends (a Spark partition, a queue) gets its answers as it goes.
    func testLinesComeOutBeforeTheInputEnds() throws {
        let batch = try ServiceProcess(try Requirement.copydesk(), ["lint", "--input", "jsonl", "-", "--format", "json", "--quiet"])
        defer { batch.stop() }
        var buffer = Data()
        func nextLine() throws -> JSONValue {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = buffer[buffer.startIndex..<newline]
                    buffer = Data(buffer[(newline + 1)...])
                    return try JSONDecoder().decode(JSONValue.self, from: Data(line))
                }
                let chunk = batch.output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            throw NSError(domain: "jsonl", code: 1, userInfo: [NSLocalizedDescriptionKey: "no line came out while the input was open"])
        }
        for id in 1...3 {
            batch.input.fileHandleForWriting.write(Data((record(id, "The vote is on Monday, 2 December 2025.") + "\n").utf8))
            let line = try nextLine()
            XCTAssertEqual(line["id"]?.intValue, id)
        }
        try batch.input.fileHandleForWriting.close()
        XCTAssertEqual(batch.waitForExit(), 1)
    }
}
