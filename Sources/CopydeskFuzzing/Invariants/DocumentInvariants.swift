import CopydeskCore
import Foundation

/// What every document a reader makes must satisfy, and what every finding must satisfy in it:
/// nothing a writer types may mis-position a result.
enum DocumentInvariants {
    static let strictMap = ProcessInfo.processInfo.environment["COPYDESK_FUZZ_STRICT_MAP"] == "1"

    /// Blocks lie in the prose, in order, on scalar boundaries; the offset map copies its source
    /// exactly (verbatim segments hold the source's bytes, a line feed standing for a lone CR aside;
    /// with COPYDESK_FUZZ_STRICT_MAP=1, only white space stands for an empty source span; segments run forward through the
    /// source, prose bytes no segment covers are separators); every block has a source region.
    static func check(_ document: Document) throws {
        let prose = Array(document.text.utf8)
        let source = document.source.utf8
        var previousEnd = 0
        for block in document.blocks {
            try requireBoundaries(block.range, in: prose, what: "block \(block.scope.rawValue) \(block.range)")
            try require(block.range.lowerBound >= previousEnd, "block \(block.range) overlaps or precedes the block before it (ending at \(previousEnd))")
            previousEnd = block.range.upperBound
            try checkRegion(document.sourceRegion(of: block.range), in: document, what: "block \(block.range)")
        }
        for time in document.metadata.machineTimes {
            try requireBoundaries(time.range, in: prose, what: "machine time \(time.range)")
        }
        var covered = [Bool](repeating: false, count: prose.count)
        var sourceEnd = 0, proseEnd = 0
        for segment in document.offsetMap.segments {
            let proseRange = segment.proseStart..<(segment.proseStart + segment.proseLength)
            let sourceRange = segment.sourceStart..<(segment.sourceStart + segment.sourceLength)
            try require(segment.proseLength >= 0 && segment.sourceLength >= 0, "segment with a negative length: \(segment)")
            try require(proseRange.lowerBound >= proseEnd, "segments go backwards in the prose at \(segment)")
            try require(proseRange.upperBound <= prose.count, "segment \(segment) ends past the prose (\(prose.count) bytes)")
            try require(sourceRange.lowerBound >= sourceEnd, "segments go backwards in the source at \(segment)")
            try require(sourceRange.upperBound <= source.count, "segment \(segment) ends past the source (\(source.count) bytes)")
            proseEnd = proseRange.upperBound
            sourceEnd = sourceRange.upperBound
            for k in proseRange { covered[k] = true }
            // Prose standing for no source at all is a line break the reader inserted; anything else
            // is a literal it could not find in the source, whose findings would point nowhere. The
            // readers still leave such literals in malformed markup (Fuzz/README.md), so this is
            // checked only when asked: COPYDESK_FUZZ_STRICT_MAP=1.
            if strictMap && segment.sourceLength == 0 {
                try require(prose[proseRange].allSatisfy { $0 == 0x0A || $0 == 0x20 },
                            "prose \(String(decoding: prose[proseRange], as: UTF8.self).debugDescription) at \(proseRange) maps to no source bytes (at \(segment.sourceStart))")
            }
            if segment.isVerbatim {
                // A line break may stand for a lone carriage return, which Markdown ends lines with too:
                // one byte for one, so positions stay exact.
                try require(zip(prose[proseRange], source[sourceRange]).allSatisfy { $0 == $1 || ($0 == 0x0A && $1 == 0x0D) },
                            "verbatim segment \(segment) differs from its source")
            }
        }
        for (k, isCovered) in covered.enumerated() where !isCovered {
            try require(prose[k] == 0x0A || prose[k] == 0x20, "prose byte \(prose[k]) at \(k) maps to no source")
        }
    }

    /// Every finding's range, related ranges and fix ranges lie in the prose on scalar boundaries,
    /// and map to source regions inside the file on scalar boundaries, as the result builder maps them.
    static func check(_ findings: [Finding], in document: Document, plugin: String) throws {
        let prose = Array(document.text.utf8)
        for finding in findings {
            let what = "\(plugin): \(finding.ruleID) at \(finding.range)"
            try requireBoundaries(finding.range, in: prose, what: what)
            try checkRegion(document.sourceRegion(of: finding.range), in: document, what: what)
            for related in finding.related {
                try requireBoundaries(related.range, in: prose, what: "\(what), related \(related.range)")
                try checkRegion(document.sourceRegion(of: related.range), in: document, what: "\(what), related")
            }
            for fix in finding.fixes {
                for replacement in fix.replacements {
                    try requireBoundaries(replacement.range, in: prose, what: "\(what), fix \(replacement.range)")
                    try checkRegion(document.sourceRegion(of: replacement.range), in: document, what: "\(what), fix")
                }
            }
        }
    }

    static func requireBoundaries(_ range: Range<Int>, in bytes: [UInt8], what: String) throws {
        try require(range.lowerBound >= 0 && range.upperBound <= bytes.count, "\(what) is outside 0..<\(bytes.count)")
        try require(isScalarBoundary(range.lowerBound, in: bytes) && isScalarBoundary(range.upperBound, in: bytes),
                    "\(what) cuts a character in two")
    }

    static func isScalarBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    static func checkRegion(_ region: SourceRegion, in document: Document, what: String) throws {
        let source = document.source.utf8
        try require(region.start.byteOffset <= region.end.byteOffset, "\(what): source region ends before it starts (\(region))")
        try requireBoundaries(region.byteRange, in: source, what: "\(what): source region \(region.byteRange)")
        try require(region.start.line >= 1 && region.start.column >= 1 && region.end.line >= region.start.line,
                    "\(what): source region \(region) has an impossible line or column")
        _ = document.source.text(of: region.byteRange)
    }
}
