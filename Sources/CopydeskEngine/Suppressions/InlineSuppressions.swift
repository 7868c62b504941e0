import CopydeskCore
import CopydeskReporters
import Foundation

/// Applies a file's suppression comments to its results: suppressed results stay in the report with
/// a `suppressions` entry (kind `inSource`, the comment's reason as justification), and every rule a
/// comment names that silences nothing is reported as `copydesk/unused-suppression`.
public struct InlineSuppressions: Sendable {
    /// The rule that reports suppression comments that silence nothing.
    public static let unusedRule = RuleDescription(
        id: "copydesk/unused-suppression",
        shortDescription: "A suppression comment that silences nothing.",
        fullDescription: "A `copydesk-disable…` comment names a rule that reports nothing where the comment applies. "
            + "Stale suppressions hide future findings, so remove them once the text no longer needs them.",
        help: "Remove the comment, or the rule id that no longer fires, for example delete "
            + "`<!-- copydesk-disable-next-line newsroom/cliche -- quoted speech -->` once the cliché is gone.",
        defaultLevel: .warning, examples: [])

    public let directives: [SuppressionDirective]
    public let errors: [SuppressionSyntaxError]

    public init(source: SourceFile) {
        (directives, errors) = SuppressionParser.parse(source)
    }

    /// One stretch of the file where some rules are off.
    struct Span {
        var directive: Int
        var spec: String
        var bytes: Range<Int>?
        var lines: ClosedRange<Int>?

        func covers(_ result: ReportedResult) -> Bool {
            if let bytes { return bytes.contains(result.region.start.byteOffset) }
            if let lines { return lines.contains(result.region.start.line) }
            return false
        }
    }

    func spans(fileLength: Int) -> [Span] {
        var spans: [Span] = []
        for (index, directive) in directives.enumerated() {
            let specs = directive.rules.isEmpty ? ["*"] : directive.rules
            for spec in specs {
                switch directive.kind {
                case .enable:
                    continue
                case .disableLine:
                    spans.append(Span(directive: index, spec: spec, lines: directive.firstLine...directive.lastLine))
                case .disableNextLine:
                    spans.append(Span(directive: index, spec: spec, lines: (directive.lastLine + 1)...(directive.lastLine + 1)))
                case .disable:
                    let end = directives[(index + 1)...].first { later in
                        later.kind == .enable && (later.rules.isEmpty || later.rules.contains(spec))
                    }?.range.lowerBound ?? fileLength
                    spans.append(Span(directive: index, spec: spec, bytes: directive.range.upperBound..<max(directive.range.upperBound, end)))
                }
            }
        }
        return spans
    }

    /// The results with suppressions marked, followed by one result per suppression that silenced nothing.
    public func apply(to results: [ReportedResult], source: SourceFile) -> [ReportedResult] {
        guard !directives.isEmpty else { return results }
        let spans = spans(fileLength: source.utf8.count)
        var used = [Bool](repeating: false, count: spans.count)
        var marked = results
        for index in marked.indices {
            for (spanIndex, span) in spans.enumerated()
            where SuppressionDirective.spec(span.spec, matches: marked[index].ruleID) && span.covers(marked[index]) {
                used[spanIndex] = true
                if marked[index].suppressions.isEmpty {
                    marked[index].suppressions = [Suppression(kind: .inSource, justification: directives[span.directive].justification)]
                }
            }
        }
        // A document whose offset map is the identity turns source byte ranges into source regions.
        let sourceView = Document(source: source, format: .plainText, text: "", blocks: [], metadata: DocumentMetadata(),
                                  offsetMap: .identity(length: source.utf8.count))
        for (spanIndex, span) in spans.enumerated() where !used[spanIndex] {
            let directive = directives[span.directive]
            let region = sourceView.sourceRegion(of: directive.range)
            let what = span.spec == "*" ? "any rule" : "`\(span.spec)`"
            marked.append(ReportedResult(
                ruleID: InlineSuppressions.unusedRule.id, level: InlineSuppressions.unusedRule.defaultLevel,
                message: "`\(directive.kind.rawValue)` for \(what) suppresses nothing; remove it",
                path: source.path, region: region, snippet: source.text(of: directive.range),
                fingerprint: StableHash.fnv1a([InlineSuppressions.unusedRule.id, span.spec, source.text(of: directive.range)])))
        }
        return marked
    }
}
