import CopydeskCore

/// Everything one run found, resolved to source positions and ordered: what every reporter prints.
public struct Report: Sendable {
    public var tool: ToolInfo
    /// The rules that were active in the run, in id order, with their effective default level.
    public var rules: [RuleDescription]
    /// Results ordered by path, position and rule.
    public var results: [ReportedResult]
    /// Files that could not be linted, ordered by path.
    public var fileErrors: [FileError]
    /// Problems of the run itself (a pattern that hit a limit, a plugin that failed).
    public var problems: [ReportedProblem]
    /// Source files the results point into, by path (for snippets and context lines).
    public var sources: [String: SourceFile]
    /// Paths of every file read.
    public var filesScanned: [String]
    /// How many findings of each level were left out for being below the level reported.
    public var hiddenBelowLevel: [Level: Int] = [:]
    /// The slice of the files this run linted (`lint --shard i/N`), nil for a whole run. SARIF
    /// records it so that `copydesk merge` can tell a missing, repeated or foreign shard.
    public var shard: ReportShard?

    public init(tool: ToolInfo, rules: [RuleDescription], results: [ReportedResult], fileErrors: [FileError],
                problems: [ReportedProblem], sources: [String: SourceFile], filesScanned: [String]) {
        self.tool = tool
        self.rules = rules
        self.results = results
        self.fileErrors = fileErrors
        self.problems = problems
        self.sources = sources
        self.filesScanned = filesScanned
    }

    /// The highest level among unsuppressed results and errors.
    public var highestLevel: Level? {
        var highest: Level? = fileErrors.isEmpty ? nil : .error
        for result in results where result.suppressions.isEmpty && result.baselineState != .unchanged {
            if highest == nil || result.level > highest! { highest = result.level }
        }
        for problem in problems where !problem.isAdvisory && (highest == nil || problem.level > highest!) { highest = problem.level }
        return highest
    }
}

/// Name and version of the tool, for report headers.
public struct ToolInfo: Sendable {
    public var name: String
    public var version: String
    public var informationURI: String

    public init(name: String, version: String, informationURI: String) {
        self.name = name
        self.version = version
        self.informationURI = informationURI
    }
}

/// A finding placed in its source file.
public struct ReportedResult: Sendable, Hashable {
    public var ruleID: String
    public var level: Level
    public var message: String
    public var path: String
    public var region: SourceRegion
    /// The exact source text of the region.
    public var snippet: String
    public var related: [ReportedRelated]
    public var fixes: [ReportedFix]
    public var properties: [String: JSONValue]
    /// A fingerprint that survives edits elsewhere in the file.
    public var fingerprint: String
    public var suppressions: [Suppression]
    public var baselineState: BaselineState?

    public init(ruleID: String, level: Level, message: String, path: String, region: SourceRegion, snippet: String,
                related: [ReportedRelated] = [], fixes: [ReportedFix] = [], properties: [String: JSONValue] = [:],
                fingerprint: String = "", suppressions: [Suppression] = [],
                baselineState: BaselineState? = nil) {
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.path = path
        self.region = region
        self.snippet = snippet
        self.related = related
        self.fixes = fixes
        self.properties = properties
        self.fingerprint = fingerprint
        self.suppressions = suppressions
        self.baselineState = baselineState
    }
}

public struct ReportedRelated: Sendable, Hashable {
    public var region: SourceRegion
    public var snippet: String
    public var message: String

    public init(region: SourceRegion, snippet: String, message: String) {
        self.region = region
        self.snippet = snippet
        self.message = message
    }
}

public struct ReportedFix: Sendable, Hashable {
    public var description: String
    public var replacements: [(region: SourceRegion, text: String)]
    /// Whether `lint --fix` may apply it when it is the only fix offered (`Fix.isAutomatic`).
    public var isAutomatic: Bool

    public init(description: String, replacements: [(region: SourceRegion, text: String)], isAutomatic: Bool = true) {
        self.description = description
        self.replacements = replacements
        self.isAutomatic = isAutomatic
    }

    public static func == (lhs: ReportedFix, rhs: ReportedFix) -> Bool {
        lhs.description == rhs.description && lhs.isAutomatic == rhs.isAutomatic && lhs.replacements.count == rhs.replacements.count
            && zip(lhs.replacements, rhs.replacements).allSatisfy { $0.region == $1.region && $0.text == $1.text }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
        for r in replacements { hasher.combine(r.region); hasher.combine(r.text) }
    }
}

/// Why a result is not counted: waived in the source, or by a baseline.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable { case inSource, external }
    public var kind: Kind
    public var justification: String?

    public init(kind: Kind, justification: String?) {
        self.kind = kind
        self.justification = justification
    }
}

/// SARIF's baselineState values.
public enum BaselineState: String, Sendable { case new, unchanged, updated, absent }

/// A file that could not be linted.
public struct FileError: Sendable, Hashable {
    public var path: String
    public var message: String
    /// 1-based line of the problem, where known.
    public var line: Int?

    public init(path: String, message: String, line: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
    }
}

/// A problem of the run, optionally tied to a rule and a file.
public struct ReportedProblem: Sendable, Hashable {
    public var level: Level
    public var message: String
    public var ruleID: String?
    public var path: String?
    /// Shown at its level but not counted toward the exit status (see `ToolProblem.isAdvisory`).
    public var isAdvisory: Bool

    public init(level: Level, message: String, ruleID: String? = nil, path: String? = nil, isAdvisory: Bool = false) {
        self.level = level
        self.message = message
        self.ruleID = ruleID
        self.path = path
        self.isAdvisory = isAdvisory
    }
}

/// Turns a report into bytes.
public protocol Reporter {
    func render(_ report: Report) -> String
    /// Writes the rendered report as UTF-8 to `sink` in chunks of about a megabyte (reporters of
    /// large formats), so that a large report is never held whole as bytes.
    func write(_ report: Report, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
}

extension Reporter {
    public func write(_ report: Report, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var text = render(report)
        try text.withUTF8 { try sink($0) }
    }

    /// The whole rendered report as bytes.
    public func renderBytes(_ report: Report) -> [UInt8] {
        var bytes: [UInt8] = []
        try? write(report) { bytes.append(contentsOf: $0) }  // appending to memory cannot fail
        return bytes
    }
}

/// A buffer that passes its bytes on to a sink whenever it holds more than a chunk.
struct ChunkedOutput {
    static let chunkSize = 1 << 20
    var bytes: [UInt8] = []
    let sink: (UnsafeBufferPointer<UInt8>) throws -> Void

    init(sink: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.sink = sink
        bytes.reserveCapacity(ChunkedOutput.chunkSize + 64 * 1024)
    }

    /// Passes the bytes on when there are enough of them (or `force`).
    mutating func flush(force: Bool = false) throws {
        guard force || bytes.count >= ChunkedOutput.chunkSize else { return }
        try bytes.withUnsafeBufferPointer { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Shard `index` of `count` (1-based), as a report records it.
public struct ReportShard: Sendable, Hashable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }
}
