import CopydeskCore
import CopydeskText

/// Direct quotations paired with their speakers, and weak attribution.
///
/// Every direct quotation becomes an `attribution/quote` result carrying a `quote` fact tag
/// (`speaker` as written, `speakerRegion`, `resolvedSpeaker`, `verb`, `kind`), or an
/// `attribution/unattributed-quote` warning when no source is in reach. The other rules flag
/// unbalanced quotation marks, vague and anonymous sources, surnames used before the full name,
/// and (when enabled) mixed "says"/"said" for one speaker.
public struct AttributionRulePlugin: RulePlugin {
    public static let factory = PluginFactory(id: "attribution", summary: "Direct quotations paired with their speakers, and weak attribution.",
                                              options: AttributionOptions.self) { _ in
        AttributionRulePlugin()
    }

    public let id = "attribution"
    public var rules: [RuleDescription] { AttributionRules.all }

    public init(options: JSONValue) throws {
        _ = try AttributionOptions(options: options)
    }

    init() {}

    /// The quotations of a document with their sources, in text order.
    public static func quotations(in document: Document) -> [AttributedQuote] {
        analyse(document).attributedQuotes
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let analysis = Self.analyse(document)
        let quotes = analysis.attributedQuotes
        var findings: [Finding] = []
        // Past the run's limit on quote tags (notes), only count them: the quotes come in position
        // order, so the ones the run keeps are the first. Unattributed quotations are warnings of
        // another rule, never left out (at the text format's default level the limit is 0).
        if let limit = context.findingLimits[AttributionRules.quote], quotes.count > limit,
           zip(quotes, quotes.dropFirst()).allSatisfy({ ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            var kept = 0
            for quote in quotes {
                if quote.speaker == nil {
                    findings.append(quoteFinding(quote, document: document))
                } else if kept < limit {
                    findings.append(quoteFinding(quote, document: document))
                    kept += 1
                }
            }
            let attributed = quotes.count { $0.speaker != nil }
            if attributed > kept { context.leftOut(attributed - kept, ruleID: AttributionRules.quote) }
        } else {
            findings.append(contentsOf: quotes.map { quoteFinding($0, document: document) })
        }
        findings.append(contentsOf: analysis.markIssues.map { markFinding($0, document: document) })
        do {
            let quoteRanges = quotes.map(\.range)
            findings.append(contentsOf: try WeakSourceFinder.shared.findings(in: document, quoteRanges: quoteRanges))
        } catch {
            context.report(error, ruleID: AttributionRules.vagueSource)
        }
        findings.append(contentsOf: FirstReferenceCheck.findings(quotes: quotes, analysis: analysis))
        findings.append(contentsOf: VerbTenseCheck.findings(quotes: quotes))
        return findings.sorted { ($0.range.lowerBound, $0.ruleID) < ($1.range.lowerBound, $1.ruleID) }
    }

    /// Titles and headings are read as headlines; in plain text, so is a first paragraph that reads like one.
    static func analyse(_ document: Document) -> AttributionAnalysis {
        var headings = Set(document.blocks.indices.filter { document.blocks[$0].scope == .title || document.blocks[$0].scope == .heading })
        if document.format == .plainText, !document.blocks.isEmpty { headings.insert(0) }
        return AttributionAnalysis(text: document.text, paragraphRanges: document.blocks.map(\.range), headingParagraphs: headings)
    }

    private func quoteFinding(_ quote: AttributedQuote, document: Document) -> Finding {
        var fact: [String: JSONValue] = [
            "speaker": quote.speaker.map(JSONValue.string) ?? .null,
            "resolvedSpeaker": quote.resolvedSpeaker.map(JSONValue.string) ?? .null,
            "verb": quote.verb.map(JSONValue.string) ?? .null,
            "kind": .string(quote.kind),
        ]
        if let range = quote.speakerRange {
            let region = document.sourceRegion(of: range)
            fact["speakerRegion"] = .object(["charOffset": .int(region.start.utf16Offset), "charLength": .int(region.utf16Length)])
        }
        let excerpt = Self.excerpt(document.text(of: quote.range))
        if let speaker = quote.speaker {
            let resolved = quote.resolvedSpeaker.flatMap { $0 == speaker ? nil : " (\($0))" } ?? ""
            return Finding(ruleID: AttributionRules.quote, message: "Quotation \(excerpt) attributed to \(speaker)\(resolved).",
                           range: quote.range, properties: ["quote": .object(fact)])
        }
        if let likely = quote.resolvedSpeaker {
            return Finding(ruleID: AttributionRules.unattributedQuote,
                           message: "Quotation \(excerpt) is attributed only by context (likely \(likely)): name the source in this paragraph.",
                           range: quote.range, properties: ["quote": .object(fact)])
        }
        return Finding(ruleID: AttributionRules.unattributedQuote,
                       message: "Quotation \(excerpt) has no source in reach: say who said or wrote it.",
                       range: quote.range, properties: ["quote": .object(fact)])
    }

    private func markFinding(_ issue: UnpairedQuotationMark, document: Document) -> Finding {
        let range = issue.range
        let mark = document.text(of: range)
        switch issue.kind {
        case .unclosed:
            return Finding(ruleID: AttributionRules.unbalancedQuote,
                           message: "Opening quotation mark \(mark) is never closed (and the next paragraph does not continue the quotation).",
                           range: range)
        case .stray:
            return Finding(ruleID: AttributionRules.unbalancedQuote,
                           message: "Closing quotation mark \(mark) has no opening mark.", range: range)
        }
    }

    /// A short form of a quotation for messages.
    static func excerpt(_ quote: String) -> String {
        let flat = joiningLines(quote)
        // More than 60 characters: looked for by stepping at most 61 (no UTF-8 byte count of 60
        // or less can hold more), not by counting them all.
        guard flat.utf8.count > 60, flat.index(flat.startIndex, offsetBy: 61, limitedBy: flat.endIndex) != nil else { return flat }
        return String(flat.prefix(57)) + "…"
    }

    /// The text with each run of line breaks made one space and those at either end dropped (its
    /// lines split at newline characters and joined with spaces). A newline character (LF, VT, FF,
    /// CR, NEL, LS, PS, or CR LF) is a single scalar, or CR LF, and a character of its own, so
    /// this is read scalar by scalar.
    private static func joiningLines(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x0A && $0 <= 0x0D || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }) else { return text }
        var joined = String()
        joined.reserveCapacity(text.utf8.count)
        var lineBreak = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                lineBreak = !joined.isEmpty
            default:
                if lineBreak {
                    joined.unicodeScalars.append(" ")
                    lineBreak = false
                }
                joined.unicodeScalars.append(scalar)
            }
        }
        return joined
    }
}
