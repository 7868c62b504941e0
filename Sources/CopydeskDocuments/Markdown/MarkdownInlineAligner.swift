import CCmark
import CopydeskCore
import Foundation

/// Walks the inlines of one Markdown block and writes its prose, each byte mapped to its source.
///
/// cmark-gfm gives exact source positions for blocks only; inline literals come decoded (escapes,
/// entities) and without the container prefixes of continuation lines. The aligner therefore keeps
/// a source cursor that moves through the block exactly as the inlines tile it: text literals are
/// matched byte by byte (escape- and entity-aware), delimiters, code spans, raw HTML and link
/// destinations are stepped over, and line breaks step over the next line's `>` markers; blanks
/// between are stepped over by the search below.
/// A literal that does not match at the cursor is searched a short way ahead; one that is not found
/// at all is kept in the prose, anchored to the cursor, and counted in `unalignedLiterals`.
struct MarkdownInlineAligner {
    private let source: [UInt8]
    private var cursor: Int
    /// Where alignment has reached in the source.
    var position: Int { cursor }
    /// The end of the block's last source line: alignment never looks past it.
    private let limit: Int
    /// Block quotes around the block: that many `>` markers may open each continuation line.
    private let quoteDepth: Int
    private(set) var unalignedLiterals = 0
    /// `<time>` elements written as inline HTML, over the prose they enclose.
    private(set) var machineTimes: [MachineTime] = []
    /// Source ranges of the inline HTML, where comments can be.
    private(set) var htmlRanges: [Range<Int>] = []
    private var openTimes: [(proseStart: Int, datetime: String)] = []

    /// How far ahead a literal that does not match at the cursor is looked for.
    private static let searchWindow = 512

    init(source: [UInt8], start: Int, limit: Int, quoteDepth: Int) {
        self.source = source
        self.cursor = min(start, limit)
        self.limit = limit
        self.quoteDepth = quoteDepth
    }

    private enum Opening {
        case delimiter(count: Int)
        case bracketLink
        case image
        case hiddenLink
        case other
    }

    private enum Mode { case text, raw }

    /// Writes the prose of `block`'s inlines into `builder`, first stepping over an ATX heading's
    /// `#` marks when `isATXHeading`.
    mutating func write(_ block: OpaquePointer, into builder: inout ProseBuilder, isATXHeading: Bool) {
        skipSpaces()
        if isATXHeading {
            while cursor < limit && source[cursor] == UInt8(ascii: "#") { cursor += 1 }
            skipSpaces()
        }
        guard let iterator = cmark_iter_new(block) else { return }
        defer { cmark_iter_free(iterator) }
        var openings: [Opening] = []
        var hidden = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), node != block else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                // Markup never starts with a blank: blanks here are a continuation line's indentation.
                if type != CMARK_NODE_TEXT && type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK { skipSpaces() }
                switch type {
                case CMARK_NODE_TEXT:
                    align(literal(of: node), mode: .text, emit: hidden == 0, into: &builder)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    lineBreak(emit: hidden == 0, into: &builder)
                case CMARK_NODE_CODE:
                    skipCodeSpan()
                case CMARK_NODE_HTML_INLINE:
                    let html = literal(of: node)
                    if let range = align(html, mode: .raw, emit: false, into: &builder) { htmlRanges.append(range) }
                    // `<br>` separates the words around it.
                    if hidden == 0 && MarkdownInlineAligner.isLineBreakTag(html) { builder.appendSynthetic("\n") }
                    if let datetime = InlineTimeTag.openingDatetime(html) {
                        openTimes.append((builder.bytes.count, datetime))
                    } else if InlineTimeTag.isClosing(html), let open = openTimes.popLast() {
                        closeTime(open, builder: builder)
                    }
                case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                    openings.append(.delimiter(count: consumeDelimiters(max: type == CMARK_NODE_EMPH ? 1 : 2)))
                case CMARK_NODE_LINK:
                    openings.append(enterLink(node, iterator: iterator, hidden: &hidden))
                case CMARK_NODE_IMAGE:
                    if matches("![") { cursor += 2 }
                    hidden += 1
                    openings.append(.image)
                default:
                    if MarkdownInlineAligner.isStrikethrough(node) {
                        openings.append(.delimiter(count: consumeDelimiters(max: 2)))
                    } else {
                        openings.append(.other)
                    }
                }
            } else if event == CMARK_EVENT_EXIT, let opening = openings.popLast() {
                // cmark's iterator sends EXIT only for container inlines, each of which pushed an opening.
                switch opening {
                case .delimiter(let count):
                    _ = consumeDelimiters(max: count)
                case .bracketLink:
                    closeBracketAndDestination()
                case .image:
                    hidden -= 1
                    closeBracketAndDestination()
                case .hiddenLink:
                    hidden -= 1
                case .other:
                    break
                }
            }
        }
    }

    /// Records a `<time>` element's prose range and date (its `datetime`, else its text).
    private mutating func closeTime(_ open: (proseStart: Int, datetime: String), builder: ProseBuilder) {
        let bytes = builder.bytes
        var start = min(open.proseStart, bytes.count), end = bytes.count
        while start < end && ProseBuilder.isSpace(bytes[start]) { start += 1 }
        while end > start && ProseBuilder.isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return }
        let text = open.datetime.isEmpty ? String(decoding: bytes[start..<end], as: UTF8.self) : open.datetime
        if let date = DocumentDate(parsing: text) { machineTimes.append(MachineTime(range: start..<end, date: date)) }
    }

    /// Whether raw inline HTML is a `<br>` tag (`<br>`, `<BR/>`, `<br class="x">`).
    static func isLineBreakTag(_ html: UnsafeBufferPointer<UInt8>) -> Bool {
        guard html.count >= 3, html[0] == UInt8(ascii: "<"), html[1] | 0x20 == UInt8(ascii: "b"), html[2] | 0x20 == UInt8(ascii: "r") else {
            return false
        }
        return html.count == 3 || !CommonMarkEntities.isAlphanumeric(html[3])
    }

    static func isStrikethrough(_ node: OpaquePointer) -> Bool {
        guard let name = cmark_node_get_type_string(node) else { return false }
        return strcmp(name, "strikethrough") == 0
    }

    private func literal(of node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let pointer = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    // MARK: Stepping over markup

    private mutating func skipSpaces() {
        while cursor < limit && (source[cursor] == 0x20 || source[cursor] == 0x09) { cursor += 1 }
    }

    private func matches(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard cursor + count <= limit else { return false }
        let pointer = text.utf8Start
        for k in 0..<count where source[cursor + k] != pointer[k] { return false }
        return true
    }

    private func runLength(of byte: UInt8) -> Int {
        var end = cursor
        while end < limit && source[end] == byte { end += 1 }
        return end - cursor
    }

    /// Consumes up to `max` of the emphasis or strikethrough delimiter at the cursor.
    private mutating func consumeDelimiters(max: Int) -> Int {
        guard cursor < limit else { return 0 }
        let byte = source[cursor]
        guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") else { return 0 }
        let count = min(max, runLength(of: byte))
        cursor += count
        return count
    }

    /// Steps over a code span: a run of backticks, its content, and the closing run of equal length.
    private mutating func skipCodeSpan() {
        var i = cursor
        while i < limit && source[i] != UInt8(ascii: "`") { i += 1 }
        var opening = 0
        while i < limit && source[i] == UInt8(ascii: "`") { opening += 1; i += 1 }
        while i < limit {
            if source[i] == UInt8(ascii: "`") {
                var run = 0
                while i < limit && source[i] == UInt8(ascii: "`") { run += 1; i += 1 }
                if run == opening { cursor = i; return }
            } else {
                i += 1
            }
        }
        cursor = i
    }

    private mutating func enterLink(_ node: OpaquePointer, iterator: OpaquePointer, hidden: inout Int) -> Opening {
        if cursor < limit && source[cursor] == UInt8(ascii: "[") {
            cursor += 1
            return .bracketLink
        }
        if cursor < limit && source[cursor] == UInt8(ascii: "<") {
            // An autolink `<scheme:…>`: its text is the URL, which is not prose.
            if let close = source[cursor..<limit].firstIndex(of: UInt8(ascii: ">")) { cursor = close + 1 }
            cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            return .other
        }
        // A bare URL the autolink extension recognised: its text is in the source as is; not prose.
        hidden += 1
        return .hiddenLink
    }

    /// After a link's text: the closing `]` and an inline destination `(…)` or a reference `[…]`.
    private mutating func closeBracketAndDestination() {
        if cursor < limit && source[cursor] == UInt8(ascii: "]") {
            cursor += 1
        } else if let close = source[cursor..<min(limit, cursor + MarkdownInlineAligner.searchWindow)].firstIndex(of: UInt8(ascii: "]")) {
            cursor = close + 1
        }
        guard cursor < limit else { return }
        if source[cursor] == UInt8(ascii: "(") {
            skipInlineDestination()
        } else if source[cursor] == UInt8(ascii: "[") {
            var i = cursor + 1
            while i < limit && source[i] != UInt8(ascii: "]") { i += source[i] == UInt8(ascii: "\\") ? 2 : 1 }
            cursor = min(limit, i + 1)
        }
    }

    /// Steps over `(destination "title")` as CommonMark reads it: blanks, a destination (`<…>`, or
    /// a run without blanks whose parentheses nest), blanks, an optional title in quotes or
    /// parentheses, blanks and the closing `)`. When that shape is not at the cursor, falls back to
    /// the first `)` that balances the opening one.
    private mutating func skipInlineDestination() {
        if let end = inlineDestinationEnd(from: cursor + 1) {
            cursor = end
            return
        }
        var i = cursor + 1
        var depth = 1
        var previousIsSpace = true
        while i < limit {
            let byte = source[i]
            switch byte {
            case UInt8(ascii: "\\"):
                i += 2
                previousIsSpace = false
                continue
            case UInt8(ascii: "<") where previousIsSpace:
                while i < limit && source[i] != UInt8(ascii: ">") { i += 1 }
            case UInt8(ascii: "\"") where previousIsSpace, UInt8(ascii: "'") where previousIsSpace:
                i += 1
                while i < limit && source[i] != byte { i += source[i] == UInt8(ascii: "\\") ? 2 : 1 }
            case UInt8(ascii: "("):
                depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { cursor = i + 1; return }
            default:
                break
            }
            previousIsSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            i += 1
        }
        // No closing parenthesis: leave the cursor where it is; the next literal is searched for.
    }

    /// The offset past the `)` that closes an inline destination whose content starts at `start`,
    /// read the way CommonMark reads it (a destination ends at the first blank, whatever its
    /// parentheses), or nil when the source there has another shape.
    private func inlineDestinationEnd(from start: Int) -> Int? {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var i = start
        func skipBlanks() { while i < limit && isBlank(source[i]) { i += 1 } }
        skipBlanks()
        guard i < limit else { return nil }
        let destinationStart = i
        if source[i] == UInt8(ascii: "<") {
            i += 1
            while i < limit && source[i] != UInt8(ascii: ">") {
                if source[i] == 0x0A || source[i] == 0x0D { return nil }
                i += source[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard i < limit else { return nil }
            i += 1
        } else {
            var depth = 0
            while i < limit && !isBlank(source[i]) && source[i] >= 0x20 {
                let byte = source[i]
                if byte == UInt8(ascii: "\\") { i += 2; continue }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                i += 1
            }
        }
        let afterDestination = i
        skipBlanks()
        // A title is set off from a destination by blanks.
        if i < limit && (i > afterDestination || afterDestination == destinationStart) {
            let opener = i < limit ? source[i] : 0
            let closer: UInt8? = opener == UInt8(ascii: "\"") || opener == UInt8(ascii: "'") ? opener
                : opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : nil
            if let closer {
                i += 1
                while i < limit && source[i] != closer { i += source[i] == UInt8(ascii: "\\") ? 2 : 1 }
                guard i < limit else { return nil }
                i += 1
                skipBlanks()
            }
        }
        guard i < limit, source[i] == UInt8(ascii: ")") else { return nil }
        return i + 1
    }

    /// A soft or hard line break: trailing spaces (or the backslash), the newline, which the prose
    /// `\n` maps to, and the next line's container prefix and indentation.
    private mutating func lineBreak(emit: Bool, into builder: inout ProseBuilder) {
        var i = cursor
        while i < limit && (source[i] == 0x20 || source[i] == 0x09 || source[i] == UInt8(ascii: "\\")) { i += 1 }
        if i >= limit || (source[i] != 0x0A && source[i] != 0x0D) {
            guard let newline = source[cursor..<limit].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
                if emit { builder.appendReplacement("\n", standingFor: cursor..<cursor) }
                return
            }
            i = newline
        }
        let newlineStart = i
        if source[i] == 0x0D { i += 1 }
        if i < limit && source[i] == 0x0A { i += 1 }
        if emit { builder.appendLineBreak(source, range: newlineStart..<i) }
        cursor = i
        skipContinuationPrefix()
    }

    private mutating func skipContinuationPrefix() {
        cursor = continuationPrefixEnd(from: cursor)
    }

    private func continuationPrefixEnd(from start: Int) -> Int {
        MarkdownInlineAligner.continuationPrefixEnd(source, from: start, limit: limit, quoteDepth: quoteDepth)
    }

    /// Where a continuation line's content can start: after up to `quoteDepth` `>` markers (each
    /// indented at most three spaces, with one blank after it). Other indentation is left to the
    /// literal search, which steps over it, because a literal may itself start with blanks.
    static func continuationPrefixEnd(_ source: [UInt8], from start: Int, limit: Int, quoteDepth: Int) -> Int {
        var i = start
        for _ in 0..<quoteDepth {
            var j = i
            while j < limit && j - i < 3 && source[j] == 0x20 { j += 1 }
            guard j < limit && source[j] == UInt8(ascii: ">") else { break }
            i = j + 1
            if i < limit && (source[i] == 0x20 || source[i] == 0x09) { i += 1 }
        }
        return i
    }

    // MARK: Matching literals

    /// Aligns a literal at the cursor (or a little ahead) and, when `emit`, writes it to the prose;
    /// the source range it was aligned with, or nil.
    @discardableResult
    private mutating func align(_ literal: UnsafeBufferPointer<UInt8>, mode: Mode, emit: Bool, into builder: inout ProseBuilder) -> Range<Int>? {
        guard literal.count > 0 else { return nil }
        var start = cursor
        let searchEnd = min(limit, cursor + MarkdownInlineAligner.searchWindow)
        while start < searchEnd {
            if let end = match(literal, at: start, mode: mode, builder: nil) {
                if emit { _ = match(literal, at: start, mode: mode, builder: &builder) }
                cursor = end
                return start..<end
            }
            start += 1
        }
        unalignedLiterals += 1
        if emit {
            builder.appendReplacement(String(decoding: literal, as: UTF8.self), standingFor: cursor..<cursor)
        }
        return nil
    }

    /// Matches `literal` against the source from `start`; returns the source end, or nil. With a
    /// builder, writes the literal as verbatim runs and replacements for escapes and entities.
    private func match(_ literal: UnsafeBufferPointer<UInt8>, at start: Int, mode: Mode, builder: UnsafeMutablePointer<ProseBuilder>?) -> Int? {
        var i = 0
        var c = start
        var runStart = start
        func flush(_ c: Int) {
            if let builder, runStart < c { builder.pointee.appendVerbatim(source, range: runStart..<c) }
        }
        while i < literal.count {
            guard c < limit else { return nil }
            let byte = source[c]
            let wanted = literal[i]
            if mode == .text && byte == UInt8(ascii: "\\") && c + 1 < limit && MarkdownInlineAligner.isASCIIPunctuation(source[c + 1])
                && wanted == source[c + 1] {
                flush(c)
                builder?.pointee.appendReplacement(String(UnicodeScalar(wanted)), standingFor: c..<c + 2)
                i += 1
                c += 2
                runStart = c
                continue
            }
            if mode == .text && byte == UInt8(ascii: "&"),
               let reference = CommonMarkEntities.shared.reference(in: source, at: c, limit: limit),
               MarkdownInlineAligner.hasPrefix(literal, reference.decoded, at: i) {
                flush(c)
                builder?.pointee.appendReplacement(String(decoding: reference.decoded, as: UTF8.self), standingFor: c..<c + reference.length)
                i += reference.decoded.count
                c += reference.length
                runStart = c
                continue
            }
            if wanted == 0x0A && (byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A) {
                // A line break inside raw HTML: trailing blanks, the newline, the next line's prefix.
                flush(c)
                var k = c
                while k < limit && (source[k] == 0x20 || source[k] == 0x09) { k += 1 }
                let newlineStart = k
                if k < limit && source[k] == 0x0D { k += 1 }
                guard k < limit && source[k] == 0x0A else { return nil }
                k += 1
                builder?.pointee.appendLineBreak(source, range: newlineStart..<k)
                i += 1
                c = continuationPrefixEnd(from: k)
                runStart = c
                continue
            }
            if byte == wanted {
                i += 1
                c += 1
                continue
            }
            return nil
        }
        flush(c)
        return c
    }

    private static func hasPrefix(_ literal: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset + prefix.count <= literal.count else { return false }
        for k in 0..<prefix.count where literal[offset + k] != prefix[k] { return false }
        return true
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }
}
