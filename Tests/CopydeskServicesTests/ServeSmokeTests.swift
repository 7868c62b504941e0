import CopydeskCore
import CopydeskTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `copydesk serve` on a free port: a check in JSON and in SARIF, the rules, health and readiness,
/// then bad input (oversize body, broken JSON, a wrong field, no token) answered clearly while the
/// server keeps serving, and a graceful stop on SIGTERM.
final class ServeSmokeTests: XCTestCase {
    struct Answer {
        var status: Int
        var body: String
        var headers: [AnyHashable: Any]
        var json: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8)) }
    }

    func call(_ url: String, method: String = "GET", body: Data? = nil, headers: [String: String] = [:]) throws -> Answer {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        final class Box: @unchecked Sendable { var answer: Answer?; var error: Error? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse {
                box.answer = Answer(status: response.statusCode, body: String(decoding: data ?? Data(), as: UTF8.self),
                                    headers: response.allHeaderFields)
            }
            box.error = error
            done.signal()
        }.resume()
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        if let answer = box.answer { return answer }
        throw box.error ?? URLError(.badServerResponse)
    }

    func testServeAnswersChecksAndRefusesBadInput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("serve.yml", "rules:\n  attribution/first-reference: off\n")
        try folder.write("token", "s3cret-token\n")
        let server = try ServiceProcess(try Requirement.copydesk(),
                                        ["serve", "--port", "0", "--config", "serve.yml", "--max-body-size", "4096", "--token-file", "token"],
                                        in: folder.path)
        defer { server.stop() }
        let started = try XCTUnwrap(server.waitForStandardError { $0.contains("listening on http://") }, server.standardError)
        let port = try XCTUnwrap(started.components(separatedBy: "listening on http://127.0.0.1:").last?.prefix { $0.isNumber })
        let base = "http://127.0.0.1:\(port)"
        let auth = ["Authorization": "Bearer s3cret-token"]

        XCTAssertEqual(try call(base + "/healthz").status, 200)
        let deadline = Date().addingTimeInterval(60)
        while try call(base + "/readyz").status != 200 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(try call(base + "/readyz").status, 200)

        let check = JSONValue.object(["text": "The vote is on Monday, 2 December 2025.", "format": "markdown",
                                      "path": "news/vote.md", "referenceDate": "2025-12-05"])
        let json = try call(base + "/v1/check", method: "POST", body: Data(check.canonicalJSON.utf8), headers: auth)
        XCTAssertEqual(json.status, 200, json.body)
        let results = json.json?["results"]?.arrayValue ?? []
        XCTAssertTrue(results.contains { $0["rule"]?.stringValue == "dates/weekday-mismatch" && $0["path"]?.stringValue == "news/vote.md" }, json.body)
        XCTAssertEqual(json.json?["files"]?.intValue, 1)

        let sarif = try call(base + "/v1/check", method: "POST", body: Data(check.canonicalJSON.utf8),
                             headers: auth.merging(["Accept": "application/sarif+json"]) { a, _ in a })
        XCTAssertEqual(sarif.status, 200)
        XCTAssertEqual(sarif.json?["version"]?.stringValue, "2.1.0")

        let rules = try call(base + "/v1/rules", headers: auth)
        XCTAssertEqual(rules.status, 200)
        let ruleIDs = rules.json?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        XCTAssertTrue(ruleIDs.contains("dates/weekday-mismatch"))
        XCTAssertFalse(ruleIDs.contains("attribution/first-reference"), "the --config file turns it off")

        // Bad input: each answered with a clear error.
        let noToken = try call(base + "/v1/check", method: "POST", body: Data(check.canonicalJSON.utf8))
        XCTAssertEqual(noToken.status, 401)
        let oversize = JSONValue.object(["text": .string(String(repeating: "word ", count: 2000)), "format": "text"])
        let tooLarge = try call(base + "/v1/check", method: "POST", body: Data(oversize.canonicalJSON.utf8), headers: auth)
        XCTAssertEqual(tooLarge.status, 413)
        XCTAssertTrue(tooLarge.json?["error"]?.stringValue?.contains("over the limit of 4096 bytes") ?? false, tooLarge.body)
        let broken = try call(base + "/v1/check", method: "POST", body: Data("{\"text\": ".utf8), headers: auth)
        XCTAssertEqual(broken.status, 400)
        XCTAssertTrue(broken.json?["error"]?.stringValue?.contains("not valid JSON") ?? false, broken.body)
        let wrongField = try call(base + "/v1/check", method: "POST", body: Data("{\"text\": \"x\", \"format\": \"pdf\"}".utf8), headers: auth)
        XCTAssertEqual(wrongField.status, 400)
        XCTAssertEqual(wrongField.json?["field"]?.stringValue, "format", wrongField.body)
        let missingText = try call(base + "/v1/check", method: "POST", body: Data("{\"format\": \"text\"}".utf8), headers: auth)
        XCTAssertEqual(missingText.json?["field"]?.stringValue, "text", missingText.body)

        // Still serving after all that.
        XCTAssertEqual(try call(base + "/v1/check", method: "POST", body: Data(check.canonicalJSON.utf8), headers: auth).status, 200)

        // One structured access-log line per request.
        let logLines = server.standardError.split(separator: "\n").filter { $0.hasPrefix("{") }
        let entries = logLines.compactMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
        XCTAssertTrue(entries.contains { $0["status"]?.intValue == 413 && $0["path"]?.stringValue == "/v1/check" }, server.standardError)

        // SIGTERM: a graceful stop.
        server.process.terminate()
        XCTAssertEqual(server.waitForExit(seconds: 30), 0, server.standardError)
        XCTAssertTrue(server.standardError.contains("copydesk serve: stopped"), server.standardError)
    }

    /// A check past its time budget is answered 503 with the budget in the message; the server
    /// goes on answering.
    func testACheckPastItsBudgetIs503() throws {
        let server = try ServiceProcess(try Requirement.copydesk(), ["serve", "--port", "0", "--time-budget", "0.000001"])
        defer { server.stop() }
        let started = try XCTUnwrap(server.waitForStandardError { $0.contains("listening on http://") }, server.standardError)
        let port = try XCTUnwrap(started.components(separatedBy: "listening on http://127.0.0.1:").last?.prefix { $0.isNumber })
        let base = "http://127.0.0.1:\(port)"
        let check = JSONValue.object(["text": .string(String(repeating: "The vote is on Monday, 2 December 2025. ", count: 200)), "format": "text"])
        let late = try call(base + "/v1/check", method: "POST", body: Data(check.canonicalJSON.utf8))
        XCTAssertEqual(late.status, 503, late.body)
        XCTAssertTrue(late.json?["error"]?.stringValue?.contains("time budget of 1e-06 s") ?? false, late.body)
        XCTAssertEqual(try call(base + "/healthz").status, 200)
    }
}
