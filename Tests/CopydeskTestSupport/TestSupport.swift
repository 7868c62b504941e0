import Foundation

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

    /// The `copydesk` executable built beside the tests, if there is one.
    public static var copydeskExecutable: String? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("copydesk").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("copydesk").path,
            root + "/.build/debug/copydesk",
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
