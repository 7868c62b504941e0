/// A list of file names held in one byte buffer: a run over an archive of millions of files keeps
/// a few dozen bytes a file instead of a `String` object each, so its memory does not grow with the
/// archive beyond the names' own bytes.
public struct FileNames: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    private var bytes: [UInt8] = []
    /// Where each name ends in `bytes`; a name starts where the one before it ends.
    private var ends: [Int] = []

    public init() {}

    public init(_ names: some Sequence<String>) {
        for name in names { append(name) }
    }

    public init(arrayLiteral names: String...) {
        self.init(names)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> String {
        String(decoding: bytes[range(at: position)], as: UTF8.self)
    }

    public mutating func append(_ name: String) {
        bytes.append(contentsOf: name.utf8)
        ends.append(bytes.count)
    }

    public mutating func reserveCapacity(names: Int, bytes byteCount: Int) {
        ends.reserveCapacity(names)
        bytes.reserveCapacity(byteCount)
    }

    /// Whether the name at `i` sorts before the name at `j` in UTF-8 byte order (which is Unicode
    /// scalar order, as `String`'s `<` orders names in normalisation form C), without making
    /// either a `String`.
    public func precedes(_ i: Int, _ j: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let a = UnsafeBufferPointer(rebasing: buffer[range(at: i)])
            let b = UnsafeBufferPointer(rebasing: buffer[range(at: j)])
            for k in 0..<Swift.min(a.count, b.count) where a[k] != b[k] { return a[k] < b[k] }
            return a.count < b.count
        }
    }

    private func range(at position: Int) -> Range<Int> {
        (position == 0 ? 0 : ends[position - 1])..<ends[position]
    }
}
