import CopydeskCore
@testable import CopydeskDocuments
import XCTest

/// `.mdx` files are Markdown whose ESM lines, JSX tags and `{…}` expressions are not prose.
final class MDXTests: XCTestCase {
    func testImportsExportsJSXAndExpressionsAreNotProse() throws {
        let text = """
        ---
        title: Quay
        ---
        import Chart from './Chart.astro';
        export const meta = {
          caption: "an \\"unbalanced",
        };

        Officials said <Badge tone={"warn"} /> the quay had reopened.

        <Callout type="note" title={`It's "open`}>
        "We waited years," said Ana Reyes.
        </Callout>

        {/* "a comment */}

        Traffic rose {props.percent} per cent, and `{ code }` stays code.

        ```js
        const s = "{ not closed";
        ```

        An export in a sentence: export rose.
        """
        let document = try DocumentLoader().document(text: text, path: "post.mdx", format: .markdown)
        TestDocuments.assertExactMap(document)
        XCTAssertEqual(document.blocks.filter { $0.scope != .title }.map { document.text(of: $0.range) }, [
            "Officials said  the quay had reopened.",
            "\"We waited years,\" said Ana Reyes.",
            "Traffic rose  per cent, and  stays code.",
            "An export in a sentence: export rose.",
        ])
        XCTAssertEqual(document.sourceRegion(of: document.proseRange(of: "Ana Reyes")).start.line, 12)
        XCTAssertEqual(DocumentFormat(pathExtension: "mdx"), .markdown)
    }

    func testTheSameTextAsPlainMarkdownKeepsItsBraces() throws {
        let document = try DocumentLoader().document(text: "Sets {1, 2} and <Tag> stay.\n", path: "post.md", format: .markdown)
        XCTAssertEqual(document.text, "Sets {1, 2} and  stay.")
    }

    func testPathologicalInputStaysFast() throws {
        for piece in ["{", "<a {", "` ``", "<b x='", "{/*", "<T {\"}"] {
            let text = String(repeating: piece + " ", count: 200_000 / piece.count)
            let start = Date()
            _ = MDXSyntax.ranges(in: Array(text.utf8), from: 0)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, piece)
        }
        let shortcodes = String(repeating: "{{< }} ", count: 100_000)
        let start = Date()
        _ = TemplateTags.ranges(in: Array(shortcodes.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
