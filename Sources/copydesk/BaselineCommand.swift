import ArgumentParser
import CopydeskCore
import CopydeskEngine
import CopydeskReporters

/// `copydesk baseline write FILE`: record today's findings so later runs report only new ones.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "Record today's findings so that `lint --baseline` reports only new ones.",
        subcommands: [Write.self])

    struct Write: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "write", abstract: "Lint and write the findings' fingerprints to FILE.")

        @Argument(help: "The baseline file to write.")
        var file: String

        @OptionGroup var options: LintOptions

        @Option(name: .long, help: "Record findings at or above this level.")
        var minLevel: Level = .warning

        func run() throws {
            let report = try options.run(options.request(minLevel: minLevel))
            let baseline = Baseline(report: report)
            try Output.write(baseline.serialized(), to: file)
            Terminal.writeError("copydesk: \(baseline.entries.count) findings recorded in \(file)\n")
        }
    }
}

/// `copydesk merge A.sarif B.sarif … -o all.sarif`: one log from the logs of sharded runs.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge SARIF logs of sharded runs into one valid run.")

    @Argument(help: "SARIF files written by `copydesk lint --shard i/N --format sarif`.")
    var files: [String]

    @Option(name: [.short, .long], help: "Write the merged log here (default: standard output).")
    var output: String?

    @Flag(name: .long, help: "Merge the shards given even when some of the split are missing.")
    var allowPartial = false

    @Flag(name: .long, help: "Indent the merged log for people to read (by default it is compact, as `lint` writes it).")
    var pretty = false

    func run() throws {
        do {
            let merged = try SARIFMerger.merge(files: files, allowPartial: allowPartial)
            try Output.write(merged.serialized(indent: pretty ? 2 : nil) + "\n", to: output)
        } catch let error as SARIFMerger.MergeError {
            Terminal.writeError("copydesk: \(error)\n")
            throw ExitCode(2)
        }
    }
}
