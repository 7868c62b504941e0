import CopydeskCore
import CopydeskDocuments
import CopydeskEngine
import CopydeskReporters

/// The suppression parser: `<!-- copydesk-… -->` comments read from the bytes (as a checked source
/// file), then applied to results on every line of the file and at the comments themselves, with
/// the report of unused suppressions; every region must lie in the file.
enum SuppressionTarget {
    static let ruleIDs = ["newsroom/cliche", "dates/weekday-mismatch", "pii/email", "attribution/quote", "copydesk/unused-suppression"]

    static let target = FuzzTarget(name: "suppressions", summary: "the inline suppression parser and its application to results") { data in
        guard let source = try? DocumentLoader.sourceFile(bytes: Array(data), path: "fuzz.md") else { return }
        let suppressions = InlineSuppressions(source: source)
        let view = Document(plainText: source)
        var results: [ReportedResult] = []
        var offsets = source.lineStarts.prefix(256).map { $0 }
        offsets += suppressions.directives.prefix(64).flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        for (index, offset) in offsets.enumerated() {
            let end = min(offset + 3, source.utf8.count)
            var range = offset..<end
            // Whole characters only, as plugins report.
            while range.upperBound < source.utf8.count && !DocumentInvariants.isScalarBoundary(range.upperBound, in: source.utf8) {
                range = range.lowerBound..<(range.upperBound + 1)
            }
            guard DocumentInvariants.isScalarBoundary(range.lowerBound, in: source.utf8) else { continue }
            let region = source.region(ofBytes: range)
            results.append(ReportedResult(ruleID: ruleIDs[index % ruleIDs.count], level: .warning, message: "m", path: source.path,
                                          region: region, snippet: source.text(of: region.byteRange)))
        }
        let applied = suppressions.apply(to: results, source: source)
        try require(applied.count >= results.count, "applying suppressions lost results")
        for result in applied {
            try DocumentInvariants.checkRegion(result.region, in: view, what: "\(result.ruleID): \(result.message)")
        }
        for directive in suppressions.directives {
            try require(directive.range.upperBound <= source.utf8.count && directive.firstLine <= directive.lastLine,
                        "directive \(directive) lies outside the file")
        }
    }
}
