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

    @Argument(help: "Files and folders to lint.")
    var paths: [String] = ["."]

    @Option(name: .long, help: "Output format: text, sarif, json or github.")
    var format: OutputFormat = .text

    @Option(name: [.short, .long], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The publication date (ISO 8601) to read every article against, overriding the articles' own.")
    var referenceDate: String?

    @Option(name: .long, help: "The current time (ISO 8601) for checks that compare with now; default: the clock.")
    var now: String?

    @Option(name: .long, help: "Use this configuration file instead of discovering .copydesk.yml files.")
    var config: String?

    @Option(name: .long, help: "Exit with status 1 when a finding is at or above this level: note, warning, error or none.")
    var failLevel: FailLevel = .warning

    @Option(name: .long, help: "Leave out findings below this level (default: warning for text, note otherwise).")
    var minLevel: Level?

    @Option(name: .long, help: "Read every file as this format (text, markdown, html), whatever its extension.")
    var formatOf: DocumentFormat?

    @Option(name: .long, help: "Refuse files larger than this many bytes.")
    var maxFileSize: Int = 16 * 1024 * 1024

    @Option(name: [.short, .long], help: "Worker threads (default: one per core).")
    var jobs: Int = 0

    @Option(name: .long, help: "Colour text output: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @Flag(name: .long, help: "Show suppressed findings in text output.")
    var showSuppressed = false

    @Flag(name: [.short, .long], help: "Print only findings: no summary, no progress.")
    var quiet = false

    func validate() throws {
        if let referenceDate, DocumentDate(parsing: referenceDate) == nil {
            throw ValidationError("--reference-date `\(referenceDate)` is not an ISO 8601 date such as 2025-12-06 or 2025-12-06T09:30:00Z")
        }
        if let now, DocumentDate(parsing: now) == nil {
            throw ValidationError("--now `\(now)` is not an ISO 8601 date-time such as 2025-12-06T09:30:00Z")
        }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        if jobs < 0 { throw ValidationError("--jobs must be 0 (one per core) or more") }
    }

    func run() throws {
        let root = FileManager.default.currentDirectoryPath
        let progress = (!quiet && Terminal.stderrIsTerminal) ? ProgressLine() : nil
        var request = LintRequest(
            paths: paths, root: root, configFile: config,
            referenceDate: referenceDate.flatMap(DocumentDate.init(parsing:)),
            now: now.flatMap(DocumentDate.init(parsing:))?.instant ?? Date(),
            formatOverride: formatOf, maxFileBytes: maxFileSize, jobs: jobs,
            minLevel: minLevel ?? format.defaultMinLevel)
        if let progress {
            request.progress = { done, total in if total >= 200 { progress.update(done: done, total: total) } }
        }
        let report: Report
        do {
            report = try LintRunner().run(request)
        } catch let error as ConfigurationError {
            progress?.finish()
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
        progress?.finish()

        let useColor: Bool
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto: useColor = output == nil && Terminal.stdoutIsTerminal && Terminal.colorAllowed
        }
        let reporter: Reporter
        switch format {
        case .text: reporter = TextReporter(useColor: useColor, showSuppressed: showSuppressed, showSummary: !quiet)
        case .sarif: reporter = SARIFReporter()
        case .json: reporter = JSONReporter()
        case .github: reporter = GitHubReporter()
        }
        let rendered = reporter.render(report)
        if let output {
            do { try AtomicFile.write(rendered, to: output) } catch {
                Terminal.writeError("copydesk: cannot write \(output): \(error.localizedDescription)\n")
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if format != .text || output != nil {
            for error in report.fileErrors { Terminal.writeError("copydesk: \(error.path): \(error.message)\n") }
            for problem in report.problems {
                Terminal.writeError("copydesk: \(problem.path.map { "\($0): " } ?? "")\(problem.message)\n")
            }
        }
        if let threshold = failLevel.level, let highest = report.highestLevel, highest >= threshold {
            throw ExitCode(1)
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
