import CopydeskCore

/// A flat JSON document for scripts: one object per result with positions, rule, level, message,
/// snippet, fixes and properties, plus file errors and a summary.
public struct JSONReporter: Reporter {
    /// Indented for people (two spaces a level) rather than compact.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    private var indent: Int? { pretty ? 2 : nil }
    /// Results sit at depth 2: the report, its results.
    private var layout: JSONResultsLayout { JSONResultsLayout(indent: indent, depth: 2) }
    public var resultSeparator: [UInt8] { layout.separator }

    public func section(_ results: ArraySlice<ReportedResult>, source: SourceFile?, rules: RuleIndex) -> ReportSection {
        var section = ReportSection()
        let separator = resultSeparator
        for result in results {
            section.bytes.append(contentsOf: separator)
            write(result, to: &section.bytes, indent: indent, depth: 2)
        }
        return section
    }

    public func write(_ report: Report, results: (ReportSink) throws -> Void, to sink: ReportSink) throws {
        let indent = self.indent
        try withoutActuallyEscaping(sink) { sink in
            var output = ChunkedOutput(sink: sink)
            var object = JSONObjectWriter(indent: indent, depth: 0)
            object.value("errors", .array(report.fileErrors.map { error in
                var members: [String: JSONValue] = ["path": .string(error.path), "message": .string(error.message)]
                if let line = error.line { members["line"] = .int(line) }
                return .object(members)
            }), to: &output.bytes)
            object.int("files", report.filesScanned.count, to: &output.bytes)
            object.value("problems", .array(report.problems.map(JSONReporter.value)), to: &output.bytes)
            object.key("results", to: &output.bytes)
            try layout.writeArray(isEmpty: report.totals.count == 0, to: &output, results: results)
            object.value("tool", .object(["name": .string(report.tool.name), "version": .string(report.tool.version)]), to: &output.bytes)
            object.end(to: &output.bytes)
            output.bytes.append(UInt8(ascii: "\n"))
            try output.flush(force: true)
        }
    }

    /// A problem of the run as the report's `problems` list has it.
    public static func value(_ problem: ReportedProblem) -> JSONValue {
        var members: [String: JSONValue] = ["level": .string(problem.level.rawValue), "message": .string(problem.message)]
        if let rule = problem.ruleID { members["rule"] = .string(rule) }
        if let path = problem.path { members["path"] = .string(path) }
        return .object(members)
    }

    /// Writes one result as an object, its members in key order: at `depth` levels of `indent`
    /// spaces as in the report, or compact (nil) for one-line records.
    public func write(_ result: ReportedResult, to out: inout [UInt8], indent: Int? = 2, depth: Int = 2) {
        var object = JSONObjectWriter(indent: indent, depth: depth)
        if let state = result.baselineState { object.string("baselineState", state.rawValue, to: &out) }
        object.int("column", result.region.start.column, to: &out)
        object.int("endColumn", result.region.end.column, to: &out)
        object.int("endLine", result.region.end.line, to: &out)
        object.string("fingerprint", result.fingerprint, to: &out)
        if !result.fixes.isEmpty {
            object.value("fixes", .array(result.fixes.map { fix in
                .object([
                    "description": .string(fix.description),
                    "replacements": .array(fix.replacements.map {
                        .object(["offset": .int($0.region.start.utf16Offset), "length": .int($0.region.utf16Length),
                                 "text": .string($0.text)])
                    }),
                ])
            }), to: &out)
        }
        object.int("length", result.region.utf16Length, to: &out)
        object.string("level", result.level.rawValue, to: &out)
        object.int("line", result.region.start.line, to: &out)
        object.string("message", result.message, to: &out)
        object.int("offset", result.region.start.utf16Offset, to: &out)
        object.string("path", result.path, to: &out)
        if !result.properties.isEmpty { object.value("properties", .object(result.properties), to: &out) }
        object.string("rule", result.ruleID, to: &out)
        object.string("snippet", result.snippet, to: &out)
        object.bool("suppressed", !result.suppressions.isEmpty, to: &out)
        object.end(to: &out)
    }
}
