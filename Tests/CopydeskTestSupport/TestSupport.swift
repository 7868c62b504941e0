import Foundation
import XCTest

/// What a test needs (../shared, python3, the built `copydesk`, a plugin CI builds) may be missing
/// on a developer's machine, where the test is skipped. In CI (`CI=true`, or
/// `COPYDESK_REQUIRE_ALL=1`, which `.ci/run` sets) nothing may be missing: a check that cannot
/// run is a failure, not a skip.
public enum Requirement {
    /// True when every test must run.
    public static var strict: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["COPYDESK_REQUIRE_ALL"] == "1" || environment["CI"]?.lowercased() == "true"
    }

    /// The error to throw when something a test needs is missing: a skip, or in CI a failure.
    public static func missing(_ what: String, strict: Bool = Requirement.strict) -> Error {
        strict ? Missing(description: "\(what) (a skip is a failure when CI=true or COPYDESK_REQUIRE_ALL=1)") : XCTSkip(what)
    }

    /// A missing requirement in CI.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// `../shared`, or the error `missing` makes.
    public static func shared(_ relative: String = "") throws -> String {
        guard let shared = RepositoryPaths.shared else { throw missing("../shared is not present") }
        let path = relative.isEmpty ? shared : shared + "/" + relative
        guard FileManager.default.fileExists(atPath: path) else { throw missing("../shared/\(relative) is not present") }
        return path
    }

    /// The built `copydesk`, or the error `missing` makes.
    public static func copydesk() throws -> String {
        guard let executable = RepositoryPaths.copydeskExecutable else {
            throw missing("the copydesk executable is not built beside the tests")
        }
        return executable
    }
}

/// Where the repository, `../shared` and the built `copydesk` are, for tests of every module.
public enum RepositoryPaths {
    /// The folder that holds Package.swift.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// `../shared` beside the repository, where CI and developers have it; nil when absent.
    public static var shared: String? {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The `copydesk` executable built beside the tests (in the same build folder, so a
    /// `-c release` run never picks up a stale debug build), if there is one.
    public static var copydeskExecutable: String? {
        copydeskExecutable(testBundle: Bundle.main.bundleURL)
    }

    /// The `copydesk` in a test bundle's own build folder: beside the bundle, or one level up
    /// (where the `.xctest` bundle is a folder).
    public static func copydeskExecutable(testBundle: URL) -> String? {
        let candidates = [
            testBundle.appendingPathComponent("copydesk").path,
            testBundle.deletingLastPathComponent().appendingPathComponent("copydesk").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Runs a program to completion and returns its exit status, standard output and standard error.
public enum ProcessRunner {
    public static func run(_ executable: String, _ arguments: [String], in folder: String? = nil,
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
        // Read standard error on another thread so that neither pipe can fill up and block the child.
        final class Collected: @unchecked Sendable { var data = Data() }
        let errData = Collected()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData.data, as: UTF8.self))
    }
}

extension ProcessRunner {
    /// Runs a Python script (a shipped scorer) with `python3`.
    public static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try run("/usr/bin/env", ["python3", script] + arguments)
    }
}

/// Unicode scalar offsets of a text's UTF-8 offsets: the unit the shared evaluation sets count in.
public struct ScalarOffsets {
    private var scalars: [Int]

    public init(_ text: String) {
        scalars = [0]
        scalars.reserveCapacity(text.utf8.count + 1)
        var count = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { count += 1 }
            scalars.append(count)
        }
    }

    /// The scalar offset of a UTF-8 offset on a scalar boundary: the number of lead bytes before it.
    public func scalar(utf8 offset: Int) -> Int { scalars[max(0, min(offset, scalars.count - 1))] }
}

/// A small deterministic generator (SplitMix64), so that generated inputs are the same on every run.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
