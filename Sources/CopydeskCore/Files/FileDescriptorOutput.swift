import Foundation

/// A failed system call, described by the C library's message for its `errno`.
public struct SystemCallError: LocalizedError {
    public var code: Int32
    public init(code: Int32) { self.code = code }
    public var errorDescription: String? { String(cString: strerror(code)) }
}

/// Writing bytes to a file descriptor without copying them first.
public enum FileDescriptorOutput {
    /// Writes every byte, retrying short writes and interrupted calls.
    public static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws {
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
