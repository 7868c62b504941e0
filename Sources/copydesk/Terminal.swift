import Foundation
import CopydeskCore

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

/// Writes a report file. A regular file (or a new one) is written atomically: a temporary file
/// beside it is renamed over it at the end, so that a reader never sees half a file and a failed
/// write leaves the old one intact. A symbolic link is followed and its target written. Devices
/// and FIFOs (`/dev/null`, `/dev/stdout`) are written to in place: they are streams, never
/// replaced. A folder, or anything else that is not a file, is refused.
enum AtomicFile {
    /// Calls `body` with the descriptor to write to, then puts the file in place.
    static func write(to path: String, _ body: (Int32) throws -> Void) throws {
        guard !path.isEmpty else { throw OutputPathError("is empty") }
        let target = try resolvingLinks(path)
        var status = stat()
        if stat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                try replace(target, mode: status.st_mode & 0o7777, body)
            case S_IFCHR, S_IFIFO:
                try writeInPlace(target, body)
            case S_IFDIR:
                throw OutputPathError("is a folder; name a file to write the report to")
            default:
                throw OutputPathError("is not a regular file, a device or a FIFO; name a file to write the report to")
            }
        } else if errno == ENOENT {
            try replace(target, mode: nil, body)
        } else {
            throw SystemCallError(code: errno)
        }
    }

    /// The path a chain of symbolic links ends at (the last one may name a file not made yet).
    private static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw OutputPathError("is a symbolic link that cannot be read")
            }
            current = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw OutputPathError("is a loop of symbolic links")
    }

    private static func replace(_ path: String, mode: mode_t?, _ body: (Int32) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var descriptor: Int32 = -1
        var temporary = ""
        for attempt in 0..<100 {
            temporary = (folder as NSString).appendingPathComponent(
                ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(attempt).tmp")
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            throw OutputPathError("cannot create a temporary file in \(folder) to write it atomically: \(String(cString: strerror(errno)))")
        }
        do {
            if let mode { _ = fchmod(descriptor, mode) }
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
        if rename(temporary, path) != 0 {
            let error = SystemCallError(code: errno)
            unlink(temporary)
            throw error
        }
    }

    private static func writeInPlace(_ path: String, _ body: (Int32) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemCallError(code: errno) }
        defer { close(descriptor) }
        try body(descriptor)
    }
}

/// An output path that cannot take a report, and why.
struct OutputPathError: LocalizedError {
    var reason: String
    init(_ reason: String) { self.reason = reason }
    var errorDescription: String? { reason }
}

