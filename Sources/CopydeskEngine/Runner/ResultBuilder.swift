import CopydeskCore
import CopydeskReporters

/// Turns one document's findings into reported results: levels from the configuration, exact
/// source regions and snippets, fingerprints (rule, snippet, the line with its spacing folded, or
/// the hash of a very long line, and the result's number among those alike, hashed with FNV-1a).
struct ResultBuilder {
    let document: Document
    /// The configuration's level for each rule.
    let levels: RuleLevels

    /// The file's results at or above `minLevel`, in position order. With `maxNotes`, note-level
    /// results past the first `maxNotes` (in position order) are left out before they are built,
    /// and `droppedNotes` says how many.
    func results(for findings: [Finding], minLevel: Level, maxNotes: Int? = nil, droppedNotes: inout Int) -> [ReportedResult] {
        var belowLevel: [Level: Int] = [:]
        return results(for: findings, minLevel: minLevel, maxNotes: maxNotes, droppedNotes: &droppedNotes, belowLevel: &belowLevel)
    }

    /// The results, as above; `belowLevel` counts, by level, the findings left out for being below `minLevel`.
    func results(for findings: [Finding], minLevel: Level, maxNotes: Int? = nil, droppedNotes: inout Int,
                 belowLevel: inout [Level: Int]) -> [ReportedResult] {
        var kept: [(finding: Finding, level: Level)] = []
        var lastRule: (id: String, level: Level?)?
        for finding in findings {
            let level: Level?
            if let lastRule, lastRule.id == finding.ruleID, finding.level == nil {
                level = lastRule.level
            } else {
                level = levels.level(for: finding.ruleID, finding: finding.level)
                if finding.level == nil { lastRule = (finding.ruleID, level) }
            }
            if let level {
                if level >= minLevel { kept.append((finding, level)) } else { belowLevel[level, default: 0] += 1 }
            }
        }
        guard !kept.isEmpty else { return [] }
        kept.sort { ($0.finding.range.lowerBound, $0.finding.range.upperBound, $0.finding.ruleID) < ($1.finding.range.lowerBound, $1.finding.range.upperBound, $1.finding.ruleID) }
        if let maxNotes, maxNotes > 0, kept.count > maxNotes {
            var notes = 0
            kept.removeAll { item in
                guard item.level == .note else { return false }
                notes += 1
                return notes > maxNotes
            }
            droppedNotes += max(0, notes - maxNotes)
        }
        let source = document.source
        var lineTexts: [Int: [UInt8]] = [:]
        var occurrences: [UInt64: Int] = [:]
        var results: [ReportedResult] = []
        results.reserveCapacity(kept.count)
        for (finding, level) in kept {
            let region = document.sourceRegion(of: finding.range)
            let snippet = source.text(of: region.byteRange)
            let line = region.start.line
            let lineText = lineTexts[line] ?? {
                let text = ResultBuilder.fingerprintLine(ResultBuilder.collapsingWhitespace(source.utf8[source.lineRange(line)]))
                lineTexts[line] = text
                return text
            }()
            // Results with the same rule, text and line are told apart by their order.
            var hash = StableHash.offsetBasis
            StableHash.add(finding.ruleID, to: &hash)
            StableHash.separate(&hash)
            StableHash.add(snippet, to: &hash)
            StableHash.separate(&hash)
            StableHash.add(lineText, to: &hash)
            StableHash.separate(&hash)
            let occurrence = occurrences[hash, default: 0]
            occurrences[hash] = occurrence + 1
            StableHash.add(String(occurrence), to: &hash)
            let related = finding.related.map { related -> ReportedRelated in
                let r = document.sourceRegion(of: related.range)
                return ReportedRelated(region: r, snippet: source.text(of: r.byteRange), message: related.message)
            }
            let fixes = finding.fixes.map { fix in
                ReportedFix(description: fix.description, replacements: fix.replacements.map {
                    (region: document.sourceRegion(of: $0.range), text: $0.text)
                }, isAutomatic: fix.isAutomatic)
            }
            results.append(ReportedResult(
                ruleID: finding.ruleID, level: level, message: finding.message, path: document.path, region: region,
                snippet: snippet, related: related, fixes: fixes, properties: finding.properties,
                fingerprint: StableHash.hex(hash)))
        }
        return results
    }

    func results(for findings: [Finding], minLevel: Level) -> [ReportedResult] {
        var dropped = 0
        return results(for: findings, minLevel: minLevel, droppedNotes: &dropped)
    }

    /// Leaves out note-level results past the first `maxNotes` (in order); returns how many.
    static func capNotes(_ results: inout [ReportedResult], maxNotes: Int) -> Int {
        guard maxNotes > 0, results.count > maxNotes else { return 0 }
        var notes = 0
        results.removeAll { result in
            guard result.level == .note else { return false }
            notes += 1
            return notes > maxNotes
        }
        return max(0, notes - maxNotes)
    }

    /// Lines longer than this, spacing folded, enter fingerprints by their own hash.
    static let longLine = 4096

    /// What a result's fingerprint takes of its line (spacing already folded): the line itself, or,
    /// for a line over `longLine` bytes, "fnv1a:" and the line's hash, computed once for the line.
    /// Every result of a line hashes this, so a megabyte-long line with a finding every few bytes
    /// would otherwise cost its length squared. News paragraphs stay well below the limit, and
    /// their fingerprints are as before.
    static func fingerprintLine(_ collapsed: [UInt8]) -> [UInt8] {
        guard collapsed.count > longLine else { return collapsed }
        var hash = StableHash.offsetBasis
        StableHash.add(collapsed, to: &hash)
        return Array(("fnv1a:" + StableHash.hex(hash)).utf8)
    }

    /// A line's text with runs of white space folded to one space and the ends trimmed, so that
    /// fingerprints do not change when only spacing does.
    static func collapsingWhitespace(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
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
        return out
    }
}
