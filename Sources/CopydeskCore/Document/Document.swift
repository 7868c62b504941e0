import CopydeskText
import Foundation

/// The markup a file is written in.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case plainText = "text"
    case markdown
    case html

    /// The format a file name's extension implies, if Copydesk reads that kind of file.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .plainText
        // MDX is read as Markdown, its imports, exports, JSX and expressions left out of the prose.
        case "md", "markdown", "mdown", "mkd", "mdx": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}

/// Where in a document a piece of prose stands. Rules choose the scopes they look at.
public enum Scope: String, Sendable, Hashable, CaseIterable, Codable {
    case title, heading, paragraph, blockquote
    case listItem = "list-item"
    case tableCell = "table-cell"
    /// Each sentence of the prose (derived from the blocks).
    case sentence
    /// All prose of the document.
    case text
}

/// A block of prose: a paragraph, heading, list item, table cell, quotation or the title.
public struct Block: Sendable, Hashable {
    public var scope: Scope
    /// UTF-8 range in `Document.text`.
    public var range: Range<Int>
    /// Heading level (1–6) for headings; 0 otherwise.
    public var headingLevel: Int
    /// Whether the block sits inside a block quotation (a list item or paragraph can).
    public var isInBlockquote: Bool

    public init(scope: Scope, range: Range<Int>, headingLevel: Int = 0, isInBlockquote: Bool = false) {
        self.scope = scope
        self.range = range
        self.headingLevel = headingLevel
        self.isInBlockquote = isInBlockquote
    }
}

/// What a document says about itself: title and dates from front matter or HTML metadata.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    /// The publication time, the anchor for relative dates.
    public var publicationDate: DocumentDate?
    /// Where the publication date came from ("--reference-date", "front matter `date`", "article:published_time" …).
    public var publicationDateSource: String?
    /// The last modification time the document declares.
    public var modifiedDate: DocumentDate?
    public var modifiedDateSource: String?
    /// Front matter as read, or nil.
    public var frontMatter: JSONValue?
    /// Machine-readable times in the document (`<time datetime>`), by UTF-8 range in `Document.text`.
    public var machineTimes: [MachineTime]
    /// The time of the file's last git commit, when the run was asked to look it up.
    public var lastCommitDate: DocumentDate?

    public init(
        title: String? = nil, publicationDate: DocumentDate? = nil, publicationDateSource: String? = nil,
        modifiedDate: DocumentDate? = nil, modifiedDateSource: String? = nil, frontMatter: JSONValue? = nil,
        machineTimes: [MachineTime] = [], lastCommitDate: DocumentDate? = nil
    ) {
        self.title = title
        self.publicationDate = publicationDate
        self.publicationDateSource = publicationDateSource
        self.modifiedDate = modifiedDate
        self.modifiedDateSource = modifiedDateSource
        self.frontMatter = frontMatter
        self.machineTimes = machineTimes
        self.lastCommitDate = lastCommitDate
    }
}

/// A machine-readable time attached to a stretch of prose, such as HTML's `<time datetime="…">`.
public struct MachineTime: Sendable, Hashable {
    public var range: Range<Int>
    public var date: DocumentDate

    public init(range: Range<Int>, date: DocumentDate) {
        self.range = range
        self.date = date
    }
}

/// A document as rules see it: its prose (markup, code and metadata removed), the blocks that prose
/// is made of, and its metadata. Every prose offset maps back to an exact source position.
public final class Document: Sendable {
    public let source: SourceFile
    public let format: DocumentFormat
    /// The prose view. Blocks are separated by a blank line; offsets into it are UTF-8 offsets.
    public let text: String
    /// The prose blocks, in order.
    public let blocks: [Block]
    public let metadata: DocumentMetadata
    /// Maps prose offsets to source offsets.
    public let offsetMap: OffsetMap
    /// UTF-8 ranges in the source of the comments its reader found (`<!-- … -->` outside code in
    /// Markdown and HTML, anywhere in plain text), where suppression comments are read; nil for a
    /// document made in memory without a reader, whose whole source is searched.
    public let comments: [Range<Int>]?
    private let sentenceCache = SentenceCache()

    public init(source: SourceFile, format: DocumentFormat, text: String, blocks: [Block], metadata: DocumentMetadata,
                offsetMap: OffsetMap, comments: [Range<Int>]? = nil) {
        self.source = source
        self.format = format
        self.text = text
        self.blocks = blocks
        self.metadata = metadata
        self.offsetMap = offsetMap
        self.comments = comments
    }

    /// A plain-text document whose prose is its source, split into paragraphs at blank lines.
    public convenience init(plainText source: SourceFile, metadata: DocumentMetadata = DocumentMetadata()) {
        self.init(source: source, format: .plainText, text: source.text,
                  blocks: Document.paragraphs(in: source.text), metadata: metadata,
                  offsetMap: .identity(length: source.text.utf8.count))
    }

    /// The path as reports show it.
    public var path: String { source.path }

    /// The sentences of the prose, in order (UTF-8 ranges in `text`), split on first use.
    public var sentences: [Range<Int>] {
        sentenceCache.value {
            var text = self.text
            return text.withUTF8 { bytes in
                blocks.flatMap { SentenceSegmenter.sentences(inUTF8: bytes, range: $0.range) }
            }
        }
    }

    /// The sentence holding a prose offset, if any, by binary search (the sentences are in order
    /// and do not overlap, as the blocks they are cut from).
    public func sentence(containing offset: Int) -> Range<Int>? {
        let sentences = self.sentences
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].contains(offset) ? sentences[low] : nil
    }

    /// The prose ranges of a scope.
    public func ranges(of scope: Scope) -> [Range<Int>] {
        switch scope {
        case .text: return [0..<text.utf8.count]
        case .sentence: return sentences
        case .blockquote: return blocks.filter { $0.isInBlockquote || $0.scope == .blockquote }.map(\.range)
        default: return blocks.filter { $0.scope == scope }.map(\.range)
        }
    }

    /// The text of a UTF-8 range of the prose.
    public func text(of range: Range<Int>) -> String {
        let utf8 = text.utf8
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.lowerBound, count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.upperBound, count)))
        return String(text[lower..<upper])
    }

    /// The block holding a prose offset, if any.
    public func block(containing offset: Int) -> Block? {
        var low = 0, high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < blocks.count && blocks[low].range.contains(offset) ? blocks[low] : nil
    }

    /// The source region of a prose range.
    public func sourceRegion(of range: Range<Int>) -> SourceRegion {
        source.region(ofBytes: offsetMap.sourceRange(forProse: range))
    }

    /// Paragraphs of plain text. Blank lines always separate paragraphs. Inside a run of lines,
    /// hard-wrapped text (every line at most 80 characters) starts a paragraph at an indented line,
    /// as newswire copy does; text with longer lines has one paragraph per line, as pasted web copy does.
    public static func paragraphs(in text: String) -> [Block] {
        var text = text
        // Lines as (start, end-without-break, isBlank, isIndented, length in scalars up to 81: only
        // whether a line is longer than 80 matters, and most lines of prose are).
        var lines: [(start: Int, end: Int, blank: Bool, indented: Bool, length: Int)] = []
        text.withUTF8 { bytes in
            var lineStart = 0
            func addLine(_ end: Int) {
                var e = end
                if e > lineStart && bytes[e - 1] == 0x0D { e -= 1 }
                var first = lineStart
                while first < e && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
                var last = e
                while last > first && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
                var length = 0
                var i = first
                while i < last && length <= 80 {
                    if bytes[i] & 0xC0 != 0x80 { length += 1 }
                    i += 1
                }
                lines.append((first, last, first == last, first > lineStart, length))
            }
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                addLine(i)
                lineStart = i + 1
            }
            addLine(bytes.count)
        }

        var blocks: [Block] = []
        var i = 0
        while i < lines.count {
            if lines[i].blank { i += 1; continue }
            var j = i
            while j < lines.count && !lines[j].blank { j += 1 }
            let run = lines[i..<j]
            let hardWrapped = run.count > 1 && run.allSatisfy { $0.length <= 80 }
            var paragraphStart = run.first!.start
            var paragraphEnd = run.first!.end
            for line in run.dropFirst() {
                if !hardWrapped || line.indented {
                    blocks.append(Block(scope: .paragraph, range: paragraphStart..<paragraphEnd))
                    paragraphStart = line.start
                }
                paragraphEnd = line.end
            }
            blocks.append(Block(scope: .paragraph, range: paragraphStart..<paragraphEnd))
            i = j
        }
        return blocks
    }
}

/// Sentence ranges computed once, on first use, by whichever thread asks first.
private final class SentenceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ranges: [Range<Int>]?

    func value(_ compute: () -> [Range<Int>]) -> [Range<Int>] {
        lock.lock()
        defer { lock.unlock() }
        if let ranges { return ranges }
        let computed = compute()
        ranges = computed
        return computed
    }
}
