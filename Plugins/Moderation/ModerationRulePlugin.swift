import CopydeskCore

/// Moderation of readers' comments, social posts and copy: profanity, slurs, hate speech, threats,
/// harassment, sexual content and spam, found through obfuscation, with context rules for quoted
/// copy, and a per-document verdict a CMS can act on.
public struct ModerationRulePlugin: RulePlugin {
    public static let factory = PluginFactory(
        id: "moderation",
        summary: "Profanity, slurs, hate speech, threats, harassment, sexual content and spam, through obfuscation; a verdict per document.",
        options: ModerationOptions.accepted
    ) { options in
        try ModerationRulePlugin(options: options)
    }

    public let id = "moderation"
    public var rules: [RuleDescription] { ModerationRules.all }

    public let options: ModerationOptions
    private let matcher: LexiconMatcher

    /// Reads the options (`context`, `review`, `block`) and takes the compiled shipped word lists.
    public init(options: JSONValue) throws {
        self.options = try ModerationOptions(options)
        matcher = LexiconMatcher(lexicon: try CompiledLexicon.shipped.get(), capitalsAreNames: self.options.context == .article)
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let normalized = TextNormalizer.normalize(document.text)
        var findings: [Finding] = []
        var counted: [(ModerationCategory, Double)] = []
        // Where the quotations lie is read only for a text with something to report.
        var quotations: QuotationSpans?
        for match in matcher.matches(in: normalized) {
            let ruleID = ModerationRules.id(match.category)
            guard match.severity >= options.minimumSeverity, !context.disabledRules.contains(ruleID),
                  match.category != .spam || options.context == .comments else { continue }
            if options.context == .article, quotations == nil { quotations = QuotationSpans(document) }
            let quoted = quotations?.contains(match.range) == true
            let written = document.text(of: match.range)
            var message = ModerationRulePlugin.message(match.category, written: written, entry: match.entry)
            if quoted { message += " It is inside a direct quotation: the editor's call." }
            findings.append(Finding(ruleID: ruleID, level: quoted ? .note : nil, message: message, range: match.range,
                                    properties: ["category": .string(match.category.rawValue), "severity": .double(match.severity),
                                                 "listed": .string(match.entry)]))
            counted.append((match.category, match.severity))
        }
        let spamID = ModerationRules.id(.spam)
        if options.context == .comments, !context.disabledRules.contains(spamID) {
            for signal in SpamSignals.signals(text: document.text, normalized: normalized) {
                findings.append(Finding(ruleID: spamID, message: "Spam: \(signal.message).", range: signal.range,
                                        properties: ["category": .string("spam"), "severity": .double(signal.severity)]))
                counted.append((.spam, signal.severity))
            }
        }
        if !context.disabledRules.contains(ModerationRules.verdictID), let range = ModerationRulePlugin.firstLine(of: document.text) {
            let verdict = ModerationVerdict(matches: counted, options: options)
            findings.append(Finding(ruleID: ModerationRules.verdictID, message: verdict.message, range: range,
                                    properties: verdict.properties))
        }
        return findings.sorted { ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID) }
    }

    /// The verdict's place: the text's first line with words, without its surrounding space; nil
    /// for a text with no words.
    static func firstLine(of text: String) -> Range<Int>? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var text = text
        return text.withUTF8 { bytes -> Range<Int>? in
            // The first byte that is neither space nor a line end starts the line with words.
            guard let first = bytes.firstIndex(where: { !isSpace($0) && $0 != 0x0A }) else { return nil }
            let lineEnd = bytes[first...].firstIndex(of: 0x0A) ?? bytes.count
            let last = bytes[first..<lineEnd].lastIndex(where: { !isSpace($0) })!
            return first..<last + 1
        }
    }

    static func message(_ category: ModerationCategory, written: String, entry: String) -> String {
        let shown = written.count > 80 ? String(written.prefix(80)) + "…" : written
        switch category {
        case .profanity: return "Profanity ‘\(shown)’."
        case .slur: return "Slur ‘\(shown)’."
        case .hate: return "Hate speech ‘\(shown)’: dehumanising or eliminationist language about a group."
        case .threat: return "Threat ‘\(shown)’."
        case .harassment: return "Harassment ‘\(shown)’: an insult aimed at the person addressed."
        case .sexual: return "Sexual content ‘\(shown)’."
        case .spam: return "Spam ‘\(shown)’."
        }
    }
}
