import CopydeskCore
import Foundation

/// Merges SARIF logs written by sharded Copydesk runs into one log with one run: rules united and
/// re-indexed, results and notifications in the order an unsharded run gives them.
public enum SARIFMerger {
    public struct MergeError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Reads and merges SARIF files. `allowPartial` merges an incomplete set of shards.
    public static func merge(files: [String], allowPartial: Bool = false) throws -> JSONValue {
        var logs: [JSONValue] = []
        var named: [String: String] = [:]
        for file in files {
            let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL.path
            if let earlier = named[resolved] {
                throw MergeError(file: file, message: "is given twice (also as \(earlier)): its results would be counted twice")
            }
            named[resolved] = file
            guard let data = FileManager.default.contents(atPath: file) else {
                throw MergeError(file: file, message: "cannot be read")
            }
            guard let log = try? JSONDecoder().decode(JSONValue.self, from: data), log["version"]?.stringValue == "2.1.0",
                  let runs = log["runs"]?.arrayValue, !runs.isEmpty else {
                throw MergeError(file: file, message: "is not a SARIF 2.1.0 log")
            }
            logs.append(log)
        }
        return try merge(logs: logs, names: files, allowPartial: allowPartial)
    }

    /// Checks that no two logs hold results for the same file: merged, they would report it twice.
    static func checkOverlap(_ logs: [JSONValue], names: [String]) throws {
        var owner: [String: Int] = [:]
        for (index, log) in logs.enumerated() {
            var uris = Set<String>()
            for run in log["runs"]?.arrayValue ?? [] {
                for result in run["results"]?.arrayValue ?? [] {
                    if let uri = result["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue {
                        uris.insert(uri)
                    }
                }
            }
            for uri in uris.sorted() {
                if let other = owner[uri] {
                    throw MergeError(file: names[index], message: "holds results for \(uri), and so does \(names[other]): the logs overlap and merging would count them twice")
                }
                owner[uri] = index
            }
        }
    }

    /// Checks that logs of sharded runs are the N shards of one split, each once: a missing,
    /// repeated or foreign shard would give a log that looks whole and is not.
    static func checkShards(_ logs: [JSONValue], names: [String], allowPartial: Bool) throws {
        func shard(_ log: JSONValue) -> ReportShard? {
            guard let bag = log["runs"]?.arrayValue?.first?["properties"]?["shard"],
                  let index = bag["index"]?.intValue, let count = bag["count"]?.intValue else { return nil }
            return ReportShard(index: index, count: count)
        }
        let shards = logs.map(shard)
        guard let first = shards.firstIndex(where: { $0 != nil }), let reference = shards[first] else { return }
        let version = logs[first]["runs"]?.arrayValue?.first?["tool"]?["driver"]?["version"]?.stringValue
        var seen: [Int: String] = [:]
        for (i, item) in shards.enumerated() {
            guard let item else {
                throw MergeError(file: names[i], message: "is not the log of a sharded run (lint --shard i/N), but \(names[first]) is: a whole run cannot be merged with shards")
            }
            guard item.count == reference.count else {
                throw MergeError(file: names[i], message: "is shard \(item.index)/\(item.count), but \(names[first]) is shard \(reference.index)/\(reference.count): the logs come from different splits")
            }
            let itsVersion = logs[i]["runs"]?.arrayValue?.first?["tool"]?["driver"]?["version"]?.stringValue
            guard itsVersion == version else {
                throw MergeError(file: names[i], message: "was written by Copydesk \(itsVersion ?? "?"), but \(names[first]) by \(version ?? "?")")
            }
            if let other = seen[item.index] {
                throw MergeError(file: names[i], message: "is shard \(item.index)/\(item.count) again (so is \(other))")
            }
            seen[item.index] = names[i]
        }
        let missing = (1...reference.count).filter { seen[$0] == nil }
        guard missing.isEmpty || allowPartial else {
            throw MergeError(file: names.joined(separator: ", "), message: "shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(reference.count)" }.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing: the merged log would leave out their files (--allow-partial merges them anyway)")
        }
    }

    /// Merges SARIF logs in memory (logs of sharded runs must be every shard of one split, once).
    public static func merge(logs: [JSONValue], names: [String]? = nil, allowPartial: Bool = false) throws -> JSONValue {
        let names = names ?? logs.indices.map { "log \($0 + 1)" }
        try checkShards(logs, names: names, allowPartial: allowPartial)
        try checkOverlap(logs, names: names)
        var rules: [String: JSONValue] = [:]
        var results: [JSONValue] = []
        var fileNotifications: [JSONValue] = []
        var otherNotifications: [JSONValue] = []
        var successful = true
        var driver: [String: JSONValue] = [:]
        for log in logs {
            for run in log["runs"]?.arrayValue ?? [] {
                if driver.isEmpty, let d = run["tool"]?["driver"]?.objectValue { driver = d }
                let runRules = run["tool"]?["driver"]?["rules"]?.arrayValue ?? []
                for rule in runRules { if let id = rule["id"]?.stringValue, rules[id] == nil { rules[id] = rule } }
                results.append(contentsOf: run["results"]?.arrayValue ?? [])
                for invocation in run["invocations"]?.arrayValue ?? [] {
                    if invocation["executionSuccessful"]?.boolValue == false { successful = false }
                    for notification in invocation["toolExecutionNotifications"]?.arrayValue ?? [] {
                        if notification["descriptor"]?["id"]?.stringValue == "copydesk/file-error" {
                            fileNotifications.append(notification)
                        } else {
                            otherNotifications.append(notification)
                        }
                    }
                }
            }
        }
        let ruleIDs = rules.keys.sorted()
        var index: [String: Int] = [:]
        for (i, id) in ruleIDs.enumerated() { index[id] = i }
        results = results.map { result in
            guard case .object(var members) = result, let id = members["ruleId"]?.stringValue else { return result }
            if let i = index[id] { members["ruleIndex"] = .int(i) } else { members["ruleIndex"] = nil }
            return .object(members)
        }
        results.sort { resultKey($0) < resultKey($1) }
        fileNotifications.sort { notificationKey($0) < notificationKey($1) }
        otherNotifications.sort { notificationKey($0) < notificationKey($1) }
        driver["rules"] = .array(ruleIDs.map { rules[$0]! })
        let run: JSONValue = .object([
            "tool": .object(["driver": .object(driver)]),
            "columnKind": "utf16CodeUnits",
            "invocations": .array([.object([
                "executionSuccessful": .bool(successful),
                "toolExecutionNotifications": .array(fileNotifications + otherNotifications),
            ])]),
            "results": .array(results),
        ])
        return .object(["$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": .array([run])])
    }

    static func resultKey(_ result: JSONValue) -> ResultKey {
        let location = result["locations"]?.arrayValue?.first?["physicalLocation"]
        let uri = location?["artifactLocation"]?["uri"]?.stringValue ?? ""
        let offset = location?["region"]?["charOffset"]?.intValue ?? 0
        let length = location?["region"]?["charLength"]?.intValue ?? 0
        return ResultKey(path: uri.removingPercentEncoding ?? uri, start: offset, end: offset + length,
                         rule: result["ruleId"]?.stringValue ?? "", message: result["message"]?["text"]?.stringValue ?? "")
    }

    static func notificationKey(_ notification: JSONValue) -> String {
        let uri = notification["locations"]?.arrayValue?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue ?? ""
        let rule = notification["associatedRule"]?["id"]?.stringValue ?? ""
        return [uri.removingPercentEncoding ?? uri, rule, notification["message"]?["text"]?.stringValue ?? ""].joined(separator: "\u{1F}")
    }

    struct ResultKey: Comparable {
        var path: String
        var start: Int
        var end: Int
        var rule: String
        var message: String

        static func < (a: ResultKey, b: ResultKey) -> Bool {
            if a.path != b.path { return a.path < b.path }
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.message < b.message
        }
    }
}
