/// Why a file could not be read as a document. Each case says what a person needs to fix it.
public enum DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    case notFound
    case isDirectory
    /// A FIFO, device or socket: something that is read as a stream, not an article.
    case notRegularFile(kind: String)
    case unreadable(reason: String)
    /// The file holds NUL bytes or other binary content.
    case binary
    /// The first byte that is not UTF-8, by 1-based line and byte column.
    case invalidUTF8(line: Int, column: Int, byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case unsupportedFormat(pathExtension: String)
    /// Front matter whose YAML does not parse, at a 1-based line and column of the file.
    case frontMatter(line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory"
        case .notRegularFile(let kind): return "is \(kind), not a regular file; not linted"
        case .unreadable(let reason): return "cannot be read: \(reason)"
        case .binary: return "looks like a binary file (it contains NUL bytes); not linted"
        case .invalidUTF8(let line, let column, let offset):
            return "is not valid UTF-8: the byte at line \(line), column \(column) (offset \(offset)) is not part of a UTF-8 character; save the file as UTF-8"
        case .tooLarge(let bytes, let limit):
            return "is \(bytes) bytes, over the limit of \(limit) bytes; raise it with --max-file-size or split the file"
        case .unsupportedFormat(let ext):
            return "has an extension (.\(ext)) Copydesk does not read; use --format-of to say how to read it"
        case .frontMatter(let line, let column, let message):
            return "front matter at line \(line), column \(column): \(message)"
        }
    }

    /// The 1-based line of the problem, where there is one.
    public var line: Int? {
        switch self {
        case .invalidUTF8(let line, _, _), .frontMatter(let line, _, _): return line
        default: return nil
        }
    }
}
