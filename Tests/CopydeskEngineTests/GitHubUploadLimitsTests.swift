@testable import CopydeskReporters
import XCTest

/// The warning for a SARIF log GitHub code scanning would truncate or refuse.
final class GitHubUploadLimitsTests: XCTestCase {
    private func check(results: Int, bytes: [UInt8], chunk: Int = 1 << 20) -> String? {
        var limits = GitHubUploadLimits(resultCount: results)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            bytes[offset..<end].withUnsafeBufferPointer { limits.consume($0) }
            offset = end
        }
        return limits.warning()
    }

    func testTooManyResultsAreNamedWithTheRemedies() throws {
        let warning = try XCTUnwrap(check(results: 25_001, bytes: Array("{}".utf8)))
        XCTAssertTrue(warning.contains("25001 results"), warning)
        XCTAssertTrue(warning.contains("--min-level warning") && warning.contains("--shard"), warning)
        XCTAssertNil(check(results: 25_000, bytes: Array("{}".utf8)))
    }

    func testALogOverTenMegabytesGzippedIsNamedAndACompressibleOneIsNot() throws {
        // Incompressible bytes: a xorshift stream, eight bytes a step.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var random = [UInt8](repeating: 0, count: 11 << 20)
        random.withUnsafeMutableBytes { buffer in
            for index in 0..<(buffer.count / 8) {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                buffer.storeBytes(of: state, toByteOffset: index * 8, as: UInt64.self)
            }
        }
        let warning = try XCTUnwrap(check(results: 10, bytes: random))
        XCTAssertTrue(warning.contains("MB gzipped"), warning)
        XCTAssertNil(check(results: 10, bytes: [UInt8](repeating: 0x20, count: 30 << 20)))
    }

    func testTheGzipSizeIsThatOfARealGzipStream() {
        let meter = GzipSizeMeter()
        let text = Array(String(repeating: "Copydesk lints news articles. ", count: 1000).utf8)
        text.withUnsafeBufferPointer { meter.consume($0) }
        let size = meter.finish()
        // A gzip member: a 10-byte header, the deflated data, an 8-byte trailer; 30,000 repetitive bytes deflate to well under 1 KB.
        XCTAssertGreaterThan(size, 18)
        XCTAssertLessThan(size, 1024)
        XCTAssertEqual(meter.finish(), size)
    }
}
