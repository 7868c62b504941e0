import CopydeskEngine
import Foundation
import XCTest

/// A temporary folder with files, removed when the test ends.
final class TestWorkspace {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "copydesk-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

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
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// `../shared` beside the repository, where CI and developers have it.
    static var shared: String? {
        let path = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Runs a program and returns its exit status, standard output and standard error.
    static func run(_ executable: String, _ arguments: [String], in folder: String? = nil,
                    environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// The `copydesk` executable built beside the tests.
    static var copydeskExecutable: String? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("copydesk").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("copydesk").path,
            packageRoot + "/.build/debug/copydesk",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs shared/tools/sarif/sarif-check on a SARIF file; returns its last line and status.
    static func sarifCheck(_ sarif: String, root: String) throws -> (status: Int32, summary: String, output: String) {
        guard let shared else { throw XCTSkip("../shared is not present") }
        let result = try run("/usr/bin/env", ["python3", shared + "/tools/sarif/sarif-check", "--root", root,
                                              "--verify-fingerprints", sarif])
        let summary = result.out.split(separator: "\n").last.map(String.init) ?? ""
        return (result.status, summary, result.out + result.err)
    }
}
