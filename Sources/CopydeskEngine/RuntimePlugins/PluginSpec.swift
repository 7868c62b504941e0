import CopydeskCore
import Foundation

/// A plugin to load at run time: a shared library (`.so`) or an executable speaking JSON lines.
public struct PluginSpec: Sendable, Hashable {
    public enum Isolation: String, Sendable { case process, inProcess = "in-process" }

    /// A shared library's path, or nil for a command.
    public var library: String?
    /// A command and its arguments (an executable plugin).
    public var command: [String]
    public var isolation: Isolation
    /// Seconds each request may take.
    public var timeout: TimeInterval

    public init(library: String? = nil, command: [String] = [], isolation: Isolation = .process, timeout: TimeInterval = 30) {
        self.library = library
        self.command = command
        self.isolation = isolation
        self.timeout = timeout
    }

    /// `--plugin PATH`: a `.so`/`.dylib` is a library; anything else is run as a command.
    public init(path: String) {
        if path.hasSuffix(".so") || path.hasSuffix(".dylib") || path.contains(".so.") {
            self.init(library: path)
        } else {
            self.init(command: [path])
        }
    }

    /// This spec's library or command with another spec's isolation and timeout.
    func with(_ settings: PluginSpec) -> PluginSpec {
        var spec = self
        spec.isolation = settings.isolation
        spec.timeout = settings.timeout
        if spec.library == nil && !settings.command.isEmpty { spec.command = settings.command }
        return spec
    }

    /// The factory that makes this plugin: it asks the plugin to describe itself under each options.
    /// `hostExecutable` is the `copydesk` binary that serves a library out of process.
    public func factory(hostExecutable: String?) throws -> PluginFactory {
        let spec = self
        let makeTransport: @Sendable () throws -> PluginTransport = {
            if let library = spec.library {
                let absolute = URL(fileURLWithPath: library).standardizedFileURL.path
                guard FileManager.default.fileExists(atPath: absolute) else {
                    throw RuntimePluginError(plugin: library, message: "no such file")
                }
                if spec.isolation == .inProcess { return try NativeLibraryTransport(path: absolute) }
                guard let host = hostExecutable else {
                    throw RuntimePluginError(plugin: library, message: "cannot run out of process without the copydesk executable")
                }
                return ProcessTransport(command: [host, "plugin-host", absolute], timeout: spec.timeout,
                                        name: (library as NSString).lastPathComponent)
            }
            return ProcessTransport(command: spec.command, timeout: spec.timeout)
        }
        let probe = try RuntimePlugin(transport: try makeTransport(), options: .object([:]))
        return PluginFactory(id: probe.id, summary: probe.summary) { options in
            if options == .object([:]) { return probe }
            return try RuntimePlugin(transport: try makeTransport(), options: options)
        }
    }
}
