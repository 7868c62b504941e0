import CopydeskCore
import XCTest

final class PatternTests: XCTestCase {
    func testMatchesReportUTF8RangesAndNamedGroups() throws {
        let pattern = try Pattern(#"(?<word>\w+)ö"#)
        let text = "é oö"
        let matches = try pattern.matches(in: text)
        XCTAssertEqual(matches.count, 1)
        XCTAssertEqual(matches[0].range, 3..<6)
        XCTAssertEqual(matches[0]["word"], 3..<4)
        XCTAssertTrue(pattern.isJITCompiled)
    }

    func testCompileErrorNamesPatternOffsetAndReason() {
        XCTAssertThrowsError(try Pattern("ab(c")) { error in
            guard case PatternError.compile(let pattern, let offset, let message) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(pattern, "ab(c")
            XCTAssertEqual(offset, 4)
            XCTAssertTrue(message.contains("missing closing parenthesis"), message)
        }
    }

    func testCatastrophicPatternHitsALimitInsteadOfHanging() throws {
        let pattern = try Pattern("(a+)+$", limits: MatchLimits(match: 100_000, depth: 1000, heapKibibytes: 1024,
                                                                 jitStackBytes: 1 << 16))
        let subject = String(repeating: "a", count: 40) + "!"
        XCTAssertThrowsError(try pattern.matches(in: subject)) { error in
            guard case PatternError.limit = error else { return XCTFail("unexpected \(error)") }
        }
    }

    func testEmptyMatchesAdvanceByCharacter() throws {
        let pattern = try Pattern("x*")
        XCTAssertEqual(try pattern.matches(in: "éx").map(\.range), [0..<0, 2..<3, 3..<3])
    }

    func testAnErrorInAHugePatternShowsTheNeighbourhoodOfTheOffsetNotTheWholePattern() {
        let words = (0..<100_000).map { "w\($0)" }.joined(separator: "|")
        let pattern = words + "|(unclosed"
        XCTAssertThrowsError(try Pattern(pattern)) { error in
            let message = "\(error)"
            XCTAssertLessThan(message.count, 400, message)
            XCTAssertTrue(message.contains("(unclosed"), message)
            XCTAssertTrue(message.contains("characters)"), message)
        }
        XCTAssertEqual(PatternError.excerpt(of: "a+b", around: 1), "a+b")
    }
}
