import Foundation

/// Finds `<!-- … -->` comments in bytes: a comment runs to the first `-->` after its opening; an
/// opening with no `-->` after it is not a comment.
public enum HTMLComments {
    /// The UTF-8 ranges of the comments in `bytes[range]` (all of `bytes` by default), in order.
    public static func ranges(in bytes: [UInt8], within range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<bytes.count
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        var comments: [Range<Int>] = []
        var index = range.lowerBound
        while let start = find(open, in: bytes, from: index, before: range.upperBound),
              let end = find(close, in: bytes, from: start + open.count, before: range.upperBound) {
            comments.append(start..<end + close.count)
            index = end + close.count
        }
        return comments
    }

    /// The first occurrence of `needle` starting at or after `start` and ending by `limit`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before limit: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let end = min(limit, buffer.count)
            var i = start
            while i + needle.count <= end {
                guard let hit = memchr(base + i, Int32(needle[0]), end - i) else { return nil }
                i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if i + needle.count <= end && UnsafeBufferPointer(rebasing: buffer[i..<(i + needle.count)]).elementsEqual(needle) {
                    return i
                }
                i += 1
            }
            return nil
        }
    }
}
