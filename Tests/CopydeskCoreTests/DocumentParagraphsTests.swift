import CopydeskCore
import XCTest

/// Plain text's paragraphs: blank lines part them; a run of lines no longer than 80 characters is
/// hard-wrapped copy, one paragraph (an indented line starts a new one); in a run holding a longer
/// line, every line is a paragraph.
final class DocumentParagraphsTests: XCTestCase {
    private func paragraphs(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Document.paragraphs(in: text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    func testHardWrappedRunsAreOneParagraphUpToEightyCharacters() {
        // 80 characters, some of them two or three bytes long: still a wrapped line.
        let eighty = String(repeating: "é", count: 40) + String(repeating: "—", count: 20) + String(repeating: "a", count: 20)
        XCTAssertEqual(paragraphs(eighty + "\n" + eighty + "\n\nnext"), [eighty + "\n" + eighty, "next"])
        XCTAssertEqual(paragraphs(eighty + "\n  indented\nmore"), [eighty, "indented\nmore"])
        let eightyOne = eighty + "b"
        XCTAssertEqual(paragraphs(eighty + "\n" + eightyOne + "\nlast"), [eighty, eightyOne, "last"])
        XCTAssertEqual(paragraphs("  one line  \r\n"), ["one line"])
    }
}
