import CopydeskCore

/// A flat JSON document for scripts: one object per result with positions, rule, level, message,
/// snippet, fixes and properties, plus file errors and a summary.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    public func write(_ report: Report, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var output = ChunkedOutput(sink: sink)
            try write(report, into: &output)
            try output.flush(force: true)
        }
    }

    private func write(_ report: Report, into output: inout ChunkedOutput) throws {
        func key(_ name: String, depth: Int) {
            output.bytes.append(0x0A)
            output.bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
            JSONValue.writeString(name, to: &output.bytes)
            output.bytes.append(contentsOf: [0x3A, 0x20])
        }
        output.bytes.append(0x7B)
        key("errors", depth: 1)
        JSONValue.array(report.fileErrors.map { error in
            var members: [String: JSONValue] = ["path": .string(error.path), "message": .string(error.message)]
            if let line = error.line { members["line"] = .int(line) }
            return .object(members)
        }).write(to: &output.bytes, indent: 2, depth: 1)
        output.bytes.append(0x2C)
        key("files", depth: 1)
        output.bytes.append(contentsOf: String(report.filesScanned.count).utf8)
        output.bytes.append(0x2C)
        key("problems", depth: 1)
        JSONValue.array(report.problems.map(JSONReporter.value)).write(to: &output.bytes, indent: 2, depth: 1)
        output.bytes.append(0x2C)
        key("results", depth: 1)
        if report.results.isEmpty {
            output.bytes.append(contentsOf: [0x5B, 0x5D])
        } else {
            output.bytes.append(0x5B)
            for (i, result) in report.results.enumerated() {
                if i > 0 { output.bytes.append(0x2C) }
                output.bytes.append(0x0A)
                for _ in 0..<4 { output.bytes.append(0x20) }
                write(result, to: &output.bytes)
                try output.flush()
            }
            output.bytes.append(0x0A)
            output.bytes.append(contentsOf: repeatElement(0x20, count: 2))
            output.bytes.append(0x5D)
        }
        output.bytes.append(0x2C)
        key("tool", depth: 1)
        JSONValue.object(["name": .string(report.tool.name), "version": .string(report.tool.version)]).write(to: &output.bytes, indent: 2, depth: 1)
        output.bytes.append(contentsOf: [0x0A, 0x7D, 0x0A])
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
