import CopydeskCore

/// A piece of a line between separators: "Jane Doe | Updated 8 sec ago" has the parts "Jane Doe"
/// and "Updated 8 sec ago". Page furniture (stamps, labels) fills whole parts; prose rarely does.
struct FurniturePart {
    /// UTF-8 range in `Document.text`, trimmed of white space and leading bullets or emoji.
    var range: Range<Int>
    /// The whole line the part sits on (trimmed).
    var line: Range<Int>
    /// Position of the part in its line, and how many parts the line has.
    var index: Int
    var count: Int
    var scope: Scope
    /// The parts just before and after it on its line.
    var neighbours: [Range<Int>]
    /// What removing the part takes away: the part with the separator that joins it to its line,
    /// or the whole line when the part is all of it.
    var removalRange: Range<Int>

    var isWholeLine: Bool { count == 1 }
    var isFirst: Bool { index == 0 }
    var isLast: Bool { index == count - 1 }
}

/// Splits a document's blocks into lines, and lines into parts.
enum FurnitureParts {
    /// The parts of every line of the document, whose UTF-8 is `bytes`.
    static func parts(of document: Document, bytes: [UInt8], separator: Pattern) throws -> [FurniturePart] {
        var result: [FurniturePart] = []
        let separators = Pattern.Searcher(separator)
        try bytes.withUnsafeBufferPointer { buffer in
            for block in document.blocks {
                for line in logicalLines(of: block.range, in: bytes) {
                    try appendParts(of: line, scope: block.scope, bytes: bytes, buffer: buffer, separators: separators, to: &result)
                }
            }
        }
        return result
    }

    /// Whether a line holds a byte that starts a separator (`|`, `/`, `-`, or the lead byte of `·`
    /// and of the bullets and dashes), so that the separator pattern is searched only on such lines.
    static func mayHoldSeparator(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        bytes[line].contains { $0 == 0x7C || $0 == 0x2F || $0 == 0x2D || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// Lines that stand on their own: a line that continues the sentence of a long line before it
    /// (hard-wrapped copy: "…per share\na year ago.") joins that line.
    static func logicalLines(of range: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == 0x0A {
            if let line = trimmed(lineStart..<index, in: bytes) {
                if let previous = lines.last, continues(previous, in: bytes) {
                    lines[lines.count - 1] = previous.lowerBound..<line.upperBound
                } else {
                    lines.append(line)
                }
            }
            lineStart = index + 1
        }
        return lines
    }

    /// Lines at least this long, not ending a sentence, are taken to wrap into the next line.
    static let wrappedLineBytes = 40

    private static func continues(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard line.count >= wrappedLineBytes else { return false }
        var last = line.upperBound - 1
        // Closing quotes and brackets after the final punctuation.
        while last > line.lowerBound, [0x22, 0x27, 0x29, 0x5D, 0x99, 0x9D].contains(bytes[last]) {
            last -= bytes[last] >= 0x80 ? 3 : 1
        }
        return ![0x2E, 0x21, 0x3F, 0x3A, 0x7C].contains(bytes[last])
    }

    private static func appendParts(of line: Range<Int>, scope: Scope, bytes: [UInt8], buffer: UnsafeBufferPointer<UInt8>,
                                    separators: Pattern.Searcher, to result: inout [FurniturePart]) throws {
        var pieces: [Range<Int>] = []
        var start = line.lowerBound
        if mayHoldSeparator(line, in: bytes) {
            try separators.forEachMatch(inUTF8: buffer, windows: CollectionOfOne(line), textEnd: line.upperBound) { match in
                if match.range.lowerBound > start { pieces.append(start..<match.range.lowerBound) }
                start = match.range.upperBound
                return true
            }
        }
        if start < line.upperBound { pieces.append(start..<line.upperBound) }
        let kept = pieces.compactMap { trimmed($0, in: bytes, droppingLeadingSymbols: true) }
        for (index, piece) in kept.enumerated() {
            let removal: Range<Int>
            if kept.count == 1 {
                removal = line
            } else if index < kept.count - 1 {
                removal = piece.lowerBound..<kept[index + 1].lowerBound
            } else {
                removal = kept[index - 1].upperBound..<piece.upperBound
            }
            result.append(FurniturePart(range: piece, line: line, index: index, count: kept.count, scope: scope,
                                        neighbours: [index > 0 ? kept[index - 1] : nil, index + 1 < kept.count ? kept[index + 1] : nil].compactMap { $0 },
                                        removalRange: removal))
        }
    }

    /// A range without surrounding white space (and, if asked, without leading bullets, emoji and
    /// other symbols), or nil if nothing is left.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8], droppingLeadingSymbols: Bool = false) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        while lower < upper {
            if isSpace(bytes[lower]) { lower += 1; continue }
            guard droppingLeadingSymbols else { break }
            let scalarEnd = scalarEnd(after: lower, in: bytes, limit: upper)
            let scalar = String(decoding: bytes[lower..<scalarEnd], as: UTF8.self).unicodeScalars.first!
            if isLeadingSymbol(scalar) { lower = scalarEnd } else { break }
        }
        return lower < upper ? lower..<upper : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    private static func scalarEnd(after start: Int, in bytes: [UInt8], limit: Int) -> Int {
        var end = start + 1
        while end < limit && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// Bullets, emoji, asterisks and the like that decorate furniture; not quotes or brackets.
    private static func isLeadingSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .modifierSymbol, .dashPunctuation, .nonspacingMark, .format: return true
        case .otherPunctuation: return scalar == "*" || scalar == "•" || scalar == "·"
        default: return false
        }
    }
}
