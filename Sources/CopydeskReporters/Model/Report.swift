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
    public var filesScanned: FileNames
    /// How many findings of each level were left out for being below the level reported.
    public var hiddenBelowLevel: [Level: Int] = [:]
    /// The slice of the files this run linted (`lint --shard i/N`), nil for a whole run. SARIF
    /// records it so that `copydesk merge` can tell a missing, repeated or foreign shard.
    public var shard: ReportShard?

    public init(tool: ToolInfo, rules: [RuleDescription], results: [ReportedResult], fileErrors: [FileError],
                problems: [ReportedProblem], sources: [String: SourceFile], filesScanned: FileNames) {
        self.tool = tool
        self.rules = rules
        self.results = results
        self.fileErrors = fileErrors
        self.problems = problems
        self.sources = sources
        self.filesScanned = filesScanned
    }

    /// How many results there are, by level: counted from `results`, or, when the results were
    /// written as the files were linted and not kept, `streamedTotals`.
    public var totals: ResultTotals { streamedTotals ?? ResultTotals(results) }
    /// The totals of results written elsewhere as the files were linted (`results` is then empty).
    public var streamedTotals: ResultTotals?

    /// The ranges of `results` that hold one file's results each (results are grouped by path;
    /// a file whose results are not together gets a range per run of them).
    public var resultRangesByFile: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < results.count {
            let path = results[start].path
            var end = start + 1
            while end < results.count && results[end].path == path { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The highest level among unsuppressed results and errors.
    public var highestLevel: Level? {
        var highest: Level? = fileErrors.isEmpty ? nil : .error
        if let level = totals.highestActive, highest == nil || level > highest! { highest = level }
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

/// A sink for a report's bytes, given in chunks.
public typealias ReportSink = (UnsafeBufferPointer<UInt8>) throws -> Void

/// Turns a report into bytes, one file's results at a time: `section` runs on the thread that
/// linted the file (results can be written as the files are linted, none of them kept), and
/// `write(_:results:to:)` writes what surrounds the results once the run is over.
public protocol Reporter: Sendable {
    /// What each result's bytes start with in a section (`,` and a line break in JSON formats);
    /// the report's first result goes without a leading comma.
    var resultSeparator: [UInt8] { get }
    /// One file's results (all of one path, in report order) as the report writes them; `source`
    /// is the file, for formats that show or hash its lines.
    func section(_ results: ArraySlice<ReportedResult>, source: SourceFile?, rules: RuleIndex) -> ReportSection
    /// Writes the report: what comes before the results, then `results` (which passes every
    /// section's bytes to the sink it is given, in order), then what comes after. `report.totals`
    /// says how many results there are.
    func write(_ report: Report, results: (ReportSink) throws -> Void, to sink: ReportSink) throws
}

extension Reporter {
    /// Writes a report whose results are all in `report.results`, in chunks of about a megabyte.
    public func write(_ report: Report, to sink: ReportSink) throws {
        let spool = ResultSpool(for: self)
        let rules = RuleIndex(rules: report.rules)
        for (rank, range) in report.resultRangesByFile.enumerated() {
            spool.add(section(report.results[range], source: report.sources[report.results[range.lowerBound].path], rules: rules), at: rank)
        }
        try write(report, results: { try spool.write(optionalRuleJoined: false, to: $0) }, to: sink)
    }

    /// The whole rendered report as bytes.
    public func renderBytes(_ report: Report) -> [UInt8] {
        var bytes: [UInt8] = []
        try? write(report) { bytes.append(contentsOf: $0) }  // appending to memory cannot fail
        return bytes
    }

    /// The whole rendered report as text.
    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }
}

extension Reporter {
    /// Writes a line format's report: the results, then `trailer` (errors, problems, a summary).
    func writeLines(results: (ReportSink) throws -> Void, then trailer: String, to sink: ReportSink) throws {
        try withoutActuallyEscaping(sink) { try results($0) }
        try Array(trailer.utf8).withUnsafeBufferPointer { try sink($0) }
    }
}

/// Where a JSON format puts its results: compact, or indented for people.
struct JSONResultsLayout {
    let indent: Int?
    /// How deep the results array's items sit.
    let depth: Int

    /// What each result starts with: a comma and, indented, a line break at `depth`.
    var separator: [UInt8] {
        var bytes = [UInt8(ascii: ",")]
        JSONValue.newline(&bytes, indent, depth)
        return bytes
    }

    /// The results array: `[]`, or `[`, the results `results` writes, and `]` on a line of its own.
    func writeArray(isEmpty: Bool, to output: inout ChunkedOutput, results: (ReportSink) throws -> Void) throws {
        if isEmpty {
            output.bytes.append(contentsOf: "[]".utf8)
            return
        }
        output.bytes.append(UInt8(ascii: "["))
        try output.flush(force: true)
        try results(output.sink)
        JSONValue.newline(&output.bytes, indent, depth - 1)
        output.bytes.append(UInt8(ascii: "]"))
    }
}

/// A buffer that passes its bytes on to a sink whenever it holds more than a chunk.
struct ChunkedOutput {
    static let chunkSize = 1 << 20
    var bytes: [UInt8] = []
    let sink: ReportSink

    init(sink: @escaping ReportSink) {
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
