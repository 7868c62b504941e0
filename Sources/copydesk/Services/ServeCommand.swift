import ArgumentParser
import CopydeskEngine
import CopydeskServices
import Foundation

/// `copydesk serve`: the HTTP service for CMS integration (`CheckService`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve Copydesk over HTTP: POST /v1/check, GET /v1/rules, /healthz, /readyz.",
        discussion: """
            The configuration is the --config file (or the defaults), read once at start; a request's `path` only names \
            the document. Set COPYDESK_TOKEN (or --token-file) to require `Authorization: Bearer <token>` on /v1/. \
            One JSON access-log line per request goes to standard error. SIGTERM stops accepting connections and \
            finishes the requests in flight.
            """)

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(name: .long, help: "The configuration file every request is checked with (default: the built-in defaults).")
    var config: String?

    @Option(name: .long, help: "Largest request body in bytes; larger bodies are answered 413.")
    var maxBodySize = 1 << 20

    @Option(name: .long, help: "Seconds a check may take, queueing included, before it is answered 503 (0: no limit).")
    var timeBudget = 10.0

    @Option(name: .long, help: "A file holding the bearer token /v1/ requests must carry (COPYDESK_TOKEN also sets it).")
    var tokenFile: String?

    @Option(name: [.customShort("j", allowingJoined: true), .long], help: "Lint threads (default: one per core).")
    var jobs = 0

    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
        if maxBodySize <= 0 { throw ValidationError("--max-body-size must be positive") }
        if !(timeBudget >= 0) || !timeBudget.isFinite { throw ValidationError("--time-budget must be 0 (no limit) or a number of seconds") }
        if jobs < 0 { throw ValidationError("--jobs must be 0 (one per core) or more") }
    }

    func run() throws {
        var settings = CheckService.Settings()
        settings.host = host
        settings.port = port
        settings.maxBodyBytes = maxBodySize
        settings.timeBudget = timeBudget
        settings.workers = jobs
        settings.bearerToken = try token()
        let linter: DocumentLinter
        do {
            var setup = DocumentLinter.Setup(registry: try plugins.registry(config: config),
                                             root: FileManager.default.currentDirectoryPath, configFile: config)
            setup.discoversConfiguration = false
            setup.readsGitDates = false
            linter = try DocumentLinter(setup)
            try linter.prepare(forPath: "document.md")
        } catch let error as ConfigurationError {
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
        let service = CheckService(settings: settings, linter: linter)
        let host = self.host
        let outcome = BlockingTask.run {
            try await service.run { port in
                Terminal.writeError("copydesk serve: listening on http://\(host):\(port)\n")
            }
        }
        if case .failure(let error) = outcome {
            Terminal.writeError("copydesk serve: \(error)\n")
            throw ExitCode(2)
        }
        Terminal.writeError("copydesk serve: stopped\n")
    }

    func token() throws -> String? {
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                Terminal.writeError("copydesk: cannot read the token file \(tokenFile)\n")
                throw ExitCode(2)
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else {
                Terminal.writeError("copydesk: the token file \(tokenFile) is empty\n")
                throw ExitCode(2)
            }
            return token
        }
        if let token = ProcessInfo.processInfo.environment["COPYDESK_TOKEN"], !token.isEmpty { return token }
        return nil
    }
}

/// Runs async work to completion from the synchronous command line.
enum BlockingTask {
    static func run(_ body: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        final class Box: @unchecked Sendable { var result: Result<Void, any Error> = .success(()) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await body() } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result
    }
}
