import CopydeskCore
import XCTest

final class DocumentSentenceTests: XCTestCase {
    /// The binary search finds, for every offset, the sentence a scan from the first would find,
    /// including offsets between sentences and between paragraphs (none) and past the end.
    func testSentenceContainingAgreesWithAScanAtEveryOffset() {
        let text = "Mr. Lavrov arrived. He said no.  Talks ended!\n\nA second paragraph. It has \u{201C}quotes.\u{201D} Done\n"
        let document = Document(plainText: SourceFile(path: "a.txt", text: text))
        XCTAssertGreaterThan(document.sentences.count, 4)
        for offset in 0...(text.utf8.count + 1) {
            XCTAssertEqual(document.sentence(containing: offset), document.sentences.first { $0.contains(offset) },
                           "offset \(offset)")
        }
        XCTAssertNil(document.sentence(containing: text.utf8.count))
    }
}
