import ArgumentParser
import CopydeskCore
import CopydeskEngine
import Foundation
import SanctionsPlugin

/// `copydesk sanctions`: download configured lists, show what is loaded, compile an index.
struct SanctionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctions", abstract: "Manage the sanctions lists: update, status, build-index.",
        subcommands: [Update.self, Status.self, BuildIndex.self])

    /// The sanctions plugin's settings from the configuration in force for the current folder.
    static func settings(config: String?) throws -> SanctionsRulePlugin.Settings {
        let root = FileManager.default.currentDirectoryPath
        do {
            let resolver = try ConfigurationResolver(registry: .builtIn, explicitFile: config, root: root)
            let (configuration, _) = try resolver.effectiveConfiguration(forFile: root + "/.")
            return try SanctionsRulePlugin.Settings(options: .object(configuration.plugins["sanctions"]?.options ?? [:]))
        } catch let error as ConfigurationError {
            Terminal.writeError("copydesk: configuration error: \(error)\n")
            throw ExitCode(2)
        } catch let error as PluginOptionError {
            Terminal.writeError("copydesk: sanctions: \(error)\n")
            throw ExitCode(2)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Download the lists configured by URL and compile their index into the cache.")

        @Option(name: .long, help: "Use this configuration file.")
        var config: String?

        func run() throws {
            let settings = try SanctionsCommand.settings(config: config)
            guard !settings.lists.isEmpty else {
                print("No lists configured (plugins.sanctions.lists); the embedded default index is used.")
                return
            }
            do {
                for source in settings.lists where source.url != nil {
                    let files = try ListDownloader.download(source, cacheDirectory: settings.cacheDirectory)
                    print("downloaded \(source.format.rawValue): \(files.joined(separator: ", "))")
                }
                let start = Date()
                let index = try IndexStore.build(settings.lists, cacheDirectory: settings.cacheDirectory)
                let path = IndexStore.cachePath(for: settings.lists, cacheDirectory: settings.cacheDirectory)
                try IndexFile.write(index, to: path)
                print("compiled \(index.entries.count) entries, \(index.patterns.count) name patterns in \(String(format: "%.2f", Date().timeIntervalSince(start))) s → \(path)")
            } catch {
                Terminal.writeError("copydesk: sanctions update: \(error)\n")
                throw ExitCode(1)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the embedded index's date and sources, and the state of the configured lists.")

        @Option(name: .long, help: "Use this configuration file.")
        var config: String?

        func run() throws {
            let settings = try SanctionsCommand.settings(config: config)
            if let index = try? IndexStore.embedded() {
                print("Embedded default index, built \(index.builtAt): \(index.entries.count) entries\(settings.includeDefault ? "" : " (not in use)")")
                for source in index.sources { print("  - \(source)") }
            } else {
                print("Embedded default index: missing from this build")
            }
            if settings.lists.isEmpty { return }
            print("Configured lists (cache: \(settings.cacheDirectory)):")
            for source in settings.lists {
                let files = source.files(cacheDirectory: settings.cacheDirectory)
                let origin = source.url.map { "url \($0)" } ?? "path \(source.path ?? "")"
                print("  - \(source.format.rawValue), \(origin): \(files.isEmpty ? "no files (run `copydesk sanctions update`)" : "\(files.count) file(s)")")
            }
            let cache = IndexStore.cachePath(for: settings.lists, cacheDirectory: settings.cacheDirectory)
            print("Compiled index: \(FileManager.default.fileExists(atPath: cache) ? "current, \(cache)" : "not built yet (built on first lint or by `update`)")")
        }
    }

    struct BuildIndex: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build-index", abstract: "Compile lists into a compact index file (the embedded default is made this way).")

        @Option(name: .long, help: "A list as FORMAT=PATH (formats: \(ListSource.Format.allCases.map(\.rawValue).joined(separator: ", "))); repeat for more.")
        var list: [String] = []

        @Option(name: .long, help: "For OFAC lists: another OFAC primary-name file naming entries found only in the alias file.")
        var namesFrom: String?

        @Option(name: .long, help: "Where to write the index.")
        var output: String

        func run() throws {
            var sources: [ListSource] = []
            for item in list {
                guard let equals = item.firstIndex(of: "="), let format = ListSource.Format(rawValue: String(item[..<equals])) else {
                    Terminal.writeError("copydesk: --list takes FORMAT=PATH with FORMAT one of \(ListSource.Format.allCases.map(\.rawValue).joined(separator: ", "))\n")
                    throw ExitCode(2)
                }
                let isOFAC = format == .ofacSDN || format == .ofacConsolidated
                sources.append(ListSource(format: format, path: String(item[item.index(after: equals)...]), namesFrom: isOFAC ? namesFrom : nil))
            }
            do {
                let start = Date()
                let index = try IndexStore.build(sources, cacheDirectory: IndexStore.defaultCacheDirectory)
                try IndexFile.write(index, to: output)
                print("wrote \(output): \(index.entries.count) entries, \(index.patterns.count) name patterns (\(String(format: "%.2f", Date().timeIntervalSince(start))) s)")
                for source in index.sources { print("  - \(source)") }
            } catch {
                Terminal.writeError("copydesk: sanctions build-index: \(error)\n")
                throw ExitCode(1)
            }
        }
    }
}
