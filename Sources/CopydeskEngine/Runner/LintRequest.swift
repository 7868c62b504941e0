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
