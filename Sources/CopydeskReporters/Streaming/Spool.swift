import CopydeskCore
import Foundation

/// Bytes appended in order and read back once, held in memory while they are few and in an
/// unlinked temporary file beyond that: a run's results, written as the files are linted, wait
/// here for the report's head, which is known only at the end. Memory stays flat however many
/// results a run has (the file's pages are the kernel's page cache, not the process's).
public final class Spool {
    /// Bytes kept in memory before the spool moves to a file.
    public static let memoryLimit = 4 << 20
    /// Bytes gathered in memory between writes to the file.
    static let writeChunk = 1 << 20

    /// Bytes appended so far.
    public private(set) var count = 0
    private var descriptor: Int32 = -1
    /// Bytes already in the file; the rest are in `buffer`.
    private var fileBytes = 0
    private var buffer: [UInt8] = []
    /// Where `copy` reads the file's bytes into.
    private var readBuffer: [UInt8] = []
    /// Whether writing the file failed: the bytes then stay in memory (the report is still right).
    private var spillFailed = false
    private let memoryLimit: Int

    public init(memoryLimit: Int = Spool.memoryLimit) {
        self.memoryLimit = memoryLimit
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if count > memoryLimit && (descriptor < 0 || buffer.count >= Spool.writeChunk) { spill() }
    }

    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Moves the buffered bytes to the file (opened on first use). Without a file (none can be
    /// made, or a write failed) the bytes stay in memory: the report is still right.
    private func spill() {
        guard !spillFailed else { return }
        if descriptor < 0 {
            guard let opened = Spool.openTemporaryFile() else { spillFailed = true; return }
            descriptor = opened
        }
        do {
            try buffer.withUnsafeBufferPointer { try FileDescriptorOutput.writeAll($0, to: descriptor) }
            fileBytes += buffer.count
            buffer.removeAll(keepingCapacity: true)
        } catch {
            // The file's bytes past `fileBytes` are never read.
            spillFailed = true
        }
    }

    /// An unlinked temporary file in TMPDIR, closed on exec (a restarted run starts its own).
    private static func openTemporaryFile() -> Int32? {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/copydesk-spool-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }

    /// Passes the bytes in `range` to `sink`, a megabyte at a time.
    public func copy(_ range: Range<Int>, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var position = range.lowerBound
        let fileEnd = min(range.upperBound, fileBytes)
        if position < fileEnd && readBuffer.isEmpty { readBuffer = [UInt8](repeating: 0, count: Spool.writeChunk) }
        while position < fileEnd {
            let wanted = min(readBuffer.count, fileEnd - position)
            let read = readBuffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(position)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { throw SystemCallError(code: read < 0 ? errno : EIO) }
            try readBuffer.withUnsafeBufferPointer { try sink(UnsafeBufferPointer(rebasing: $0[0..<read])) }
            position += read
        }
        if position < range.upperBound {
            try buffer.withUnsafeBufferPointer {
                try sink(UnsafeBufferPointer(rebasing: $0[(position - fileBytes)..<(range.upperBound - fileBytes)]))
            }
        }
    }

    /// Passes every byte to `sink`.
    public func copy(to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try copy(0..<count, to: sink)
    }
}
