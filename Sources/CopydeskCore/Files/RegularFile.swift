import Foundation

/// Reading a file the user named or a walk found, safely: only regular files are read, FIFOs,
/// devices and sockets are refused without blocking, and the size is capped.
public enum RegularFile {
    /// Why a file could not be read.
    public enum ReadError: Error, Sendable, Hashable, CustomStringConvertible {
        case notFound
        case isDirectory
        /// A FIFO, device or socket (`kind` says which).
        case notRegularFile(kind: String)
        case unreadable(reason: String)
        case tooLarge(bytes: Int, limit: Int)

        public var description: String {
            switch self {
            case .notFound: return "no such file"
            case .isDirectory: return "is a directory"
            case .notRegularFile(let kind): return "is \(kind), not a regular file"
            case .unreadable(let reason): return "cannot be read: \(reason)"
            case .tooLarge(let bytes, let limit): return "is \(bytes) bytes, over the limit of \(limit) bytes"
            }
        }
    }

    /// The bytes of a regular file, refusing folders, missing, unreadable and oversized files, and
    /// FIFOs, devices and sockets (opened without blocking, so a FIFO with no writer cannot stall a run).
    public static func read(_ path: String, limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw ReadError.notFound
            case EISDIR: throw ReadError.isDirectory
            case EACCES: throw ReadError.unreadable(reason: "permission denied")
            default: throw ReadError.unreadable(reason: String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadError.unreadable(reason: String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ReadError.isDirectory
        case S_IFIFO: throw ReadError.notRegularFile(kind: "a FIFO")
        case S_IFCHR, S_IFBLK: throw ReadError.notRegularFile(kind: "a device")
        case S_IFSOCK: throw ReadError.notRegularFile(kind: "a socket")
        default: throw ReadError.notRegularFile(kind: "an unknown kind of file")
        }
        let size = Int(info.st_size)
        if size > limit { throw ReadError.tooLarge(bytes: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var filled = 0
        // Read what the size promised, then check for more (a file that grew meanwhile).
        while true {
            if filled == bytes.count {
                if bytes.count > limit { throw ReadError.tooLarge(bytes: bytes.count, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2)))
            }
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError.unreadable(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        if filled > limit { throw ReadError.tooLarge(bytes: filled, limit: limit) }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
