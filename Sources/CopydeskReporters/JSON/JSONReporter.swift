import CopydeskCore

/// A flat JSON document for scripts: one object per result with positions, rule, level, message,
/// snippet, fixes and properties, plus file errors and a summary.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
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
                out.append(contentsOf: repeatElement(0x20, count: 4))
                JSONValue.writeObject(members(of: result), to: &out, indent: 2, depth: 2)
            }
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2))
            out.append(0x5D)
        }
        out.append(0x2C)
        key("tool", depth: 1)
        JSONValue.object(["name": .string(report.tool.name), "version": .string(report.tool.version)]).write(to: &out, indent: 2, depth: 1)
        out.append(contentsOf: [0x0A, 0x7D, 0x0A])
        return String(decoding: out, as: UTF8.self)
    }

    /// One result's members, in key order.
    func members(of result: ReportedResult) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let state = result.baselineState { members.append(("baselineState", .string(state.rawValue))) }
        members.append(("column", .int(result.region.start.column)))
        members.append(("endColumn", .int(result.region.end.column)))
        members.append(("endLine", .int(result.region.end.line)))
        members.append(("fingerprint", .string(result.fingerprint)))
        if !result.fixes.isEmpty {
            members.append(("fixes", .array(result.fixes.map { fix in
                .object([
                    "description": .string(fix.description),
                    "replacements": .array(fix.replacements.map {
                        .object(["offset": .int($0.region.start.utf16Offset), "length": .int($0.region.utf16Length),
                                 "text": .string($0.text)])
                    }),
                ])
            })))
        }
        members.append(("length", .int(result.region.utf16Length)))
        members.append(("level", .string(result.level.rawValue)))
        members.append(("line", .int(result.region.start.line)))
        members.append(("message", .string(result.message)))
        members.append(("offset", .int(result.region.start.utf16Offset)))
        members.append(("path", .string(result.path)))
        if !result.properties.isEmpty { members.append(("properties", .object(result.properties))) }
        members.append(("rule", .string(result.ruleID)))
        members.append(("snippet", .string(result.snippet)))
        members.append(("suppressed", .bool(!result.suppressions.isEmpty)))
        return members
    }
}
