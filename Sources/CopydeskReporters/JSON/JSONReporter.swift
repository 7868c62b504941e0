import CopydeskCore

/// A flat JSON document for scripts: one object per result with positions, rule, level, message,
/// snippet, fixes and properties, plus file errors and a summary.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        let results: [JSONValue] = report.results.map { result in
            var members: [String: JSONValue] = [
                "path": .string(result.path),
                "rule": .string(result.ruleID),
                "level": .string(result.level.rawValue),
                "message": .string(result.message),
                "line": .int(result.region.start.line),
                "column": .int(result.region.start.column),
                "endLine": .int(result.region.end.line),
                "endColumn": .int(result.region.end.column),
                "offset": .int(result.region.start.utf16Offset),
                "length": .int(result.region.utf16Length),
                "snippet": .string(result.snippet),
                "fingerprint": .string(result.fingerprint),
                "suppressed": .bool(!result.suppressions.isEmpty),
            ]
            if !result.properties.isEmpty { members["properties"] = .object(result.properties) }
            if let state = result.baselineState { members["baselineState"] = .string(state.rawValue) }
            if !result.fixes.isEmpty {
                members["fixes"] = .array(result.fixes.map { fix in
                    .object([
                        "description": .string(fix.description),
                        "replacements": .array(fix.replacements.map {
                            .object(["offset": .int($0.region.start.utf16Offset), "length": .int($0.region.utf16Length),
                                     "text": .string($0.text)])
                        }),
                    ])
                })
            }
            return .object(members)
        }
        let document: JSONValue = .object([
            "tool": .object(["name": .string(report.tool.name), "version": .string(report.tool.version)]),
            "files": .int(report.filesScanned.count),
            "results": .array(results),
            "errors": .array(report.fileErrors.map { error in
                var members: [String: JSONValue] = ["path": .string(error.path), "message": .string(error.message)]
                if let line = error.line { members["line"] = .int(line) }
                return .object(members)
            }),
            "problems": .array(report.problems.map { problem in
                var members: [String: JSONValue] = ["level": .string(problem.level.rawValue), "message": .string(problem.message)]
                if let rule = problem.ruleID { members["rule"] = .string(rule) }
                if let path = problem.path { members["path"] = .string(path) }
                return .object(members)
            }),
        ])
        return document.serialized(indent: 2) + "\n"
    }
}
