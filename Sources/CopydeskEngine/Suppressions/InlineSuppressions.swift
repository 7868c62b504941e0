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

    /// The suppression comments among the comments the document's reader found.
    public init(document: Document) {
        (directives, errors) = SuppressionParser.parse(document)
    }

    /// The suppression comments anywhere in a source's text.
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
        // Where each `disable` ends: at the first later `enable` of every rule or of its spec. One
        // backward pass keeps the nearest later ones (a search from each `disable` is quadratic in
        // a file of them).
        var ends: [Int: [Int]] = [:]
        var nextEnableAll: Int?
        var nextEnableNaming: [String: Int] = [:]
        for index in directives.indices.reversed() {
            let directive = directives[index]
            switch directive.kind {
            case .disable:
                ends[index] = (directive.rules.isEmpty ? ["*"] : directive.rules).map { spec in
                    let next = [nextEnableAll, nextEnableNaming[spec]].compactMap { $0 }.min()
                    return next.map { directives[$0].range.lowerBound } ?? fileLength
                }
            case .enable:
                if directive.rules.isEmpty { nextEnableAll = index }
                for rule in directive.rules { nextEnableNaming[rule] = index }
            case .disableLine, .disableNextLine:
                break
            }
        }
        var spans: [Span] = []
        for (index, directive) in directives.enumerated() {
            let specs = directive.rules.isEmpty ? ["*"] : directive.rules
            for (n, spec) in specs.enumerated() {
                switch directive.kind {
                case .enable:
                    continue
                case .disableLine:
                    spans.append(Span(directive: index, spec: spec, lines: directive.firstLine...directive.lastLine))
                case .disableNextLine:
                    spans.append(Span(directive: index, spec: spec, lines: (directive.lastLine + 1)...(directive.lastLine + 1)))
                case .disable:
                    let end = ends[index]![n]
                    spans.append(Span(directive: index, spec: spec, bytes: directive.range.upperBound..<max(directive.range.upperBound, end)))
                }
            }
        }
        return spans
    }

    /// The results with suppressions marked, followed by one result per suppression that silenced nothing.
    public func apply(to results: [ReportedResult], source: SourceFile) -> [ReportedResult] {
        var work = 0
        return apply(to: results, source: source, work: &work)
    }

    /// `apply(to:source:)`, counting in `work` the steps of matching results with comments: a result
    /// is suppressed by the first comment (in file order) whose rule spec names its rule and whose
    /// stretch holds it, and a comment is used when it holds a result of a rule it names. Both are
    /// looked up rule by rule (lines in a table, `disable` stretches by binary search), not by
    /// trying every comment on every result, which is quadratic in a file of many of both.
    func apply(to results: [ReportedResult], source: SourceFile, work: inout Int) -> [ReportedResult] {
        guard !directives.isEmpty else { return results }
        let spans = spans(fileLength: source.utf8.count)
        var used = [Bool](repeating: false, count: spans.count)
        var marked = results
        var resultsByRule: [String: [Int]] = [:]
        for index in marked.indices { resultsByRule[marked[index].ruleID, default: []].append(index) }
        let ruleIDs = resultsByRule.keys.sorted()
        // The spans naming each rule, in order; each distinct spec is matched against the rules once.
        var rulesOfSpec: [String: [String]] = [:]
        var spansByRule: [String: [Int]] = [:]
        for (spanIndex, span) in spans.enumerated() {
            let rules: [String]
            if let known = rulesOfSpec[span.spec] {
                rules = known
            } else {
                work += ruleIDs.count
                rules = ruleIDs.filter { SuppressionDirective.spec(span.spec, matches: $0) }
                rulesOfSpec[span.spec] = rules
            }
            for rule in rules { spansByRule[rule, default: []].append(spanIndex) }
            work += rules.count
        }
        for (rule, spanIndices) in spansByRule {
            let resultIndices = resultsByRule[rule]!
            // Line spans: the first that holds each line. `disable` spans start in file order: with
            // the furthest end so far, the first that holds an offset is found by binary search.
            var firstSpanOfLine: [Int: Int] = [:]
            var byteSpans: [Int] = [], starts: [Int] = [], furthestEnds: [Int] = []
            for spanIndex in spanIndices {
                let span = spans[spanIndex]
                if let lines = span.lines {
                    for line in lines where firstSpanOfLine[line] == nil { firstSpanOfLine[line] = spanIndex; work += 1 }
                } else if let bytes = span.bytes {
                    byteSpans.append(spanIndex)
                    starts.append(bytes.lowerBound)
                    furthestEnds.append(max(furthestEnds.last ?? Int.min, bytes.upperBound))
                }
            }
            var resultLines: Set<Int> = []
            var resultOffsets: [Int] = []
            for index in resultIndices {
                let start = marked[index].region.start
                resultLines.insert(start.line)
                resultOffsets.append(start.byteOffset)
                var first = firstSpanOfLine[start.line]
                let opened = InlineSuppressions.count(of: starts, atMost: start.byteOffset, work: &work)
                let open = InlineSuppressions.count(of: furthestEnds, atMost: start.byteOffset, work: &work)
                if open < opened { first = min(first ?? Int.max, byteSpans[open]) }
                work += 1
                if let first, marked[index].suppressions.isEmpty {
                    marked[index].suppressions = [Suppression(kind: .inSource, justification: directives[spans[first].directive].justification)]
                }
            }
            resultOffsets.sort()
            for spanIndex in spanIndices {
                let span = spans[spanIndex]
                if let lines = span.lines {
                    for line in lines {
                        work += 1
                        if resultLines.contains(line) { used[spanIndex] = true; break }
                    }
                } else if let bytes = span.bytes {
                    let before = InlineSuppressions.count(of: resultOffsets, atMost: bytes.lowerBound - 1, work: &work)
                    if before < resultOffsets.count && resultOffsets[before] < bytes.upperBound { used[spanIndex] = true }
                }
            }
        }
        for (spanIndex, span) in spans.enumerated() where !used[spanIndex] {
            let directive = directives[span.directive]
            let region = source.region(ofBytes: directive.range)
            let what = span.spec == "*" ? "any rule" : "`\(span.spec)`"
            marked.append(ReportedResult(
                ruleID: InlineSuppressions.unusedRule.id, level: InlineSuppressions.unusedRule.defaultLevel,
                message: "`\(directive.kind.rawValue)` for \(what) suppresses nothing; remove it",
                path: source.path, region: region, snippet: source.text(of: directive.range),
                fingerprint: StableHash.fnv1a([InlineSuppressions.unusedRule.id, span.spec, source.text(of: directive.range)])))
        }
        return marked
    }

    /// How many of the ascending `values` are at most `bound`, by binary search.
    static func count(of values: [Int], atMost bound: Int, work: inout Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            work += 1
            let mid = (low + high) / 2
            if values[mid] <= bound { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
