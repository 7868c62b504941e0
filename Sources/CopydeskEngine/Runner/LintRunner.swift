import CopydeskCore
import CopydeskDocuments
import CopydeskReporters
import Dispatch
import Foundation

/// Runs a lint: walks the paths, reads each file, runs every configured plugin on it in parallel,
/// and gathers a deterministic report (ordered by path, position and rule).
public struct LintRunner: Sendable {
    public var registry: PluginRegistry
    public static let tool = ToolInfo(name: "Copydesk", version: CopydeskVersion.current,
                                      informationURI: "https://github.com/copydesk/copydesk")

    public init(registry: PluginRegistry) {
        self.registry = registry
    }

    /// Runs the request and returns the report with every result. Throws `ConfigurationError`
    /// before linting anything when a configuration, policy or plugin option is wrong.
    public func run(_ request: LintRequest) throws -> Report {
        let files = FileSlots()
        var report = try run(request) { _ in { rank, outcome in files[rank] = outcome } }
        var results: [ReportedResult] = []
        var sources: [String: SourceFile] = [:]
        for outcome in files.inRankOrder {
            results.append(contentsOf: outcome.results)
            if let source = outcome.source, !outcome.results.isEmpty { sources[source.path] = source }
        }
        report.results = results
        report.sources = sources
        return report
    }

    /// Runs the request, each file's results made into `reporter`'s section on the thread that
    /// linted it and spooled in report order; nothing of a file is kept once its section is
    /// spooled. The report has the run's rules, errors, problems and the totals of its results
    /// (`streamedTotals`); write it with `reporter.write(report, results:to:)`, the results from
    /// `StreamedReport.results`.
    public func run(_ request: LintRequest, writingWith reporter: some Reporter) throws -> StreamedReport {
        let spool = ResultSpool(for: reporter)
        let totals = SharedTotals()
        var optionalRuleAbsent = false
        var report = try run(request) { rules in
            // The unused-suppression rule joins the rules only if some file reports it.
            let index = RuleIndex(rules: rules, optionalRule: InlineSuppressions.unusedRule.id)
            optionalRuleAbsent = index.optionalRule != nil
            return { rank, outcome in
                spool.add(reporter.section(outcome.results[...], source: outcome.source, rules: index), at: rank)
                totals.add(ResultTotals(outcome.results))
            }
        }
        report.streamedTotals = totals.value
        let joined = optionalRuleAbsent && report.rules.contains { $0.id == InlineSuppressions.unusedRule.id }
        return StreamedReport(report: report, spool: spool, optionalRuleJoined: joined)
    }

    /// Runs the request: walks the paths, settles each file's configuration and plugins, lints
    /// the files on every core (in report order, so that finished files are rarely kept waiting)
    /// and passes each file's outcome, on the worker thread that made it, to the handler
    /// `makeHandler` gives for the run's rules, with the file's rank in the report (files in path
    /// order). Returns the report without its results.
    private func run(_ request: LintRequest,
                     makeHandler: ([RuleDescription]) -> @Sendable (Int, FileOutcome) -> Void) throws -> Report {
        let resolver = try ConfigurationResolver(registry: registry, explicitFile: request.configFile, root: request.root,
                                                 defaultProfile: request.profile)
        resolver.timings = request.timings
        let loader = DocumentLoader(referenceDate: request.referenceDate, formatOverride: request.formatOverride,
                                    maxFileBytes: request.maxFileBytes)
        var walker = FileWalker(
            root: request.root,
            accepts: { loader.format(forPath: $0) != nil },
            isIgnored: { resolver.isIgnored(absolutePath: $0) },
            honorsGitIgnore: request.honorsGitIgnore)
        walker.excludesNamedFiles = request.excludesIgnoredNamedFiles
        var (items, walkProblems) = request.standardInput.map { input in
            let absolute = FileWalker.absolute(input.path, relativeTo: request.root)
            let item = FileWalker.Item(path: absolute, displayPath: FileWalker.relative(absolute, to: request.root))
            return (FileList(root: walker.root, [item]), [])
        } ?? walker.expand(request.paths.isEmpty ? ["."] : request.paths)
        var changes: GitChanges?
        if let revision = request.changedSince {
            do {
                changes = try GitChanges(since: revision, in: request.root, withLines: request.onlyChangedLines)
            } catch {
                throw ConfigurationError(file: "--changed-since \(revision)", message: "\(error)")
            }
            items = items.filter { changes!.files.contains($0.path) }
        }
        if let shard = request.shard {
            items = items.filter { shard.contains($0.displayPath) }
            walkProblems = walkProblems.filter { shard.contains($0.displayPath) }
        }
        // Settle every file's configuration and plugins first, so that errors stop the run up front.
        // A file keeps only the index of its settings: the run's memory is the files' names and a
        // few integers each, not an object per file.
        var settingsList: [FileJob.Settings] = []
        var settingsOfFile: [Int32] = []
        settingsOfFile.reserveCapacity(items.count)
        // Files of one folder share their settings unless a configuration has per-file overrides.
        var settingsByFolder: [String: Int32] = [:]
        for index in 0..<items.count {
            let path = items.path(at: index)
            let folder = ConfigurationResolver.folder(of: path)
            if let settings = settingsByFolder[folder] {
                settingsOfFile.append(settings)
                continue
            }
            let (configuration, chain) = try resolver.effectiveConfiguration(forFile: path)
            if let stray = chain.first(where: { !$0.load.isEmpty && $0.file != request.pluginListFile }) {
                throw ConfigurationError(file: stray.file ?? "configuration",
                                         message: "`load:` is read only from the top configuration (\(request.pluginListFile ?? "--config or .copydesk.yml in the current folder")); move it there")
            }
            let plugins = try resolver.pluginSet(for: configuration, chain: chain)
            settingsList.append(FileJob.Settings(configuration: configuration, plugins: plugins))
            let settings = Int32(settingsList.count - 1)
            if !chain.contains(where: { !$0.overrides.isEmpty }) { settingsByFolder[folder] = settings }
            settingsOfFile.append(settings)
        }
        if items.isEmpty {
            let (configuration, chain) = try resolver.effectiveConfiguration(forFile: request.root + "/.")
            _ = try resolver.pluginSet(for: configuration, chain: chain)
        }
        var rules = activeRules(settingsList, resolver: resolver)
        let handle = makeHandler(rules)
        // Ranks in the report: files in path order.
        let displayPaths = items.displayPaths
        let ranked = (0..<Int32(items.count)).sorted { displayPaths.precedes(Int($0), Int($1)) }
        var rankOfFile = [Int32](repeating: 0, count: items.count)
        for (rank, index) in ranked.enumerated() { rankOfFile[Int(index)] = Int32(rank) }
        let rank = rankOfFile
        let files = items
        let settingsOf = settingsOfFile
        let allSettings = settingsList

        let tally = FileTally()
        let counter = AtomicCounter()
        let workers = max(1, min(request.jobs > 0 ? request.jobs : ProcessInfo.processInfo.activeProcessorCount, files.count))
        // Files an earlier attempt finished go last; report order does not depend on this.
        let order = request.completedFiles.isEmpty ? ranked
            : ranked.filter { !request.completedFiles.contains(displayPaths[Int($0)]) }
                + ranked.filter { request.completedFiles.contains(displayPaths[Int($0)]) }
        let onlyChangedLines = request.onlyChangedLines ? changes : nil
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            request.observer?.workerStarted()
            while true {
                let position = counter.next()
                guard position < order.count else { return }
                let index = Int(order[position])
                let job = FileJob(item: files[index], settings: allSettings[Int(settingsOf[index])])
                let path = job.item.displayPath
                var outcome: FileOutcome
                if let message = request.abandonedFiles[path] {
                    outcome = FileOutcome(error: FileError(path: path, message: message))
                } else {
                    request.observer?.fileStarted(index, path: path)
                    outcome = lint(job, loader: loader, request: request)
                    request.observer?.fileFinished(index)
                }
                if let changes = onlyChangedLines {
                    let changed = changes.lines[job.item.path] ?? IndexSet()
                    outcome.results.removeAll { !changed.contains($0.region.start.line) }
                }
                request.baseline?.apply(to: &outcome.results)
                tally.add(outcome)
                handle(Int(rank[index]), outcome)
                request.progress?(position + 1, files.count)
                if position % MemoryTrim.filesBetweenTrims == MemoryTrim.filesBetweenTrims - 1 { MemoryTrim.releaseFreePages() }
            }
        }

        var fileErrors = walkProblems.map { FileError(path: $0.displayPath, message: $0.message) } + tally.fileErrors
        fileErrors.sort { ($0.path, $0.message) < ($1.path, $1.message) }
        var problems = tally.problems
        for settings in settingsList {
            for case let plugin as any RunNoticing in settings.plugins.plugins {
                problems += plugin.runNotices(now: request.now).map { ReportedProblem(level: $0.level, message: $0.message, ruleID: $0.ruleID, isAdvisory: $0.isAdvisory) }
            }
        }
        problems = Array(Set(problems)).sorted { ($0.path ?? "", $0.ruleID ?? "", $0.message) < ($1.path ?? "", $1.ruleID ?? "", $1.message) }
        if tally.reportsUnusedSuppressions {
            rules.append(InlineSuppressions.unusedRule)
            rules.sort { $0.id < $1.id }
        }
        var report = Report(tool: LintRunner.tool, rules: rules, results: [],
                            fileErrors: fileErrors, problems: problems, sources: [:],
                            filesScanned: displayPaths)
        report.shard = request.shard.map { ReportShard(index: $0.index, count: $0.count) }
        report.hiddenBelowLevel = tally.hidden
        return report
    }

    /// Results in report order: path, position, then rule and message.
    static func resultOrder(_ a: ReportedResult, _ b: ReportedResult) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.region.start.byteOffset != b.region.start.byteOffset { return a.region.start.byteOffset < b.region.start.byteOffset }
        if a.region.end.byteOffset != b.region.end.byteOffset { return a.region.end.byteOffset < b.region.end.byteOffset }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }

    /// Every rule some file ran with, at the level it ran at.
    func activeRules(_ settingsList: [FileJob.Settings], resolver: ConfigurationResolver) -> [RuleDescription] {
        var rules: [String: RuleDescription] = [:]
        var seen = Set<String>()
        for settings in settingsList
            where seen.insert(settings.configuration.pluginKey + "\u{1E}\(settings.configuration.rules)").inserted {
            for rule in settings.plugins.allRules where rules[rule.id] == nil {
                guard let level = settings.levels.level(for: rule.id) else { continue }
                var active = rule
                active.defaultLevel = level
                active.enabledByDefault = true
                rules[rule.id] = active
            }
        }
        return rules.values.sorted { $0.id < $1.id }
    }

    func lint(_ job: FileJob, loader: DocumentLoader, request: LintRequest) -> FileOutcome {
        var outcome = FileOutcome()
        let document: Document
        request.observer?.stageStarted(LintStage.reader)
        let metadata = job.configuration.gitDates ? [GitDates.lastCommitDateProvider(of: job.item.path)] : []
        do {
            if let input = request.standardInput {
                document = try loader.document(bytes: input.bytes, path: job.item.displayPath,
                                               format: loader.format(forPath: job.item.path) ?? .plainText,
                                               options: job.settings.readingOptions, metadata: metadata)
            } else {
                document = try loader.load(path: job.item.path, displayPath: job.item.displayPath, options: job.settings.readingOptions,
                                           metadata: metadata)
            }
        } catch let error as DocumentError {
            outcome.error = FileError(path: job.item.displayPath, message: error.description, line: error.line)
            return outcome
        } catch {
            outcome.error = FileError(path: job.item.displayPath, message: "\(error)")
            return outcome
        }
        outcome.source = document.source
        let suppressions = InlineSuppressions(document: document)
        // Plugins may stop making note-level fact tags the cap would drop (or that are below the
        // level reported), except where a suppression could be left looking unused.
        var limits: [String: Int] = [:]
        if suppressions.directives.isEmpty {
            let limit = request.minLevel > .note ? 0 : request.maxNotesPerFile
            if limit > 0 || request.minLevel > .note {
                for rule in job.settings.noteRules { limits[rule] = limit }
            }
        }
        let context = CheckContext(now: request.now, disabledRules: job.settings.disabledRules, timings: request.timings,
                                   findingLimits: limits)
        var findings: [Finding] = []
        for plugin in job.plugins.plugins {
            request.observer?.stageStarted(plugin.id)
            if let timings = request.timings {
                findings.append(contentsOf: timings.measure(plugin.id) { plugin.check(document, context: context) })
            } else {
                findings.append(contentsOf: plugin.check(document, context: context))
            }
        }
        request.observer?.stageStarted(LintStage.results)
        let builder = ResultBuilder(document: document, levels: job.settings.levels)
        var droppedNotes = request.minLevel > .note ? 0 : context.leftOutFindings
        // Below the level reported, the plugins' notes were counted rather than made.
        if request.minLevel > .note, context.leftOutFindings > 0 { outcome.hidden[.note, default: 0] += context.leftOutFindings }
        if suppressions.directives.isEmpty {
            outcome.results = builder.results(for: findings, minLevel: request.minLevel, maxNotes: request.maxNotesPerFile,
                                              droppedNotes: &droppedNotes, belowLevel: &outcome.hidden)
            findings = []
        } else {
            // Results below the level still count as used by a suppression; they are dropped after.
            outcome.results = suppressions.apply(to: builder.results(for: findings, minLevel: .note), source: document.source)
                .compactMap { result in
                    var result = result
                    if result.ruleID == InlineSuppressions.unusedRule.id {
                        guard let level = job.settings.levels.level(for: result.ruleID) else { return nil }
                        result.level = level
                    }
                    guard result.level >= request.minLevel else {
                        if result.suppressions.isEmpty { outcome.hidden[result.level, default: 0] += 1 }
                        return nil
                    }
                    return result
                }
            // After the suppressions, so that a dropped note cannot make one look unused.
            droppedNotes += ResultBuilder.capNotes(&outcome.results, maxNotes: request.maxNotesPerFile)
        }
        if !outcome.results.isSorted(by: LintRunner.resultOrder) { outcome.results.sort(by: LintRunner.resultOrder) }
        outcome.problems = context.problems.map {
            ReportedProblem(level: $0.level, message: $0.message, ruleID: $0.ruleID, path: job.item.displayPath)
        }
        if droppedNotes > 0 {
            outcome.problems.append(ReportedProblem(
                level: .warning,
                message: "\(droppedNotes) note-level results past the first \(request.maxNotesPerFile) of this file were left out "
                    + "(warnings and errors are all kept); raise the limit with --max-results-per-file N (0: no limit)",
                path: job.item.displayPath))
        }
        outcome.problems += suppressions.errors.map {
            ReportedProblem(level: .warning, message: "line \($0.line): \($0.message)", path: job.item.displayPath)
        }
        return outcome
    }
}

struct FileJob: Sendable {
    /// A file's configuration and the plugins it runs with, shared by the files that have the same.
    final class Settings: Sendable {
        let configuration: EffectiveConfiguration
        let plugins: PluginSet
        /// The plugins' rules the configuration turns off.
        let disabledRules: Set<String>
        /// How the reader reads the files: patterns compiled once, when the settings are made.
        let readingOptions: ReadingOptions
        /// The rules whose findings without a level of their own are notes.
        let noteRules: Set<String>
        /// The level of every rule under the configuration.
        let levels: RuleLevels

        init(configuration: EffectiveConfiguration, plugins: PluginSet) {
            self.configuration = configuration
            self.plugins = plugins
            readingOptions = Settings.readingOptions(configuration)
            let levels = RuleLevels(configuration: configuration, plugins: plugins)
            self.levels = levels
            disabledRules = Set(plugins.allRules.map(\.id).filter { levels.level(for: $0) == nil })
            noteRules = Set(plugins.allRules.map(\.id).filter { levels.level(for: $0) == .note })
        }
    }

    var item: FileWalker.Item
    var settings: Settings
    var configuration: EffectiveConfiguration { settings.configuration }
    var plugins: PluginSet { settings.plugins }
}

extension FileJob.Settings {
    /// The reading options of a configuration. Its patterns and selectors were checked when the
    /// configuration was loaded.
    static func readingOptions(_ configuration: EffectiveConfiguration) -> ReadingOptions {
        var options = ReadingOptions()
        options.ignoreTokens = configuration.ignoreTokens.compactMap { try? Pattern($0) }
        options.ignoreBlocks = configuration.ignoreBlocks.compactMap { block in
            guard let start = try? Pattern(block.start, options: .multiline) else { return nil }
            return IgnoreBlock(start: start, end: block.end.flatMap { try? Pattern($0, options: .multiline) })
        }
        if configuration.htmlProse != nil || configuration.htmlExclude != nil {
            let prose = configuration.htmlProse ?? HTMLProseSelection.defaultProse
            let exclude = configuration.htmlExclude ?? HTMLProseSelection.defaultExclude
            options.htmlProse = HTMLProseSelection(prose: prose.compactMap { try? HTMLSelector(parsing: $0) },
                                                   exclude: exclude.compactMap { try? HTMLSelector(parsing: $0) })
        }
        return options
    }
}

struct FileOutcome: Sendable {
    var results: [ReportedResult] = []
    /// Findings left out for being below the level reported, by level.
    var hidden: [Level: Int] = [:]
    var error: FileError?
    var problems: [ReportedProblem] = []
    var source: SourceFile?
}

extension Array {
    /// Whether no element comes before the one ahead of it.
    func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
    }
}

/// Per-file outcomes written by worker threads, each to the slot of its rank in the report.
final class FileSlots: @unchecked Sendable {
    private var storage: [Int: FileOutcome] = [:]
    private let lock = NSLock()

    subscript(rank: Int) -> FileOutcome? {
        get { lock.lock(); defer { lock.unlock() }; return storage[rank] }
        set { lock.lock(); storage[rank] = newValue; lock.unlock() }
    }

    /// The outcomes in rank order.
    var inRankOrder: [FileOutcome] { lock.lock(); defer { lock.unlock() }; return storage.keys.sorted().map { storage[$0]! } }
}

/// What a run keeps of each file once its results are handed on: errors, problems and counts,
/// gathered from the worker threads.
final class FileTally: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var fileErrors: [FileError] = []
    private(set) var problems: [ReportedProblem] = []
    /// Findings left out for being below the level reported, by level.
    private(set) var hidden: [Level: Int] = [:]
    /// Whether some file reports a suppression that silences nothing.
    private(set) var reportsUnusedSuppressions = false

    func add(_ outcome: FileOutcome) {
        let unused = outcome.results.contains { $0.ruleID == InlineSuppressions.unusedRule.id }
        lock.lock()
        defer { lock.unlock() }
        if let error = outcome.error { fileErrors.append(error) }
        problems += outcome.problems
        hidden.merge(outcome.hidden, uniquingKeysWith: +)
        if unused { reportsUnusedSuppressions = true }
    }
}

/// The totals of a streamed run's results, added up from the worker threads.
final class SharedTotals: @unchecked Sendable {
    private let lock = NSLock()
    private var totals = ResultTotals()

    func add(_ more: ResultTotals) {
        lock.lock()
        totals.add(more)
        lock.unlock()
    }

    var value: ResultTotals { lock.lock(); defer { lock.unlock() }; return totals }
}

/// A run whose results were spooled as the files were linted: the report without its results,
/// and the results' bytes, to be written in the middle of the report.
public struct StreamedReport {
    public var report: Report
    let spool: ResultSpool
    let optionalRuleJoined: Bool

    /// Writes the run's results, in report order, to `sink`.
    public func results(to sink: ReportSink) throws {
        try spool.write(optionalRuleJoined: optionalRuleJoined, to: sink)
    }
}

/// A shared counter handing out work indexes.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
