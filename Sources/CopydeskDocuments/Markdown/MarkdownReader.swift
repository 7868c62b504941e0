import CCmark
import CopydeskCore
import CopydeskText
import Foundation

/// Markdown (CommonMark with the GitHub table, strikethrough and autolink extensions) with YAML
/// front matter, read through Debian's cmark-gfm.
///
/// The prose holds paragraphs, headings, list items, block quotes and table cells (each cell its own
/// block). It leaves out code blocks, inline code, HTML blocks and inline HTML (comments included),
/// link destinations and titles, autolinked URLs, image URLs and front matter. Link text is prose.
/// Image alt text is not: it describes a picture rather than continuing the sentence around it, and
/// keeping it would splice words into the middle of sentences ("The minister [photo] said").
/// The front matter's `title`, when it is a one-line scalar, is a `.title` block mapped to its place
/// in the YAML, so title rules see it. Without a front matter title, a level-1 heading that opens the
/// document is the title block (its `headingLevel` stays 1). Inline `<time datetime>` tags give
/// `metadata.machineTimes` over the prose they enclose. Templating (Hugo shortcodes, Liquid and Jinja
/// tags; see `TemplateTags`) and the configuration's `ignore-tokens` and `ignore-blocks` are not prose.
public enum MarkdownReader {
    public static func read(_ source: SourceFile, options: ReadingOptions = .default) throws -> ReadResult {
        try readWithDiagnostics(source, options: options).result
    }

    /// The read, and how many inline literals could not be aligned with the source (0 when every
    /// prose byte maps exactly; tests check it).
    static func readWithDiagnostics(_ source: SourceFile, options: ReadingOptions = .default) throws -> (result: ReadResult, unalignedLiterals: Int) {
        let frontMatter = try FrontMatter.read(source)
        let bytes = source.utf8
        var builder = ProseBuilder()
        var metadata = DocumentMetadata(frontMatter: frontMatter?.value)
        MetadataDates.apply(frontMatter: frontMatter?.value, to: &metadata)

        if let frontMatter, let title = frontMatter.value["title"]?.stringValue,
           let pieces = FrontMatterTitle.locate(title: title, in: bytes, frontMatter: frontMatter.range,
                                                syntax: frontMatter.syntax) {
            builder.beginBlock(.title)
            for piece in pieces {
                if piece.isVerbatim { builder.appendVerbatim(bytes, range: piece.source) }
                else { builder.appendReplacement(piece.text, standingFor: piece.source) }
            }
            builder.endBlock()
        }

        let bodyStart = frontMatter?.range.upperBound ?? 0
        // Templating and what the configuration ignores are rewritten into raw HTML of the same
        // length, which cmark-gfm leaves out of the prose while every other byte keeps its offset.
        var hidden = options.ignoredRanges(in: source, from: bodyStart)
        if options.templateTags { hidden += TemplateTags.ranges(in: bytes, from: bodyStart) }
        if options.mdx { hidden += MDXSyntax.ranges(in: bytes, from: bodyStart) }
        // cmark-gfm follows CommonMark 0.30, for which an inline comment holding `--` (a suppression
        // comment's ` -- reason`) is text. Such a comment, on one line with other text, holding no
        // backtick and following no backslash, is hidden like templating (alone on its lines it is
        // an HTML block already); every comment counts where cmark-gfm sees HTML.
        let lexicalComments = HTMLComments.ranges(in: bytes, within: bodyStart..<bytes.count)
        hidden += lexicalComments.filter { comment in
            let inside = bytes[(comment.lowerBound + 4)..<(comment.upperBound - 3)]
            return HTMLComments.find([0x2D, 0x2D], in: bytes, from: inside.startIndex, before: inside.endIndex) != nil
                && !inside.contains(UInt8(ascii: "`")) && !inside.contains(0x0A) && !inside.contains(0x0D)
                && (comment.lowerBound == 0 || bytes[comment.lowerBound - 1] != UInt8(ascii: "\\"))
                && !SourceMask.isAloneOnItsLines(bytes, comment)
        }
        // An ATX heading is one line: markup rewritten across its end would be text, so a range that
        // starts on a heading line and crosses a line end stays as written.
        hidden.removeAll { range in
            bytes[range].contains(where: { $0 == 0x0A || $0 == 0x0D }) && MarkdownReader.isATXHeadingLine(bytes, containing: range.lowerBound)
        }
        // cmark-gfm reads the masked body. Where its blocks cut a mask that crosses a line end in two
        // (its last line a table row, say), the mask would be inline HTML left open, and its bytes
        // prose: such ranges stay as written, and the body is read again. Should reads keep taking
        // masks for text (unmasking changes the blocks), the third reread keeps every range over
        // lines as written and the fourth every range, so a file is read at most five times.
        let titleBuilder = builder
        var walker: MarkdownBlockWalker
        var rereads = 0
        while true {
            // Blanks stand for what they hide in the prose; only markup must not be read as text.
            let masks = SourceMask.markdownMasks(bytes, ranges: hidden).filter { $0.mask != .blanks }.map(\.range)
            builder = titleBuilder
            walker = MarkdownBlockWalker(source: hidden.isEmpty ? bytes : SourceMask.markdown(bytes, ranges: hidden), bodyStart: bodyStart)
            walker.walk(into: &builder)
            let misread = SourceMask.masksRead(masks, by: builder.map.segments)
            if misread.isEmpty { break }
            rereads += 1
            let misreadCover = RangeCover(misread)
            hidden.removeAll { range in
                rereads > 3 || (rereads == 3 && bytes[range].contains(where: SourceMask.isLineEnd))
                    || misreadCover.overlaps(range)
            }
        }
        let htmlRanges = SourceMask.merged(walker.htmlRanges)
        var region = 0
        let comments = lexicalComments.filter { comment in
            while region < htmlRanges.count && htmlRanges[region].upperBound < comment.upperBound { region += 1 }
            return region < htmlRanges.count && htmlRanges[region].lowerBound <= comment.lowerBound
        }

        metadata.machineTimes = walker.machineTimes
        let (text, finishedBlocks, map) = builder.finish()
        var blocks = finishedBlocks
        // Without a front matter title, a level-1 heading that opens the document is its title.
        if metadata.title == nil, let first = blocks.first, first.scope == .heading, first.headingLevel == 1 {
            blocks[0].scope = .title
            metadata.title = ProseBuilder.text(text, first.range)
        }
        return (ReadResult(text: text, blocks: blocks, map: map, metadata: metadata, comments: comments), walker.unalignedLiterals)
    }
}

extension MarkdownReader {
    /// Whether the line holding `offset` opens with an ATX heading marker (up to three blanks and
    /// block-quote markers, then one to six `#` and a blank or the line's end).
    static func isATXHeadingLine(_ bytes: [UInt8], containing offset: Int) -> Bool {
        var start = offset
        while start > 0 && bytes[start - 1] != 0x0A && bytes[start - 1] != 0x0D { start -= 1 }
        var i = start
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == UInt8(ascii: ">")) { i += 1 }
        var hashes = 0
        while i < bytes.count && bytes[i] == UInt8(ascii: "#") { hashes += 1; i += 1 }
        return (1...6).contains(hashes) && (i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D)
    }
}

/// Parses the Markdown body with cmark-gfm and writes the prose of each block.
struct MarkdownBlockWalker {
    private let source: [UInt8]
    private let bodyStart: Int
    /// Byte offset (in `source`) of each line's start as cmark-gfm counts lines (LF, CRLF or CR).
    private let lineStarts: [Int]
    private(set) var unalignedLiterals = 0
    /// `<time datetime>` tags written as inline HTML, over their prose.
    private(set) var machineTimes: [MachineTime] = []
    /// Source ranges of the HTML blocks (their whole lines) and inline HTML, where comments can be.
    private(set) var htmlRanges: [Range<Int>] = []
    /// The source offset the last block's alignment reached; later blocks start no earlier.
    private var floor = 0

    init(source: [UInt8], bodyStart: Int) {
        self.source = source
        self.bodyStart = bodyStart
        floor = bodyStart
        var starts = [bodyStart]
        var i = bodyStart
        while i < source.count {
            let byte = source[i]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && i + 1 < source.count && source[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
    }

    /// The extensions every parse attaches, registered once per process.
    private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        let names: [String] = ["table", "strikethrough", "autolink"]
        return names.compactMap { name in cmark_find_syntax_extension(name) }
    }()

    /// The byte offset of a cmark position (1-based line, 1-based byte column).
    private func offset(line: Int32, column: Int32) -> Int {
        guard line >= 1 else { return bodyStart }
        let index = min(Int(line) - 1, lineStarts.count - 1)
        return min(source.count, lineStarts[index] + max(0, Int(column) - 1))
    }

    /// The end of a cmark line, past its line break.
    private func endOfLine(_ line: Int32) -> Int {
        let index = Int(line)
        return index >= 1 && index < lineStarts.count ? lineStarts[index] : source.count
    }

    mutating func walk(into builder: inout ProseBuilder) {
        guard bodyStart < source.count, let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in MarkdownBlockWalker.extensions {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        source.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: bodyStart).withMemoryRebound(to: CChar.self, capacity: buffer.count - bodyStart) {
                cmark_parser_feed(parser, $0, buffer.count - bodyStart)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }

        var quoteDepth = 0
        var itemDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let delta = event == CMARK_EVENT_ENTER ? 1 : -1
            switch type {
            case CMARK_NODE_BLOCK_QUOTE: quoteDepth += delta
            case CMARK_NODE_ITEM: itemDepth += delta
            case CMARK_NODE_PARAGRAPH where event == CMARK_EVENT_ENTER:
                write(node, scope: itemDepth > 0 ? .listItem : .paragraph, quoteDepth: quoteDepth, into: &builder)
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_HTML_BLOCK where event == CMARK_EVENT_ENTER:
                // cmark-gfm can give an HTML block an end line before its start: its lines are
                // counted from its literal instead.
                let firstLine = cmark_node_get_start_line(node)
                var lastLine = cmark_node_get_end_line(node)
                if let literal = cmark_node_get_literal(node) {
                    let bytes = UnsafeBufferPointer(start: literal, count: strlen(literal))
                    let breaks = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - (bytes.last == 0x0A ? 1 : 0)
                    lastLine = max(lastLine, firstLine + Int32(breaks))
                }
                htmlRanges.append(offset(line: firstLine, column: 1)..<endOfLine(lastLine))
            case CMARK_NODE_HEADING where event == CMARK_EVENT_ENTER:
                write(node, scope: .heading, headingLevel: Int(cmark_node_get_heading_level(node)), quoteDepth: quoteDepth,
                      into: &builder)
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            default:
                if event == CMARK_EVENT_ENTER, MarkdownBlockWalker.typeName(node) == "table" {
                    writeTable(node, quoteDepth: quoteDepth, into: &builder)
                    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                }
            }
        }
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// Table cells, each a block. cmark-gfm's positions for the header row are wrong when the table
    /// interrupts a paragraph, so each row's line is found from the body rows (the header is two
    /// lines above the first of them) and cells are split from the source line as GFM splits them.
    private mutating func writeTable(_ table: OpaquePointer, quoteDepth: Int, into builder: inout ProseBuilder) {
        var rows: [OpaquePointer] = []
        var child = cmark_node_first_child(table)
        while let row = child {
            rows.append(row)
            child = cmark_node_next(row)
        }
        let firstBodyLine = rows.first { MarkdownBlockWalker.typeName($0) == "table_row" }.map { Int(cmark_node_get_start_line($0)) }
        let headerLine = firstBodyLine.map { $0 - 2 } ?? Int(cmark_node_get_end_line(table)) - 1
        for row in rows {
            let line = MarkdownBlockWalker.typeName(row) == "table_header" ? headerLine : Int(cmark_node_get_start_line(row))
            let cellRanges = line >= 1 && line <= lineStarts.count ? splitRow(line: line, quoteDepth: quoteDepth) : []
            var cell = cmark_node_first_child(row)
            var index = 0
            while let current = cell {
                builder.beginBlock(.tableCell, isInBlockquote: quoteDepth > 0)
                if index < cellRanges.count {
                    // A cell that an earlier block's alignment ran past is anchored where that ended, never before.
                    let range = cellRanges[index]
                    let start = max(range.lowerBound, floor)
                    var aligner = MarkdownInlineAligner(source: source, start: start, limit: max(range.upperBound, start),
                                                        quoteDepth: quoteDepth)
                    aligner.write(current, into: &builder, isATXHeading: false)
                    floor = max(floor, aligner.position)
                    unalignedLiterals += aligner.unalignedLiterals
                    machineTimes += aligner.machineTimes
                    htmlRanges += aligner.htmlRanges
                }
                builder.endBlock()
                cell = cmark_node_next(current)
                index += 1
            }
        }
    }

    /// The content ranges of a table row's cells: after the container prefix and an optional
    /// leading pipe, split at pipes that are not escaped, each trimmed of blanks.
    private func splitRow(line: Int, quoteDepth: Int) -> [Range<Int>] {
        var end = endOfLine(Int32(line))
        let start = lineStarts[line - 1]
        while end > start && (source[end - 1] == 0x0A || source[end - 1] == 0x0D) { end -= 1 }
        var i = MarkdownInlineAligner.continuationPrefixEnd(source, from: start, limit: end, quoteDepth: quoteDepth)
        while i < end && (source[i] == 0x20 || source[i] == 0x09) { i += 1 }
        if i < end && source[i] == UInt8(ascii: "|") { i += 1 }
        var cells: [Range<Int>] = []
        var cellStart = i
        func addCell(_ cellEnd: Int) {
            var lower = cellStart, upper = cellEnd
            while lower < upper && (source[lower] == 0x20 || source[lower] == 0x09) { lower += 1 }
            while upper > lower && (source[upper - 1] == 0x20 || source[upper - 1] == 0x09) { upper -= 1 }
            cells.append(lower..<upper)
        }
        while i < end {
            if source[i] == UInt8(ascii: "\\") { i += 2; continue }
            if source[i] == UInt8(ascii: "|") {
                addCell(i)
                cellStart = i + 1
            }
            i += 1
        }
        let trailing = cellStart..<min(i, end)
        if !trailing.allSatisfy({ source[$0] == 0x20 || source[$0] == 0x09 }) || cells.isEmpty { addCell(min(i, end)) }
        return cells
    }

    /// Whether an ATX heading's opening sequence starts at `start`: one to six `#` followed by a blank
    /// or the end of the line. A setext heading's text may start with `#` too ("#hashtag" over `---`);
    /// its `#` is text, not a mark to step over.
    static func opensATXHeading(_ source: [UInt8], at start: Int) -> Bool {
        var end = start
        while end < source.count && source[end] == UInt8(ascii: "#") { end += 1 }
        guard (1...6).contains(end - start) else { return false }
        return end == source.count || [0x20, 0x09, 0x0A, 0x0D].contains(source[end])
    }

    private mutating func write(_ node: OpaquePointer, scope: Scope, headingLevel: Int = 0, quoteDepth: Int,
                                into builder: inout ProseBuilder) {
        let start = max(floor, offset(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node)))
        let limit = max(start, endOfLine(cmark_node_get_end_line(node)))
        let isATX = scope == .heading && MarkdownBlockWalker.opensATXHeading(source, at: start)
        builder.beginBlock(scope, headingLevel: headingLevel, isInBlockquote: quoteDepth > 0)
        var aligner = MarkdownInlineAligner(source: source, start: start, limit: limit, quoteDepth: quoteDepth)
        aligner.write(node, into: &builder, isATXHeading: isATX)
        builder.endBlock()
        floor = max(floor, aligner.position)
        unalignedLiterals += aligner.unalignedLiterals
        machineTimes += aligner.machineTimes
        htmlRanges += aligner.htmlRanges
    }
}
