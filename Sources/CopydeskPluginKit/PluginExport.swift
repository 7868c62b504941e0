import CopydeskCore
import CopydeskPluginABI
import Foundation

/// Exports a rule plugin through Copydesk's C entry point, so that it can be built as a shared
/// library and loaded by `copydesk` at run time. In the plugin's package:
///
/// ```swift
/// import CopydeskPluginKit
///
/// @_cdecl("copydesk_plugin_entry")
/// public func copydeskPluginEntry(_ hostABIVersion: UInt32) -> UnsafeRawPointer? {
///     PluginExport.entry(hostABIVersion: hostABIVersion, factory: MyPlugin.factory)
/// }
/// ```
public enum PluginExport {
    /// The function table for the host's ABI version, or nil when this build cannot speak it.
    public static func entry(hostABIVersion: UInt32, factory: PluginFactory) -> UnsafeRawPointer? {
        guard hostABIVersion == UInt32(WireFormat.abiVersion) else { return nil }
        state.lock.lock()
        defer { state.lock.unlock() }
        state.factory = factory
        if state.table == nil {
            let table = UnsafeMutablePointer<copydesk_plugin_v1>.allocate(capacity: 1)
            table.initialize(to: copydesk_plugin_v1(
                abi_version: UInt32(COPYDESK_PLUGIN_ABI_VERSION),
                describe: { options in PluginExport.respond { try PluginExport.describe(optionsJSON: options) } },
                check: { request in PluginExport.respond { try PluginExport.check(requestJSON: request) } },
                free_string: { text in free(text) }))
            state.table = table
        }
        return UnsafeRawPointer(state.table!)
    }

    /// Answers a `describe` request: the plugin's id, summary and rules under the given options.
    public static func describe(options: JSONValue, factory: PluginFactory) throws -> JSONValue {
        let plugin = try factory.make(options)
        return .object([
            "abi": .int(WireFormat.abiVersion),
            "id": .string(plugin.id),
            "summary": .string(factory.summary),
            "options": .array(factory.options.map { .object(["name": .string($0.name), "summary": .string($0.summary)]) }),
            "rules": .array(plugin.rules.map(WireFormat.encode)),
        ])
    }

    /// Answers a `check` request: the findings for one document.
    public static func check(request: JSONValue, plugin: any RulePlugin) throws -> JSONValue {
        guard let documentValue = request["document"] else { throw WireError("a check request needs `document`") }
        let document = try WireFormat.decodeDocument(documentValue)
        let now = request["now"]?.stringValue.flatMap(DocumentDate.init(parsing:))?.instant ?? Date()
        let context = CheckContext(now: now)
        let findings = plugin.check(document, context: context)
        return .object([
            "findings": WireFormat.encode(findings, in: document.text),
            "problems": .array(context.problems.map { problem in
                var members: [String: JSONValue] = ["level": .string(problem.level.rawValue), "message": .string(problem.message)]
                if let rule = problem.ruleID { members["rule"] = .string(rule) }
                return .object(members)
            }),
        ])
    }

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var factory: PluginFactory?
        var table: UnsafeMutablePointer<copydesk_plugin_v1>?
        var instances: [String: any RulePlugin] = [:]
    }

    private static let state = State()

    private static func plugin(options: JSONValue) throws -> any RulePlugin {
        state.lock.lock()
        defer { state.lock.unlock() }
        let key = options.canonicalJSON
        if let plugin = state.instances[key] { return plugin }
        guard let factory = state.factory else { throw WireError("the plugin was not initialised") }
        let plugin = try factory.make(options)
        state.instances[key] = plugin
        return plugin
    }

    private static func describe(optionsJSON: UnsafePointer<CChar>?) throws -> JSONValue {
        let options = try parse(optionsJSON) ?? .object([:])
        guard let factory = state.factory else { throw WireError("the plugin was not initialised") }
        return try describe(options: options, factory: factory)
    }

    private static func check(requestJSON: UnsafePointer<CChar>?) throws -> JSONValue {
        guard let request = try parse(requestJSON) else { throw WireError("empty request") }
        return try check(request: request, plugin: try plugin(options: request["options"] ?? .object([:])))
    }

    private static func parse(_ text: UnsafePointer<CChar>?) throws -> JSONValue? {
        guard let text else { return nil }
        let data = Data(bytes: text, count: strlen(text))
        do { return try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw WireError("request is not JSON: \(error)")
        }
    }

    /// Serialises an answer (or the error that replaced it) into a malloc'd C string.
    private static func respond(_ body: () throws -> JSONValue) -> UnsafeMutablePointer<CChar>? {
        let value: JSONValue
        do { value = try body() } catch { value = .object(["error": .string("\(error)")]) }
        return strdup(value.canonicalJSON)
    }
}
