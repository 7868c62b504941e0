import Foundation
import PackagePlugin

/// `swift package lint-content [PATH…] [copydesk lint options]`: lints a Swift site's content
/// (Publish, DocC, Ignite…) with Copydesk. Without paths it lints `Content/`, `Sources/*/*.docc`
/// and `Documentation/` where they exist, else the whole package.
@main
struct LintContent: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let copydesk = try context.tool(named: "copydesk")
        let root = context.package.directoryURL
        var arguments = arguments
        if !arguments.contains(where: { !$0.hasPrefix("-") }) {
            let candidates = ["Content", "Documentation"] + context.package.targets.map { "Sources/\($0.name)" }
            let present = candidates.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
            arguments = (present.isEmpty ? ["."] : present) + arguments
        }
        let process = Process()
        process.executableURL = copydesk.url
        process.arguments = ["lint"] + arguments
        process.currentDirectoryURL = root
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("copydesk lint exited with status \(process.terminationStatus)")
        }
    }
}
