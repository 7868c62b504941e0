import ArgumentParser
import CopydeskEngine
import CopydeskServices
import Foundation

/// `copydesk lsp`: the language server for editors (`LanguageServer`), over stdin and stdout.
struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdin/stdout) for editors.",
        discussion: """
            Diagnostics for .md, .markdown, .txt and .html documents as they are edited, quick fixes, \
            "disable this rule on this line", hover on dates, quotes and sanctions entries, and the \
            copydesk.lintWorkspace command. initializationOptions: {"debounceMs": 150, "minLevel": "warning"}.
            """)

    @Option(name: .long, help: "Use this configuration file for every document instead of discovering .copydesk.yml files.")
    var config: String?

    @Option(name: .long, help: "Milliseconds to wait after a change before linting (the client's initializationOptions.debounceMs wins).")
    var debounce = 150.0

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let registry: PluginRegistry
        do { registry = try plugins.registry(config: config) } catch {
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
        // A client that goes away must end the server, not kill it with SIGPIPE mid-write.
        signal(SIGPIPE, SIG_IGN)
        // Documents are read relative to the workspace root; --config is relative to where the server starts.
        let configFile = config.map { FileWalker.absolute($0, relativeTo: FileManager.default.currentDirectoryPath) }
        let server = LanguageServer(connection: JSONRPCConnection(), registry: registry, configFile: configFile,
                                    debounce: debounce / 1000)
        let status = server.run()
        if status != 0 { throw ExitCode(status) }
    }
}
