import CopydeskCore
import CopydeskReporters

/// Turns one document's findings into reported results: levels from the configuration, exact
/// source regions and snippets, fingerprints.
struct ResultBuilder {
    let document: Document
    let configuration: EffectiveConfiguration
    let pluginSet: PluginSet

    /// The level a rule reports at under the configuration, or nil when it is off.
    static func level(for ruleID: String, rule: RuleDescription?, finding: Level?, configuration: EffectiveConfiguration) -> Level? {
        switch configuration.rules[ruleID] {
        case .off?: return nil
        case .on(let level)?: return level ?? finding ?? rule?.defaultLevel ?? .warning
        case nil:
            if let rule, !rule.enabledByDefault { return nil }
            return finding ?? rule?.defaultLevel ?? .warning
        }
    }

    func results(for findings: [Finding], minLevel: Level) -> [ReportedResult] {
        guard !findings.isEmpty else { return [] }
        let lineHashes = LineHashes.compute((document.source.hadByteOrderMark ? "\u{FEFF}" : "") + document.source.text)
        var results: [ReportedResult] = []
        var occurrences: [String: Int] = [:]
        let ordered = findings.sorted { ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID) }
        for finding in ordered {
            guard let level = ResultBuilder.level(for: finding.ruleID, rule: pluginSet.rule(finding.ruleID), finding: finding.level,
                                                  configuration: configuration), level >= minLevel else { continue }
            let region = document.sourceRegion(of: finding.range)
            let snippet = document.source.text(of: region.byteRange)
            let lineText = document.source.text(of: document.source.lineRange(region.start.line))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let occurrenceKey = "\(finding.ruleID)\u{1F}\(snippet)\u{1F}\(lineText)"
            let occurrence = occurrences[occurrenceKey, default: 0]
            occurrences[occurrenceKey] = occurrence + 1
            let related = finding.related.map { related -> ReportedRelated in
                let r = document.sourceRegion(of: related.range)
                return ReportedRelated(region: r, snippet: document.source.text(of: r.byteRange), message: related.message)
            }
            let fixes = finding.fixes.map { fix in
                ReportedFix(description: fix.description, replacements: fix.replacements.map {
                    (region: document.sourceRegion(of: $0.range), text: $0.text)
                })
            }
            results.append(ReportedResult(
                ruleID: finding.ruleID, level: level, message: finding.message, path: document.path, region: region,
                snippet: snippet, related: related, fixes: fixes, properties: finding.properties,
                lineHash: lineHashes[region.start.line] ?? "0:1",
                fingerprint: StableHash.fnv1a([finding.ruleID, snippet, lineText, String(occurrence)])))
        }
        return results
    }
}
