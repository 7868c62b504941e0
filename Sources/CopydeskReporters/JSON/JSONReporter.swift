import CopydeskCore

/// A flat JSON document for scripts: one object per result with positions, rule, level, message,
/// snippet, fixes and properties, plus file errors and a summary.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    public func renderBytes(_ report: Report) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(report.results.count * 400 + 256)
        func key(_ name: String, depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
            JSONValue.writeString(name, to: &out)
            out.append(contentsOf: [0x3A, 0x20])
        }
        out.append(0x7B)
        key("errors", depth: 1)
        JSONValue.array(report.fileErrors.map { error in
            var members: [String: JSONValue] = ["path": .string(error.path), "message": .string(error.message)]
            if let line = error.line { members["line"] = .int(line) }
            return .object(members)
        }).write(to: &out, indent: 2, depth: 1)
        out.append(0x2C)
        key("files", depth: 1)
        out.append(contentsOf: String(report.filesScanned.count).utf8)
        out.append(0x2C)
        key("problems", depth: 1)
        JSONValue.array(report.problems.map { problem in
            var members: [String: JSONValue] = ["level": .string(problem.level.rawValue), "message": .string(problem.message)]
            if let rule = problem.ruleID { members["rule"] = .string(rule) }
            if let path = problem.path { members["path"] = .string(path) }
            return .object(members)
        }).write(to: &out, indent: 2, depth: 1)
        out.append(0x2C)
        key("results", depth: 1)
        if report.results.isEmpty {
            out.append(contentsOf: [0x5B, 0x5D])
        } else {
            out.append(0x5B)
            for (i, result) in report.results.enumerated() {
                if i > 0 { out.append(0x2C) }
                out.append(0x0A)
                for _ in 0..<4 { out.append(0x20) }
                write(result, to: &out)
            }
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2))
            out.append(0x5D)
        }
        out.append(0x2C)
        key("tool", depth: 1)
        JSONValue.object(["name": .string(report.tool.name), "version": .string(report.tool.version)]).write(to: &out, indent: 2, depth: 1)
        out.append(contentsOf: [0x0A, 0x7D, 0x0A])
        return out
    }

    /// Writes one result as an object at depth 2, its members in key order; the bytes equal
    /// `JSONValue.writeObject` of the same members, without building the values first.
    func write(_ result: ReportedResult, to out: inout [UInt8]) {
        var first = true
        func key(_ name: StaticString) {
            out.append(first ? 0x7B : 0x2C)
            first = false
            out.append(0x0A)
            for _ in 0..<6 { out.append(0x20) }
            out.append(0x22)
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            out.append(0x22)
            out.append(0x3A)
            out.append(0x20)
        }
        func string(_ name: StaticString, _ value: String) {
            key(name)
            JSONValue.writeString(value, to: &out)
        }
        func int(_ name: StaticString, _ value: Int) {
            key(name)
            JSONValue.writeInt(value, to: &out)
        }
        if let state = result.baselineState { string("baselineState", state.rawValue) }
        int("column", result.region.start.column)
        int("endColumn", result.region.end.column)
        int("endLine", result.region.end.line)
        string("fingerprint", result.fingerprint)
        if !result.fixes.isEmpty {
            key("fixes")
            JSONValue.array(result.fixes.map { fix in
                .object([
                    "description": .string(fix.description),
                    "replacements": .array(fix.replacements.map {
                        .object(["offset": .int($0.region.start.utf16Offset), "length": .int($0.region.utf16Length),
                                 "text": .string($0.text)])
                    }),
                ])
            }).write(to: &out, indent: 2, depth: 3)
        }
        int("length", result.region.utf16Length)
        string("level", result.level.rawValue)
        int("line", result.region.start.line)
        string("message", result.message)
        int("offset", result.region.start.utf16Offset)
        string("path", result.path)
        if !result.properties.isEmpty {
            key("properties")
            JSONValue.object(result.properties).write(to: &out, indent: 2, depth: 3)
        }
        string("rule", result.ruleID)
        string("snippet", result.snippet)
        key("suppressed")
        out.append(contentsOf: (result.suppressions.isEmpty ? "false" : "true").utf8)
        out.append(0x0A)
        for _ in 0..<4 { out.append(0x20) }
        out.append(0x7D)
    }
}
