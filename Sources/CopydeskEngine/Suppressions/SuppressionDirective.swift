import CopydeskCore
import CopydeskDocuments
import Foundation

/// One `<!-- copydesk-… -->` comment in a source file.
public struct SuppressionDirective: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// `copydesk-disable RULE…`: from here to a matching `copydesk-enable` or the end of the file.
        case disable = "copydesk-disable"
        /// `copydesk-enable [RULE…]`: ends earlier `disable` ranges (all of them, or those naming the rules).
        case enable = "copydesk-enable"
        /// `copydesk-disable-next-line RULE…`: the line after the comment.
        case disableNextLine = "copydesk-disable-next-line"
        /// `copydesk-disable-line RULE…`: the line(s) the comment is on.
        case disableLine = "copydesk-disable-line"
    }

    public var kind: Kind
    /// Rule ids, plugin or pack ids (`newsroom` for every `newsroom/…` rule) or globs (`pii/*`);
    /// empty means every rule.
    public var rules: [String]
    /// The text after ` -- `, the reviewer-facing reason.
    public var justification: String?
    /// The comment's UTF-8 byte range in the source.
    public var range: Range<Int>
    /// 1-based lines of the comment's first and last character.
    public var firstLine: Int
    public var lastLine: Int

    /// Whether a rule spec names the rule id.
    static func spec(_ spec: String, matches ruleID: String) -> Bool {
        if spec == "*" || spec == ruleID || ruleID.hasPrefix(spec + "/") { return true }
        guard spec.contains("*") else { return false }
        return wildcard(Array(spec.utf8), Array(ruleID.utf8))
    }

    /// `*` matches any run of bytes. Greedy, going back only to the last `*`: time proportional to the
    /// product of the lengths at worst, however many stars a comment has (trying every split at every
    /// star was exponential in their number: `<!-- copydesk-disable a******…b -->` stalled a run).
    private static func wildcard(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0, t = 0
        var star = -1, resume = 0
        while t < text.count {
            if p < pattern.count && pattern[p] == UInt8(ascii: "*") {
                star = p
                resume = t
                p += 1
            } else if p < pattern.count && pattern[p] == text[t] {
                p += 1
                t += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}

/// A `<!-- copydesk-… -->` comment that could not be read.
public struct SuppressionSyntaxError: Sendable, Hashable {
    public var line: Int
    public var message: String
}

/// Reads suppression comments from a source file's text.
public enum SuppressionParser {
    /// Every suppression comment among a document's comments (those its reader found: none in
    /// Markdown code, say), in order, and the comments that look like one but are not.
    public static func parse(_ document: Document) -> (directives: [SuppressionDirective], errors: [SuppressionSyntaxError]) {
        parse(document.source, comments: document.comments)
    }

    /// Every suppression comment among `comments` (source ranges of `<!-- … -->`; nil: every such
    /// comment in the source), in order, and the comments that look like one but are not.
    public static func parse(_ source: SourceFile, comments: [Range<Int>]? = nil) -> (directives: [SuppressionDirective], errors: [SuppressionSyntaxError]) {
        let bytes = source.utf8
        var directives: [SuppressionDirective] = []
        var errors: [SuppressionSyntaxError] = []
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        for comment in comments ?? HTMLComments.ranges(in: bytes) {
            guard comment.count >= open.count + close.count, comment.upperBound <= bytes.count,
                  bytes[comment.prefix(open.count)].elementsEqual(open), bytes[comment.suffix(close.count)].elementsEqual(close) else { continue }
            let start = comment.lowerBound, end = comment.upperBound - close.count
            let index = comment.upperBound
            let body = String(decoding: bytes[(start + open.count)..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard body.hasPrefix("copydesk-") else { continue }
            let line = source.lineIndex(ofByte: start) + 1
            let lastLine = source.lineIndex(ofByte: max(start, index - 1)) + 1
            var head = body
            var justification: String?
            if let separator = body.range(of: "--") {
                head = String(body[..<separator.lowerBound])
                let reason = body[separator.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
                justification = reason.isEmpty ? nil : reason
            }
            let words = head.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .map(String.init)
            guard let keyword = words.first else { continue }
            guard let kind = SuppressionDirective.Kind(rawValue: keyword) else {
                let known = SuppressionDirective.Kind.allCases.map(\.rawValue)
                errors.append(SuppressionSyntaxError(
                    line: line, message: "unknown suppression comment `\(keyword)`\(Suggestions.hint(for: keyword, among: known)); "
                        + "known: " + known.joined(separator: ", ")))
                continue
            }
            directives.append(SuppressionDirective(kind: kind, rules: Array(words.dropFirst()), justification: justification,
                                                   range: start..<index, firstLine: line, lastLine: lastLine))
        }
        return (directives, errors)
    }
}
