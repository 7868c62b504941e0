import CopydeskCore
import CopydeskTestSupport
import Foundation
import XCTest

/// `copydesk lsp` spoken to byte by byte: framing, diagnostics, code actions, hover, and malformed
/// JSON-RPC answered with the proper error while the server keeps serving.
final class LanguageServerProtocolTests: XCTestCase {
    /// A client over the server's stdin/stdout that reads framed messages.
    final class Client {
        let server: ServiceProcess
        private var buffer = Data()
        private var nextID = 1

        init(in folder: String) throws {
            server = try ServiceProcess(try Requirement.copydesk(), ["lsp"], in: folder)
        }

        func sendRaw(_ bytes: Data) { server.input.fileHandleForWriting.write(bytes) }

        func send(_ message: JSONValue) {
            let body = Data(message.canonicalJSON.utf8)
            sendRaw(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
        }

        @discardableResult
        func request(_ method: String, _ params: JSONValue) -> Int {
            let id = nextID
            nextID += 1
            send(.object(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]))
            return id
        }

        func notify(_ method: String, _ params: JSONValue) {
            send(.object(["jsonrpc": "2.0", "method": .string(method), "params": params]))
        }

        /// The next framed message from the server.
        func read() throws -> JSONValue {
            let handle = server.output.fileHandleForReading
            while true {
                if let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                    let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                    guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                          let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) else {
                        throw NSError(domain: "lsp", code: 1, userInfo: [NSLocalizedDescriptionKey: "bad header: \(header)"])
                    }
                    let bodyStart = headerEnd.upperBound
                    if buffer.count - (bodyStart - buffer.startIndex) >= length {
                        let body = buffer[bodyStart..<bodyStart + length]
                        buffer = Data(buffer[(bodyStart + length)...])
                        return try JSONDecoder().decode(JSONValue.self, from: Data(body))
                    }
                }
                let chunk = handle.availableData
                if chunk.isEmpty { throw NSError(domain: "lsp", code: 2, userInfo: [NSLocalizedDescriptionKey: "the server closed its output"]) }
                buffer.append(chunk)
            }
        }

        /// Reads until a message matches (skipping log messages and the like).
        func read(until matches: (JSONValue) -> Bool) throws -> JSONValue {
            for _ in 0..<200 {
                let message = try read()
                if matches(message) { return message }
            }
            throw NSError(domain: "lsp", code: 3, userInfo: [NSLocalizedDescriptionKey: "no matching message"])
        }

        func response(to id: Int) throws -> JSONValue {
            try read { $0["id"]?.intValue == id && $0["method"] == nil }
        }

        func diagnostics(for uri: String) throws -> [JSONValue] {
            let message = try read { $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri }
            return message["params"]?["diagnostics"]?.arrayValue ?? []
        }
    }

    func initialized(in folder: ScratchFolder) throws -> Client {
        let client = try Client(in: folder.path)
        let id = client.request("initialize", .object([
            "processId": .null, "rootUri": .string(URL(fileURLWithPath: folder.path).absoluteString), "capabilities": .object([:]),
            "initializationOptions": .object(["debounceMs": 20]),
        ]))
        let response = try client.response(to: id)
        XCTAssertEqual(response["result"]?["capabilities"]?["hoverProvider"], .bool(true))
        XCTAssertEqual(response["result"]?["capabilities"]?["textDocumentSync"]?["change"], .int(1))
        client.notify("initialized", .object([:]))
        return client
    }

    func testMalformedMessagesGetErrorsAndTheServerKeepsServing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let client = try initialized(in: folder)
        defer { client.server.stop() }

        // A body that is not JSON: Parse error with a null id.
        let broken = Data("{\"jsonrpc\": \"2.0\", \"id\": 9, \"method\": ".utf8)
        client.sendRaw(Data("Content-Length: \(broken.count)\r\n\r\n".utf8) + broken)
        let parseError = try client.read { $0["error"] != nil }
        XCTAssertEqual(parseError["error"]?["code"]?.intValue, -32700)
        XCTAssertEqual(parseError["id"], .null)

        // JSON that is not a request object: Invalid Request.
        client.send(.array([.int(1), .int(2)]))
        XCTAssertEqual(try client.read { $0["error"] != nil }["error"]?["code"]?.intValue, -32600)
        client.send(.object(["jsonrpc": "2.0", "id": .int(77)]))
        let noMethod = try client.read { $0["error"] != nil }
        XCTAssertEqual(noMethod["error"]?["code"]?.intValue, -32600)
        XCTAssertEqual(noMethod["id"]?.intValue, 77)

        // Headers without Content-Length: the frame is reported, the next one read.
        client.sendRaw(Data("Content-Type: application/vscode-jsonrpc\r\n\r\n".utf8))
        XCTAssertEqual(try client.read { $0["error"] != nil }["error"]?["code"]?.intValue, -32700)

        // An unknown method: Method not found; bad params: Invalid params.
        let unknown = client.request("textDocument/rename", .object([:]))
        XCTAssertEqual(try client.response(to: unknown)["error"]?["code"]?.intValue, -32601)
        let badParams = client.request("textDocument/hover", .object(["textDocument": .object([:])]))
        XCTAssertEqual(try client.response(to: badParams)["error"]?["code"]?.intValue, -32602)

        // And it still lints.
        let uri = URL(fileURLWithPath: folder.path + "/story.md").absoluteString
        client.notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": "markdown", "version": 1,
            "text": "The vote is on Monday, 2 December 2025.\n",
        ])]))
        let diagnostics = try client.diagnostics(for: uri)
        XCTAssertTrue(diagnostics.contains { $0["code"]?.stringValue == "dates/weekday-mismatch" }, "\(diagnostics)")

        let shutdown = client.request("shutdown", .null)
        XCTAssertEqual(try client.response(to: shutdown)["result"], .null)
        client.notify("exit", .null)
        XCTAssertEqual(client.server.waitForExit(), 0)
    }

    func testChangesCodeActionsHoverAndConfigurationReload() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write(".copydesk.yml", "root: true\n")
        let client = try initialized(in: folder)
        defer { client.server.stop() }
        let uri = URL(fileURLWithPath: folder.path + "/story.md").absoluteString
        let text = "---\ndate: 2025-12-05\n---\nThe vote is on Monday, 2 December 2025.\n"
        client.notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)])]))
        let opened = try client.diagnostics(for: uri)
        let mismatch = try XCTUnwrap(opened.first { $0["code"]?.stringValue == "dates/weekday-mismatch" })
        XCTAssertEqual(mismatch["range"]?["start"]?["line"]?.intValue, 3)
        XCTAssertEqual(mismatch["severity"]?.intValue, 1)

        // Both readings of the weekday, and the suppression comment at the end of the line.
        let actionsID = client.request("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(uri)]), "range": mismatch["range"]!,
            "context": .object(["diagnostics": .array([mismatch])]),
        ]))
        let actions = try client.response(to: actionsID)["result"]?.arrayValue ?? []
        let titles = actions.compactMap { $0["title"]?.stringValue }
        XCTAssertEqual(titles.filter { !$0.hasPrefix("Disable") }.count, 2, "\(titles)")
        let disable = try XCTUnwrap(actions.first { $0["title"]?.stringValue == "Disable dates/weekday-mismatch on this line" })
        let edit = try XCTUnwrap(disable["edit"]?["changes"]?[uri]?.arrayValue?.first)
        XCTAssertEqual(edit["newText"]?.stringValue, " <!-- copydesk-disable-line dates/weekday-mismatch -->")
        XCTAssertEqual(edit["range"]?["start"]?["line"]?.intValue, 3)
        XCTAssertEqual(edit["range"]?["start"]?["character"]?.intValue, 39)

        // Hover on the date: its normalised value.
        let hoverID = client.request("textDocument/hover", .object([
            "textDocument": .object(["uri": .string(uri)]), "position": .object(["line": 3, "character": 25])]))
        let hover = try client.response(to: hoverID)["result"]?["contents"]?["value"]?.stringValue ?? ""
        XCTAssertTrue(hover.contains("2025-12-02"), hover)

        // A change: the fix applied, the diagnostic gone (after the debounce).
        client.notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri), "version": 2]),
            "contentChanges": .array([.object(["text": .string(text.replacingOccurrences(of: "Monday", with: "Tuesday"))])]),
        ]))
        let changed = try client.read { $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["version"]?.intValue == 2 }
        XCTAssertFalse(changed["params"]?["diagnostics"]?.arrayValue?.contains { $0["code"]?.stringValue == "dates/weekday-mismatch" } ?? true)

        // A configuration change turns the rule off for the open document.
        client.notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri), "version": 3]),
            "contentChanges": .array([.object(["text": .string(text)])]),
        ]))
        _ = try client.read { $0["params"]?["version"]?.intValue == 3 }
        try folder.write(".copydesk.yml", "root: true\nrules:\n  dates/weekday-mismatch: off\n")
        client.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([.object([
            "uri": .string(URL(fileURLWithPath: folder.path + "/.copydesk.yml").absoluteString), "type": 2])])]))
        let reloaded = try client.diagnostics(for: uri)
        XCTAssertFalse(reloaded.contains { $0["code"]?.stringValue == "dates/weekday-mismatch" }, "\(reloaded)")

        // The workspace command lints the files on disk.
        try folder.write("other.txt", "Updated 8 sec ago\n")
        let commandID = client.request("workspace/executeCommand", .object(["command": "copydesk.lintWorkspace", "arguments": .array([])]))
        let summary = try client.response(to: commandID)
        XCTAssertEqual(summary["result"]?["files"]?.intValue, 1, "\(summary)")

        // A broken configuration shows on the open document, and the server goes on.
        try folder.write(".copydesk.yml", "root: true\nrules: [\n")
        client.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([.object([
            "uri": .string(URL(fileURLWithPath: folder.path + "/.copydesk.yml").absoluteString), "type": 2])])]))
        let broken = try client.diagnostics(for: uri)
        XCTAssertTrue(broken.first?["message"]?.stringValue?.hasPrefix("configuration error:") ?? false, "\(broken)")
        let hoverAfter = client.request("textDocument/hover", .object([
            "textDocument": .object(["uri": .string(uri)]), "position": .object(["line": 0, "character": 0])]))
        XCTAssertNotNil(try client.response(to: hoverAfter)["result"])
    }
}
