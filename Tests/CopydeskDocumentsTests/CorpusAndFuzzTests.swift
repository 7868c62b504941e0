import CopydeskCore
@testable import CopydeskDocuments
import CopydeskTestSupport
import Foundation
import XCTest

/// Real Markdown from the shared corpus, and generated markup soup: every literal is found in the
/// source and the prose map stays exact.
final class CorpusAndFuzzTests: XCTestCase {
    /// Every 20th Markdown article of the corpus (all of them with `COPYDESK_FULL_CORPUS=1`) reads
    /// with every literal aligned and an exact map.
    func testCorpusMarkdownAlignsCompletely() throws {
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/data/corpus/reuters21578-md")
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw Requirement.missing("../shared corpus not present") }
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        let stride = ProcessInfo.processInfo.environment["COPYDESK_FULL_CORPUS"] == nil ? 20 : 1
        var read = 0
        for (index, name) in files.enumerated() where index % stride == 0 {
            let bytes = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name)))
            let document = try TestDocuments.read(bytes, format: .markdown)
            XCTAssertFalse(document.blocks.isEmpty, name)
            read += 1
        }
        XCTAssertGreaterThan(read, 100)
    }

    func testGeneratedMarkdownKeepsAnExactMap() throws {
        let pieces = [
            "word ", "*em* ", "**strong** ", "`code` ", "[link](http://x.org/a_(b) \"t\") ", "<i>x</i> ", "&amp; ", "&rsquo;",
            "\\* ", "😀 ", "東京 ", "e\u{301} ", "\n", "\n\n", "> ", "- ", "1. ", "# ", "| a | b |\n|---|---|\n| c | d |\n",
            "    ", "```\n", "<!-- c -->", "~~s~~ ", "www.example.com ", "<http://a.b> ", "![alt](i.png) ", "  \n", "\\\n",
            "\r\n", "***", "_", "[", "]", "(", ")", "&#", ";", "<", ">", "\"", "'", "\t",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 5...60, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let source = try DocumentLoader.sourceFile(bytes: Array(text.utf8), path: "fuzz.md")
            let (result, misses) = try MarkdownReader.readWithDiagnostics(source)
            XCTAssertEqual(misses, 0, text.debugDescription)
            TestDocuments.assertExactMap(context: text, Document(source: source, format: .markdown, text: result.text, blocks: result.blocks,
                                                  metadata: result.metadata, offsetMap: result.map))
        }
    }

    func testGeneratedHTMLKeepsAnExactMap() throws {
        let pieces = [
            "word ", "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<li>", "<td>", "<h2>", "</h2>", "<br>", "&amp;",
            "&rsquo;", "&#8217;", "&#0;", "&nbsp", "<!-- c -->", "<!--", "-->", "<script>x<y</script>", "<style>a</style>",
            "<code>c</code>", "<time datetime=\"2024-01-02\">", "</time>", "😀", "東京", "e\u{301}", "\r\n", "\n", "<", ">",
            "</", "<a href=\"x>y\">", "</a>", "<title>", "</title>", "<head>", "</head>", "<blockquote>", "&", "\"",
        ]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<400 {
            var text = Bool.random(using: &generator) ? "<!DOCTYPE html>" : ""
            for _ in 0..<Int.random(in: 5...60, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let source = try DocumentLoader.sourceFile(bytes: Array(text.utf8), path: "fuzz.html")
            let (result, misses) = HTMLReader.readWithDiagnostics(source)
            XCTAssertEqual(misses, 0, text.debugDescription)
            TestDocuments.assertExactMap(context: text, Document(source: source, format: .html, text: result.text, blocks: result.blocks,
                                                  metadata: result.metadata, offsetMap: result.map))
        }
    }
}
