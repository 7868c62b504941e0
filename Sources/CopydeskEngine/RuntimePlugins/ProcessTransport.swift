import CopydeskCore
import Foundation

/// A plugin that runs as a process of its own and speaks JSON lines on stdin/stdout: one request
/// per line, one answer per line. Each call has a time limit; a plugin that crashes or hangs is
/// killed, its failure is reported for that file, and it is started again for the next one.
public final class ProcessTransport: PluginTransport, @unchecked Sendable {
    public let name: String
    public let command: [String]
    public let timeout: TimeInterval
    private let lock = NSLock()
    private var process: Process?
    private var input: FileHandle?
    private var output: Int32 = -1
    private var buffer: [UInt8] = []
    /// The pipes of the running process, kept alive with it.
    private var pipes: (Pipe, Pipe)?

    public init(command: [String], timeout: TimeInterval, name: String? = nil) {
        self.command = command
        self.timeout = timeout
        self.name = name ?? command.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
    }

    deinit { stop() }

    private func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let stdinPipe = Pipe(), stdoutPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        do { try process.run() } catch {
            throw RuntimePluginError(plugin: name, message: "cannot be started: \(error.localizedDescription)")
        }
        self.process = process
        input = stdinPipe.fileHandleForWriting
        output = stdoutPipe.fileHandleForReading.fileDescriptor
        buffer = []
        pipes = (stdinPipe, stdoutPipe)
    }

    private func stop() {
        if let process, process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(1)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        try? input?.close()
        process = nil
        input = nil
        pipes = nil
    }

    /// One request and its answer, within `timeout` for the whole exchange: writing the request
    /// (a plugin that never reads cannot block the host), then reading the answer.
    public func send(_ request: JSONValue) throws -> JSONValue {
        lock.lock()
        defer { lock.unlock() }
        if process == nil || process?.isRunning == false { stop(); try start() }
        let deadline = Date().addingTimeInterval(timeout)
        let line = Array((request.canonicalJSON + "\n").utf8)
        signal(SIGPIPE, SIG_IGN)
        try write(line, deadline: deadline)
        let answer = try readLine(deadline: deadline)
        do { return try JSONDecoder().decode(JSONValue.self, from: Data(answer)) } catch {
            throw RuntimePluginError(plugin: name, message: "answered with a line that is not JSON: \(String(decoding: answer.prefix(200), as: UTF8.self))")
        }
    }

    /// Writes the request without blocking: the pipe is non-blocking and `poll` waits for room
    /// until the deadline. Whatever the plugin writes meanwhile is kept for `readLine`.
    private func write(_ bytes: [UInt8], deadline: Date) throws {
        guard let descriptor = input?.fileDescriptor else { throw RuntimePluginError(plugin: name, message: "is not running") }
        let flags = fcntl(descriptor, F_GETFL)
        if flags & O_NONBLOCK == 0 { _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { written += count; continue }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && errno != EAGAIN && errno != EWOULDBLOCK {
                let status = exitDescription()
                stop()
                throw RuntimePluginError(plugin: name, message: "stopped before it read the request\(status)")
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                stop()
                throw RuntimePluginError(plugin: name, message: "did not read the request (\(bytes.count) bytes) within \(Int(timeout)) s; it was stopped")
            }
            var descriptors = [pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0), pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, 2, Int32(min(remaining, 1) * 1000))
            if ready < 0 && errno != EINTR {
                stop()
                throw RuntimePluginError(plugin: name, message: "cannot be written to: \(String(cString: strerror(errno)))")
            }
            if descriptors[1].revents & Int16(POLLIN) != 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let count = read(output, &chunk, chunk.count)
                if count > 0 { buffer.append(contentsOf: chunk[..<count]) }
            }
        }
    }

    private func readLine(deadline: Date) throws -> [UInt8] {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                stop()
                throw RuntimePluginError(plugin: name, message: "gave no answer within \(Int(timeout)) s; it was stopped")
            }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000))
            if ready < 0 && errno != EINTR { break }
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(output, &chunk, chunk.count)
            if count <= 0 { break }
            buffer.append(contentsOf: chunk[..<count])
        }
        let status = exitDescription()
        stop()
        throw RuntimePluginError(plugin: name, message: "ended without answering\(status)")
    }

    private func exitDescription() -> String {
        guard let process else { return "" }
        let deadline = Date().addingTimeInterval(0.5)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning { return "" }
        switch process.terminationReason {
        case .uncaughtSignal: return " (it crashed with signal \(process.terminationStatus))"
        default: return " (it exited with status \(process.terminationStatus))"
        }
    }
}
