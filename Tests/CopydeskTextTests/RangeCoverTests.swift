import CopydeskText
import XCTest

final class RangeCoverTests: XCTestCase {
    func testRangeCoverAnswersAsAScanOfTheRanges() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let ranges = (0..<Int.random(in: 0...12, using: &generator)).map { _ -> Range<Int> in
                let start = Int.random(in: 0...40, using: &generator)
                return start..<(start + Int.random(in: 1...10, using: &generator))
            }
            let cover = RangeCover(ranges)
            for start in 0...50 {
                XCTAssertEqual(cover.contains(position: start), ranges.contains { $0.contains(start) })
                for length in 0...6 {
                    let range = start..<(start + length)
                    XCTAssertEqual(cover.contains(range), ranges.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound })
                    XCTAssertEqual(cover.overlaps(range), ranges.contains { $0.overlaps(range) })
                }
            }
        }
    }
}
