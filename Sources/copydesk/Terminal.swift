import Foundation

/// Facts about the terminal and small helpers for writing to it.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var colorAllowed: Bool { ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// A progress line on stderr for long runs, redrawn at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        drawn = true
        Terminal.writeError("\r\u{1B}[2Kcopydesk: \(done)/\(total) files")
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Terminal.writeError("\r\u{1B}[2K") }
    }
}

/// Writes a file by writing a temporary file beside it and renaming it over the target, so that a
/// reader never sees half a file and a failed write leaves the old one intact.
enum AtomicFile {
    /// Calls `body` with the descriptor of the temporary file, then puts the file in place.
    static func write(to path: String, _ body: (Int32) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemCallError(code: errno) }
        do {
            try body(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = SystemCallError(code: errno)
            unlink(temporary)
            throw error
        }
        if rename(temporary, url.path) != 0 {
            let error = SystemCallError(code: errno)
            unlink(temporary)
            throw error
        }
    }
}

/// A failed system call, described by the C library's message for its `errno`.
struct SystemCallError: LocalizedError {
    var code: Int32
    var errorDescription: String? { String(cString: strerror(code)) }
}

/// Writing bytes to a file descriptor without copying them first.
enum FileDescriptorOutput {
    /// Writes every byte, retrying short writes and interrupted calls.
    static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(code: errno)
            }
            offset += written
        }
    }
}
