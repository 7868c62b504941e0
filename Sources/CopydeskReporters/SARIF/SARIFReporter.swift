import Foundation
import CopydeskCore

/// SARIF 2.1.0: one run, UTF-16 columns, every active rule, results with exact regions, snippets,
/// fingerprints, fixes and typed properties; file errors and run problems as tool notifications.
public struct SARIFReporter: Reporter {
    public init() {}

    /// The log's text. Results are written one by one (and passed on a megabyte at a time by
    /// `write(_:to:)`), so that a large run never holds its whole log as a tree of values or as
    /// bytes; the bytes equal `sarifLog(report).serialized(indent: 2)`.
    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    public func write(_ report: Report, to sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var ruleIndex: [String: Int] = [:]
        for (i, rule) in report.rules.enumerated() { ruleIndex[rule.id] = i }
        let parts = header(report, ruleIndex: ruleIndex)
        try withoutActuallyEscaping(sink) { sink in
            var output = ChunkedOutput(sink: sink)
            func line(_ text: String) { output.bytes.append(contentsOf: text.utf8) }
            line("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [\n    {\n")
            line("      \"columnKind\": \"utf16CodeUnits\",\n      \"invocations\": ")
            JSONValue.array([parts.invocation]).write(to: &output.bytes, indent: 2, depth: 3)
            if let properties = SARIFReporter.runProperties(report) {
                line(",\n      \"properties\": ")
                properties.write(to: &output.bytes, indent: 2, depth: 3)
            }
            line(",\n      \"results\": ")
            if report.results.isEmpty {
                line("[]")
            } else {
                line("[")
                let lineHashes = SARIFReporter.lineHashes(report)
                var uri = (path: "", text: "")
                for (i, reported) in report.results.enumerated() {
                    line(i == 0 ? "\n        " : ",\n        ")
                    if reported.path != uri.path || i == 0 { uri = (reported.path, SARIFReporter.uri(reported.path)) }
                    writeResult(reported, lineHash: lineHashes[i], ruleIndex: ruleIndex, uri: uri.text, to: &output.bytes)
                    try output.flush()
                }
                line("\n      ]")
            }
            line(",\n      \"tool\": ")
            JSONValue.object(["driver": parts.driver]).write(to: &output.bytes, indent: 2, depth: 3)
            line("\n    }\n  ],\n  \"version\": \"2.1.0\"\n}\n")
            try output.flush(force: true)
        }
    }

    /// The SARIF log as a JSON value.
    public func sarifLog(_ report: Report) -> JSONValue {
        var ruleIndex: [String: Int] = [:]
        for (i, rule) in report.rules.enumerated() { ruleIndex[rule.id] = i }
        let parts = header(report, ruleIndex: ruleIndex)
        let lineHashes = SARIFReporter.lineHashes(report)
        var run: [String: JSONValue] = [
            "tool": .object(["driver": parts.driver]),
            "columnKind": "utf16CodeUnits",
            "invocations": .array([parts.invocation]),
            "results": .array(report.results.indices.map { result(report.results[$0], lineHash: lineHashes[$0], ruleIndex: ruleIndex) }),
        ]
        run["properties"] = SARIFReporter.runProperties(report)
        return .object([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": .array([.object(run)]),
        ])
    }

    /// The run's property bag: the shard of a sharded run (`{"shard": {"index", "count"}}`).
    static func runProperties(_ report: Report) -> JSONValue? {
        guard let shard = report.shard else { return nil }
        return .object(["shard": .object(["index": .int(shard.index), "count": .int(shard.count)])])
    }

    /// The driver (tool and rules) and the invocation (success and notifications) of a run.
    func header(_ report: Report, ruleIndex: [String: Int]) -> (driver: JSONValue, invocation: JSONValue) {
        let driver: JSONValue = .object([
            "name": .string(report.tool.name),
            "version": .string(report.tool.version),
            "semanticVersion": .string(report.tool.version),
            "informationUri": .string(report.tool.informationURI),
            "rules": .array(report.rules.map(descriptor)),
        ])
        var notifications: [JSONValue] = []
        for error in report.fileErrors {
            var location: [String: JSONValue] = ["artifactLocation": .object(["uri": .string(SARIFReporter.uri(error.path))])]
            if let line = error.line { location["region"] = .object(["startLine": .int(line)]) }
            notifications.append(.object([
                "level": "error",
                "message": .object(["text": .string(SARIFReporter.messageText("\(error.path) \(error.message)"))]),
                "descriptor": .object(["id": "copydesk/file-error"]),
                "locations": .array([.object(["physicalLocation": .object(location)])]),
            ]))
        }
        for problem in report.problems {
            var notification: [String: JSONValue] = [
                "level": .string(problem.level.rawValue),
                "message": .object(["text": .string(SARIFReporter.messageText(problem.message))]),
                "descriptor": .object(["id": "copydesk/run-problem"]),
            ]
            if let ruleID = problem.ruleID {
                var rule: [String: JSONValue] = ["id": .string(ruleID)]
                if let index = ruleIndex[ruleID] { rule["index"] = .int(index) }
                notification["associatedRule"] = .object(rule)
            }
            if let path = problem.path {
                notification["locations"] = .array([.object(["physicalLocation": .object([
                    "artifactLocation": .object(["uri": .string(SARIFReporter.uri(path))])])])])
            }
            notifications.append(.object(notification))
        }
        let invocation: JSONValue = .object([
            "executionSuccessful": .bool(report.fileErrors.isEmpty && !report.problems.contains { $0.level == .error }),
            "toolExecutionNotifications": .array(notifications),
        ])
        return (driver, invocation)
    }

    func descriptor(_ rule: RuleDescription) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(rule.id),
            "name": .string(SARIFReporter.pascalName(rule.id)),
            "shortDescription": .object(["text": .string(rule.shortDescription)]),
            "fullDescription": .object(["text": .string(rule.fullDescription)]),
            "help": SARIFReporter.help(rule.help),
            "defaultConfiguration": .object(["level": .string(rule.defaultLevel.rawValue), "enabled": .bool(rule.enabledByDefault)]),
            "properties": .object(["tags": .array([.string(rule.pluginID)])]),
        ]
        if let uri = rule.helpURI { members["helpUri"] = .string(uri) }
        return .object(members)
    }

    /// A rule's help as SARIF `help`: the Markdown form too, unless the text holds HTML tags (its
    /// examples of markup), which SARIF forbids in Markdown.
    static func help(_ text: String) -> JSONValue {
        let hasTag = text.range(of: #"<[A-Za-z/!]"#, options: .regularExpression) != nil
        return hasTag ? .object(["text": .string(text)]) : .object(["text": .string(text), "markdown": .string(text)])
    }

    /// GitHub's line hash of each result's start line, computed once per file from the report's
    /// sources ("0:1" for a result whose file is not among them; a file whose results are not
    /// together is hashed once per run of them, with the same outcome).
    static func lineHashes(_ report: Report) -> [String] {
        var hashes = [String](repeating: "0:1", count: report.results.count)
        // Results are grouped by path (a report orders them so); each run of one path is one file.
        var start = 0
        while start < report.results.count {
            let path = report.results[start].path
            var end = start + 1
            while end < report.results.count && report.results[end].path == path { end += 1 }
            if let source = report.sources[path] {
                let fileHashes = LineHashes.compute(source, lines: Set(report.results[start..<end].map(\.region.start.line)))
                var seen: [String: Int] = [:]
                for i in start..<end {
                    let hash = fileHashes[report.results[i].region.start.line] ?? "0:1"
                    hashes[i] = distinct(hash, occurrence: seen[report.results[i].ruleID + "\u{1F}" + hash, default: 0])
                    seen[report.results[i].ruleID + "\u{1F}" + hash, default: 0] += 1
                }
            }
            start = end
        }
        return hashes
    }

    /// GitHub merges results of one rule that share a line fingerprint into one alert. The second
    /// and later results of a rule on one line keep the line's hash with the count moved past any
    /// the upload action gives (`<hash>:<n + 1,000,000 × k>`), so that each stays an alert of its own.
    static func distinct(_ hash: String, occurrence: Int) -> String {
        guard occurrence > 0, let colon = hash.lastIndex(of: ":"), let count = Int(hash[hash.index(after: colon)...]) else { return hash }
        return hash[..<colon] + ":" + String(count + 1_000_000 * occurrence)
    }

    /// A plain-text message as SARIF's message strings take it (§3.11.5, §3.11.6): literal braces
    /// doubled, so that `{0}` is not read as a placeholder, and the brackets of anything shaped
    /// like an embedded link `[text](target)` escaped with a backslash.
    static func messageText(_ text: String) -> String {
        guard text.contains(where: { $0 == "{" || $0 == "}" || $0 == "]" }) else { return text }
        let escapesBrackets = text.contains("](")
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "{": escaped += "{{"
            case "}": escaped += "}}"
            case "[" where escapesBrackets: escaped += "\\["
            case "]" where escapesBrackets: escaped += "\\]"
            case "\\" where escapesBrackets: escaped += "\\\\"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    func result(_ result: ReportedResult, lineHash: String, ruleIndex: [String: Int]) -> JSONValue {
        var members: [String: JSONValue] = [
            "ruleId": .string(result.ruleID),
            "level": .string(result.level.rawValue),
            "message": .object(["text": .string(SARIFReporter.messageText(result.message))]),
            "locations": .array([.object(["physicalLocation": physicalLocation(path: result.path, region: result.region, snippet: result.snippet)])]),
            "partialFingerprints": .object([
                "primaryLocationLineHash": .string(lineHash),
                "copydesk/v1": .string(result.fingerprint),
            ]),
        ]
        if let index = ruleIndex[result.ruleID] { members["ruleIndex"] = .int(index) }
        if !result.related.isEmpty { members["relatedLocations"] = relatedLocations(result) }
        if !result.fixes.isEmpty { members["fixes"] = fixes(result) }
        if !result.properties.isEmpty { members["properties"] = .object(result.properties) }
        if !result.suppressions.isEmpty { members["suppressions"] = suppressions(result) }
        if let state = result.baselineState { members["baselineState"] = .string(state.rawValue) }
        return .object(members)
    }

    /// Writes the bytes `result(…)` serialises to at depth 4, without building the value (the
    /// common members are written directly; the rarer ones through the same helpers).
    func writeResult(_ result: ReportedResult, lineHash: String, ruleIndex: [String: Int], uri: String,
                     to out: inout [UInt8]) {
        var object = JSONObjectWriter(indent: 2, depth: 4)
        if let state = result.baselineState { object.string("baselineState", state.rawValue, to: &out) }
        if !result.fixes.isEmpty { object.value("fixes", fixes(result), to: &out) }
        object.string("level", result.level.rawValue, to: &out)
        object.arrayOfOneObject("locations", to: &out) { location, out in
            location.object("physicalLocation", to: &out) { physical, out in
                physical.object("artifactLocation", to: &out) { $0.string("uri", uri, to: &$1) }
                physical.object("region", to: &out) { region, out in
                    region.int("charLength", result.region.utf16Length, to: &out)
                    region.int("charOffset", result.region.start.utf16Offset, to: &out)
                    region.int("endColumn", result.region.end.column, to: &out)
                    region.int("endLine", result.region.end.line, to: &out)
                    region.object("snippet", to: &out) { $0.string("text", result.snippet, to: &$1) }
                    region.int("startColumn", result.region.start.column, to: &out)
                    region.int("startLine", result.region.start.line, to: &out)
                }
            }
        }
        object.object("message", to: &out) { $0.string("text", SARIFReporter.messageText(result.message), to: &$1) }
        object.object("partialFingerprints", to: &out) { fingerprints, out in
            fingerprints.string("copydesk/v1", result.fingerprint, to: &out)
            fingerprints.string("primaryLocationLineHash", lineHash, to: &out)
        }
        if !result.properties.isEmpty { object.value("properties", .object(result.properties), to: &out) }
        if !result.related.isEmpty { object.value("relatedLocations", relatedLocations(result), to: &out) }
        object.string("ruleId", result.ruleID, to: &out)
        if let index = ruleIndex[result.ruleID] { object.int("ruleIndex", index, to: &out) }
        if !result.suppressions.isEmpty { object.value("suppressions", suppressions(result), to: &out) }
        object.end(to: &out)
    }

    func relatedLocations(_ result: ReportedResult) -> JSONValue {
        .array(result.related.enumerated().map { i, related in
            .object([
                "id": .int(i + 1),
                "message": .object(["text": .string(SARIFReporter.messageText(related.message))]),
                "physicalLocation": physicalLocation(path: result.path, region: related.region, snippet: related.snippet),
            ])
        })
    }

    func fixes(_ result: ReportedResult) -> JSONValue {
        .array(result.fixes.map { fix in
            .object([
                "description": .object(["text": .string(SARIFReporter.messageText(fix.description))]),
                "artifactChanges": .array([.object([
                    "artifactLocation": .object(["uri": .string(SARIFReporter.uri(result.path))]),
                    "replacements": .array(fix.replacements.map { replacement in
                        .object([
                            "deletedRegion": .object(SARIFReporter.region(replacement.region)),
                            "insertedContent": .object(["text": .string(replacement.text)]),
                        ])
                    }),
                ])]),
            ])
        })
    }

    func suppressions(_ result: ReportedResult) -> JSONValue {
        .array(result.suppressions.map { suppression in
            var s: [String: JSONValue] = ["kind": .string(suppression.kind.rawValue)]
            if let justification = suppression.justification { s["justification"] = .string(justification) }
            return .object(s)
        })
    }

    func physicalLocation(path: String, region: SourceRegion, snippet: String) -> JSONValue {
        var regionMembers = SARIFReporter.region(region)
        regionMembers["snippet"] = .object(["text": .string(snippet)])
        return .object([
            "artifactLocation": .object(["uri": .string(SARIFReporter.uri(path))]),
            "region": .object(regionMembers),
        ])
    }

    static func region(_ region: SourceRegion) -> [String: JSONValue] {
        [
            "startLine": .int(region.start.line),
            "startColumn": .int(region.start.column),
            "endLine": .int(region.end.line),
            "endColumn": .int(region.end.column),
            "charOffset": .int(region.start.utf16Offset),
            "charLength": .int(region.utf16Length),
        ]
    }

    /// A relative path as a percent-encoded URI reference.
    public static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// `stale-timestamps/relative-timestamp` → `StaleTimestampsRelativeTimestamp`.
    static func pascalName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
