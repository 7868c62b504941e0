@testable import CopydeskCore
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

    /// A long line that is not ASCII (one paragraph pasted as one line, no final line break): every
    /// position is found from a checkpoint a bounded number of bytes back, not from the line's
    /// start, and agrees with counting from the start.
    func testPositionsInALongNonASCIILineCountFromANearbyCheckpoint() {
        let text = String(repeating: "“Zürich” 😀 said, ", count: 2_000)
        let source = SourceFile(path: "a", text: text)
        let bytes = Array(text.utf8)
        var units = 0
        var offset = 0
        while offset <= bytes.count {
            let checkpoint = source.utf16Checkpoint(atOrBefore: offset)
            XCTAssertLessThanOrEqual(checkpoint.byte, offset)
            XCTAssertLessThan(offset - checkpoint.byte, SourceFile.checkpointStride)
            let position = source.position(ofByte: offset)
            XCTAssertEqual([position.line, position.column, position.utf16Offset], [1, units + 1, units], "at byte \(offset)")
            guard offset < bytes.count else { break }
            units += SourceFile.utf16Units(leadByte: bytes[offset])
            offset += 1
        }
    }
}
