import Foundation
import CopydeskCore

/// SARIF 2.1.0: one run, UTF-16 columns, every active rule, results with exact regions, snippets,
/// fingerprints, fixes and typed properties; file errors and run problems as tool notifications.
public struct SARIFReporter: Reporter {
    /// Indented for people (two spaces a level) rather than compact.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    private var indent: Int? { pretty ? 2 : nil }
    /// Results sit at depth 4: log, runs, run, results.
    private var layout: JSONResultsLayout { JSONResultsLayout(indent: indent, depth: 4) }
    public var resultSeparator: [UInt8] { layout.separator }

    /// The file's results as SARIF result objects, with GitHub's line hashes from `source`.
    public func section(_ results: ArraySlice<ReportedResult>, source: SourceFile?, rules: RuleIndex) -> ReportSection {
        var section = ReportSection()
        guard let first = results.first else { return section }
        let uri = SARIFReporter.uri(first.path)
        let lineHashes = SARIFReporter.lineHashes(results, source: source)
        let separator = resultSeparator
        section.bytes.reserveCapacity(768 * results.count)
        for (result, lineHash) in zip(results, lineHashes) {
            section.bytes.append(contentsOf: separator)
            writeResult(result, lineHash: lineHash, rules: rules, uri: uri, to: &section)
        }
        return section
    }

    /// The log around its results: the run's invocation (file errors, problems) and shard before
    /// them, the tool and its rules after. The bytes equal `sarifLog(report).serialized(indent:)`
    /// (2 when pretty, compact otherwise) and a line break.
    public func write(_ report: Report, results: (ReportSink) throws -> Void, to sink: ReportSink) throws {
        var ruleIndex: [String: Int] = [:]
        for (i, rule) in report.rules.enumerated() { ruleIndex[rule.id] = i }
        let parts = header(report, ruleIndex: ruleIndex)
        let indent = self.indent
        try withoutActuallyEscaping(sink) { sink in
            var output = ChunkedOutput(sink: sink)
            var log = JSONObjectWriter(indent: indent, depth: 0)
            log.string("$schema", "https://json.schemastore.org/sarif-2.1.0.json", to: &output.bytes)
            log.key("runs", to: &output.bytes)
            output.bytes.append(UInt8(ascii: "["))
            JSONValue.newline(&output.bytes, indent, 2)
            var run = JSONObjectWriter(indent: indent, depth: 2)
            run.string("columnKind", "utf16CodeUnits", to: &output.bytes)
            run.value("invocations", .array([parts.invocation]), to: &output.bytes)
            if let properties = SARIFReporter.runProperties(report) { run.value("properties", properties, to: &output.bytes) }
            run.key("results", to: &output.bytes)
            try layout.writeArray(isEmpty: report.totals.count == 0, to: &output, results: results)
            run.value("tool", .object(["driver": parts.driver]), to: &output.bytes)
            run.end(to: &output.bytes)
            JSONValue.newline(&output.bytes, indent, 1)
            output.bytes.append(UInt8(ascii: "]"))
            log.string("version", "2.1.0", to: &output.bytes)
            log.end(to: &output.bytes)
            output.bytes.append(UInt8(ascii: "\n"))
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
        // `<` before a letter, `/` or `!`: a byte scan (Foundation's regular expressions compile an
        // ICU pattern, a millisecond of every run's start).
        let bytes = Array(text.utf8)
        let hasTag = bytes.indices.dropLast().contains { index in
            let next = bytes[index + 1]
            return bytes[index] == UInt8(ascii: "<")
                && (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z") || next == UInt8(ascii: "/") || next == UInt8(ascii: "!"))
        }
        return hasTag ? .object(["text": .string(text)]) : .object(["text": .string(text), "markdown": .string(text)])
    }

    /// GitHub's line hash of each result's start line, from the report's sources.
    static func lineHashes(_ report: Report) -> [String] {
        report.resultRangesByFile.flatMap { range in
            lineHashes(report.results[range], source: report.sources[report.results[range.lowerBound].path])
        }
    }

    /// GitHub's line hash of the start line of each of one file's results, computed once per line
    /// ("0:1" for every result when the file's source is not at hand).
    static func lineHashes(_ results: ArraySlice<ReportedResult>, source: SourceFile?) -> [String] {
        guard let source else { return [String](repeating: "0:1", count: results.count) }
        let fileHashes = LineHashes.compute(source, lines: Set(results.map(\.region.start.line)))
        var seen: [String: Int] = [:]
        var hashes: [String] = []
        hashes.reserveCapacity(results.count)
        for result in results {
            let hash = fileHashes[result.region.start.line] ?? "0:1"
            let key = result.ruleID + "\u{1F}" + hash
            hashes.append(distinct(hash, occurrence: seen[key, default: 0]))
            seen[key, default: 0] += 1
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
        // A byte scan first (most messages have nothing to escape); the loop below decides by Character.
        guard text.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D || $0 == 0x5D }) else { return text }
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
    /// common members are written directly; the rarer ones through the same helpers), noting in
    /// the section where a rule index may have to move up.
    func writeResult(_ result: ReportedResult, lineHash: String, rules: RuleIndex, uri: String, to section: inout ReportSection) {
        var object = JSONObjectWriter(indent: indent, depth: 4)
        if let state = result.baselineState { object.string("baselineState", state.rawValue, to: &section.bytes) }
        if !result.fixes.isEmpty { object.value("fixes", fixes(result), to: &section.bytes) }
        object.string("level", result.level.rawValue, to: &section.bytes)
        object.arrayOfOneObject("locations", to: &section.bytes) { location, out in
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
        object.object("message", to: &section.bytes) { $0.string("text", SARIFReporter.messageText(result.message), to: &$1) }
        object.object("partialFingerprints", to: &section.bytes) { fingerprints, out in
            fingerprints.string("copydesk/v1", result.fingerprint, to: &out)
            fingerprints.string("primaryLocationLineHash", lineHash, to: &out)
        }
        if !result.properties.isEmpty { object.value("properties", .object(result.properties), to: &section.bytes) }
        if !result.related.isEmpty { object.value("relatedLocations", relatedLocations(result), to: &section.bytes) }
        object.string("ruleId", result.ruleID, to: &section.bytes)
        if let (index, shifts) = rules.index(of: result.ruleID) {
            object.key("ruleIndex", to: &section.bytes)
            if shifts { section.ruleIndexPatches.append((section.bytes.count, index)) }
            JSONValue.writeInt(index, to: &section.bytes)
        }
        if !result.suppressions.isEmpty { object.value("suppressions", suppressions(result), to: &section.bytes) }
        object.end(to: &section.bytes)
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
