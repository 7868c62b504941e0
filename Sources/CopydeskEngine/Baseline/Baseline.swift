import CopydeskCore
import CopydeskReporters
import Foundation

/// Findings recorded on a day, by path and fingerprint, so that later runs report only new ones.
/// Baselined results stay in the report with `baselineState: unchanged` and an external suppression.
public struct Baseline: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var ruleID: String
        public var fingerprint: String
    }

    public var entries: Set<Entry>

    public init(entries: Set<Entry>) {
        self.entries = entries
    }

    /// The baseline of a report's unsuppressed results.
    public init(report: Report) {
        entries = Set(report.results.filter { $0.suppressions.isEmpty }.map {
            Entry(path: $0.path, ruleID: $0.ruleID, fingerprint: $0.fingerprint)
        })
    }

    /// The JSON file form: sorted, one entry per result.
    public func serialized() -> String {
        let sorted = entries.sorted { ($0.path, $0.ruleID, $0.fingerprint) < ($1.path, $1.ruleID, $1.fingerprint) }
        let value: JSONValue = .object([
            "version": 1,
            "tool": .string("Copydesk \(CopydeskVersion.current)"),
            "results": .array(sorted.map { .object(["path": .string($0.path), "rule": .string($0.ruleID), "fingerprint": .string($0.fingerprint)]) }),
        ])
        return value.serialized(indent: 2) + "\n"
    }

    /// Reads a baseline file written by `copydesk baseline write`.
    public init(contentsOf path: String) throws {
        let data: Data
        do { data = Data(try RegularFile.read(path, limit: Int(Int32.max))) } catch {
            throw ConfigurationError(file: path, message: "baseline \(error)")
        }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data), value["version"]?.intValue == 1,
              let results = value["results"]?.arrayValue else {
            throw ConfigurationError(file: path, message: "is not a Copydesk baseline (version 1); write one with `copydesk baseline write`")
        }
        var entries = Set<Entry>()
        for result in results {
            guard let path = result["path"]?.stringValue, let rule = result["rule"]?.stringValue,
                  let fingerprint = result["fingerprint"]?.stringValue else { continue }
            entries.insert(Entry(path: path, ruleID: rule, fingerprint: fingerprint))
        }
        self.entries = entries
    }

    /// Marks each result of the report as new or unchanged against this baseline.
    public func apply(to report: inout Report) {
        apply(to: &report.results)
    }

    /// Marks each result as new or unchanged against this baseline.
    public func apply(to results: inout [ReportedResult]) {
        for i in results.indices {
            let result = results[i]
            if entries.contains(Entry(path: result.path, ruleID: result.ruleID, fingerprint: result.fingerprint)) {
                results[i].baselineState = .unchanged
                results[i].suppressions.append(Suppression(kind: .external, justification: "in the baseline"))
            } else {
                results[i].baselineState = .new
            }
        }
    }
}
