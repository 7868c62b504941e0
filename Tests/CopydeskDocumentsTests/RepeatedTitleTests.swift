import CopydeskCore
@testable import CopydeskDocuments
import XCTest

/// A headline given both as metadata (front matter `title`, HTML `<title>`) and as the opening
/// heading stays in the prose once.
final class RepeatedTitleTests: XCTestCase {
    func load(_ text: String, _ format: DocumentFormat) throws -> Document {
        let document = try DocumentLoader().document(text: text, path: format == .html ? "a.html" : "a.md", format: format)
        TestDocuments.assertExactMap(document)
        return document
    }

    func testMarkdownFrontMatterTitleRepeatedByTheHeading() throws {
        let document = try load("---\ntitle: \"Ferry vote  delayed\"\n---\n\n# Ferry vote delayed\n\nThe vote was put off.\n", .markdown)
        XCTAssertEqual(document.text, "Ferry vote delayed\n\nThe vote was put off.")
        XCTAssertEqual(document.blocks.map(\.scope), [.title, .paragraph])
        XCTAssertEqual(document.metadata.title, "Ferry vote  delayed")
        let region = document.sourceRegion(of: document.blocks[1].range)
        XCTAssertEqual([region.start.line, region.start.column], [7, 1])
        let heading = document.sourceRegion(of: document.blocks[0].range)
        XCTAssertEqual([heading.start.line, heading.start.column], [5, 3])
    }

    func testDifferentTitleAndHeadingBothStay() throws {
        let document = try load("---\ntitle: Ferry vote delayed\n---\n\n# Council puts off ferry vote\n\nText.\n", .markdown)
        XCTAssertEqual(document.blocks.map(\.scope), [.title, .heading, .paragraph])
    }

    func testHTMLTitleRepeatedByTheFirstHeading() throws {
        let html = "<html><head><title>Ferry vote delayed</title></head><body><h1>Ferry vote delayed</h1><p>Text <time datetime=\"2025-01-02\">today</time>.</p></body></html>"
        let document = try load(html, .html)
        XCTAssertEqual(document.text, "Ferry vote delayed\n\nText today.")
        XCTAssertEqual(document.blocks.map(\.scope), [.title, .paragraph])
        XCTAssertEqual(document.metadata.machineTimes.map { document.text(of: $0.range) }, ["today"])
        XCTAssertEqual(document.source.text(of: document.offsetMap.sourceRange(forProse: document.blocks[0].range)), "Ferry vote delayed")
        XCTAssertTrue(document.offsetMap.sourceRange(forProse: document.blocks[0].range).lowerBound > 60)
    }
}
