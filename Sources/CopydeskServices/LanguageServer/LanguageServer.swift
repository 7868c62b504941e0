import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Dispatch
import Foundation

/// `copydesk lsp`: a language server (LSP 3.17 over stdio). Diagnostics for `.md`, `.markdown`,
/// `.txt` and `.html` documents on open, change (debounced) and save, linted from the editor's
/// text with the configuration that applies at the document's path; quick fixes from the
/// findings' fixes and "disable this rule on this line"; hover on fact tags; the configuration read
/// again when a `.copydesk.yml` changes; `copydesk.lintWorkspace` lints the files on disk.
public final class LanguageServer: @unchecked Sendable {
    /// The command `workspace/executeCommand` runs.
    public static let lintWorkspaceCommand = "copydesk.lintWorkspace"
    /// File extensions the server lints.
    public static let extensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    let connection: JSONRPCConnection
    let registry: PluginRegistry
    let configFile: String?
    /// Seconds between the last change and the lint it triggers.
    var debounce: Double
    /// Diagnostics below this level are not published (fact tags stay available to hover).
    var minimumLevel: Level = .warning

    private let lock = NSLock()
    private var linter: DocumentLinter?
    private var root = FileManager.default.currentDirectoryPath
    private var documents: [String: OpenDocument] = [:]
    private var initialized = false
    private var shutdownRequested = false
    private var nextRequestID = 1
    private let lintQueue = DispatchQueue(label: "copydesk.lsp.lint", qos: .userInitiated, attributes: .concurrent)

    /// An open document: its text, version, and the last report for that version.
    struct OpenDocument {
        var uri: String
        var path: String
        var text: String
        var version: Int?
        /// Bumped by every change; a lint publishes only if its generation is still current.
        var generation = 0
        var report: Report?
        var reportGeneration = -1
    }

    public init(connection: JSONRPCConnection, registry: PluginRegistry, configFile: String?, debounce: Double = 0.15) {
        self.connection = connection
        self.registry = registry
        self.configFile = configFile
        self.debounce = debounce
    }

    /// Serves until `exit` (or the end of the input); returns the process's exit status.
    public func run() -> Int32 {
        while let incoming = connection.read() {
            switch incoming {
            case .malformed(let reason):
                connection.respond(to: .null, errorCode: JSONRPCConnection.ErrorCode.parseError, message: "Parse error: \(reason)")
            case .message(let message):
                if let status = handle(message) { return status }
            }
        }
        return shutdownRequested ? 0 : 1
    }

    /// Handles one message; returns an exit status when the client asked to exit.
    func handle(_ message: JSONValue) -> Int32? {
        guard case .object(let members) = message else {
            connection.respond(to: .null, errorCode: JSONRPCConnection.ErrorCode.invalidRequest,
                               message: "Invalid Request: a message must be a JSON object")
            return nil
        }
        let id = members["id"]
        guard let method = members["method"]?.stringValue else {
            // A response to one of our requests (client/registerCapability): nothing to do.
            if id != nil, members["result"] != nil || members["error"] != nil { return nil }
            connection.respond(to: id ?? .null, errorCode: JSONRPCConnection.ErrorCode.invalidRequest,
                               message: "Invalid Request: no `method`")
            return nil
        }
        let params = members["params"] ?? .null
        if method == "exit" { return shutdownRequested ? 0 : 1 }
        if method != "initialize" && !isInitialized {
            if let id { connection.respond(to: id, errorCode: JSONRPCConnection.ErrorCode.serverNotInitialized, message: "the server is not initialized") }
            return nil
        }
        do {
            switch method {
            case "initialize": try respond(id, initialize(params))
            case "initialized": registerWatchers()
            case "shutdown":
                lock.lock(); shutdownRequested = true; lock.unlock()
                try respond(id, .null)
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didSave": try didSave(params)
            case "textDocument/didClose": try didClose(params)
            case "textDocument/codeAction": try respond(id, codeActions(params))
            case "textDocument/hover": try respond(id, hover(params))
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
            case "workspace/didChangeConfiguration": break
            case "workspace/executeCommand": try respond(id, executeCommand(params))
            default:
                if let id {
                    connection.respond(to: id, errorCode: JSONRPCConnection.ErrorCode.methodNotFound, message: "Method not found: \(method)")
                }
            }
        } catch let error as InvalidParams {
            if let id { connection.respond(to: id, errorCode: JSONRPCConnection.ErrorCode.invalidParams, message: "Invalid params: \(error.message)") }
            else { logMessage(.warning, "\(method): \(error.message)") }
        } catch {
            if let id { connection.respond(to: id, errorCode: JSONRPCConnection.ErrorCode.internalError, message: "\(error)") }
            else { logMessage(.error, "\(method): \(error)") }
        }
        return nil
    }

    private var isInitialized: Bool { lock.lock(); defer { lock.unlock() }; return initialized }

    private func respond(_ id: JSONValue?, _ result: JSONValue) throws {
        guard let id else { return }
        connection.respond(to: id, result: result)
    }

    struct InvalidParams: Error { var message: String }

    // MARK: Lifecycle

    func initialize(_ params: JSONValue) throws -> JSONValue {
        if let uri = params["rootUri"]?.stringValue ?? params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue,
           let path = LanguageServer.path(fromURI: uri) {
            root = path
        } else if let path = params["rootPath"]?.stringValue {
            root = path
        }
        let options = params["initializationOptions"]
        if let milliseconds = options?["debounceMs"]?.doubleValue, milliseconds >= 0 { debounce = milliseconds / 1000 }
        if let level = options?["minLevel"]?.stringValue.flatMap(Level.init(rawValue:)) { minimumLevel = level }
        var setup = DocumentLinter.Setup(registry: registry, root: root, configFile: configFile)
        setup.readsGitDates = false
        do {
            let linter = try DocumentLinter(setup)
            lock.lock()
            self.linter = linter
            initialized = true
            lock.unlock()
        } catch {
            throw InvalidParams(message: "configuration error: \(error)")
        }
        // Make the plugins and map the index now, not on the first keystroke.
        lintQueue.async { [root] in try? self.currentLinter()?.prepare(forPath: root + "/document.md") }
        return .object([
            "capabilities": .object([
                "positionEncoding": "utf-16",
                "textDocumentSync": .object(["openClose": true, "change": 1, "save": .object(["includeText": true])]),
                "hoverProvider": true,
                "codeActionProvider": .object(["codeActionKinds": .array(["quickfix"])]),
                "executeCommandProvider": .object(["commands": .array([.string(LanguageServer.lintWorkspaceCommand)])]),
            ]),
            "serverInfo": .object(["name": "copydesk", "version": .string(CopydeskVersion.current)]),
        ])
    }

    /// Asks the client to report changes to `.copydesk.yml` files (where it supports that).
    func registerWatchers() {
        lock.lock()
        let id = nextRequestID
        nextRequestID += 1
        lock.unlock()
        connection.send(.object([
            "jsonrpc": "2.0", "id": .string("copydesk-\(id)"), "method": "client/registerCapability",
            "params": .object(["registrations": .array([.object([
                "id": "copydesk-configuration", "method": "workspace/didChangeWatchedFiles",
                "registerOptions": .object(["watchers": .array([.object(["globPattern": "**/.copydesk.yml"])])]),
            ])])]),
        ]))
    }

    func currentLinter() -> DocumentLinter? {
        lock.lock()
        defer { lock.unlock() }
        return linter
    }

    // MARK: Documents

    func didOpen(_ params: JSONValue) throws {
        guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue else {
            throw InvalidParams(message: "textDocument.uri and textDocument.text are required")
        }
        guard let path = LanguageServer.path(fromURI: uri) else { return }
        lock.lock()
        documents[uri] = OpenDocument(uri: uri, path: path, text: text, version: item["version"]?.intValue)
        lock.unlock()
        if LanguageServer.isConfiguration(path) { return }
        schedule(uri, after: 0)
    }

    func didChange(_ params: JSONValue) throws {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let changes = params["contentChanges"]?.arrayValue else {
            throw InvalidParams(message: "textDocument.uri and contentChanges are required")
        }
        // Full synchronisation: the last change holds the whole text.
        guard let text = changes.last?["text"]?.stringValue else { return }
        lock.lock()
        guard var document = documents[uri] else { lock.unlock(); return }
        document.text = text
        document.version = params["textDocument"]?["version"]?.intValue
        document.generation += 1
        documents[uri] = document
        lock.unlock()
        schedule(uri, after: debounce)
    }

    func didSave(_ params: JSONValue) throws {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw InvalidParams(message: "textDocument.uri is required") }
        if let path = LanguageServer.path(fromURI: uri), LanguageServer.isConfiguration(path) {
            reloadConfiguration()
            return
        }
        lock.lock()
        if let text = params["text"]?.stringValue, var document = documents[uri] {
            document.text = text
            document.generation += 1
            documents[uri] = document
        }
        lock.unlock()
        schedule(uri, after: 0)
    }

    func didClose(_ params: JSONValue) throws {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw InvalidParams(message: "textDocument.uri is required") }
        lock.lock()
        documents[uri] = nil
        lock.unlock()
        connection.notify("textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
    }

    func didChangeWatchedFiles(_ params: JSONValue) {
        let changed = params["changes"]?.arrayValue?.compactMap { $0["uri"]?.stringValue } ?? []
        if changed.contains(where: { LanguageServer.path(fromURI: $0).map(LanguageServer.isConfiguration) ?? false }) {
            reloadConfiguration()
        }
    }

    /// Reads the configuration again and lints every open document with it.
    func reloadConfiguration() {
        guard let linter = currentLinter() else { return }
        do {
            try linter.reloadConfiguration()
            logMessage(.info, "configuration reloaded")
        } catch {
            logMessage(.error, "configuration error: \(error)")
            return
        }
        lock.lock()
        let uris = Array(documents.keys)
        lock.unlock()
        for uri in uris { schedule(uri, after: 0) }
    }

    /// Lints a document after `delay` seconds, unless it changed again in the meantime.
    func schedule(_ uri: String, after delay: Double) {
        lock.lock()
        guard let generation = documents[uri]?.generation else { lock.unlock(); return }
        lock.unlock()
        lintQueue.asyncAfter(deadline: .now() + delay) { self.lint(uri, generation: generation) }
    }

    func lint(_ uri: String, generation: Int) {
        lock.lock()
        guard let document = documents[uri], document.generation == generation, let linter else { lock.unlock(); return }
        lock.unlock()
        guard LanguageServer.isLintable(document.path) else { return }
        let report: Report
        do {
            report = try linter.lint(DocumentLinter.Input(bytes: Array(document.text.utf8), path: document.path))
        } catch {
            // A broken .copydesk.yml shows on the document itself, where the writer looks.
            var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": .array([
                LanguageServerConversions.documentProblem(line: 0, message: "configuration error: \(error)", severity: 1),
            ])]
            if let version = document.version { params["version"] = .int(version) }
            connection.notify("textDocument/publishDiagnostics", .object(params))
            return
        }
        lock.lock()
        guard var current = documents[uri], current.generation == generation else { lock.unlock(); return }
        current.report = report
        current.reportGeneration = generation
        documents[uri] = current
        lock.unlock()
        publish(report, uri: uri, version: document.version)
    }

    func publish(_ report: Report, uri: String, version: Int?) {
        var diagnostics = report.results.filter { $0.suppressions.isEmpty && $0.level >= minimumLevel }
            .map(LanguageServerConversions.diagnostic)
        diagnostics += report.fileErrors.map { error in
            LanguageServerConversions.documentProblem(line: (error.line ?? 1) - 1, message: error.message, severity: 1)
        }
        var params: [String: JSONValue] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { params["version"] = .int(version) }
        connection.notify("textDocument/publishDiagnostics", .object(params))
    }

    /// The report for the document's current text, linting now when the last one is stale.
    func currentReport(_ uri: String) -> (OpenDocument, Report)? {
        lock.lock()
        guard let document = documents[uri], let linter else { lock.unlock(); return nil }
        lock.unlock()
        guard LanguageServer.isLintable(document.path) else { return nil }
        if let report = document.report, document.reportGeneration == document.generation { return (document, report) }
        guard let report = try? linter.lint(DocumentLinter.Input(bytes: Array(document.text.utf8), path: document.path)) else { return nil }
        return (document, report)
    }

    // MARK: Code actions and hover

    func codeActions(_ params: JSONValue) throws -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let range = params["range"].flatMap(LSPRange.init) else {
            throw InvalidParams(message: "textDocument.uri and range are required")
        }
        guard let (document, report) = currentReport(uri) else { return .array([]) }
        let lines = LanguageServerConversions.lineStarts(document.text)
        var actions: [JSONValue] = []
        for result in report.results where result.suppressions.isEmpty && result.level >= minimumLevel
            && LSPRange(result.region).overlaps(range) {
            actions += LanguageServerConversions.codeActions(for: result, uri: uri, text: document.text, lineStarts: lines)
        }
        return .array(actions)
    }

    func hover(_ params: JSONValue) throws -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let position = params["position"].flatMap(LSPPosition.init) else {
            throw InvalidParams(message: "textDocument.uri and position are required")
        }
        guard let (_, report) = currentReport(uri) else { return .null }
        let tags = report.results.filter { LSPRange($0.region).contains(position) && LanguageServerConversions.isFactTag($0) }
        guard !tags.isEmpty else { return .null }
        let text = tags.map(LanguageServerConversions.hoverText).joined(separator: "\n\n---\n\n")
        return .object([
            "contents": .object(["kind": "markdown", "value": .string(text)]),
            "range": LSPRange(tags[0].region).json,
        ])
    }

    // MARK: Workspace

    func executeCommand(_ params: JSONValue) throws -> JSONValue {
        guard params["command"]?.stringValue == LanguageServer.lintWorkspaceCommand else {
            throw InvalidParams(message: "unknown command `\(params["command"]?.stringValue ?? "")` (known: \(LanguageServer.lintWorkspaceCommand))")
        }
        var request = LintRequest(paths: ["."], root: root, configFile: configFile, minLevel: minimumLevel)
        request.pluginListFile = nil
        let report: Report
        do { report = try LintRunner(registry: registry).run(request) } catch {
            throw InvalidParams(message: "configuration error: \(error)")
        }
        lock.lock()
        let open = Set(documents.values.map(\.path))
        lock.unlock()
        var byPath: [String: [ReportedResult]] = [:]
        for result in report.results where result.suppressions.isEmpty { byPath[result.path, default: []].append(result) }
        for path in report.filesScanned {
            let absolute = FileWalker.absolute(path, relativeTo: root)
            // Open documents keep the diagnostics of the editor's text.
            if open.contains(absolute) { continue }
            connection.notify("textDocument/publishDiagnostics", .object([
                "uri": .string(LanguageServer.uri(fromPath: absolute)),
                "diagnostics": .array((byPath[path] ?? []).map(LanguageServerConversions.diagnostic)),
            ]))
        }
        return .object(["files": .int(report.filesScanned.count), "results": .int(report.results.filter { $0.suppressions.isEmpty }.count),
                        "fileErrors": .int(report.fileErrors.count)])
    }

    enum MessageType: Int { case error = 1, warning, info, log }

    func logMessage(_ type: MessageType, _ message: String) {
        connection.notify("window/logMessage", .object(["type": .int(type.rawValue), "message": .string("copydesk: \(message)")]))
    }

    // MARK: Paths

    /// Whether the server lints documents at `path` (by extension).
    static func isLintable(_ path: String) -> Bool { extensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased()) }

    static func isConfiguration(_ path: String) -> Bool { path.hasSuffix("/" + ConfigurationLoader.fileName) }

    /// The file path of a `file://` URI (nil for other schemes: untitled buffers are not linted).
    static func path(fromURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    static func uri(fromPath path: String) -> String { URL(fileURLWithPath: path).absoluteString }
}
