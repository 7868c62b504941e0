import CopydeskCore
@testable import CopydeskDocuments
import XCTest

/// TOML (`+++`) and JSON front matter, as Hugo and Zola write it: the same metadata as YAML, never prose.
final class SiteFrontMatterTests: XCTestCase {
    func testTOMLFrontMatterGivesDatesAndTitleAndIsNotProse() throws {
        let document = try TestDocuments.markdown("""
        +++
        title = "Harbour \\"ferry\\" cuts"
        date = 2025-03-01T09:30:00+01:00
        lastmod = 2025-03-02
        draft = false
        tags = ["council", "ferries"]
        [params]
        subtitle = "Said on Tuesday"
        +++

        The council voted on Tuesday.

        """)
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2025-03-01T09:30:00+01:00"))
        XCTAssertEqual(document.metadata.publicationDateSource, "front matter `date`")
        XCTAssertEqual(document.metadata.modifiedDate, DocumentDate(parsing: "2025-03-02"))
        XCTAssertEqual(document.metadata.title, "Harbour \"ferry\" cuts")
        XCTAssertEqual(document.texts(of: .title), ["Harbour \"ferry\" cuts"])
        XCTAssertEqual(document.texts(of: .paragraph), ["The council voted on Tuesday."])
        for hidden in ["+++", "date", "2025", "draft", "council\"", "subtitle", "Said on"] {
            XCTAssertFalse(document.text.contains(hidden), hidden)
        }
        XCTAssertEqual(document.metadata.frontMatter?["tags"], ["council", "ferries"])
    }

    func testTOMLLiteralStringTitleAndLocalDateTime() throws {
        let document = try TestDocuments.markdown("+++\ntitle = 'Say \"no\" to C:\\tmp'\npublishDate = 2025-03-01T09:30:00\n+++\nBody text here.\n")
        XCTAssertEqual(document.metadata.title, "Say \"no\" to C:\\tmp", "a TOML literal string has no escapes")
        XCTAssertEqual(document.texts(of: .title), ["Say \"no\" to C:\\tmp"])
        XCTAssertEqual(document.metadata.publicationDateSource, "front matter `publishDate`")
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2025-03-01T09:30:00"))
    }

    func testBrokenTOMLNamesFileLineAndColumn() throws {
        let source = "+++\ntitle = \"ok\"\ndate = 2025-13-45\n+++\nBody.\n"
        XCTAssertThrowsError(try TestDocuments.markdown(source)) { error in
            guard case .frontMatter(let line, let column, let message) = error as? DocumentError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 3, message)
            XCTAssertGreaterThanOrEqual(column, 8, message)
            XCTAssertTrue(message.hasPrefix("TOML: "), message)
        }
        XCTAssertThrowsError(try TestDocuments.markdown("+++\ntitle = \"unclosed\n+++\nBody.\n")) { error in
            XCTAssertEqual((error as? DocumentError)?.line, 2, "\(error)")
        }
    }

    func testTOMLFenceWithoutClosingIsNotFrontMatter() throws {
        let document = try TestDocuments.markdown("+++\nNot front matter at all.\n")
        XCTAssertTrue(document.text.contains("Not front matter"))
    }

    func testJSONFrontMatterGivesDatesAndTitleAndIsNotProse() throws {
        let document = try TestDocuments.markdown("""
        {
          "title": "Ferry \\u00e9t\\u00e9 cuts",
          "date": "2025-03-01T09:30:00Z",
          "updated": "2025-03-03T10:00:00Z",
          "tags": ["council", {"nested": [1, 2.5, true, null]}]
        }

        The council voted on Tuesday.

        """)
        XCTAssertEqual(document.metadata.publicationDate, DocumentDate(parsing: "2025-03-01T09:30:00Z"))
        XCTAssertEqual(document.metadata.modifiedDateSource, "front matter `updated`")
        XCTAssertEqual(document.metadata.title, "Ferry été cuts")
        XCTAssertEqual(document.texts(of: .title), ["Ferry été cuts"])
        XCTAssertEqual(document.texts(of: .paragraph), ["The council voted on Tuesday."])
        XCTAssertFalse(document.text.contains("2025"))
        XCTAssertFalse(document.text.contains("nested"))
    }

    func testBrokenJSONNamesLineAndColumn() throws {
        XCTAssertThrowsError(try TestDocuments.markdown("{\n  \"title\": \"x\",\n  \"date\" \"2025-03-01\"\n}\nBody.\n")) { error in
            guard case .frontMatter(let line, let column, let message) = error as? DocumentError else { return XCTFail("\(error)") }
            XCTAssertEqual([line, column], [3, 10], message)
            XCTAssertTrue(message.contains("`:`"), message)
        }
        XCTAssertThrowsError(try TestDocuments.markdown("{\"title\": \"x\"} trailing words\n")) { error in
            XCTAssertEqual((error as? DocumentError)?.line, 1, "\(error)")
        }
        let deep = "{\"a\": " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "}\nBody.\n"
        XCTAssertThrowsError(try TestDocuments.markdown(deep)) { error in
            XCTAssertTrue("\(error)".contains("nested"), "\(error)")
        }
    }

    func testALiquidTagOpeningTheFileIsNotJSON() throws {
        let document = try TestDocuments.markdown("{% include header.html %}\n\nThe council met.\n")
        XCTAssertNil(document.metadata.frontMatter)
        XCTAssertTrue(document.text.contains("The council met."))
    }
}
