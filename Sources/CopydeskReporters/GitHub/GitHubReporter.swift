import Foundation
import CopydeskCore

/// GitHub Actions workflow commands (`::warning file=…,line=…::message`), which annotate pull requests.
public struct GitHubReporter: Reporter {
    public init() {}

    public var resultSeparator: [UInt8] { [] }

    /// A workflow command for each result that counts (suppressed and baselined ones are left out).
    public func section(_ results: ArraySlice<ReportedResult>, source: SourceFile?, rules: RuleIndex) -> ReportSection {
        var out = ""
        for result in results where !result.isWaived {
            let command: String
            switch result.level {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties = [
                "file=\(GitHubReporter.escapeProperty(result.path))",
                "line=\(result.region.start.line)",
                "endLine=\(result.region.end.line)",
            ]
            if result.region.start.line == result.region.end.line {
                properties.append("col=\(result.region.start.column)")
                properties.append("endColumn=\(result.region.end.column)")
            }
            properties.append("title=\(GitHubReporter.escapeProperty(result.ruleID))")
            out += "::\(command) \(properties.joined(separator: ","))::\(GitHubReporter.escapeData(result.message))\n"
        }
        var section = ReportSection()
        section.bytes = Array(out.utf8)
        return section
    }

    /// The results, then file errors and run problems.
    public func write(_ report: Report, results: (ReportSink) throws -> Void, to sink: ReportSink) throws {
        var out = ""
        for error in report.fileErrors {
            var properties = ["file=\(GitHubReporter.escapeProperty(error.path))"]
            if let line = error.line { properties.append("line=\(line)") }
            properties.append("title=copydesk/file-error")
            out += "::error \(properties.joined(separator: ","))::\(GitHubReporter.escapeData(error.message))\n"
        }
        for problem in report.problems {
            out += "::error title=\(GitHubReporter.escapeProperty(problem.ruleID ?? "copydesk"))::\(GitHubReporter.escapeData(problem.message))\n"
        }
        try writeLines(results: results, then: out, to: sink)
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
