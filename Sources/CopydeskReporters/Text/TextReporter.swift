import Foundation
import CopydeskCore

/// The human format: `path:line:col: level: message [rule]`, the source line and a caret
/// underline, optionally in colour; then file errors and a summary line.
public struct TextReporter: Reporter {
    public var useColor: Bool
    /// Show suppressed and baselined results too.
    public var showSuppressed: Bool
    /// End with a line that counts files and findings.
    public var showSummary: Bool

    public init(useColor: Bool, showSuppressed: Bool = false, showSummary: Bool = true) {
        self.useColor = useColor
        self.showSuppressed = showSuppressed
        self.showSummary = showSummary
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public var resultSeparator: [UInt8] { [] }

    /// Each result shown: its line, the source line with carets under the result, and its fixes.
    public func section(_ results: ArraySlice<ReportedResult>, source: SourceFile?, rules: RuleIndex) -> ReportSection {
        var out = ""
        for result in results {
            let waived = result.isWaived
            if waived && !showSuppressed { continue }
            let levelText: String
            switch result.level {
            case .error: levelText = paint("error", "1;31")
            case .warning: levelText = paint("warning", "1;33")
            case .note: levelText = paint("note", "1;36")
            }
            out += paint("\(result.path):\(result.region.start.line):\(result.region.start.column):", "1")
            out += " \(levelText): \(result.message) \(paint("[\(result.ruleID)]", "2"))"
            if waived { out += paint(" (suppressed)", "2") }
            out += "\n"
            if let source {
                out += context(result, source: source)
            }
            for fix in result.fixes.prefix(2) {
                out += "  " + paint("fix:", "32") + " \(fix.description)\n"
            }
        }
        var section = ReportSection()
        section.bytes = Array(out.utf8)
        return section
    }

    /// The results, then file errors, run problems and the summary line.
    public func write(_ report: Report, results: (ReportSink) throws -> Void, to sink: ReportSink) throws {
        var out = ""
        for error in report.fileErrors {
            let location = error.line.map { "\(error.path):\($0):" } ?? "\(error.path):"
            out += paint(location, "1") + " \(paint("error", "1;31")): \(error.message) \(paint("[copydesk/file-error]", "2"))\n"
        }
        for problem in report.problems {
            let location = problem.path.map { paint("\($0):", "1") + " " } ?? ""
            let rule = problem.ruleID.map { " " + paint("[\($0)]", "2") } ?? ""
            out += "\(location)\(paint(problem.level.rawValue, "1;31")): \(problem.message)\(rule)\n"
        }
        if showSummary { out += summary(report) + "\n" }
        try writeLines(results: results, then: out, to: sink)
    }

    /// "N files checked: …", with what was suppressed and what lies below the level reported.
    func summary(_ report: Report) -> String {
        let totals = report.totals
        var counts = totals.active
        var hidden = 0
        if showSuppressed { counts.merge(totals.waived, uniquingKeysWith: +) } else { hidden = totals.waived.values.reduce(0, +) }
        var summary = "\(report.filesScanned.count) file\(report.filesScanned.count == 1 ? "" : "s") checked: "
        summary += [Level.error, .warning, .note].map { level in
            let n = counts[level] ?? 0
            return "\(n) \(level.rawValue)\(n == 1 ? "" : "s")"
        }.joined(separator: ", ")
        if !report.fileErrors.isEmpty { summary += ", \(report.fileErrors.count) not linted" }
        if hidden > 0 { summary += " (\(hidden) suppressed)" }
        let belowLevel = [Level.warning, .note].compactMap { level -> (Level, Int)? in
            report.hiddenBelowLevel[level].flatMap { $0 > 0 ? (level, $0) : nil }
        }
        if let lowest = belowLevel.last {
            let counts = belowLevel.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ")
            summary += "; \(counts) hidden (--min-level \(lowest.0.rawValue) shows them)"
        }
        return summary
    }

    /// The widest source line shown whole, in characters; a longer line is shown as a window of
    /// this many characters around the result, with an ellipsis where it is cut.
    static let contextWidth = 160
    /// Characters of a cut line shown before the result, when there are as many.
    static let contextLead = 60

    /// The source line of the result's start and a caret underline under its range: the whole line
    /// when it has at most `contextWidth` characters, else a window of the line around the result.
    /// Either way the work and the output are bounded, however long the line (a one-line file of
    /// megabytes with a finding every few bytes would otherwise print the line for each).
    func context(_ result: ReportedResult, source: SourceFile) -> String {
        let lineRange = source.lineRange(result.region.start.line)
        let bytes = source.utf8
        // Bytes enough for the window on either side (a character is at most four bytes; a
        // character of several scalars may be cut, which only shortens the window).
        let reach = 4 * TextReporter.contextWidth
        let start = min(max(result.region.start.byteOffset, lineRange.lowerBound), lineRange.upperBound)
        var low = max(lineRange.lowerBound, start - reach)
        while low < start, bytes[low] & 0xC0 == 0x80 { low += 1 }
        var high = min(lineRange.upperBound, start + reach)
        while high > start, high < lineRange.upperBound, bytes[high] & 0xC0 == 0x80 { high -= 1 }
        if low == lineRange.lowerBound && high == lineRange.upperBound {
            let line = source.text(of: lineRange)
            if line.count <= TextReporter.contextWidth { return wholeLine(result, line: line) }
        }
        let end = result.region.end.line == result.region.start.line
            ? min(max(result.region.end.byteOffset, start), high) : high
        let before = Array(String(decoding: bytes[low..<start], as: UTF8.self).replacingTabs())
        let marked = Array(String(decoding: bytes[start..<end], as: UTF8.self).replacingTabs())
        let after = Array(String(decoding: bytes[end..<high], as: UTF8.self).replacingTabs())
        let characters = before + marked + after
        var from = max(0, before.count - TextReporter.contextLead)
        let to = min(characters.count, from + TextReporter.contextWidth)
        from = max(0, min(from, to - TextReporter.contextWidth))
        let cutBefore = from > 0 || low > lineRange.lowerBound
        let cutAfter = to < characters.count || high < lineRange.upperBound
        let display = (cutBefore ? "…" : "") + String(characters[from..<to]) + (cutAfter ? "…" : "")
        let pad = String(repeating: " ", count: (cutBefore ? 1 : 0) + before.count - from)
        let carets = String(repeating: "^", count: max(1, min(marked.count, to - before.count)))
        return "    \(display)\n    \(pad)\(paint(carets, "32"))\n"
    }

    /// A short line, whole, and the carets under the result's range.
    private func wholeLine(_ result: ReportedResult, line: String) -> String {
        let display = line.replacingTabs()
        let startColumn = result.region.start.column
        let endColumn = result.region.end.line == result.region.start.line
            ? result.region.end.column : line.utf16.count + 1
        // Columns are UTF-16 units; the caret line counts display characters.
        let utf16 = Array(line.utf16)
        let before = String(decoding: utf16.prefix(max(0, startColumn - 1)), as: UTF16.self)
        let marked = String(decoding: utf16.dropFirst(max(0, startColumn - 1)).prefix(max(1, endColumn - startColumn)), as: UTF16.self)
        // Wide characters (東, 😀) take two columns, combining marks none: pad and carets count columns.
        let pad = String(repeating: " ", count: before.replacingTabs().displayWidth)
        let carets = String(repeating: "^", count: max(1, marked.replacingTabs().displayWidth))
        return "    \(display)\n    \(pad)\(paint(carets, "32"))\n"
    }
}

extension String {
    func replacingTabs() -> String { replacingOccurrences(of: "\t", with: " ") }
}
