import Foundation

/// What changed in a git work tree since a revision: which files, and which of their lines.
public struct GitChanges: Sendable {
    /// Absolute paths of files added, copied, modified or renamed since the revision (committed or
    /// not), plus untracked files.
    public var files: Set<String>
    /// Changed line numbers (1-based, in the current file) per absolute path.
    public var lines: [String: IndexSet]

    /// Asks git in the work tree that holds `folder`.
    public init(since revision: String, in folder: String, withLines: Bool) throws {
        let top = try GitChanges.git(["rev-parse", "--show-toplevel"], in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try GitChanges.git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: top)
        var files = Set<String>()
        let changed = try GitChanges.git(["diff", "--name-only", "-z", "--diff-filter=ACMR", revision, "--"], in: top)
        let untracked = try GitChanges.git(["ls-files", "--others", "--exclude-standard", "-z"], in: top)
        for name in (changed + untracked).split(separator: "\0") where !name.isEmpty {
            files.insert(URL(fileURLWithPath: top).appendingPathComponent(String(name)).standardizedFileURL.path)
        }
        self.files = files
        var lines: [String: IndexSet] = [:]
        if withLines {
            let diff = try GitChanges.git(["diff", "-U0", "--no-color", "--no-ext-diff", revision, "--"], in: top)
            lines = GitChanges.changedLines(diff: diff, top: top)
            for name in untracked.split(separator: "\0") where !name.isEmpty {
                lines[URL(fileURLWithPath: top).appendingPathComponent(String(name)).standardizedFileURL.path] = IndexSet(integersIn: 1..<Int(Int32.max))
            }
        }
        self.lines = lines
    }

    /// Changed lines per file from a `git diff -U0` patch: the `+start,count` side of each hunk.
    static func changedLines(diff: String, top: String) -> [String: IndexSet] {
        var result: [String: IndexSet] = [:]
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                let name = line.dropFirst(4)
                current = name == "/dev/null" ? nil : URL(fileURLWithPath: top).appendingPathComponent(String(name.dropFirst(2))).standardizedFileURL.path
            } else if line.hasPrefix("@@"), let current {
                // @@ -a,b +c,d @@
                guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
                let numbers = plus.dropFirst().split(separator: ",").compactMap { Int($0) }
                guard let start = numbers.first else { continue }
                let count = numbers.count > 1 ? numbers[1] : 1
                if count > 0 { result[current, default: IndexSet()].insert(integersIn: start..<(start + count)) }
            }
        }
        return result
    }

    @discardableResult
    static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw GitError(message: "git cannot be run: \(error.localizedDescription)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(message: "git \(arguments.first ?? "") failed\(message.isEmpty ? "" : ": " + message)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// git could not answer.
public struct GitError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
