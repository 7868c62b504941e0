import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskReporters
import Foundation

/// `copydesk lint`: check files and folders and report what the rules find.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check articles and report findings.",
        discussion: "Folders are read recursively (.txt, .md, .markdown, .html, .htm), minus the `ignore:` globs of .copydesk.yml."
    )

    @OptionGroup var options: LintOptions

    @Option(name: .long, help: "Output format: text, sarif, json or github.")
    var format: OutputFormat = .text

    @Option(name: [.short, .long], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Indent SARIF and JSON reports for people to read (by default they are compact).")
    var pretty = false

    @Option(name: .long, help: "Exit with status 1 when a finding is at or above this level: note, warning, error or none.")
    var failLevel: FailLevel = .warning

    @Option(name: .long, help: "Leave out findings below this level (default: warning for text, note otherwise).")
    var minLevel: Level?

    @Option(name: .long, help: "Report only findings not in this baseline (written by `copydesk baseline write`).")
    var baseline: String?

    @Option(name: .long, help: "Colour text output: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @Flag(name: .long, help: "Show suppressed and baselined findings in text output.")
    var showSuppressed = false

    @Flag(name: [.short, .long], help: "Print only findings: no summary, no progress.")
    var quiet = false

    @Flag(name: .long, help: "After the report, print on standard error the time each plugin and each policy rule took checking the files (summed over files and threads), and each plugin's setup.")
    var timings = false

    @Flag(name: .long, help: "Apply every fix that is the only one offered for its finding, writing each file atomically (a file changed since it was read is left alone); then report what is left.")
    var fix = false

    @Flag(name: .long, help: "With --fix: print the changes as a unified diff instead of writing them (exit status 1 when there are any).")
    var dryRun = false

    @Option(name: .long, help: "What the paths hold: files (articles, the default) or jsonl (one record per line, {id, text, format?, referenceDate?, path?}, from FILE or `-`; with --format json, one output line per record).")
    var input: LintInput = .files

    func validate() throws {
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
        if pretty && format != .sarif && format != .json { throw ValidationError("--pretty goes with --format sarif or json") }
        if input == .jsonl { try JSONLinesCommand.validate(self) }
    }

    func run() throws {
        if input == .jsonl { return try JSONLinesCommand.run(self) }
        var request = options.request(minLevel: minLevel ?? format.defaultMinLevel)
        if timings { request.timings = RuleTimings() }
        if let baseline {
            do { request.baseline = try Baseline(contentsOf: baseline) } catch {
                Terminal.writeError("copydesk: \(error)\n")
                throw ExitCode(2)
            }
        }
        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto: useColor = output == nil && Terminal.stdoutIsTerminal && Terminal.colorAllowed
        }
        let reporter: any Reporter
        switch format {
        case .text: reporter = TextReporter(useColor: useColor, showSuppressed: showSuppressed, showSummary: !quiet)
        case .sarif: reporter = SARIFReporter(pretty: pretty)
        case .json: reporter = JSONReporter(pretty: pretty)
        case .github: reporter = GitHubReporter()
        }
        let progress = (!quiet && Terminal.stderrIsTerminal) ? ProgressLine() : nil
        let report: Report
        let writeResults: (ReportSink) throws -> Void
        if fix {
            guard let left = try fixFiles(request, progress: progress) else { return }
            report = left
            writeResults = { sink in try reporter.write(left, to: sink) }
        } else {
            // Each file's results are written as it is linted, none of them kept.
            let streamed = try options.stream(request, writingWith: reporter, progress: progress)
            report = streamed.report
            writeResults = { sink in try reporter.write(streamed.report, results: streamed.results, to: sink) }
        }
        var uploadLimits = format == .sarif ? GitHubUploadLimits(resultCount: report.totals.count) : nil
        try Output.stream(to: output) { sink in
            try writeResults { chunk in
                uploadLimits?.consume(chunk)
                try sink(chunk)
            }
        }
        if let warning = uploadLimits?.warning() { Terminal.writeError("copydesk: warning: \(warning)\n") }
        if format != .text || output != nil {
            for error in report.fileErrors { Terminal.writeError("copydesk: \(error.path): \(error.message)\n") }
            for problem in report.problems {
                Terminal.writeError("copydesk: \(problem.path.map { "\($0): " } ?? "")\(problem.message)\n")
            }
        }
        if let collected = request.timings { Terminal.writeError(LintCommand.timingTable(collected)) }
        if let threshold = failLevel.level, let highest = report.highestLevel, highest >= threshold {
            throw ExitCode(1)
        }
    }

    /// Applies every fix that is the only one for its finding (with --dry-run, prints them as a
    /// diff). Returns the report of what is left, or nil when the command's output is the fixes
    /// (a dry run, or standard input fixed onto standard output).
    private func fixFiles(_ request: LintRequest, progress: ProgressLine?) throws -> Report? {
        // --fix takes every enabled rule's fix, whatever level the report shows.
        var fixRequest = request
        fixRequest.minLevel = .note
        let report = try options.run(fixRequest, progress: progress)
        let plans = FixPlan.plans(for: report)
        if dryRun {
            try Output.write(plans.map { $0.unifiedDiff() }.joined(), to: output)
            Terminal.writeError("copydesk: \(FixCommandOutput.summary(plans, applied: false))\n")
            if !plans.isEmpty { throw ExitCode(1) }
            return nil
        }
        if options.paths == ["-"] {
            // Standard input comes back fixed on standard output, as formatters do.
            let fixed = plans.first?.applied() ?? (request.standardInput?.bytes ?? [])
            try Output.write(String(decoding: fixed, as: UTF8.self), to: output)
            Terminal.writeError("copydesk: \(FixCommandOutput.summary(plans, applied: true))\n")
            return nil
        }
        let written = FixCommandOutput.apply(plans, root: request.root)
        Terminal.writeError("copydesk: \(FixCommandOutput.summary(written, applied: true))\n")
        // What is left is what a new run finds, at the level the report shows.
        return try options.run(request, progress: nil)
    }

    /// `--timings` as a table: seconds, share of the whole, and what took it: a plugin checking the
    /// files, a plugin being set up (loading an index, compiling packs), or a policy rule (part of
    /// the `policies` plugin's time).
    static func timingTable(_ timings: RuleTimings) -> String {
        let setupSuffix = " (setup)"
        let rows = timings.totals.map { total -> (seconds: Double, kind: String, name: String) in
            if total.id.contains("/") { return (total.seconds, "  rule", total.id) }
            if total.id.hasSuffix(setupSuffix) { return (total.seconds, " setup", String(total.id.dropLast(setupSuffix.count))) }
            return (total.seconds, "plugin", total.id)
        }
        let whole = rows.filter { $0.kind != "  rule" }.reduce(0) { $0 + $1.seconds }
        var text = "copydesk: time by plugin and policy rule (seconds, summed over files and threads)\n"
        for row in rows {
            let share = whole > 0 ? 100 * row.seconds / whole : 0
            text += String(format: "%9.3f %5.1f%%  ", row.seconds, share) + row.kind + " " + row.name + "\n"
        }
        return text
    }
}

/// Writes command output to a file (atomically) or to standard output.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        var text = text
        try stream(to: path) { sink in try text.withUTF8 { try sink($0) } }
    }

    /// Calls `produce` with a sink that writes to `path` (atomically: a temporary file renamed into
    /// place at the end) or to standard output.
    static func stream(to path: String?, _ produce: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        guard let path else {
            do { try produce { try FileDescriptorOutput.writeAll($0, to: STDOUT_FILENO) } } catch {
                Terminal.writeError("copydesk: cannot write to standard output: \(error.localizedDescription)\n")
                throw ExitCode(2)
            }
            return
        }
        do {
            try AtomicFile.write(to: path) { descriptor in try produce { try FileDescriptorOutput.writeAll($0, to: descriptor) } }
        } catch {
            Terminal.writeError(path.isEmpty ? "copydesk: the output path is empty\n"
                                : "copydesk: cannot write \(path): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}

/// Writing and describing `--fix`.
enum FixCommandOutput {
    /// Writes each plan's file atomically when it is still the source the plan was made from;
    /// returns the plans written.
    static func apply(_ plans: [FixPlan], root: String) -> [FixPlan] {
        var written: [FixPlan] = []
        for plan in plans {
            let path = FileWalker.absolute(plan.path, relativeTo: root)
            guard let current = try? RegularFile.read(path, limit: Int.max), plan.isCurrent(current) else {
                Terminal.writeError("copydesk: \(plan.path): changed since it was read; not fixed\n")
                continue
            }
            do {
                let bytes = plan.applied()
                try AtomicFile.write(to: path) { descriptor in
                    try bytes.withUnsafeBufferPointer { try FileDescriptorOutput.writeAll($0, to: descriptor) }
                }
                written.append(plan)
            } catch {
                Terminal.writeError("copydesk: \(plan.path): cannot write the fixes: \(error.localizedDescription)\n")
            }
        }
        return written
    }

    static func summary(_ plans: [FixPlan], applied: Bool) -> String {
        let fixed = plans.reduce(0) { $0 + $1.fixed }
        let deferred = plans.reduce(0) { $0 + $1.deferred }
        var text = applied ? "fixed" : "would fix"
        text += " \(fixed) finding\(fixed == 1 ? "" : "s") in \(plans.count) file\(plans.count == 1 ? "" : "s")"
        if deferred > 0 { text += "; \(deferred) more overlap another fix (run --fix again)" }
        return text
    }
}
