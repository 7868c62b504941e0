import CopydeskCore
@testable import CopydeskDocuments
import XCTest

/// Reads test documents and checks that their prose maps exactly onto their source.
enum TestDocuments {
    static func markdown(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Document {
        try read(Array(text.utf8), format: .markdown, file: file, line: line)
    }

    static func html(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Document {
        try read(Array(text.utf8), format: .html, file: file, line: line)
    }

    /// Reads bytes and asserts every literal was aligned and the offset map is exact.
    static func read(_ bytes: [UInt8], format: DocumentFormat, file: StaticString = #filePath, line: UInt = #line) throws -> Document {
        let source = try DocumentLoader.sourceFile(bytes: bytes, path: "test.\(format == .html ? "html" : "md")")
        let unaligned: Int
        let read: ReadResult
        switch format {
        case .markdown: (read, unaligned) = try MarkdownReader.readWithDiagnostics(source)
        case .html: (read, unaligned) = HTMLReader.readWithDiagnostics(source)
        case .plainText: (read, unaligned) = (PlainTextReader.read(source), 0)
        }
        XCTAssertEqual(unaligned, 0, "literals that did not align with the source", file: file, line: line)
        let document = Document(source: source, format: format, text: read.text, blocks: read.blocks,
                                metadata: read.metadata, offsetMap: read.map, comments: read.comments)
        assertExactMap(document, file: file, line: line)
        return document
    }

    /// Verbatim segments copy their source bytes; segments run forward through the source; bytes no
    /// segment covers are separators (white space).
    static func assertExactMap(context: String = "", _ document: Document, file: StaticString = #filePath, line: UInt = #line) {
        let prose = Array(document.text.utf8)
        let source = document.source.utf8
        var covered = [Bool](repeating: false, count: prose.count)
        var previousEnd = 0
        for segment in document.offsetMap.segments {
            let proseRange = segment.proseStart..<segment.proseStart + segment.proseLength
            let sourceRange = segment.sourceStart..<segment.sourceStart + segment.sourceLength
            XCTAssertLessThanOrEqual(previousEnd, segment.sourceStart, "segments go backwards in \(context.debugDescription)", file: file, line: line)
            previousEnd = sourceRange.upperBound
            for k in proseRange { covered[k] = true }
            if segment.isVerbatim {
                XCTAssertEqual(Array(prose[proseRange]), Array(source[sourceRange]),
                               "verbatim segment differs from its source in \(context.debugDescription)", file: file, line: line)
            }
        }
        for (k, isCovered) in covered.enumerated() where !isCovered {
            XCTAssertTrue(prose[k] == 0x0A || prose[k] == 0x20, "unmapped prose byte \(prose[k]) at \(k) in \(context.debugDescription)", file: file, line: line)
        }
    }
}

extension Document {
    /// The prose range of the first occurrence of `needle`.
    func proseRange(of needle: String, file: StaticString = #filePath, line: UInt = #line) -> Range<Int> {
        guard let found = text.range(of: needle) else {
            XCTFail("\(needle.debugDescription) not in prose \(text.debugDescription)", file: file, line: line)
            return 0..<0
        }
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<start + needle.utf8.count
    }

    /// The source text a prose range maps to.
    func sourceText(ofProse range: Range<Int>) -> String {
        source.text(of: sourceRegion(of: range).byteRange)
    }

    /// The prose text of every block of a scope.
    func texts(of scope: Scope) -> [String] {
        ranges(of: scope).map { text(of: $0) }
    }
}
