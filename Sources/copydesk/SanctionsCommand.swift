import ArgumentParser
import CopydeskBuiltIns
import CopydeskCore
import CopydeskEngine
import Foundation
import SanctionsLists
import SanctionsPlugin

/// `copydesk sanctions`: download configured lists, show what is loaded, compile an index.
struct SanctionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanctions", abstract: "Manage the sanctions lists: update, status, build-index, and scan (benchmark).",
        subcommands: [Update.self, Status.self, BuildIndex.self, Scan.self])

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
        static let configuration = CommandConfiguration(
            abstract: "Download the lists configured by URL and compile their index into the cache.",
            discussion: """
                Downloads go to a staging folder first. A file that is not its list's format, or a list with \
                less than half the entries it had at the last update, is refused: the previous files and \
                index are kept and the command exits with status 1.
                """)

        @Option(name: .long, help: "Use this configuration file.")
        var config: String?

        @Flag(name: .long, help: "Accept a list that shrank to less than half its entries since the last update.")
        var acceptShrink = false

        func run() throws {
            let settings = try SanctionsCommand.settings(config: config)
            guard !settings.lists.isEmpty else {
                print("No lists configured (plugins.sanctions.lists); the embedded default index is used.")
                return
            }
            let fileManager = FileManager.default
            let staging = settings.cacheDirectory + "/sanctions/staging-\(ProcessInfo.processInfo.processIdentifier)"
            defer { try? fileManager.removeItem(atPath: staging) }
            do {
                // Download every URL list into staging, and read the lists from there.
                var staged: [ListSource] = []
                var moves: [(from: String, to: String)] = []
                for (number, source) in settings.lists.enumerated() {
                    guard source.url != nil else { staged.append(source); continue }
                    let local = source.localPath(cacheDirectory: settings.cacheDirectory)
                    let folder = staging + "/\(number)"
                    let destination = source.format.fileNames.isEmpty ? folder + "/" + (local as NSString).lastPathComponent : folder
                    let files = try ListDownloader.download(source, cacheDirectory: settings.cacheDirectory, destination: destination)
                    print("downloaded \(source.format.rawValue): \(files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))")
                    var copy = source
                    copy.path = destination
                    staged.append(copy)
                    moves += files.map { ($0, source.format.fileNames.isEmpty ? local : local + "/" + ($0 as NSString).lastPathComponent) }
                }
                let start = Date()
                let index = try IndexStore.build(staged, cacheDirectory: settings.cacheDirectory, acceptShrink: acceptShrink)
                // The new files passed: put them in place, then write the index under their fingerprint.
                for move in moves {
                    try fileManager.createDirectory(atPath: (move.to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    _ = try? fileManager.removeItem(atPath: move.to)
                    try fileManager.moveItem(atPath: move.from, toPath: move.to)
                }
                let path = IndexStore.cachePath(for: settings.lists, cacheDirectory: settings.cacheDirectory)
                try IndexFile.write(index, to: path)
                print("compiled \(index.entries.count) entries, \(index.patterns.count) name patterns in \(String(format: "%.2f", Date().timeIntervalSince(start))) s → \(path)")
                for source in index.sources { print("  - \(source)") }
            } catch {
                Terminal.writeError("copydesk: sanctions update: \(error)\n")
                Terminal.writeError("copydesk: sanctions update: nothing was replaced; the previous lists and index are kept\n")
                throw ExitCode(1)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the embedded index's date and sources, and the state of the configured lists.",
            discussion: "Exits with status 1 when a configured list cannot be read or is not its format.")

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
            var missing = false
            for source in settings.lists {
                let files = source.files(cacheDirectory: settings.cacheDirectory)
                let origin = source.url.map { "url \($0)" } ?? "path \(source.path ?? "")"
                print("  - \(source.format.rawValue), \(origin): \(files.isEmpty ? "no files (run `copydesk sanctions update`)" : "\(files.count) file(s)")")
                if files.isEmpty { missing = true }
            }
            let cache = IndexStore.cachePath(for: settings.lists, cacheDirectory: settings.cacheDirectory)
            if missing {
                print("Compiled index: not built (files are missing)")
                return
            }
            // Read the lists (or their compiled index) as a lint would, so that a broken file shows here.
            do {
                let index = try IndexStore.index(for: settings.lists, cacheDirectory: settings.cacheDirectory)
                print("Compiled index: \(index.entries.count) entries, \(cache)")
                for source in index.sources { print("  - \(source)") }
            } catch {
                print("Compiled index: cannot be built")
                Terminal.writeError("copydesk: sanctions status: \(error)\n")
                throw ExitCode(1)
            }
        }
    }

    struct BuildIndex: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build-index", abstract: "Compile lists into a compact index file (the embedded default is made this way).")

        @Option(name: .long, help: "A list as FORMAT=PATH or FORMAT=PATH@DATE, DATE being the list's publication date (formats: \(ListSource.Format.allCases.map(\.rawValue).joined(separator: ", "))); repeat for more.")
        var list: [String] = []

        @Option(name: .long, help: "A list read only to complete the entries the --list lists carry under the same ids (names, positions, IMO numbers), as FORMAT=PATH; it adds no entry. Repeat for more.")
        var supplement: [String] = []

        @Option(name: .long, help: "For OFAC lists: another OFAC primary-name file naming entries found only in the alias file.")
        var namesFrom: String?

        @Option(name: .long, help: "Instead of lists, an index file of this version or the previous one, written again in this version's format (its build date and sources kept).")
        var fromIndex: String?

        @Option(name: .long, help: "Where to write the index.")
        var output: String

        func run() throws {
            if let fromIndex {
                guard list.isEmpty else {
                    Terminal.writeError("copydesk: --from-index and --list cannot be combined\n")
                    throw ExitCode(2)
                }
                do {
                    let index = try IndexFile.read(path: fromIndex)
                    try IndexFile.write(index, to: output)
                    print("wrote \(output): \(index.entries.count) entries, \(index.patterns.count) name patterns, from \(fromIndex)")
                } catch {
                    Terminal.writeError("copydesk: sanctions build-index: \(error)\n")
                    throw ExitCode(1)
                }
                return
            }
            var sources: [ListSource] = []
            for (item, isSupplement) in list.map({ ($0, false) }) + supplement.map({ ($0, true) }) {
                guard let equals = item.firstIndex(of: "="), let format = ListSource.Format(rawValue: String(item[..<equals])) else {
                    Terminal.writeError("copydesk: --list takes FORMAT=PATH with FORMAT one of \(ListSource.Format.allCases.map(\.rawValue).joined(separator: ", "))\n")
                    throw ExitCode(2)
                }
                let isOFAC = format == .ofacSDN || format == .ofacConsolidated
                var path = String(item[item.index(after: equals)...])
                var date: String?
                if let at = path.lastIndex(of: "@") {
                    date = String(path[path.index(after: at)...])
                    path = String(path[..<at])
                }
                sources.append(ListSource(format: format, path: path, namesFrom: isOFAC ? namesFrom : nil, date: date, supplement: isSupplement))
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

    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scan plain-text files for listed names on one thread; print index load time, throughput and mentions.")

        @Argument(help: "Files or folders (every .txt file below them).")
        var paths: [String]

        @Option(name: .long, help: "Use this configuration file.")
        var config: String?

        @Option(name: .long, help: "Write every mention as a JSON line to this file.")
        var jsonl: String?

        func run() throws {
            let settings = try SanctionsCommand.settings(config: config)
            var files: [String] = []
            for path in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    let walker = FileManager.default.enumerator(atPath: path)
                    while let item = walker?.nextObject() as? String {
                        if item.hasSuffix(".txt") { files.append(path + "/" + item) }
                    }
                } else {
                    files.append(path)
                }
            }
            files.sort()
            let texts = files.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
            let bytes = texts.reduce(0) { $0 + $1.utf8.count }

            var indexes: [SanctionsIndex] = []
            var loadSeconds = 0.0
            var loadCPU = 0.0
            var matchers: [MentionMatcher] = []
            do {
                if !settings.lists.isEmpty { _ = try IndexStore.index(for: settings.lists, cacheDirectory: settings.cacheDirectory) }
                let start = Date()
                let startCPU = Self.threadCPUSeconds()
                if settings.includeDefault { indexes.append(try IndexStore.readEmbedded()) }
                if let file = settings.indexFile { indexes.append(try IndexFile.read(path: file)) }
                if !settings.lists.isEmpty {
                    indexes.append(try IndexFile.read(path: IndexStore.cachePath(for: settings.lists, cacheDirectory: settings.cacheDirectory)))
                }
                matchers = indexes.map(MentionMatcher.init(index:))
                loadSeconds = Date().timeIntervalSince(start)
                loadCPU = Self.threadCPUSeconds() - startCPU
            } catch {
                Terminal.writeError("copydesk: sanctions scan: \(error)\n")
                throw ExitCode(1)
            }
            var found: [(file: Int, matcher: Int, mention: Mention)] = []
            let start = Date()
            let startCPU = Self.threadCPUSeconds()
            for (f, text) in texts.enumerated() {
                for (m, matcher) in matchers.enumerated() {
                    for mention in matcher.mentions(in: text) { found.append((f, m, mention)) }
                }
            }
            let scanSeconds = Date().timeIntervalSince(start)
            let scanCPU = Self.threadCPUSeconds() - startCPU
            if let jsonl {
                var lines = ""
                for item in found {
                    let index = indexes[item.matcher]
                    let text = texts[item.file].utf8
                    let lower = text.index(text.startIndex, offsetBy: item.mention.range.lowerBound)
                    let upper = text.index(text.startIndex, offsetBy: item.mention.range.upperBound)
                    let value: JSONValue = .object([
                        "file": .string(files[item.file]), "start": .int(item.mention.range.lowerBound), "end": .int(item.mention.range.upperBound),
                        "text": .string(String(texts[item.file][lower..<upper])), "match": .string(item.mention.kind.rawValue),
                        "later": .bool(item.mention.firstMention != nil),
                        "entries": .array(item.mention.entries.map { .string(index.entries[Int($0)].id + " " + index.entries[Int($0)].name) }),
                    ])
                    lines += value.serialized(indent: nil) + "\n"
                }
                try lines.write(toFile: jsonl, atomically: true, encoding: .utf8)
            }
            let megabytes = Double(bytes) / 1_000_000
            print("files: \(files.count), \(String(format: "%.1f", megabytes)) MB")
            print("index load: \(String(format: "%.3f", loadSeconds)) s wall, \(String(format: "%.3f", loadCPU)) s CPU (\(indexes.map(\.entries.count).reduce(0, +)) entries, \(indexes.map(\.patterns.count).reduce(0, +)) patterns)")
            print("scan on one thread: \(String(format: "%.3f", scanSeconds)) s wall (\(String(format: "%.1f", megabytes / max(scanSeconds, 1e-9))) MB/s), \(String(format: "%.3f", scanCPU)) s CPU (\(String(format: "%.1f", megabytes / max(scanCPU, 1e-9))) MB/s per core)")
            print("mentions: \(found.count) (\(found.filter { $0.mention.firstMention == nil }.count) first mentions)")
        }
    
        /// CPU time this thread has used: the per-core cost, whatever else the machine runs.
        static func threadCPUSeconds() -> Double {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }
    }
}
