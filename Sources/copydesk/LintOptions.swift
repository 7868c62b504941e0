import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation

/// What to lint and how to read it: shared by `lint` and `baseline write`.
struct LintOptions: ParsableArguments {
    @Argument(help: "Files and folders to lint; `-` reads one document from standard input.")
    var paths: [String] = ["."]

    @Option(name: .long, help: "With `-`: the path standard input is read as, for its format, its configuration and the reports (default: stdin.txt).")
    var stdinFilename: String?

    @Option(name: .long, help: "The publication date (ISO 8601) to read every article against, overriding the articles' own.")
    var referenceDate: String?

    @Option(name: .long, help: "The current time (ISO 8601) for checks that compare with now; default: the clock.")
    var now: String?

    @Option(name: .long, help: "Use this configuration file instead of discovering .copydesk.yml files.")
    var config: String?

    @Option(name: .long, help: "What the files are when their configuration names no `profile:`: article (default) or comments (readers' comments and social posts: moderation and its verdict on, article-only rules off).")
    var profile: Profile = .article

    @Option(name: .long, help: "Read every file as this format (text, markdown, html), whatever its extension.")
    var formatOf: DocumentFormat?

    @Option(name: .long, help: "Refuse files larger than this many bytes.")
    var maxFileSize: Int = 16 * 1024 * 1024

    @Option(name: .long, help: "Note-level results kept per file (fact tags such as dates and quotes), in position order; the rest are left out with a warning saying how many. Warnings and errors are always kept. 0: no limit.")
    var maxResultsPerFile: Int = LintRequest.defaultMaxNotesPerFile

    @Option(name: [.customShort("j", allowingJoined: true), .long], help: "Worker threads (default: one per core).")
    var jobs: Int = 0

    @Option(name: .long, help: "Seconds one file may take; a file that takes longer is reported and skipped, and the run goes on (0: no limit).")
    var fileTimeout: Double = 60

    @Option(name: .long, help: "Lint only shard i of N (as i/N): files split by a stable hash of their path.")
    var shard: String?

    @Option(name: .long, help: "Lint only files changed since this git revision (committed or not, plus untracked files).")
    var changedSince: String?

    @Flag(name: .long, help: "With --changed-since: report only findings on changed lines.")
    var onlyChangedLines = false

    @Flag(name: .long, help: "Leave out files named on the command line that the configuration's `ignore:` lists (for hooks that pass every changed file).")
    var forceExclude = false

    @Flag(name: .long, help: "Also lint what .gitignore files exclude in the folders walked (the configuration's `ignore:` still applies).")
    var noIgnore = false

    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        if let referenceDate, DocumentDate(parsing: referenceDate) == nil {
            throw ValidationError("--reference-date `\(referenceDate)` is not an ISO 8601 date such as 2025-12-06 or 2025-12-06T09:30:00Z")
        }
        if let now, DocumentDate(parsing: now) == nil {
            throw ValidationError("--now `\(now)` is not an ISO 8601 date-time such as 2025-12-06T09:30:00Z")
        }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        if maxResultsPerFile < 0 { throw ValidationError("--max-results-per-file must be 0 (no limit) or more") }
        if jobs < 0 { throw ValidationError("--jobs must be 0 (one per core) or more") }
        if !(fileTimeout >= 0) || !fileTimeout.isFinite { throw ValidationError("--file-timeout must be 0 (no limit) or a number of seconds") }
        if let shard, Shard(parsing: shard) == nil { throw ValidationError("--shard takes i/N with 1 ≤ i ≤ N, such as 2/8") }
        if onlyChangedLines && changedSince == nil { throw ValidationError("--only-changed-lines needs --changed-since REV") }
        if paths.contains("-") && paths.count > 1 { throw ValidationError("`-` (standard input) cannot be linted with other paths") }
        if stdinFilename != nil && paths != ["-"] { throw ValidationError("--stdin-filename goes with `-` (standard input)") }
        if stdinFilename?.isEmpty == true { throw ValidationError("--stdin-filename needs a path") }
    }

    /// The request these options describe.
    func request(minLevel: Level) -> LintRequest {
        var request = LintRequest(
            paths: paths, root: FileManager.default.currentDirectoryPath, configFile: config,
            referenceDate: referenceDate.flatMap(DocumentDate.init(parsing:)),
            now: now.flatMap(DocumentDate.init(parsing:))?.instant ?? Date(),
            formatOverride: formatOf, maxFileBytes: maxFileSize, jobs: jobs, minLevel: minLevel)
        request.maxNotesPerFile = maxResultsPerFile
        request.profile = profile
        request.shard = shard.flatMap(Shard.init(parsing:))
        request.changedSince = changedSince
        request.onlyChangedLines = onlyChangedLines
        request.excludesIgnoredNamedFiles = forceExclude
        request.honorsGitIgnore = !noIgnore
        request.pluginListFile = plugins.topConfigurationFile(config: config)
        return request
    }

    /// Runs the request, every result kept in the report; a configuration error exits with status 2.
    func run(_ request: LintRequest, progress: ProgressLine? = nil) throws -> Report {
        try run(request, progress: progress) { runner, request in try runner.run(request) }
    }

    /// Runs the request, each file's results written for `reporter` as the file is linted; a
    /// configuration error exits with status 2.
    func stream(_ request: LintRequest, writingWith reporter: some Reporter, progress: ProgressLine? = nil) throws -> StreamedReport {
        try run(request, progress: progress) { runner, request in try runner.run(request, writingWith: reporter) }
    }

    private func run<Outcome>(_ request: LintRequest, progress: ProgressLine?,
                              _ body: (LintRunner, LintRequest) throws -> Outcome) throws -> Outcome {
        var request = request
        // A crash or a hang on one file restarts the run without it (see CrashRecovery).
        if let recovery = CrashRecovery.install(fileTimeout: fileTimeout) {
            if let reason = recovery.restartReason { Terminal.writeError("copydesk: \(reason)\n") }
            request.abandonedFiles = recovery.abandonedFiles
            request.completedFiles = recovery.completedFiles
            request.observer = recovery
        }
        if paths == ["-"] {
            let path = stdinFilename ?? "stdin.txt"
            // A restart after a crash on this document must not wait for input already read.
            let bytes = recovery(of: request, abandons: path) ? [] : try StandardInputReader.read(limit: maxFileSize)
            request.standardInput = StandardInput(bytes: bytes, path: path)
        }
        if let progress {
            request.progress = { done, total in if total >= 200 { progress.update(done: done, total: total) } }
        }
        defer { progress?.finish() }
        do {
            return try body(LintRunner(registry: try plugins.registry(config: config)), request)
        } catch let error as ConfigurationError {
            progress?.finish()
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
    }
}

extension LintOptions {
    /// Whether an earlier attempt at this run gave up on the file at `path`.
    private func recovery(of request: LintRequest, abandons path: String) -> Bool {
        let absolute = FileWalker.absolute(path, relativeTo: request.root)
        return request.abandonedFiles[FileWalker.relative(absolute, to: request.root)] != nil
    }
}

/// Reads all of standard input, up to a size limit.
enum StandardInputReader {
    static func read(limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                Terminal.writeError("copydesk: cannot read standard input: \(String(cString: strerror(errno)))\n")
                throw ExitCode(2)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                Terminal.writeError("copydesk: standard input is over the limit of \(limit) bytes; raise it with --max-file-size\n")
                throw ExitCode(2)
            }
        }
    }
}
