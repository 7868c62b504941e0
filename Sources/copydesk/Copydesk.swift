import ArgumentParser
import CopydeskEngine
import Foundation

/// The `copydesk` command: lints news articles before they are published.
@main
struct Copydesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Lint news articles before they are published.",
        discussion: """
            Reads plain text, Markdown (with YAML front matter) and HTML; runs the dates, attribution, \
            sanctions and stale-timestamps plugins and the configured policy packs; reports SARIF, text, \
            JSON or GitHub annotations. Exit status: 0 nothing at or above the fail level, 1 something \
            was, 2 usage or configuration error.
            """,
        version: CopydeskVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, BaselineCommand.self, MergeCommand.self,
                      PluginHostCommand.self, TestPoliciesCommand.self, SanctionsCommand.self, DoctorCommand.self,
                      ServeCommand.self, LanguageServerCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Runs the command; usage errors exit with status 2 as documented (not ArgumentParser's 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
