import CopydeskCore
import Foundation

/// What one lint run is asked to do.
public struct LintRequest: Sendable {
    /// Files and folders to lint.
    public var paths: [String]
    /// The folder paths in reports are relative to (the current folder).
    public var root: String
    /// A configuration file that replaces discovery.
    public var configFile: String?
    /// The profile of files whose configuration names none (`--profile`).
    public var profile: Profile = .article
    /// The publication date to read every document against.
    public var referenceDate: DocumentDate?
    /// The run's "now".
    public var now: Date
    /// Read every file in this format.
    public var formatOverride: DocumentFormat?
    public var maxFileBytes: Int
    /// Worker threads; 0 means one per core.
    public var jobs: Int
    /// Results below this level are left out of the report.
    public var minLevel: Level
    /// Note-level results kept per file (in position order); the rest are dropped and counted in
    /// one problem of the run. Warnings and errors are never dropped. 0: no limit.
    public var maxNotesPerFile = LintRequest.defaultMaxNotesPerFile
    /// Far above any article (the corpus's largest file has a few hundred notes), low enough that
    /// a generated multi-megabyte file does not hold a million fact tags in memory.
    public static let defaultMaxNotesPerFile = 50_000
    /// Called from worker threads with (files done, files in all).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Lint only this slice of the files.
    public var shard: Shard?
    /// Lint only files changed since this git revision.
    public var changedSince: String?
    /// With `changedSince`: report only findings that start on changed lines.
    public var onlyChangedLines = false
    /// Mark results recorded in this baseline as unchanged.
    public var baseline: Baseline?
    /// The configuration file whose `load:` list was read; any other file with one is an error.
    public var pluginListFile: String?
    /// When set, collects the time each plugin (by its id) and each policy rule spends.
    public var timings: RuleTimings?
    /// Files (by display path) not to lint, each reported with its message instead: a file that
    /// crashed or ran out of time in an earlier attempt at this run.
    public var abandonedFiles: [String: String] = [:]
    /// Files (by display path) an earlier attempt linted without trouble; the others go first, so
    /// that another bad file is met as early as possible.
    public var completedFiles: Set<String> = []
    /// Told what each worker thread is doing, for crash and time-out recovery.
    public var observer: (any LintObserver)?
    /// Leave out files named in `paths` that the configuration's `ignore:` lists (by default a
    /// file named on the command line is linted whatever the globs say).
    public var excludesIgnoredNamedFiles = false
    /// A document read from standard input, linted instead of `paths`.
    public var standardInput: StandardInput?
    /// Leave out what `.gitignore` files exclude in the folders walked (`--no-ignore` turns it off).
    public var honorsGitIgnore = true

    public init(paths: [String], root: String, configFile: String? = nil, referenceDate: DocumentDate? = nil,
                now: Date = Date(), formatOverride: DocumentFormat? = nil, maxFileBytes: Int = 16 * 1024 * 1024,
                jobs: Int = 0, minLevel: Level = .note, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.paths = paths
        self.root = root
        self.configFile = configFile
        self.referenceDate = referenceDate
        self.now = now
        self.formatOverride = formatOverride
        self.maxFileBytes = maxFileBytes
        self.jobs = jobs
        self.minLevel = minLevel
        self.progress = progress
    }
}

/// Follows the workers of a run: which file and which plugin each is on. Called on the worker threads.
public protocol LintObserver: Sendable {
    /// A worker thread is about to take files.
    func workerStarted()
    /// A worker starts the file at `index` of the run's file list.
    func fileStarted(_ index: Int, path: String)
    /// A worker starts a stage of its file: `reader`, a plugin's id, or `results` (building,
    /// suppressing and sorting the results).
    func stageStarted(_ stage: String)
    /// A worker finished its file.
    func fileFinished(_ index: Int)
}

/// The stages of linting a file that are not a plugin, as `LintObserver.stageStarted` names them.
public enum LintStage {
    /// Reading the file into a document.
    public static let reader = "reader"
    /// Building, suppressing and sorting the plugins' results.
    public static let results = "results"
}

/// A document from standard input, read as if it were the file at `path` (relative to the run's
/// root): its format, its configuration and the path reports name come from there.
public struct StandardInput: Sendable {
    public var bytes: [UInt8]
    public var path: String

    public init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }
}
