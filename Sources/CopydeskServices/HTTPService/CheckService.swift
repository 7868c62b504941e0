import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation
import Hummingbird
import Logging

/// `copydesk serve`: Copydesk over HTTP for a CMS. `POST /v1/check` lints a draft sent in the body
/// (`CheckRequest`) and answers with the `--format json` report, or SARIF when the `Accept` header
/// asks for `application/sarif+json`; `GET /v1/rules` lists the active rules; `/healthz` says the
/// process is up, `/readyz` that the engine is warm. The configuration is the file given at start,
/// or the defaults: a request's `path` names the document (its format, the configuration's
/// `overrides:`) and is never read, nor is any configuration file near it.
public struct CheckService: Sendable {
    public struct Settings: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        /// Largest request body accepted; a larger one is answered 413.
        public var maxBodyBytes = 1 << 20
        /// Seconds a check may take, queueing included; past it the answer is 503 (0: no limit).
        public var timeBudget = 10.0
        /// When set, every `/v1/` request must carry `Authorization: Bearer <token>`.
        public var bearerToken: String?
        /// Lint threads (0: one per core).
        public var workers = 0

        public init() {}
    }

    public let settings: Settings
    public let linter: DocumentLinter
    let workers: LintWorkers
    let readiness = Readiness()

    public init(settings: Settings, linter: DocumentLinter) {
        self.settings = settings
        self.linter = linter
        workers = LintWorkers(count: settings.workers)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections and finishes the requests
    /// in flight. `onListening` gets the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        var logger = Logger(label: "copydesk.serve")
        logger.logLevel = .notice
        let router = Router()
        router.add(middleware: AccessLogMiddleware())
        if let token = settings.bearerToken {
            router.add(middleware: BearerTokenMiddleware(token: token))
        }
        addRoutes(to: router)
        let readiness = self.readiness
        let linter = self.linter
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "copydesk"),
            onServerRunning: { channel in
                onListening(channel.localAddress?.port ?? 0)
                // Warm the engine after binding, so that /healthz answers at once and /readyz
                // turns 200 when the plugins are made and the index is mapped.
                Thread.detachNewThread {
                    CheckService.warm(linter)
                    readiness.markReady()
                }
            },
            logger: logger)
        try await app.runService()
    }

    /// Makes the plugins of every format and lints a small document of each, so that the first
    /// real request does not pay for loading.
    static func warm(_ linter: DocumentLinter) {
        let sample = "The council met on Monday, 1 December 2025. \u{201C}We will decide in spring,\u{201D} said Ana Ruiz, the mayor.\n"
        for format in DocumentFormat.allCases {
            let input = DocumentLinter.Input(bytes: Array(sample.utf8), path: CheckService.defaultPath(for: format), format: format)
            _ = try? linter.lint(input)
        }
    }

    static func defaultPath(for format: DocumentFormat) -> String {
        CheckRequest(text: "", format: format).documentPath(default: "document")
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        let readiness = self.readiness
        router.get("healthz") { _, _ in CheckService.json(.ok, .object(["status": "ok"])) }
        router.get("readyz") { _, _ in
            readiness.isReady ? CheckService.json(.ok, .object(["status": "ready"]))
                : CheckService.json(.serviceUnavailable, .object(["status": "starting", "error": "the engine is still loading its plugins"]))
        }
        router.get("v1/rules") { _, _ in
            do {
                let rules = try self.linter.rules(forPath: CheckService.defaultPath(for: .markdown))
                return CheckService.json(.ok, .array(rules.map { rule in
                    .object(["id": .string(rule.id), "level": .string(rule.defaultLevel.rawValue),
                             "enabled": .bool(rule.enabledByDefault), "description": .string(rule.shortDescription)])
                }))
            } catch {
                return CheckService.error(.internalServerError, "configuration error: \(error)")
            }
        }
        router.post("v1/check") { request, _ in try await self.check(request) }
    }

    func check(_ request: Request) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > settings.maxBodyBytes {
            return tooLarge()
        }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: settings.maxBodyBytes) } catch { return tooLarge() }
        let check: CheckRequest
        do {
            check = try CheckRequest(json: try CheckRequest.decode(Array(buffer: body)), formatRequired: true)
        } catch let error as CheckRequest.FieldError {
            var members: [String: JSONValue] = ["error": .string(error.description)]
            if let field = error.field { members["field"] = .string(field) }
            return CheckService.json(.badRequest, .object(members))
        }
        let sarif = request.headers[.accept]?.contains("application/sarif+json") ?? false
        let input = check.input(pathStem: "document")
        switch await workers.lint(input, with: linter, budget: settings.timeBudget) {
        case .report(let report):
            let reporter: any Reporter = sarif ? SARIFReporter() : JSONReporter()
            var headers = HTTPFields()
            headers[.contentType] = sarif ? "application/sarif+json" : "application/json"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reporter.renderBytes(report))))
        case .failed(let error):
            return CheckService.error(.internalServerError, "configuration error: \(error)")
        case .overBudget:
            return CheckService.error(.serviceUnavailable,
                                      "the check took longer than its time budget of \(settings.timeBudget) s (the server is busy or the document is very large); retry later or send a shorter document")
        }
    }

    func tooLarge() -> Response {
        CheckService.error(.contentTooLarge, "the request body is over the limit of \(settings.maxBodyBytes) bytes (serve --max-body-size)")
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, .object(["error": .string(message)]))
    }

    static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        var bytes = Array(value.serialized(indent: nil).utf8)
        bytes.append(0x0A)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

extension CheckRequest {
    init(text: String, format: DocumentFormat) {
        self.text = text
        self.format = format
    }
}

/// Whether the engine has warmed up.
final class Readiness: @unchecked Sendable {
    private let lock = NSLock()
    private var ready = false
    var isReady: Bool { lock.lock(); defer { lock.unlock() }; return ready }
    func markReady() { lock.lock(); ready = true; lock.unlock() }
}

/// Requires `Authorization: Bearer <token>` on `/v1/` routes; the health routes stay open for probes.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/v1/") else { return try await next(request, context) }
        let given = request.headers[.authorization].flatMap { header -> String? in
            header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : nil
        }
        guard let given, BearerTokenMiddleware.constantTimeEqual(Array(given.utf8), Array(token.utf8)) else {
            var response = CheckService.error(.unauthorized, "a bearer token is required: Authorization: Bearer <token>")
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        return try await next(request, context)
    }

    /// Compares without stopping at the first difference, so timing does not tell how much matched.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}

/// One JSON line per request on standard error: time, method, path, status, duration, body sizes.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now()
        let status: Int
        let response: Response
        do {
            response = try await next(request, context)
            status = response.status.code
        } catch let error as any HTTPResponseError {
            AccessLogMiddleware.log(request, status: error.status.code, start: start, responseBytes: nil)
            throw error
        } catch {
            AccessLogMiddleware.log(request, status: 500, start: start, responseBytes: nil)
            throw error
        }
        AccessLogMiddleware.log(request, status: status, start: start, responseBytes: response.body.contentLength)
        return response
    }

    static func log(_ request: Request, status: Int, start: DispatchTime, responseBytes: Int?) {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        var members: [String: JSONValue] = [
            "time": .string(AccessLog.timestamp()),
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .int(status),
            "ms": .double((milliseconds * 100).rounded() / 100),
        ]
        if let length = request.headers[.contentLength].flatMap(Int.init) { members["requestBytes"] = .int(length) }
        if let responseBytes { members["responseBytes"] = .int(responseBytes) }
        var line = Array(JSONValue.object(members).canonicalJSON.utf8)
        line.append(0x0A)
        AccessLog.write(line)
    }
}

/// Writes access-log lines to standard error whole, one at a time.
enum AccessLog {
    private static let lock = NSLock()

    /// The current UTC time as ISO 8601 with milliseconds (`2025-12-05T09:30:00.123Z`).
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(now.tv_nsec / 1_000_000))
    }

    static func write(_ line: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}
