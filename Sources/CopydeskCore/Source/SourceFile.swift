/// A file's text with an index of its lines, to turn UTF-8 offsets into the positions reports use:
/// 1-based lines and columns in UTF-16 code units, and UTF-16 offsets from the start of the file.
/// A leading byte-order mark is not part of the text. Only LF and CRLF end a line.
public struct SourceFile: Sendable {
    /// The path as reports show it (relative to the run's root where possible).
    public let path: String
    /// The text, without a leading BOM.
    public let text: String
    /// Whether the file started with a UTF-8 byte-order mark.
    public let hadByteOrderMark: Bool
    /// UTF-8 offset of each line's first byte.
    public let lineStarts: [Int]
    /// UTF-16 offset of each line's first unit.
    private let lineUTF16Starts: [Int]
    /// UTF-16 units before every `checkpointStride`-th byte, so that the column of an offset in a
    /// long line that is not ASCII takes at most that many steps, not the line's length (a line of
    /// megabytes with a finding every few bytes would otherwise cost its length squared).
    private let utf16Checkpoints: [Int]
    static let checkpointStride = 256
    private let bytes: [UInt8]

    public init(path: String, text: String, hadByteOrderMark: Bool = false) {
        self.path = path
        self.text = text
        self.hadByteOrderMark = hadByteOrderMark
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        var utf16Starts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / SourceFile.checkpointStride + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var units = 0
            // Block by block, a checkpoint at each block's start (no division per byte).
            var blockStart = 0
            while blockStart < buffer.count {
                checkpoints.append(units)
                let blockEnd = min(blockStart + SourceFile.checkpointStride, buffer.count)
                for i in blockStart..<blockEnd {
                    let byte = buffer[i]
                    units += SourceFile.utf16Units(leadByte: byte)
                    if byte == 0x0A {
                        starts.append(i + 1)
                        utf16Starts.append(units)
                    }
                }
                blockStart = blockEnd
            }
            if buffer.count % SourceFile.checkpointStride == 0 { checkpoints.append(units) }
        }
        lineStarts = starts
        lineUTF16Starts = utf16Starts
        utf16Checkpoints = checkpoints
    }

    /// The UTF-8 bytes of the text.
    public var utf8: [UInt8] { bytes }

    /// UTF-16 units a UTF-8 byte contributes when it starts a scalar (continuation bytes give 0).
    @inline(__always)
    static func utf16Units(leadByte byte: UInt8) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }

    /// The 0-based line index holding UTF-8 offset `offset`.
    public func lineIndex(ofByte offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The region of a UTF-8 range of the source, both ends resolved (clamped to the text).
    public func region(ofBytes range: Range<Int>) -> SourceRegion {
        SourceRegion(start: position(ofByte: range.lowerBound), end: position(ofByte: range.upperBound))
    }

    /// The position of UTF-8 offset `offset` (clamped to the text).
    public func position(ofByte offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        let line = lineIndex(ofByte: offset)
        var units = 0
        let lineStart = lineStarts[line]
        if line + 1 < lineStarts.count && lineStarts[line + 1] - lineStart == lineUTF16Starts[line + 1] - lineUTF16Starts[line] {
            // A line whose bytes and UTF-16 units are as many is ASCII: one unit per byte.
            units = offset - lineStart
        } else {
            units = utf16Offset(ofByte: offset) - lineUTF16Starts[line]
        }
        return SourcePosition(line: line + 1, column: units + 1, utf16Offset: lineUTF16Starts[line] + units, byteOffset: offset)
    }

    /// The nearest UTF-8 offset at or before `offset` (at most `bytes.count`) whose UTF-16 offset
    /// is recorded, and that UTF-16 offset: counting on from there takes under `checkpointStride` steps.
    func utf16Checkpoint(atOrBefore offset: Int) -> (byte: Int, units: Int) {
        let block = offset / SourceFile.checkpointStride
        return (block * SourceFile.checkpointStride, utf16Checkpoints[block])
    }

    /// UTF-16 units before UTF-8 offset `offset` (at most `bytes.count`).
    private func utf16Offset(ofByte offset: Int) -> Int {
        var (i, units) = utf16Checkpoint(atOrBefore: offset)
        while i < offset {
            units += SourceFile.utf16Units(leadByte: bytes[i])
            i += 1
        }
        return units
    }

    /// The UTF-8 range of line `line` (1-based), without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && end <= bytes.count && end > 0 && line < lineStarts.count && bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of a UTF-8 range.
    public func text(of range: Range<Int>) -> String {
        let clamped = max(0, min(range.lowerBound, bytes.count))..<max(0, min(range.upperBound, bytes.count))
        return String(decoding: bytes[clamped], as: UTF8.self)
    }
}

/// A position in a source file.
public struct SourcePosition: Sendable, Hashable, Comparable {
    /// 1-based line.
    public var line: Int
    /// 1-based column in UTF-16 code units.
    public var column: Int
    /// UTF-16 code units from the start of the text.
    public var utf16Offset: Int
    /// UTF-8 bytes from the start of the text.
    public var byteOffset: Int

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.byteOffset < rhs.byteOffset }
}

/// A range in a source file, with both ends resolved.
public struct SourceRegion: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    /// Length in UTF-16 code units.
    public var utf16Length: Int { end.utf16Offset - start.utf16Offset }
    public var byteRange: Range<Int> { start.byteOffset..<end.byteOffset }
}
