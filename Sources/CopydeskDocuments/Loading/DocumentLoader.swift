import CopydeskCore
import Foundation

/// Reads files into `Document`s: checks the bytes, picks the reader for the format, and settles the
/// reference date.
public struct DocumentLoader: Sendable {
    /// The publication date given on the command line; it wins over what documents say.
    public var referenceDate: DocumentDate?
    /// Read every file as this format, whatever its extension.
    public var formatOverride: DocumentFormat?
    /// Files larger than this are refused with a clear error.
    public var maxFileBytes: Int

    public static let defaultMaxFileBytes = 16 * 1024 * 1024

    public init(referenceDate: DocumentDate? = nil, formatOverride: DocumentFormat? = nil,
                maxFileBytes: Int = DocumentLoader.defaultMaxFileBytes) {
        self.referenceDate = referenceDate
        self.formatOverride = formatOverride
        self.maxFileBytes = maxFileBytes
    }

    /// The format for a path: the override, else the extension, else nil.
    public func format(forPath path: String) -> DocumentFormat? {
        formatOverride ?? DocumentFormat(pathExtension: DocumentLoader.pathExtension(path))
    }

    /// The extension of the last path component ("" when it has none).
    static func pathExtension(_ path: String) -> String {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        let name = utf8[..<end]
        let nameStart = name.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return "" }
        return String(path[utf8.index(after: dot)..<end])
    }

    /// Loads the file at `path`; `displayPath` is what reports show. `metadata` adds what the file
    /// does not say (after the reference date).
    public func load(path: String, displayPath: String, options: ReadingOptions = .default,
                     metadata: [MetadataProvider] = []) throws -> Document {
        guard let format = format(forPath: path) else {
            throw DocumentError.unsupportedFormat(pathExtension: DocumentLoader.pathExtension(path))
        }
        return try document(bytes: try DocumentLoader.readFile(path, limit: maxFileBytes), path: displayPath, format: format,
                            options: options, metadata: metadata)
    }

    /// The bytes of a regular file, as a `DocumentError` when it cannot be read.
    static func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        do {
            return try RegularFile.read(path, limit: limit)
        } catch let error as RegularFile.ReadError {
            switch error {
            case .notFound: throw DocumentError.notFound
            case .isDirectory: throw DocumentError.isDirectory
            case .notRegularFile(let kind): throw DocumentError.notRegularFile(kind: kind)
            case .unreadable(let reason): throw DocumentError.unreadable(reason: reason)
            case .tooLarge(let bytes, let limit): throw DocumentError.tooLarge(bytes: bytes, limit: limit)
            }
        }
    }

    /// Makes a document from bytes in memory (stdin, tests, rule examples).
    public func document(bytes: [UInt8], path: String, format: DocumentFormat, options: ReadingOptions = .default,
                         metadata: [MetadataProvider] = []) throws -> Document {
        let source = try DocumentLoader.sourceFile(bytes: bytes, path: path)
        return try document(source: source, format: format, options: options, metadata: metadata)
    }

    /// Makes a document from text in memory.
    public func document(text: String, path: String, format: DocumentFormat, metadata: [MetadataProvider] = []) throws -> Document {
        try document(bytes: Array(text.utf8), path: path, format: format, metadata: metadata)
    }

    /// Checks bytes and turns them into a source file: no NUL bytes, valid UTF-8, BOM removed.
    public static func sourceFile(bytes: [UInt8], path: String) throws -> SourceFile {
        var body = bytes[...]
        let hadBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hadBOM { body = body.dropFirst(3) }
        let firstNUL = body.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return body.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
        if let firstNUL, firstNUL < body.startIndex + 8192 { throw DocumentError.binary }
        guard let text = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidUTF8(body) ?? body.endIndex
            let prefix = body[body.startIndex..<bad]
            let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            throw DocumentError.invalidUTF8(line: line, column: bad - lineStart + 1, byteOffset: bad)
        }
        if firstNUL != nil { throw DocumentError.binary }
        return SourceFile(path: path, text: text, hadByteOrderMark: hadBOM)
    }

    /// Index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minSecond: UInt8 = 0x80, maxSecond: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maxSecond = 0x9F
            case 0xF0: length = 4; minSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maxSecond = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            guard bytes[i + 1] >= minSecond && bytes[i + 1] <= maxSecond else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// Reads a checked source file in the given format; the reference date, then `metadata`, complete
    /// what the reader found.
    public func document(source: SourceFile, format: DocumentFormat, options: ReadingOptions = .default,
                         metadata providers: [MetadataProvider] = []) throws -> Document {
        var options = options
        if format == .markdown && DocumentLoader.pathExtension(source.path).lowercased() == "mdx" { options.mdx = true }
        let read: ReadResult
        switch format {
        case .plainText: read = PlainTextReader.read(source, options: options)
        case .markdown: read = try MarkdownReader.read(source, options: options).droppingTitleRepeatedByHeading()
        case .html: read = HTMLReader.read(source, options: options).droppingTitleRepeatedByHeading()
        }
        var metadata = read.metadata
        if let referenceDate { MetadataProvider.referenceDate(referenceDate).apply(&metadata) }
        for provider in providers { provider.apply(&metadata) }
        return Document(source: source, format: format, text: read.text, blocks: read.blocks, metadata: metadata,
                        offsetMap: read.map, comments: read.comments)
    }
}

/// What a format reader produces.
public struct ReadResult {
    public var text: String
    public var blocks: [Block]
    public var map: OffsetMap
    public var metadata: DocumentMetadata
    /// Source ranges of the comments the reader found (see `Document.comments`).
    public var comments: [Range<Int>]

    public init(text: String, blocks: [Block], map: OffsetMap, metadata: DocumentMetadata, comments: [Range<Int>] = []) {
        self.text = text
        self.blocks = blocks
        self.map = map
        self.metadata = metadata
        self.comments = comments
    }
}

/// Plain text: the prose is the source.
public enum PlainTextReader {
    public static func read(_ source: SourceFile, options: ReadingOptions = .default) -> ReadResult {
        // What the configuration ignores becomes blanks; the prose keeps the source's offsets.
        let hidden = options.ignoredRanges(in: source, from: 0)
        if !hidden.isEmpty {
            let text = String(decoding: SourceMask.blank(source.utf8, ranges: hidden), as: UTF8.self)
            let masked = read(SourceFile(path: source.path, text: text, hadByteOrderMark: source.hadByteOrderMark))
            return ReadResult(text: text, blocks: masked.blocks, map: masked.map, metadata: masked.metadata,
                              comments: HTMLComments.ranges(in: source.utf8))
        }
        var blocks = Document.paragraphs(in: source.text)
        // A first short line without final punctuation, followed by a paragraph, reads as the title.
        if let first = blocks.first, blocks.count > 1 {
            let line = source.text(of: first.range)
            if !line.utf8.contains(0x0A), line.count <= 150, let last = line.last, !".!?:;,".contains(last) {
                blocks[0].scope = .title
            }
        }
        let title = blocks.first.flatMap { $0.scope == .title ? source.text(of: $0.range) : nil }
        // Plain text has no comment syntax of its own: HTML's, wherever it is written, holds suppressions.
        return ReadResult(text: source.text, blocks: blocks, map: .identity(length: source.text.utf8.count),
                          metadata: DocumentMetadata(title: title), comments: HTMLComments.ranges(in: source.utf8))
    }
}
