import CopydeskCore
import CopydeskDocuments
import CopydeskReporters
import Foundation

/// Lints documents held in memory (an editor's buffer, a request's body, a JSON-lines record) with
/// one warm engine: configuration files are read and plugins made once per distinct configuration,
/// then reused for every document, from any number of threads at once. Each document goes through
/// the same per-file pipeline as `LintRunner` (reader, plugins, results, suppressions).
public final class DocumentLinter: @unchecked Sendable {
    /// How the engine is set up, once for its lifetime.
    public struct Setup: Sendable {
        public var registry: PluginRegistry
        /// The folder document paths are relative to.
        public var root: String
        /// A configuration file that applies to every document.
        public var configFile: String?
        /// Whether `.copydesk.yml` files are found by walking up from each document's path (as
        /// `copydesk lint` does). A service that must read nothing a request names turns it off.
        public var discoversConfiguration = true
        /// Whether `git-dates: true` may look up a document's last commit.
        public var readsGitDates = true
        /// Note-level results kept per document (`LintRequest.maxNotesPerFile`).
        public var maxNotesPerFile = LintRequest.defaultMaxNotesPerFile

        public init(registry: PluginRegistry, root: String, configFile: String? = nil) {
            self.registry = registry
            self.root = root
            self.configFile = configFile
        }
    }

    /// One document to lint.
    public struct Input: Sendable {
        public var bytes: [UInt8]
        /// Where the document is (or would be), relative to the setup's root or absolute: its
        /// format, its configuration and the path results name come from there.
        public var path: String
        /// Read the document as this format, whatever the path's extension.
        public var format: DocumentFormat?
        /// The publication date, overriding what the document says.
        public var referenceDate: DocumentDate?
        public var minLevel: Level
        public var now: Date

        public init(bytes: [UInt8], path: String, format: DocumentFormat? = nil, referenceDate: DocumentDate? = nil,
                    minLevel: Level = .note, now: Date = Date()) {
            self.bytes = bytes
            self.path = path
            self.format = format
            self.referenceDate = referenceDate
            self.minLevel = minLevel
            self.now = now
        }
    }

    public let setup: Setup
    private let lock = NSLock()
    private var resolver: ConfigurationResolver
    private var settingsByFolder: [String: FileJob.Settings] = [:]

    /// Reads the configuration file, if any; throws `ConfigurationError` when it is wrong.
    public init(_ setup: Setup) throws {
        self.setup = setup
        resolver = try DocumentLinter.makeResolver(setup)
    }

    private static func makeResolver(_ setup: Setup) throws -> ConfigurationResolver {
        try ConfigurationResolver(registry: setup.registry, explicitFile: setup.configFile, root: setup.root,
                                  discovers: setup.discoversConfiguration)
    }

    /// Forgets every configuration read so far (after a `.copydesk.yml` changed); plugins are made
    /// again for configurations that changed. Throws, and keeps the old state, when the explicit
    /// configuration file is now wrong.
    public func reloadConfiguration() throws {
        let fresh = try DocumentLinter.makeResolver(setup)
        lock.lock()
        resolver = fresh
        settingsByFolder = [:]
        lock.unlock()
    }

    /// The absolute path and the path reports name for a document path.
    public func paths(for path: String) -> (absolute: String, display: String) {
        let absolute = FileWalker.absolute(path.isEmpty ? "document.txt" : path, relativeTo: setup.root)
        return (absolute, FileWalker.relative(absolute, to: setup.root))
    }

    /// Makes the plugins and reads the configuration that apply at `path` now, so that the first
    /// document does not wait for them; throws `ConfigurationError`.
    public func prepare(forPath path: String) throws {
        _ = try settings(forAbsolutePath: paths(for: path).absolute)
    }

    /// The rules active for a document at `path`, with the level each runs at.
    public func rules(forPath path: String) throws -> [RuleDescription] {
        let absolute = paths(for: path).absolute
        let settings = try settings(forAbsolutePath: absolute)
        let job = FileJob(item: FileWalker.Item(path: absolute, displayPath: path), settings: settings)
        return LintRunner(registry: setup.registry).activeRules([job.settings], resolver: currentResolver())
    }

    /// Lints one document; a document that cannot be read (not UTF-8, say) is the report's file
    /// error. Throws `ConfigurationError` when the configuration that applies is wrong.
    public func lint(_ input: Input) throws -> Report {
        let (absolute, display) = paths(for: input.path)
        let settings = try settings(forAbsolutePath: absolute)
        let job = FileJob(item: FileWalker.Item(path: absolute, displayPath: display), settings: settings)
        var request = LintRequest(paths: [], root: setup.root, referenceDate: input.referenceDate, now: input.now,
                                  formatOverride: input.format, maxFileBytes: Int.max, jobs: 1, minLevel: input.minLevel)
        request.maxNotesPerFile = setup.maxNotesPerFile
        request.standardInput = StandardInput(bytes: input.bytes, path: display)
        let loader = DocumentLoader(referenceDate: input.referenceDate, formatOverride: input.format, maxFileBytes: Int.max)
        let runner = LintRunner(registry: setup.registry)
        let outcome = runner.lint(job, loader: loader, request: request)

        var rules = runner.activeRules([job.settings], resolver: currentResolver())
        if outcome.results.contains(where: { $0.ruleID == InlineSuppressions.unusedRule.id }) {
            rules.append(InlineSuppressions.unusedRule)
            rules.sort { $0.id < $1.id }
        }
        var sources: [String: SourceFile] = [:]
        if let source = outcome.source, !outcome.results.isEmpty { sources[source.path] = source }
        var report = Report(tool: LintRunner.tool, rules: rules, results: outcome.results,
                            fileErrors: outcome.error.map { [$0] } ?? [],
                            problems: Array(Set(outcome.problems)).sorted { ($0.ruleID ?? "", $0.message) < ($1.ruleID ?? "", $1.message) },
                            sources: sources, filesScanned: [display])
        report.hiddenBelowLevel = outcome.hidden
        return report
    }

    /// Whether the explicit configuration has per-file overrides (then the path matters).
    private func chainHasOverrides(_ resolver: ConfigurationResolver) -> Bool {
        ((try? resolver.chain(forFolder: setup.root)) ?? []).contains { !$0.overrides.isEmpty }
    }

    private func currentResolver() -> ConfigurationResolver {
        lock.lock()
        defer { lock.unlock() }
        return resolver
    }

    /// The configuration and plugins of a document, made once per folder (per file where a
    /// configuration has per-file overrides).
    private func settings(forAbsolutePath path: String) throws -> FileJob.Settings {
        // Without discovery every folder has the same configuration: one entry, however many
        // folders requests name (a long-running service must not grow with them).
        let folder = setup.discoversConfiguration ? ConfigurationResolver.folder(of: path) : ""
        lock.lock()
        let cached = settingsByFolder[folder]
        let resolver = self.resolver
        lock.unlock()
        if let cached { return cached }
        var (configuration, chain) = try resolver.effectiveConfiguration(
            forFile: setup.discoversConfiguration || chainHasOverrides(resolver) ? path : setup.root + "/document")
        if !setup.readsGitDates { configuration.gitDates = false }
        let plugins = try resolver.pluginSet(for: configuration, chain: chain)
        let settings = FileJob.Settings(configuration: configuration, plugins: plugins)
        if !chain.contains(where: { !$0.overrides.isEmpty }) {
            lock.lock()
            if self.resolver === resolver { settingsByFolder[folder] = settings }
            lock.unlock()
        }
        return settings
    }
}
