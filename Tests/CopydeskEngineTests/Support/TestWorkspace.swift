import CopydeskEngine
import CopydeskTestSupport
import Foundation
import XCTest

/// A temporary folder with files, removed when the test ends.
///
/// Configuration lookup walks up from each file to `/`, so a stray `.copydesk.yml` in the
/// temporary folder or above it would change or break the tests. The workspace therefore sits in
/// a folder of its own whose `.copydesk.yml` says `root: true`: the walk stops there, and a
/// test's own `.copydesk.yml` files (at the workspace root or below) still apply as users' do.
final class TestWorkspace {
    let root: String
    /// The folder that holds the workspace and its `root: true` configuration.
    let container: String

    init(in parent: String = NSTemporaryDirectory()) throws {
        container = (parent.hasSuffix("/") ? parent : parent + "/") + "copydesk-test-" + UUID().uuidString
        root = container + "/workspace"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "# Stops the configuration walk: nothing above this folder applies to the test.\nroot: true\n"
            .write(toFile: container + "/.copydesk.yml", atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: container) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The repository root of this package.
    static var packageRoot: String { RepositoryPaths.root }

    /// `../shared` beside the repository, where CI and developers have it.
    static var shared: String? { RepositoryPaths.shared }

    /// Runs a program and returns its exit status, standard output and standard error.
    static func run(_ executable: String, _ arguments: [String], in folder: String? = nil,
                    environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        try ProcessRunner.run(executable, arguments, in: folder, environment: environment)
    }

    /// The `copydesk` executable built beside the tests.
    static var copydeskExecutable: String? { RepositoryPaths.copydeskExecutable }

    /// Runs shared/tools/sarif/sarif-check on a SARIF file; returns its last line and status.
    static func sarifCheck(_ sarif: String, root: String) throws -> (status: Int32, summary: String, output: String) {
        let shared = try Requirement.shared()
        let result = try run("/usr/bin/env", ["python3", shared + "/tools/sarif/sarif-check", "--root", root,
                                              "--verify-fingerprints", sarif])
        let summary = result.out.split(separator: "\n").last.map(String.init) ?? ""
        return (result.status, summary, result.out + result.err)
    }
}
