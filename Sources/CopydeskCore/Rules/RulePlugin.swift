import Foundation

/// A rule plugin: a set of rules that check one document at a time and return findings.
///
/// Plugins never read files or print; the runner owns files, threads and order. A plugin instance
/// is shared by the threads of a run, so `check` must not mutate shared state.
public protocol RulePlugin: Sendable {
    /// The plugin's id, the prefix of each of its rule ids (`dates`, `stale-timestamps`).
    var id: String { get }
    /// Every rule the plugin can report.
    var rules: [RuleDescription] { get }
    /// Checks one document.
    func check(_ document: Document, context: CheckContext) -> [Finding]
}

/// How the runner makes a plugin: its id, a one-line summary, the options it accepts, and a
/// constructor that takes the options from the configuration.
public struct PluginFactory: Sendable {
    public var id: String
    public var summary: String
    /// Option names the plugin accepts, with a line each; unknown keys are configuration errors.
    public var options: [PluginOption]
    public var make: @Sendable (JSONValue) throws -> any RulePlugin

    public init(id: String, summary: String, options: [PluginOption] = [],
                make: @escaping @Sendable (JSONValue) throws -> any RulePlugin) {
        self.id = id
        self.summary = summary
        self.options = options
        self.make = make
    }
}

/// One option a plugin reads from its configuration.
public struct PluginOption: Sendable, Hashable {
    public var name: String
    public var summary: String

    public init(_ name: String, _ summary: String) {
        self.name = name
        self.summary = summary
    }
}

/// An error in a plugin's options, reported with the configuration file's position by the runner.
public struct PluginOptionError: Error, Sendable, CustomStringConvertible {
    public var option: String
    public var message: String

    public init(option: String, message: String) {
        self.option = option
        self.message = message
    }

    public var description: String { "option `\(option)`: \(message)" }
}

/// What a check may need besides the document: the run's notion of now, and a place to report
/// problems that are not findings (a pattern that hit a match limit, a list that failed to load).
public final class CheckContext: @unchecked Sendable {
    /// The run's current time (`--now`, else the clock).
    public let now: Date
    /// Rules the run turns off for this document: nothing they find is reported, so a plugin may
    /// skip the work of looking.
    public let disabledRules: Set<String>
    /// Where a plugin with several rules may record each rule's time (`--timings`); nil when not asked.
    public let timings: RuleTimings?
    /// Rules of which the run keeps only the first so many findings per document (in position
    /// order), counting only findings made without a level of their own: note-level fact tags past
    /// `--max-results-per-file`, or none at all when notes are not reported. A plugin that makes
    /// such findings in position order may stop building them past the limit (their properties
    /// cost memory on a generated file with a million dates) and say how many it left out with
    /// `leftOut(_:ruleID:)`. Empty: no limit.
    public let findingLimits: [String: Int]
    private let lock = NSLock()
    private var collected: [ToolProblem] = []
    private var leftOutCount = 0

    public init(now: Date = Date(), disabledRules: Set<String> = [], timings: RuleTimings? = nil,
                findingLimits: [String: Int] = [:]) {
        self.now = now
        self.disabledRules = disabledRules
        self.timings = timings
        self.findingLimits = findingLimits
    }

    /// Records that a plugin did not make `count` findings of `ruleID` past its limit.
    public func leftOut(_ count: Int, ruleID: String) {
        lock.lock()
        leftOutCount += count
        lock.unlock()
    }

    /// How many findings plugins left out past `findingLimits`.
    public var leftOutFindings: Int {
        lock.lock()
        defer { lock.unlock() }
        return leftOutCount
    }

    /// Records a problem; the run reports it and its exit code says so.
    public func report(_ problem: ToolProblem) {
        lock.lock()
        collected.append(problem)
        lock.unlock()
    }

    /// Records a pattern error against a rule.
    public func report(_ error: Error, ruleID: String) {
        report(ToolProblem(level: .error, message: "\(error)", ruleID: ruleID))
    }

    public var problems: [ToolProblem] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}

/// A problem in the run itself rather than in the text: it becomes a SARIF tool notification.
public struct ToolProblem: Sendable, Hashable {
    public var level: Level
    public var message: String
    public var ruleID: String?
    /// Whether the problem counts toward the run's exit status like a result of its level. An
    /// advisory (lists out of date) is shown at its level but does not fail a run.
    public var isAdvisory: Bool

    public init(level: Level, message: String, ruleID: String? = nil, isAdvisory: Bool = false) {
        self.level = level
        self.message = message
        self.ruleID = ruleID
        self.isAdvisory = isAdvisory
    }
}
