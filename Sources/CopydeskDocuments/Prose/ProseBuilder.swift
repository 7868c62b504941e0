import CopydeskCore

/// Builds a document's prose view block by block while recording where every byte came from.
public struct ProseBuilder {
    public private(set) var bytes: [UInt8] = []
    public private(set) var blocks: [Block] = []
    public private(set) var map = OffsetMap()
    private var openBlock: (scope: Scope, start: Int, headingLevel: Int, inQuote: Bool)?

    public init() {}

    /// Starts a block; blocks are separated by a blank line in the prose.
    public mutating func beginBlock(_ scope: Scope, headingLevel: Int = 0, isInBlockquote: Bool = false) {
        if openBlock != nil { endBlock() }
        if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
        openBlock = (scope, bytes.count, headingLevel, isInBlockquote)
    }

    /// Ends the open block, trimming white space at its ends; an empty block is dropped.
    public mutating func endBlock() {
        guard let open = openBlock else { return }
        openBlock = nil
        var start = open.start, end = bytes.count
        while start < end && ProseBuilder.isSpace(bytes[start]) { start += 1 }
        while end > start && ProseBuilder.isSpace(bytes[end - 1]) { end -= 1 }
        if start < end {
            blocks.append(Block(scope: open.scope, range: start..<end, headingLevel: open.headingLevel,
                                isInBlockquote: open.inQuote))
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// Appends source bytes verbatim.
    public mutating func appendVerbatim(_ source: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else { return }
        map.append(proseStart: bytes.count, proseLength: range.count, sourceStart: range.lowerBound,
                   sourceLength: range.count)
        bytes.append(contentsOf: source[range])
    }

    /// Appends prose text that stands for a whole source span, of any length (a decoded entity).
    public mutating func appendReplacement(_ text: String, standingFor range: Range<Int>) {
        let utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return }
        map.append(proseStart: bytes.count, proseLength: utf8.count, sourceStart: range.lowerBound,
                   sourceLength: range.count, isVerbatim: false)
        bytes.append(contentsOf: utf8)
    }

    /// Appends `\n` for the line end at `range` in `source`: a copy of a line feed, else a
    /// replacement (for a carriage return, or both).
    public mutating func appendLineBreak(_ source: [UInt8], range: Range<Int>) {
        if range.count == 1 && source[range.lowerBound] == 0x0A {
            appendVerbatim(source, range: range)
        } else {
            appendReplacement("\n", standingFor: range)
        }
    }

    /// Appends text that has no source (a space between table cells); it maps to its neighbours.
    public mutating func appendSynthetic(_ text: String) {
        bytes.append(contentsOf: Array(text.utf8))
    }

    /// Whether the prose so far ends in white space (or is empty).
    public var endsInSpace: Bool { bytes.last.map(ProseBuilder.isSpace) ?? true }

    /// The finished prose text.
    public mutating func finish() -> (text: String, blocks: [Block], map: OffsetMap) {
        endBlock()
        return (String(decoding: bytes, as: UTF8.self), blocks, map)
    }
}

extension ProseBuilder {
    /// The text of a UTF-8 range of finished prose.
    static func text(_ prose: String, _ range: Range<Int>) -> String {
        let utf8 = prose.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
