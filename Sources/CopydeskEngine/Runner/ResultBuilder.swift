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
        var kept: [(finding: Finding, level: Level)] = []
        for finding in findings {
            if let level = ResultBuilder.level(for: finding.ruleID, rule: pluginSet.rule(finding.ruleID), finding: finding.level,
                                               configuration: configuration), level >= minLevel {
                kept.append((finding, level))
            }
        }
        guard !kept.isEmpty else { return [] }
        kept.sort { ($0.finding.range.lowerBound, $0.finding.range.upperBound, $0.finding.ruleID) < ($1.finding.range.lowerBound, $1.finding.range.upperBound, $1.finding.ruleID) }
        let source = document.source
        let regions = kept.map { document.sourceRegion(of: $0.finding.range) }
        let lineHashes = LineHashes.compute((source.hadByteOrderMark ? "\u{FEFF}" : "") + source.text,
                                            lines: Set(regions.map(\.start.line)))
        var lineTexts: [Int: String] = [:]
        var occurrences: [String: Int] = [:]
        var results: [ReportedResult] = []
        results.reserveCapacity(kept.count)
        for ((finding, level), region) in zip(kept, regions) {
            let snippet = source.text(of: region.byteRange)
            let lineText = lineTexts[region.start.line] ?? {
                let text = ResultBuilder.collapsingWhitespace(source.utf8[source.lineRange(region.start.line)])
                lineTexts[region.start.line] = text
                return text
            }()
            let occurrenceKey = "\(finding.ruleID)\u{1F}\(snippet)\u{1F}\(lineText)"
            let occurrence = occurrences[occurrenceKey, default: 0]
            occurrences[occurrenceKey] = occurrence + 1
            let related = finding.related.map { related -> ReportedRelated in
                let r = document.sourceRegion(of: related.range)
                return ReportedRelated(region: r, snippet: source.text(of: r.byteRange), message: related.message)
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

    /// A line's text with runs of white space folded to one space and the ends trimmed, so that
    /// fingerprints do not change when only spacing does.
    static func collapsingWhitespace(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0B || byte == 0x0C {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
