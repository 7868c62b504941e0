import CopydeskCore
import XCTest

final class SourceFileTests: XCTestCase {
    func testPositionsCountUTF16UnitsAndOnlyLFAndCRLFEndLines() {
        let source = SourceFile(path: "a", text: "First line\r\nSecond teh\rline 😀x\n")
        let teh = source.position(ofByte: 19)
        XCTAssertEqual([teh.line, teh.column, teh.utf16Offset], [2, 8, 19])
        // A lone CR does not end a line.
        let afterCR = source.position(ofByte: 23)
        XCTAssertEqual([afterCR.line, afterCR.column], [2, 12])
        // The emoji takes two UTF-16 units.
        let x = source.position(ofByte: 32)
        XCTAssertEqual([x.line, x.column, x.utf16Offset], [2, 19, 30])
        XCTAssertEqual(source.lineRange(1), 0..<10)
        XCTAssertEqual(source.text(of: source.lineRange(2)), "Second teh\rline 😀x")
    }
}
