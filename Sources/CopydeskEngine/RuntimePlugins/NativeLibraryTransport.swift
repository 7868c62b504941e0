import CopydeskCore
import CopydeskPluginABI
import Foundation

/// A plugin built as a shared library, loaded into this process with `dlopen` and called through
/// its versioned C entry point. Fast, but a crash in the plugin ends the run: `ProcessTransport`
/// with `copydesk plugin-host` runs the same library in a process of its own.
public final class NativeLibraryTransport: PluginTransport, @unchecked Sendable {
    public let name: String
    private let table: UnsafePointer<copydesk_plugin_v1>
    private let lock = NSLock()

    /// Loads the library at `path` (nil: this program itself, for plugins linked in).
    public init(path: String?) throws {
        name = path.map { ($0 as NSString).lastPathComponent } ?? "(this program)"
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown error"
            throw RuntimePluginError(plugin: name, message: "cannot be loaded: \(reason)")
        }
        guard let symbol = dlsym(handle, COPYDESK_PLUGIN_ENTRY_SYMBOL) else {
            throw RuntimePluginError(plugin: name, message: "exports no `\(COPYDESK_PLUGIN_ENTRY_SYMBOL)` function; is it a Copydesk plugin built with CopydeskPluginKit?")
        }
        let entry = unsafeBitCast(symbol, to: copydesk_plugin_entry_fn.self)
        guard let raw = entry(UInt32(COPYDESK_PLUGIN_ABI_VERSION)) else {
            throw RuntimePluginError(plugin: name, message: "it does not speak plugin ABI \(COPYDESK_PLUGIN_ABI_VERSION); rebuild it against this version of CopydeskPluginKit")
        }
        guard raw.pointee.abi_version == UInt32(COPYDESK_PLUGIN_ABI_VERSION) else {
            throw RuntimePluginError(plugin: name, message: "it was built for plugin ABI \(raw.pointee.abi_version), but this copydesk speaks ABI \(COPYDESK_PLUGIN_ABI_VERSION)")
        }
        table = raw
    }

    public func send(_ request: JSONValue) throws -> JSONValue {
        lock.lock()
        defer { lock.unlock() }
        let answer: UnsafeMutablePointer<CChar>?
        switch request["type"]?.stringValue {
        case "describe":
            answer = (request["options"] ?? .object([:])).canonicalJSON.withCString { table.pointee.describe($0) }
        default:
            answer = request.canonicalJSON.withCString { table.pointee.check($0) }
        }
        guard let answer else { throw RuntimePluginError(plugin: name, message: "returned no answer") }
        defer { table.pointee.free_string(answer) }
        let data = Data(bytes: answer, count: strlen(answer))
        do { return try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw RuntimePluginError(plugin: name, message: "answered with something that is not JSON")
        }
    }
}
