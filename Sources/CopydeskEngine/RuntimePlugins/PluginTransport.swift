import CopydeskCore
import Foundation

/// A way to talk to a plugin that lives outside this binary: JSON requests, JSON answers.
public protocol PluginTransport: AnyObject, Sendable {
    /// A short name for messages (the library or command).
    var name: String { get }
    /// Sends one request and waits for its answer.
    func send(_ request: JSONValue) throws -> JSONValue
}

/// A runtime plugin failed: it could not be loaded, spoke another ABI, crashed, hung or answered nonsense.
public struct RuntimePluginError: Error, Sendable, CustomStringConvertible {
    public var plugin: String
    public var message: String

    public init(plugin: String, message: String) {
        self.plugin = plugin
        self.message = message
    }

    public var description: String { "plugin \(plugin): \(message)" }
}

/// A rule plugin on the far side of a transport: its rules come from a `describe` request, and
/// each document is checked with a `check` request. A failure on one document is reported as a
/// problem for that file; the run goes on.
public final class RuntimePlugin: RulePlugin, @unchecked Sendable {
    public let id: String
    public let rules: [RuleDescription]
    public let summary: String
    let options: JSONValue
    let transport: PluginTransport

    /// Asks the plugin to describe itself under `options`.
    public init(transport: PluginTransport, options: JSONValue) throws {
        self.transport = transport
        self.options = options
        let answer = try transport.send(.object(["type": "describe", "abi": .int(WireFormat.abiVersion), "options": options]))
        if let error = answer["error"]?.stringValue { throw RuntimePluginError(plugin: transport.name, message: error) }
        guard let abi = answer["abi"]?.intValue else {
            throw RuntimePluginError(plugin: transport.name, message: "its describe answer has no `abi` version")
        }
        guard abi == WireFormat.abiVersion else {
            throw RuntimePluginError(plugin: transport.name, message: "it was built for plugin ABI \(abi), but this copydesk speaks ABI \(WireFormat.abiVersion); rebuild it against this version of CopydeskPluginKit")
        }
        guard let id = answer["id"]?.stringValue, !id.isEmpty, !id.contains("/") else {
            throw RuntimePluginError(plugin: transport.name, message: "its describe answer needs an `id` without `/`")
        }
        self.id = id
        summary = answer["summary"]?.stringValue ?? ""
        do {
            rules = try (answer["rules"]?.arrayValue ?? []).map(WireFormat.decodeRule)
        } catch {
            throw RuntimePluginError(plugin: transport.name, message: "\(error)")
        }
        if let wrong = rules.first(where: { $0.pluginID != id }) {
            throw RuntimePluginError(plugin: transport.name, message: "rule `\(wrong.id)` does not start with the plugin id `\(id)/`")
        }
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let request: JSONValue = .object([
            "type": "check",
            "document": WireFormat.encode(document),
            "options": options,
            "now": .string(DocumentDate(instant: context.now, utcOffsetSeconds: 0).description),
        ])
        do {
            let answer = try transport.send(request)
            if let error = answer["error"]?.stringValue { throw RuntimePluginError(plugin: transport.name, message: error) }
            for problem in answer["problems"]?.arrayValue ?? [] {
                context.report(ToolProblem(level: problem["level"]?.stringValue.flatMap(Level.init(rawValue:)) ?? .warning,
                                           message: "plugin \(id): \(problem["message"]?.stringValue ?? "")",
                                           ruleID: problem["rule"]?.stringValue))
            }
            let findings = try WireFormat.decodeFindings(answer["findings"] ?? .array([]), in: document.text)
            let known = Set(rules.map(\.id))
            return findings.filter { finding in
                if known.contains(finding.ruleID) { return true }
                context.report(ToolProblem(level: .warning, message: "plugin \(id) reported undeclared rule `\(finding.ruleID)`; dropped"))
                return false
            }
        } catch let error as RuntimePluginError {
            context.report(ToolProblem(level: .error, message: "\(error)", ruleID: nil))
            return []
        } catch {
            // A malformed answer (offsets outside the text, a rule without an id) names the plugin too.
            context.report(ToolProblem(level: .error, message: "\(RuntimePluginError(plugin: "\(id) (\(transport.name))", message: "its answer cannot be used: \(error)"))", ruleID: nil))
            return []
        }
    }
}
