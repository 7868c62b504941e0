import CopydeskCore
import Foundation

/// What a CMS acts on: allow, review or block, with the categories found and a severity.
struct ModerationVerdict: Sendable, Hashable {
    enum Decision: String, Sendable { case allow, review, block }

    var decision: Decision
    var categories: [ModerationCategory]
    /// 1 − ∏(1 − sᵢ) over the severities found, rounded to two places.
    var severity: Double

    init(matches: [(ModerationCategory, Double)], options: ModerationOptions) {
        var remaining = 1.0
        for (_, severity) in matches { remaining *= 1 - severity }
        severity = ((1 - remaining) * 100).rounded() / 100
        categories = Array(Set(matches.map(\.0))).sorted()
        decision = severity >= options.blockAt ? .block : severity >= options.reviewAt ? .review : .allow
    }

    var properties: [String: JSONValue] {
        ["moderation": .object([
            "verdict": .string(decision.rawValue),
            "categories": .array(categories.map { .string($0.rawValue) }),
            "severity": .double(severity),
        ])]
    }

    var message: String {
        let what = categories.isEmpty ? "nothing found" : categories.map(\.rawValue).joined(separator: ", ")
        return "Moderation verdict: \(decision.rawValue) (\(what); severity \(String(format: "%.2f", severity)))."
    }
}
