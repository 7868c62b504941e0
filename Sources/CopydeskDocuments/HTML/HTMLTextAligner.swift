import CLibXML2
import CopydeskCore

/// Finds each text node's decoded content in the HTML source and writes it to the prose with exact
/// positions. libxml2 keeps no column numbers, so the aligner walks the source's character-data runs
/// (`HTMLTextMask`) with a cursor, matching byte by byte; an entity or character reference matches
/// its decoded text and maps to the whole reference. Text nodes come in source order, so the cursor
/// only moves forward; a node that does not match at the cursor (the parser dropped blank text before
/// it) is searched a bounded distance ahead.
struct HTMLTextAligner {
    private let source: [UInt8]
    private let runs: [Range<Int>]
    /// Sorted, disjoint source ranges whose bytes `source` holds as blanks.
    private let blanked: [Range<Int>]
    private var run = 0
    private var cursor: Int
    private(set) var unalignedNodes = 0

    /// How many character-data bytes ahead a node that does not match at the cursor is looked for.
    private static let searchWindow = 4096

    init(source: [UInt8], mask: HTMLTextMask, blanked: [Range<Int>] = []) {
        self.source = source
        self.runs = mask.runs
        self.blanked = blanked
        self.cursor = runs.first?.lowerBound ?? source.count
    }

    /// A position in the character data: a run and an offset in it (at most its end).
    private struct Position {
        var run: Int
        var offset: Int
    }

    /// Aligns one text node's content; when `emit`, appends it to the prose.
    mutating func align(_ text: UnsafeBufferPointer<UInt8>, emit: Bool, into builder: inout ProseBuilder) {
        guard text.count > 0 else { return }
        var position = normalized(Position(run: run, offset: cursor))
        var scanned = 0
        while position.run < runs.count && scanned <= HTMLTextAligner.searchWindow {
            let byte = source[position.offset]
            if byte == text[0] || byte == UInt8(ascii: "&"), let end = match(text, from: position, builder: nil) {
                if emit { _ = match(text, from: position, builder: &builder) }
                run = end.run
                cursor = end.offset
                return
            }
            position = normalized(Position(run: position.run, offset: position.offset + 1))
            scanned += 1
        }
        unalignedNodes += 1
        if emit {
            let anchor = run < runs.count ? cursor : source.count
            builder.appendReplacement(String(decoding: text, as: UTF8.self), standingFor: anchor..<anchor)
        }
    }

    /// Moves a position at the end of a run to the start of the next one.
    private func normalized(_ position: Position) -> Position {
        var position = position
        while position.run < runs.count && position.offset >= runs[position.run].upperBound {
            position.run += 1
            if position.run < runs.count { position.offset = runs[position.run].lowerBound }
        }
        return position
    }

    private func match(_ text: UnsafeBufferPointer<UInt8>, from start: Position, builder: UnsafeMutablePointer<ProseBuilder>?) -> Position? {
        var position = start
        var runStart = start.offset
        var i = 0
        func flush(_ end: Int) {
            if let builder, runStart < end { append(runStart..<end, to: builder) }
        }
        while i < text.count {
            if position.offset >= runs[position.run].upperBound {
                flush(position.offset)
                position = normalized(position)
                guard position.run < runs.count else { return nil }
                runStart = position.offset
            }
            let c = position.offset
            let byte = source[c]
            if byte == UInt8(ascii: "&"), let reference = HTMLTextAligner.reference(in: source, at: c, end: runs[position.run].upperBound),
               HTMLTextAligner.hasPrefix(text, reference.decoded, at: i) {
                flush(c)
                if !reference.decoded.isEmpty {
                    builder?.pointee.appendReplacement(String(decoding: reference.decoded, as: UTF8.self), standingFor: c..<c + reference.length)
                }
                i += reference.decoded.count
                position.offset = c + reference.length
                runStart = position.offset
                continue
            }
            if byte != text[i] {
                // libxml2 drops control characters XML does not allow (a form feed, say).
                guard HTMLTextAligner.isDroppedControl(byte) else { return nil }
                flush(c)
                position.offset += 1
                runStart = position.offset
                continue
            }
            i += 1
            position.offset += 1
        }
        flush(position.offset)
        return position
    }

    /// Appends source bytes verbatim, except where `source` holds blanks for hidden bytes: each such
    /// span becomes one space that stands for the whole span (a one-byte span, a space of its own),
    /// so no prose claims to copy bytes it does not hold.
    private func append(_ range: Range<Int>, to builder: UnsafeMutablePointer<ProseBuilder>) {
        var start = range.lowerBound
        var index = firstBlanked(endingAfter: start)
        while start < range.upperBound {
            guard index < blanked.count, blanked[index].lowerBound < range.upperBound else {
                builder.pointee.appendVerbatim(source, range: start..<range.upperBound)
                return
            }
            let hidden = max(start, blanked[index].lowerBound)..<min(range.upperBound, blanked[index].upperBound)
            if start < hidden.lowerBound { builder.pointee.appendVerbatim(source, range: start..<hidden.lowerBound) }
            if hidden.count > 1 {
                builder.pointee.appendReplacement(" ", standingFor: hidden)
            } else {
                builder.pointee.appendSynthetic(" ")
            }
            start = hidden.upperBound
            index += 1
        }
    }

    /// The index of the first blanked range that ends after `offset` (binary search).
    private func firstBlanked(endingAfter offset: Int) -> Int {
        var low = 0, high = blanked.count
        while low < high {
            let middle = (low + high) / 2
            if blanked[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset + prefix.count <= text.count else { return false }
        for k in 0..<prefix.count where text[offset + k] != prefix[k] { return false }
        return true
    }

    /// The decoded text and length of the reference at `start` as libxml2 reads it: named
    /// references need their `;` and must be in libxml2's table; numeric ones may lack the `;`, and
    /// decode to nothing when they name no XML character.
    static func reference(in source: [UInt8], at start: Int, end: Int) -> (decoded: [UInt8], length: Int)? {
        var i = start + 1
        guard i < end else { return nil }
        if source[i] == UInt8(ascii: "#") {
            i += 1
            let isHex = i < end && (source[i] | 0x20) == UInt8(ascii: "x")
            if isHex { i += 1 }
            var value: UInt64 = 0
            var digits = 0
            while i < end, let digit = CommonMarkEntities.digitValue(source[i], hex: isHex) {
                value = min(value * (isHex ? 16 : 10) + UInt64(digit), 0x7FFF_FFFF)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < end && source[i] == UInt8(ascii: ";") { i += 1 }
            guard isXMLCharacter(value), let scalar = Unicode.Scalar(UInt32(value)) else { return ([], i - start) }
            return (Array(String(Character(scalar)).utf8), i - start)
        }
        while i < end && (HTMLTextMask.isLetter(source[i]) || (source[i] >= 0x30 && source[i] <= 0x39)) { i += 1 }
        guard i > start + 1, i < end, source[i] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: source[start + 1..<i], as: UTF8.self)
        guard let entity = htmlEntityLookup(name), entity.pointee.value > 0,
              let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return (Array(String(Character(scalar)).utf8), i + 1 - start)
    }

    static func isDroppedControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    private static func isXMLCharacter(_ value: UInt64) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
    }
}
