import ArgumentParser
import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import Foundation

/// `--plugin PATH`: runtime plugins, added to the built-in ones.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin"), help: "Load a plugin: a shared library (.so) or an executable speaking JSON lines (repeatable).")
    var paths: [String] = []

    /// The configuration file whose `load:` list applies: `--config`, else the nearest
    /// `.copydesk.yml` from the current folder up.
    func topConfigurationFile(config: String?) -> String? {
        let root = FileManager.default.currentDirectoryPath
        if let config { return FileWalker.absolute(config, relativeTo: root) }
        var folder = URL(fileURLWithPath: root)
        while true {
            let candidate = folder.appendingPathComponent(ConfigurationLoader.fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The built-in plugins plus those named by `--plugin` and the top configuration's `load:`.
    func registry(config: String?) throws -> PluginRegistry {
        var registry = PluginRegistry.builtIn
        var specs = paths.map { PluginSpec(path: FileWalker.absolute($0, relativeTo: FileManager.default.currentDirectoryPath)) }
        if let file = topConfigurationFile(config: config) {
            specs += try ConfigurationLoader.pluginSpecs(file: file)
        }
        let host = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
        for spec in specs {
            do {
                registry.register(try spec.factory(hostExecutable: host))
            } catch {
                throw ConfigurationError(file: spec.library ?? spec.command.joined(separator: " "), message: "\(error)")
            }
        }
        return registry
    }
}

/// `copydesk plugin-host LIBRARY`: serves a shared-library plugin over JSON lines on stdin/stdout,
/// so that `copydesk lint` can run it in a process of its own (a crash or hang there is reported,
/// not fatal to the run).
struct PluginHostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plugin-host", abstract: "Serve a shared-library plugin over stdin/stdout (used by lint).",
                                                    shouldDisplay: false)

    @Argument(help: "The plugin's shared library.")
    var library: String

    func run() throws {
        let transport: NativeLibraryTransport
        do { transport = try NativeLibraryTransport(path: library) } catch {
            // Answer the first request with the reason, so that the client can report it.
            _ = readLine()
            print(JSONValue.object(["error": .string("\(error)")]).canonicalJSON)
            return
        }
        while let line = readLine(strippingNewline: true) {
            let answer: JSONValue
            if let request = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)) {
                answer = (try? transport.send(request)) ?? .object(["error": "the plugin gave no answer"])
            } else {
                answer = .object(["error": "the request is not JSON"])
            }
            print(answer.canonicalJSON)
            fflush(stdout)
        }
    }
}
