@testable import CopydeskCore
import XCTest

/// Messages from the far side of the plugin boundary are not trusted: malformed ones are refused or
/// left out, never trapped on.
final class WireFormatTests: XCTestCase {
    /// Found by the `wire` fuzz target (Fuzz/Crashers/wire): a range that ends before it starts made
    /// `decodeDocument` build an invalid `Range` and trap.
    func testBlocksAndMachineTimesThatEndBeforeTheyStartAreLeftOut() throws {
        let document = try WireFormat.decodeDocument(.object([
            "path": "a.txt", "text": "Café on Dec. 6.",
            "blocks": .array([
                .object(["scope": "paragraph", "start": 5, "end": 1]),
                .object(["scope": "paragraph", "start": 0, "end": 15]),
            ]),
            "metadata": .object(["machineTimes": .array([
                .object(["start": 20, "end": 1, "date": "2025-12-06"]),
                .object(["start": 8, "end": 14, "date": "2025-12-06"]),
            ])]),
        ]))
        XCTAssertEqual(document.blocks.map(\.range), [0..<16])
        XCTAssertEqual(document.metadata.machineTimes.map(\.range), [9..<15])
    }
}
