import CopydeskTestSupport
import Foundation
import XCTest

/// The test helpers that decide whether a test runs: in CI a missing requirement is a failure,
/// and the `copydesk` under test is the one built beside the tests.
final class RequirementTests: XCTestCase {
    func testAMissingRequirementSkipsLocallyAndFailsInCI() {
        XCTAssertTrue(Requirement.missing("../shared is not present", strict: false) is XCTSkip)
        let strict = Requirement.missing("../shared is not present", strict: true)
        XCTAssertFalse(strict is XCTSkip, "in CI a missing requirement must fail the test, not skip it")
        XCTAssertTrue("\(strict)".contains("../shared is not present"))
        if ProcessInfo.processInfo.environment["CI"] == "true" { XCTAssertTrue(Requirement.strict) }
    }

    /// Only the test bundle's own build folder counts: a `-c release` run must not test a stale
    /// `.build/debug/copydesk`.
    func testTheExecutableIsTheOneBuiltBesideTheTests() throws {
        let elsewhere = NSTemporaryDirectory() + "copydesk-bundle-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: elsewhere + "/tests.xctest", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        XCTAssertNil(RepositoryPaths.copydeskExecutable(testBundle: URL(fileURLWithPath: elsewhere + "/tests.xctest")),
                     "found a copydesk outside the bundle's build folder")
        FileManager.default.createFile(atPath: elsewhere + "/copydesk", contents: Data("#!/bin/sh\n".utf8),
                                       attributes: [.posixPermissions: 0o755])
        XCTAssertEqual(RepositoryPaths.copydeskExecutable(testBundle: URL(fileURLWithPath: elsewhere + "/tests.xctest")),
                       elsewhere + "/copydesk")
        let found = try XCTUnwrap(RepositoryPaths.copydeskExecutable)
        XCTAssertEqual(URL(fileURLWithPath: found).deletingLastPathComponent().standardizedFileURL.path,
                       Bundle.main.bundleURL.standardizedFileURL.path, "the copydesk under test is the bundle's sibling")
    }
}
