import CopydeskCore
import CopydeskEngine
import Foundation

/// The runtime-plugin wire decoder: the bytes are one JSON answer as a plugin process or library
/// sends it, decoded as the transports decode it (`JSONDecoder` into `JSONValue`). The value is then
/// read every way the host and the plugin kit read messages: as a `describe` answer (rules), as a
/// `check` answer for a document (findings), and as a `check` request's document; decoded
/// documents and findings are checked like the readers' and plugins'.
enum WireTarget {
    /// A document to check answers against, with characters of every UTF-8 width.
    static let document: Document = {
        let text = "Café \"quoted\" — 東京 😀 said Ana.\n\nSecond paragraph, Dec. 6, 2025."
        return Document(plainText: SourceFile(path: "wire.txt", text: text))
    }()

    static let target = FuzzTarget(name: "wire", summary: "the runtime-plugin JSON wire format (describe and check answers, documents)") { data in
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(data))
        } catch {
            return
        }
        // A check request's document, as the plugin kit decodes it.
        if let decoded = try? WireFormat.decodeDocument(value["document"] ?? value) {
            try checkDecoded(decoded)
            if let findings = try? WireFormat.decodeFindings(value["findings"] ?? .array([]), in: decoded.text) {
                try DocumentInvariants.check(findings, in: decoded, plugin: "wire")
            }
            // Round trip: what the host encodes, a plugin decodes to the same prose and blocks.
            let again = try WireFormat.decodeDocument(WireFormat.encode(decoded))
            try require(again.text == decoded.text && again.blocks == decoded.blocks, "a decoded document does not survive encoding")
        }
        // A describe answer and then a check answer, through the host's runtime plugin.
        let transport = ReplayTransport(answer: value)
        guard let plugin = try? RuntimePlugin(transport: transport, options: .object([:])) else { return }
        for rule in plugin.rules { _ = WireFormat.encode(rule) }
        let context = FuzzInputs.context()
        let findings = plugin.check(document, context: context)
        try DocumentInvariants.check(findings, in: document, plugin: "wire")
    }

    /// Decoded documents keep blocks and machine times inside their text, on character boundaries.
    static func checkDecoded(_ document: Document) throws {
        let prose = Array(document.text.utf8)
        for block in document.blocks {
            try DocumentInvariants.requireBoundaries(block.range, in: prose, what: "decoded block \(block.range)")
        }
        for time in document.metadata.machineTimes {
            try DocumentInvariants.requireBoundaries(time.range, in: prose, what: "decoded machine time \(time.range)")
        }
    }
}

/// A transport whose plugin answers every request with the same value.
final class ReplayTransport: PluginTransport, @unchecked Sendable {
    let name = "fuzz"
    let answer: JSONValue

    init(answer: JSONValue) { self.answer = answer }

    func send(_ request: JSONValue) throws -> JSONValue { answer }
}
