import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskServices
import Foundation

/// What `lint`'s paths hold.
enum LintInput: String, ExpressibleByArgument, CaseIterable {
    case files, jsonl
}

/// `copydesk lint --input jsonl [FILE|-] --format json`: the batch mode that Spark, Dask and
/// Hadoop Streaming pipe records through (`JSONLinesBatch`).
enum JSONLinesCommand {
    static func validate(_ command: LintCommand) throws {
        guard command.format == .json else {
            throw ValidationError("--input jsonl writes one JSON line per record: add --format json")
        }
        let options = command.options
        guard options.paths.count == 1 else { throw ValidationError("--input jsonl reads one file of records, or `-` for standard input") }
        if command.fix { throw ValidationError("--fix does not apply to --input jsonl (the records are not files)") }
        if command.baseline != nil { throw ValidationError("--baseline does not apply to --input jsonl") }
        if options.shard != nil || options.changedSince != nil {
            throw ValidationError("--shard and --changed-since select files; with --input jsonl, split the records instead")
        }
        if options.stdinFilename != nil { throw ValidationError("--stdin-filename does not apply to --input jsonl: give each record a `path`") }
    }

    static func run(_ command: LintCommand) throws {
        let options = command.options
        // `.` is the default path: standard input, as a filter.
        let source = options.paths == ["."] ? "-" : options.paths[0]
        let descriptor: Int32 = source == "-" ? STDIN_FILENO : open(source, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            Terminal.writeError("copydesk: cannot open \(source): \(String(cString: strerror(errno)))\n")
            throw ExitCode(2)
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        let request = options.request(minLevel: command.minLevel ?? .note)
        let linter: DocumentLinter
        do {
            var setup = DocumentLinter.Setup(registry: try options.plugins.registry(config: options.config), root: request.root,
                                             configFile: options.config)
            setup.maxNotesPerFile = options.maxResultsPerFile
            linter = try DocumentLinter(setup)
        } catch let error as ConfigurationError {
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        }
        let batch = JSONLinesBatch(linter: linter, jobs: options.jobs, maxRecordBytes: options.maxFileSize,
                                   defaultReferenceDate: request.referenceDate, defaultMinLevel: request.minLevel,
                                   defaultFormat: options.formatOf, now: request.now)
        let summary: JSONLinesBatch.Summary
        do {
            summary = try batch.run(input: descriptor) { bytes in
                try bytes.withUnsafeBufferPointer { try FileDescriptorOutput.writeAll($0, to: STDOUT_FILENO) }
            }
        } catch {
            Terminal.writeError("copydesk: --input jsonl: \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        if !command.quiet {
            Terminal.writeError("copydesk: \(summary.records) record\(summary.records == 1 ? "" : "s"), \(summary.badRecords) could not be linted\n")
        }
        if let threshold = command.failLevel.level, let highest = summary.highestLevel, highest >= threshold {
            throw ExitCode(1)
        }
    }
}
