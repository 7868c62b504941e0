import CCmark
import CopydeskCore
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
/// in the YAML, so title rules see it.
public enum MarkdownReader {
    public static func read(_ source: SourceFile) throws -> ReadResult {
        try readWithDiagnostics(source).result
    }

    /// The read, and how many inline literals could not be aligned with the source (0 when every
    /// prose byte maps exactly; tests check it).
    static func readWithDiagnostics(_ source: SourceFile) throws -> (result: ReadResult, unalignedLiterals: Int) {
        let frontMatter = try FrontMatter.read(source)
        let bytes = source.utf8
        var builder = ProseBuilder()
        var metadata = DocumentMetadata(frontMatter: frontMatter?.value)
        MetadataDates.apply(frontMatter: frontMatter?.value, to: &metadata)

        if let frontMatter, let title = frontMatter.value["title"]?.stringValue,
           let pieces = FrontMatterTitle.locate(title: title, in: bytes, frontMatter: frontMatter.range) {
            builder.beginBlock(.title)
            for piece in pieces {
                if piece.isVerbatim { builder.appendVerbatim(bytes, range: piece.source) }
                else { builder.appendReplacement(piece.text, standingFor: piece.source) }
            }
            builder.endBlock()
        }

        let bodyStart = frontMatter?.range.upperBound ?? 0
        var walker = MarkdownBlockWalker(source: bytes, bodyStart: bodyStart)
        walker.walk(into: &builder)

        let (text, blocks, map) = builder.finish()
        if metadata.title == nil, let heading = blocks.first(where: { $0.scope == .heading && $0.headingLevel == 1 }) {
            metadata.title = MarkdownReader.slice(text, heading.range)
        }
        return (ReadResult(text: text, blocks: blocks, map: map, metadata: metadata), walker.unalignedLiterals)
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = Array(text.utf8)
        return String(decoding: utf8[range], as: UTF8.self)
    }
}

/// Parses the Markdown body with cmark-gfm and writes the prose of each block.
struct MarkdownBlockWalker {
    private let source: [UInt8]
    private let bodyStart: Int
    /// Byte offset (in `source`) of each line's start as cmark-gfm counts lines (LF, CRLF or CR).
    private let lineStarts: [Int]
    private(set) var unalignedLiterals = 0

    init(source: [UInt8], bodyStart: Int) {
        self.source = source
        self.bodyStart = bodyStart
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
            case CMARK_NODE_HEADING where event == CMARK_EVENT_ENTER:
                write(node, scope: .heading, headingLevel: Int(cmark_node_get_heading_level(node)), quoteDepth: quoteDepth,
                      into: &builder)
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            default:
                if event == CMARK_EVENT_ENTER, MarkdownBlockWalker.isTableCell(node) {
                    write(node, scope: .tableCell, quoteDepth: quoteDepth, into: &builder)
                    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                }
            }
        }
    }

    private static func isTableCell(_ node: OpaquePointer) -> Bool {
        guard let name = cmark_node_get_type_string(node) else { return false }
        return strcmp(name, "table_cell") == 0
    }

    private mutating func write(_ node: OpaquePointer, scope: Scope, headingLevel: Int = 0, quoteDepth: Int,
                                into builder: inout ProseBuilder) {
        let start = offset(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))
        let limit = max(start, endOfLine(cmark_node_get_end_line(node)))
        let isATX = scope == .heading && start < source.count && source[start] == UInt8(ascii: "#")
        builder.beginBlock(scope, headingLevel: headingLevel, isInBlockquote: quoteDepth > 0)
        var aligner = MarkdownInlineAligner(source: source, start: start, limit: limit, quoteDepth: quoteDepth)
        aligner.write(node, into: &builder, isATXHeading: isATX)
        builder.endBlock()
        unalignedLiterals += aligner.unalignedLiterals
    }
}
